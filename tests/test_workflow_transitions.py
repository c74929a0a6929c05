"""Every action of the contract's table: who may, from which status, what it needs."""

import pytest

from claims import workflow
from claims.errors import ActionNotAllowed, MissingInput, NotPermitted, StaleClaim
from claims.models import ClaimEvent, Rating

pytestmark = pytest.mark.django_db


def snapshot(claim):
    claim.refresh_from_db()
    return (claim.status, claim.assignee_id, claim.version, claim.events.count())


@pytest.mark.parametrize(
    ("start", "action", "actor", "expected"),
    [
        ("new", "accept", "editor", "queued"),
        ("new", "reject", "editor", "rejected"),
        ("queued", "reject", "editor", "rejected"),
        ("rejected", "restore", "editor", "new"),
        ("queued", "take", "reviewer2", "in_review"),
        ("queued", "take", "editor", "in_review"),
        ("queued", "assign", "editor", "in_review"),
        ("in_review", "assign", "editor", "in_review"),
        ("in_review", "release", "reviewer", "queued"),
        ("in_review", "release", "editor", "queued"),
        ("in_review", "submit", "reviewer", "submitted"),
        ("submitted", "send_back", "editor", "in_review"),
        ("submitted", "publish", "editor", "published"),
        ("published", "reopen", "editor", "in_review"),
        ("new", "accept", "superuser", "queued"),
        ("submitted", "publish", "superuser", "published"),
    ],
)
def test_legal_transition_succeeds_and_writes_history(
    request, claim_in, reviewer2, start, action, actor, expected
):
    claim = claim_in(start)
    user = request.getfixturevalue(actor)
    if action == "submit":
        workflow.edit(claim, user, {"rating": "false", "verdict_summary": "It is wrong."})
        workflow.add_source(claim, user, url="https://evidence.example.org/a", stance="refutes")
    before_version = claim.refresh_from_db() or claim.version
    workflow.perform(claim, action, user, comment="Because.", assignee=reviewer2)

    claim.refresh_from_db()
    assert claim.status == expected
    assert claim.version > before_version
    event = claim.events.order_by("-id").first()
    assert (event.action, event.from_status, event.to_status) == (action, start, expected)
    assert event.actor == user


def test_take_assigns_the_taker(claim_in, reviewer2):
    claim = workflow.perform(claim_in("queued"), "take", reviewer2)
    assert claim.assignee == reviewer2


def test_assign_records_old_and_new_assignee(claim_in, editor, reviewer, reviewer2):
    claim = claim_in("in_review")
    workflow.perform(claim, "assign", editor, assignee=reviewer2)
    event = claim.events.order_by("-id").first()
    assert event.changes["assignee"] == {"from": reviewer.username, "to": reviewer2.username}


def test_release_clears_the_assignee(claim_in, reviewer):
    claim = workflow.perform(claim_in("in_review"), "release", reviewer)
    assert claim.assignee is None and claim.status == "queued"


def test_reject_keeps_the_reason_in_history(claim_in, editor):
    claim = workflow.perform(claim_in("queued"), "reject", editor, comment="Opinion, not a fact.")
    assert claim.events.order_by("-id").first().comment == "Opinion, not a fact."


def test_publish_sets_publication_dates_and_reopen_keeps_correction(claim_in, editor, reviewer):
    claim = claim_in("published")
    first = claim.first_published_at
    assert first is not None and not claim.was_corrected
    workflow.perform(claim, "reopen", editor, comment="The figure was for 2023, not 2024.")
    workflow.perform(claim, "submit", reviewer)
    workflow.perform(claim, "publish", editor)
    assert claim.first_published_at == first
    assert claim.was_corrected
    assert list(claim.events.corrections().values_list("comment", flat=True)) == [
        "The figure was for 2023, not 2024."
    ]


@pytest.mark.parametrize(
    ("start", "action"),
    [
        ("queued", "accept"),
        ("new", "take"),
        ("new", "release"),
        ("queued", "submit"),
        ("in_review", "publish"),
        ("submitted", "reopen"),
        ("new", "restore"),
        ("published", "reject"),
        ("submitted", "assign"),
        ("in_review", "send_back"),
    ],
)
def test_action_in_wrong_status_is_refused_and_changes_nothing(
    claim_in, editor, reviewer2, start, action
):
    claim = claim_in(start)
    before = snapshot(claim)
    with pytest.raises(ActionNotAllowed) as info:
        workflow.perform(claim, action, editor, comment="x", assignee=reviewer2)
    assert snapshot(claim) == before
    assert action not in info.value.extra["allowed"]
    assert info.value.extra["allowed"] == workflow.actions_for_status(start)


@pytest.mark.parametrize(
    ("start", "action", "actor"),
    [
        ("new", "accept", "reviewer"),
        ("new", "reject", "reviewer"),
        ("rejected", "restore", "reviewer"),
        ("queued", "assign", "reviewer"),
        ("submitted", "send_back", "reviewer"),
        ("submitted", "publish", "reviewer"),
        ("published", "reopen", "reviewer"),
        ("queued", "take", "reader"),
        ("queued", "take", "outsider"),
        ("in_review", "release", "reviewer2"),
        ("in_review", "submit", "reviewer2"),
        ("in_review", "submit", "editor"),
        ("new", "accept", "reader"),
    ],
)
def test_action_by_wrong_role_is_refused_and_changes_nothing(
    request, claim_in, reviewer2, start, action, actor
):
    claim = claim_in(start)
    before = snapshot(claim)
    with pytest.raises(NotPermitted):
        workflow.perform(
            claim, action, request.getfixturevalue(actor), comment="x", assignee=reviewer2
        )
    assert snapshot(claim) == before


@pytest.mark.parametrize(
    ("start", "action", "field"),
    [
        ("new", "reject", "comment"),
        ("submitted", "send_back", "comment"),
        ("published", "reopen", "comment"),
        ("queued", "assign", "assignee"),
    ],
)
def test_action_missing_its_input_is_refused(claim_in, editor, start, action, field):
    claim = claim_in(start)
    before = snapshot(claim)
    with pytest.raises(MissingInput) as info:
        workflow.perform(claim, action, editor, comment="   ")
    assert info.value.field == field
    assert snapshot(claim) == before


def test_assign_to_a_reader_is_refused(claim_in, editor, reader):
    claim = claim_in("queued")
    with pytest.raises(MissingInput):
        workflow.perform(claim, "assign", editor, assignee=reader)
    assert claim.status == "queued"


@pytest.mark.parametrize("missing", ["rating", "verdict_summary", "sources"])
def test_submit_needs_rating_summary_and_a_source(claim_in, reviewer, missing):
    claim = claim_in("in_review")
    if missing != "rating":
        workflow.edit(claim, reviewer, {"rating": "false"})
    if missing != "verdict_summary":
        workflow.edit(claim, reviewer, {"verdict_summary": "Wrong figure."})
    if missing != "sources":
        workflow.add_source(claim, reviewer, url="https://evidence.example.org/b", stance="refutes")
    before = snapshot(claim)
    with pytest.raises(MissingInput) as info:
        workflow.perform(claim, "submit", reviewer)
    assert info.value.field == missing
    assert snapshot(claim) == before


def test_four_eyes_editor_cannot_publish_claim_they_researched(make_claim, editor, editor2):
    claim = make_claim()
    workflow.perform(claim, "accept", editor)
    workflow.perform(claim, "take", editor)
    workflow.edit(claim, editor, {"rating": "true", "verdict_summary": "Confirmed by the office."})
    workflow.add_source(claim, editor, url="https://evidence.example.org/c", stance="supports")
    workflow.perform(claim, "submit", editor)
    before = snapshot(claim)
    with pytest.raises(NotPermitted) as info:
        workflow.perform(claim, "publish", editor)
    assert info.value.code == "four_eyes"
    assert snapshot(claim) == before
    workflow.perform(claim, "publish", editor2)
    assert claim.status == "published"


def test_reviewer_cannot_publish_own_claim(claim_in, reviewer):
    claim = claim_in("submitted")
    with pytest.raises(NotPermitted):
        workflow.perform(claim, "publish", reviewer)


def test_stale_version_is_refused_and_changes_nothing(claim_in, editor, reviewer):
    claim = claim_in("queued")
    seen = claim.version
    workflow.edit(claim, editor, {"priority": 4})
    before = snapshot(claim)
    with pytest.raises(StaleClaim):
        workflow.perform(claim, "take", reviewer, expected_version=seen)
    assert snapshot(claim) == before


def test_second_of_two_concurrent_takes_fails_cleanly(claim_in, reviewer, reviewer2):
    first = claim_in("queued")
    second = type(first).objects.get(pk=first.pk)  # another request's copy
    workflow.perform(first, "take", reviewer)
    with pytest.raises(ActionNotAllowed):
        workflow.perform(second, "take", reviewer2)
    first.refresh_from_db()
    assert first.assignee == reviewer
    assert ClaimEvent.objects.filter(claim=first, action="take").count() == 1


def test_unknown_action_is_refused(claim_in, editor):
    with pytest.raises(ActionNotAllowed):
        workflow.perform(claim_in("new"), "approve_everything", editor)


def test_available_actions_follow_status_and_role(claim_in, editor, reviewer, reviewer2, reader):
    claim = claim_in("in_review")
    assert set(workflow.available_actions(claim, reviewer)) == {"release", "submit"}
    assert set(workflow.available_actions(claim, editor)) == {"assign", "release"}
    assert workflow.available_actions(claim, reviewer2) == []
    assert workflow.available_actions(claim, reader) == []


def test_rating_scale_has_contract_codes():
    codes = set(Rating.objects.values_list("code", flat=True))
    assert {"true", "mostly_true", "partly_false", "mostly_false", "false"} <= codes
    assert Rating.objects.get(code="missing_context").position is None
    assert Rating.objects.get(code="unproven").label("de") == "unbelegt"
