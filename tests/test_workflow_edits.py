"""Edits of tracked fields, sources and notes: who may, and the history they leave."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from claims import workflow
from claims.errors import MissingInput, NotPermitted, StaleClaim
from claims.models import ClaimSource, Note, Source

pytestmark = pytest.mark.django_db


def test_editor_changes_priority_and_due_date_with_one_history_row(claim_in, editor):
    claim = claim_in("queued")
    due = datetime.datetime(2030, 1, 2, 12, tzinfo=datetime.UTC)
    workflow.edit(claim, editor, {"priority": 4, "due_at": due})
    event = claim.events.order_by("-id").first()
    assert event.action == "edit"
    assert event.changes["priority"] == {"from": 2, "to": 4}
    assert event.changes["due_at"]["to"] == due.isoformat()
    assert (claim.priority, claim.due_at) == (4, due)


def test_reviewer_cannot_change_priority(claim_in, reviewer):
    claim = claim_in("in_review")
    with pytest.raises(NotPermitted):
        workflow.edit(claim, reviewer, {"priority": 4})
    claim.refresh_from_db()
    assert claim.priority == 2


def test_assignee_sets_verdict_while_in_review_and_history_keeps_it(claim_in, reviewer):
    claim = claim_in("in_review")
    workflow.edit(
        claim, reviewer, {"rating": "mostly_false", "verdict_summary": "The figure is doubled."}
    )
    assert claim.rating_id == "mostly_false"
    event = claim.events.order_by("-id").first()
    assert event.changes["rating"] == {"from": None, "to": "mostly_false"}


def test_other_reviewer_cannot_set_verdict(claim_in, reviewer2):
    claim = claim_in("in_review")
    with pytest.raises(NotPermitted):
        workflow.edit(claim, reviewer2, {"rating": "false"})


def test_unknown_rating_code_is_refused(claim_in, reviewer):
    claim = claim_in("in_review")
    with pytest.raises(MissingInput) as info:
        workflow.edit(claim, reviewer, {"rating": "pants_on_fire"})
    assert info.value.field == "rating"


def test_published_claim_cannot_be_edited_without_reopening(claim_in, editor):
    claim = claim_in("published")
    with pytest.raises(NotPermitted):
        workflow.edit(claim, editor, {"verdict_summary": "Quietly changed."})


def test_edit_with_stale_version_is_refused(claim_in, editor, editor2):
    claim = claim_in("queued")
    seen = claim.version
    workflow.edit(claim, editor2, {"priority": 3})
    with pytest.raises(StaleClaim):
        workflow.edit(claim, editor, {"priority": 1}, expected_version=seen)
    claim.refresh_from_db()
    assert claim.priority == 3


def test_edit_without_change_writes_no_history(claim_in, editor):
    claim = claim_in("queued")
    count, version = claim.events.count(), claim.version
    workflow.edit(claim, editor, {"priority": claim.priority})
    assert (claim.events.count(), claim.version) == (count, version)


def test_summary_longer_than_75_characters_is_refused(claim_in, editor):
    claim = claim_in("queued")
    with pytest.raises(ValidationError):
        workflow.edit(claim, editor, {"summary": "x" * 76})
    claim.refresh_from_db()
    assert claim.summary != "x" * 76


def test_same_url_cited_for_two_claims_is_one_source(claim_in, reviewer):
    first, second = claim_in("in_review"), claim_in("in_review")
    url = "https://stats.example.org/report.pdf"
    workflow.add_source(first, reviewer, url=url, stance="refutes", title="Report")
    workflow.add_source(second, reviewer, url=url, stance="context")
    assert Source.objects.filter(url=url).count() == 1
    assert ClaimSource.objects.filter(source__url=url).count() == 2


def test_source_cited_twice_for_one_claim_is_refused(claim_in, reviewer):
    claim = claim_in("in_review")
    workflow.add_source(claim, reviewer, url="https://a.example.org/", stance="refutes")
    with pytest.raises(MissingInput):
        workflow.add_source(claim, reviewer, url="https://a.example.org/", stance="supports")
    assert claim.evidence.count() == 1


def test_reviewer_who_is_not_assignee_cannot_add_source(claim_in, reviewer2):
    claim = claim_in("in_review")
    with pytest.raises(NotPermitted):
        workflow.add_source(claim, reviewer2, url="https://b.example.org/", stance="refutes")
    assert not Source.objects.filter(url="https://b.example.org/").exists()


def test_bad_stance_is_refused_and_stores_nothing(claim_in, reviewer):
    claim = claim_in("in_review")
    with pytest.raises(ValidationError):
        workflow.add_source(claim, reviewer, url="https://c.example.org/", stance="maybe")
    assert claim.evidence.count() == 0
    assert not Source.objects.filter(url="https://c.example.org/").exists()


def test_notes_are_append_only(claim_in, reviewer):
    claim = claim_in("in_review")
    note = workflow.add_note(claim, reviewer, body="Called the ministry.")
    note.body = "Rewritten history"
    with pytest.raises(ValueError):
        note.save()
    assert Note.objects.get(pk=note.pk).body == "Called the ministry."


def test_right_of_reply_keeps_contact_dates(claim_in, reviewer):
    claim = claim_in("in_review")
    note = workflow.add_note(
        claim,
        reviewer,
        kind="right_of_reply",
        body="Asked the mayor's office.",
        contacted_at=datetime.date(2026, 11, 1),
        replied_at=datetime.date(2026, 11, 3),
    )
    assert note.kind == "right_of_reply"


def test_reply_before_contact_is_refused(claim_in, reviewer):
    claim = claim_in("in_review")
    with pytest.raises(ValidationError):
        workflow.add_note(
            claim,
            reviewer,
            kind="right_of_reply",
            body="Impossible dates.",
            contacted_at=datetime.date(2026, 11, 3),
            replied_at=datetime.date(2026, 11, 1),
        )
    assert claim.notes.count() == 0


def test_empty_note_is_refused(claim_in, reviewer):
    claim = claim_in("in_review")
    with pytest.raises(ValidationError):
        workflow.add_note(claim, reviewer, body="   ")


def test_reader_cannot_add_note(claim_in, reader):
    with pytest.raises(NotPermitted):
        workflow.add_note(claim_in("queued"), reader, body="I disagree.")
