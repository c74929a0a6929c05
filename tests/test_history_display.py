"""The history reads as words: labels not codes, local times, no changes nobody made."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from claims import history, workflow
from claims.history_display import describe, rating_labels
from claims.models import Claim, ClaimEvent

pytestmark = pytest.mark.django_db


def details_post(claim: Claim, **changes) -> dict:
    """The claim page's details form as the browser sends it back, unchanged unless told."""
    local_due = timezone.localtime(claim.due_at).strftime("%Y-%m-%dT%H:%M") if claim.due_at else ""
    data = {
        "details-version": claim.version,
        "details-priority": claim.priority,
        "details-due_at": local_due,
        "details-summary": claim.summary,
        "details-claimant": claim.claimant,
        "details-source_url": claim.source_url,
    }
    data.update({f"details-{k}": v for k, v in changes.items()})
    return data


def test_saving_details_unchanged_records_no_due_date_change(client, editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    assert claim.due_at is not None
    client.force_login(editor)
    before = claim.events.count()
    response = client.post(reverse("claim-edit", args=[claim.pk, "details"]), details_post(claim))
    assert response.status_code == 302
    assert claim.events.count() == before


def test_changing_only_priority_records_only_priority(client, editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    client.force_login(editor)
    client.post(reverse("claim-edit", args=[claim.pk, "details"]), details_post(claim, priority=3))
    event = claim.events.latest("id")
    assert set(event.changes) == {"priority"}


def test_due_dates_are_kept_to_the_minute(editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    assert claim.due_at.second == 0 and claim.due_at.microsecond == 0
    later = timezone.now() + timedelta(days=9, seconds=17)
    workflow.edit(claim, editor, {"due_at": later})
    claim.refresh_from_db()
    assert claim.due_at == later.replace(second=0, microsecond=0)


def test_claim_page_history_shows_labels_not_codes(client, editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    workflow.edit(claim, editor, {"priority": 3, "rating": "mostly_false"})
    workflow.perform(claim, "accept", editor)
    client.force_login(editor)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    history_part = page[page.index('id="history"') :]
    assert "Priority</span>: normal → high" in history_part
    assert "Rating</span>: — → mostly false" in history_part
    assert "mostly_false" not in history_part
    assert "Accept into queue" in history_part
    assert "priority:" not in history_part


def test_claim_page_history_in_german(client, editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    workflow.edit(claim, editor, {"priority": 3})
    client.force_login(editor)
    page = client.get(
        reverse("claim-detail", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    history_part = page[page.index('id="history"') :]
    assert "Priorität</span>: normal → hoch" in history_part
    assert "Bearbeitet" in history_part


def test_history_times_are_local(editor, make_claim, settings):
    settings.TIME_ZONE = "Europe/Berlin"
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    due = datetime(2026, 1, 15, 11, 30, tzinfo=UTC)
    workflow.edit(claim, editor, {"due_at": due})
    line = describe(claim.events.select_related("actor"))[-1]
    # 11:30 UTC is 12:30 in Berlin in winter.
    assert "12:30" in line.changes[0].new
    assert "T11:30" not in line.changes[0].new


def test_old_rows_with_a_sub_minute_due_date_change_show_no_change(editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    moment = timezone.now().replace(second=0, microsecond=0)
    history.record(
        claim,
        actor=editor,
        action="edit",
        from_status="new",
        to_status="new",
        changes={
            "due_at": {
                "from": (moment + timedelta(seconds=12, microseconds=5)).isoformat(),
                "to": moment.isoformat(),
            }
        },
    )
    assert describe([ClaimEvent.objects.latest("id")])[0].changes == []


def test_describing_a_history_reads_ratings_once(editor, make_claim, django_assert_num_queries):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    for code in ["false", "mostly_false", "true"]:
        workflow.edit(claim, editor, {"rating": code})
    events = list(claim.events.select_related("actor"))
    with translation.override("en"), django_assert_num_queries(1):
        lines = describe(events)
    assert [c.new for line in lines for c in line.changes] == ["false", "mostly false", "true"]
    assert rating_labels()["missing_context"]


def test_admin_history_shows_no_raw_json(client, editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    workflow.edit(claim, editor, {"priority": 4})
    client.force_login(editor)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Priority: normal → urgent" in page
    assert '{"priority"' not in page
    assert "&quot;priority&quot;" not in page


def test_admin_change_page_shows_reason_labels_and_duplicate_link(client, editor, make_claim):
    earlier = make_claim("Die Stadt hat 2,4 Millionen Euro investiert.")
    claim = make_claim(reasons=["figure_or_date", "named_actor"])
    workflow.perform(claim, "reject_duplicate", editor, duplicate_of=earlier)
    client.force_login(editor)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "figure_or_date" not in page
    assert f'<a href="/claims/{earlier.pk}/">#{earlier.pk}</a>' in page
    assert client.get(reverse("admin:claims_claim_add")).status_code == 200
