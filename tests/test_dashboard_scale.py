"""The dashboard costs the same on any desk: bounded queries, figures from the database, a cache."""

from datetime import timedelta
from io import StringIO
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
    # One query returns the window's durations, computed from the history by the database.
    (query,) = ctx.captured_queries
    assert f"LIMIT {stats.MEDIAN_WINDOW}" in query["sql"]


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


ON_POSTGRES = connection.vendor == "postgresql"


def _plan(queryset) -> str:
    with connection.cursor() as cursor:
        # Tiny tables make a scan cheaper than any index; forbid it for the check.
        cursor.execute("SET LOCAL enable_seqscan = off")
    return queryset.explain()


def test_status_counts_are_exact_below_the_cap(claim_in):
    claim_in("queued")
    claim_in("submitted")
    counts = {value: (n, est) for value, _label, n, est in stats.claims_per_status()}
    assert counts["queued"] == (1, False)
    assert counts["submitted"] == (1, False)
    assert counts["published"] == (0, False)


def test_status_counts_past_the_cap_are_estimates_from_the_statistics(claim_in):
    for n in range(3):
        claim_in("queued", text=f"Queued claim {n}.")
    if ON_POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE claims_claim")
    with CaptureQueriesContext(connection) as ctx:
        counts = {value: (n, est) for value, _label, n, est in stats.claims_per_status(cap=2)}
    assert counts["new"] == (0, False)
    if ON_POSTGRES:
        assert counts["queued"] == (3, True)  # the statistics saw every row of a tiny table
        # One bounded count per status and one look at the statistics, whatever the size.
        assert len(ctx.captured_queries) == 7
        assert all("LIMIT 2" in q["sql"] for q in ctx.captured_queries if "COUNT" in q["sql"])
    else:
        # SQLite has no statistics to estimate from: one grouped count, exact.
        assert counts["queued"] == (3, False)
        assert len(ctx.captured_queries) == 1


def test_dashboard_marks_estimated_counts(client, editor, monkeypatch):
    monkeypatch.setattr(
        stats,
        "claims_per_status",
        lambda: [("published", "published", 430_000, True), ("new", "new", 12, False)],
    )
    client.force_login(editor)
    html = client.get(reverse("dashboard")).content.decode()
    assert "≈</abbr> 430,000" in html or "≈</abbr> 430.000" in html
    assert "≈</abbr> 12" not in html


def _plan(sql: str, *settings: str) -> str:
    """The database's plan for a captured query (PostgreSQL EXPLAIN, SQLite's QUERY PLAN)."""
    with connection.cursor() as cursor:
        if ON_POSTGRES:
            for setting in settings:
                cursor.execute(f"SET LOCAL {setting} = off")
            cursor.execute("EXPLAIN " + sql.replace("%", "%%"))
            return "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("EXPLAIN QUERY PLAN " + sql.replace("%", "%%"))
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def test_waiting_for_second_editor_reads_the_verdict_authors_index(settings):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    settings.DEBUG = True
    # A desk big enough for the planner to see that few claims are submitted.
    call_command("generate_desk", claims=3_000, seed=5, stdout=StringIO())
    if ON_POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE claims_claim")
    editor = get_user_model().objects.get(username="desk-editor-000")
    with CaptureQueriesContext(connection) as ctx:
        waiting = stats.waiting_for_second_editor(editor, limit=10_000)
    (query,) = ctx.captured_queries
    # The claims this editor may not publish: held by them or with their verdict in them.
    submitted = Claim.objects.filter(status="submitted").order_by("status_changed_at", "id")
    expected = [
        c.pk for c in submitted if c.assignee_id == editor.pk or editor.pk in c.verdict_authors
    ]
    assert expected and [c.pk for c in waiting] == expected
    if ON_POSTGRES:
        plan = _plan(query["sql"], "enable_seqscan")
        assert "claim_submitted_authors_idx" in plan
        assert "claims_claimevent" not in plan
    else:
        # SQLite cannot look inside a JSON list and asks the history instead.
        assert "claims_claimevent" in query["sql"]


def test_workload_reads_only_the_held_claims_index():
    with CaptureQueriesContext(connection) as ctx:
        stats.workload()
    held = next(q["sql"] for q in ctx.captured_queries if "GROUP BY" in q["sql"])
    plan = _plan(held, "enable_seqscan", "enable_bitmapscan")
    if ON_POSTGRES:
        assert "Index Only Scan using claim_held_idx" in plan
    else:
        # SQLite picks among the status indexes by its own estimates; never a full scan.
        assert "SEARCH claims_claim USING" in plan and "SCAN claims_claim" not in plan


def test_weeks_are_counted_in_one_query_with_local_monday_midnights(claim_in):
    from datetime import datetime, time

    monday = timezone.localdate() - timedelta(days=timezone.localdate().weekday() + 7)
    midnight = timezone.make_aware(datetime.combine(monday, time.min))
    # The last second of the week before, the first of the week, and one inside it.
    moments = (midnight - timedelta(seconds=1), midnight, midnight + timedelta(days=3))
    for n, when in enumerate(moments):
        claim = claim_in("published", text=f"The city planted {n + 1},000 trees in 2025.")
        Claim.objects.filter(pk=claim.pk).update(first_published_at=when)
    with CaptureQueriesContext(connection) as ctx:
        bars = stats.published_per_week(weeks=3)
    assert len(ctx.captured_queries) == 1
    assert [(b.week, b.count) for b in bars] == [
        (monday - timedelta(weeks=1), 1),
        (monday, 2),
        (monday + timedelta(weeks=1), 0),
    ]
