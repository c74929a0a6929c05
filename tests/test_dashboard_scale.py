"""The dashboard costs the same on any desk: bounded queries, figures from the database, a cache."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import dashboard as stats
from claims import workflow
from claims.models import Claim, ClaimEvent
from tests.conftest import advance

pytestmark = pytest.mark.django_db


def _published(make_claim, editor, reviewer, text: str, took: timedelta) -> Claim:
    claim = advance(make_claim(text), "published", editor=editor, reviewer=reviewer)
    accepted = claim.first_published_at - took
    ClaimEvent.objects.filter(claim=claim, action="accept").update(created_at=accepted)
    return claim


def test_median_is_computed_in_the_database_without_loading_events(editor, reviewer, make_claim):
    for i, hours in enumerate([1, 4, 6, 20]):
        _published(make_claim, editor, reviewer, f"Claim {i}", timedelta(hours=hours))
    with CaptureQueriesContext(connection) as ctx:
        median = stats.median_time_to_publish()
    # The mean of the middle two, 4 h and 6 h (the history row is written a moment
    # after the claim's publication time).
    assert abs(median - timedelta(hours=5)) < timedelta(seconds=1)
    assert len(ctx.captured_queries) == 2  # a count, then the middle rows by offset
    assert all("LIMIT" in q["sql"] for q in ctx.captured_queries[1:])


def test_median_covers_only_the_latest_publications(editor, reviewer, make_claim):
    old = _published(make_claim, editor, reviewer, "Old claim", timedelta(days=30))
    Claim.objects.filter(pk=old.pk).update(
        first_published_at=old.first_published_at - timedelta(days=60)
    )
    ClaimEvent.objects.filter(claim=old, action="accept").update(
        created_at=old.first_published_at - timedelta(days=90)
    )
    _published(make_claim, editor, reviewer, "New claim", timedelta(hours=3))
    assert abs(stats.median_time_to_publish(window=1) - timedelta(hours=3)) < timedelta(seconds=1)
    assert stats.median_time_to_publish(window=2) > timedelta(days=10)


def test_workload_counts_held_claims_only(editor, reviewer, reviewer2, make_claim):
    late = workflow.create_claim(
        editor, text="Late", language="en", due_at=timezone.now() - timedelta(hours=1)
    )
    workflow.perform(late, "accept", editor)
    workflow.perform(late, "take", reviewer)
    people = {p.get_username(): (p.open_claims, p.overdue_claims) for p in stats.workload()}
    assert people["rev"] == (1, 1)
    assert people["rev2"] == (0, 0)
    assert list(people)[0] == "rev"


def test_overdue_count_is_capped(editor):
    for i in range(3):
        workflow.create_claim(
            editor, text=f"Late {i}", language="en", due_at=timezone.now() - timedelta(hours=1)
        )
    assert stats.overdue_count(cap=2) == 2
    assert stats.overdue_count() == 3


def test_figures_are_cached_for_the_configured_seconds(client, editor, settings):
    settings.FACTCHECK_DASHBOARD_CACHE_SECONDS = 30
    cache.clear()
    client.force_login(editor)
    workflow.create_claim(editor, text="First", language="en")
    assert client.get(reverse("dashboard")).context["total"] == 1
    workflow.create_claim(editor, text="Second", language="en")
    # The cached figures are used as they are: nothing of the desk is counted again.
    with mock.patch.object(stats, "claims_per_status", side_effect=AssertionError):
        response = client.get(reverse("dashboard"))
    assert response.context["total"] == 1  # the cached figure
    cache.clear()
    assert client.get(reverse("dashboard")).context["total"] == 2


def test_dashboard_query_count_does_not_grow_with_the_desk(client, editor, reviewer, make_claim):
    client.force_login(editor)
    _published(make_claim, editor, reviewer, "One", timedelta(hours=2))
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("dashboard"))
    for i in range(6):
        _published(make_claim, editor, reviewer, f"More {i}", timedelta(hours=i + 1))
    with CaptureQueriesContext(connection) as large:
        client.get(reverse("dashboard"))
    assert len(large) == len(small)
