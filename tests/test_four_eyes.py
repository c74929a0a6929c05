"""Four-eyes bound to the verdict: whoever wrote any part of it never publishes it."""

import pytest
from rest_framework import status
from rest_framework.test import APIClient

from claims import history, workflow
from claims.errors import ActionNotAllowed, MissingInput, NotPermitted
from claims.models import Claim

pytestmark = pytest.mark.django_db


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def state(claim: Claim):
    claim.refresh_from_db()
    return (claim.status, claim.rating_id, claim.verdict_summary, claim.version)


@pytest.fixture
def co_written(claim_in, editor2, reviewer):
    """Submitted by the reviewer, after editor2 rewrote the verdict during review."""
    claim = claim_in("in_review")
    workflow.edit(claim, editor2, {"rating": "mostly_false", "verdict_summary": "Zahl falsch."})
    workflow.add_source(claim, reviewer, url="https://amt.example.org/n", stance="refutes")
    return workflow.perform(claim, "submit", reviewer)


def test_editor_who_set_part_of_the_verdict_cannot_publish_it(co_written, editor, editor2):
    before = state(co_written)
    with pytest.raises(NotPermitted) as info:
        workflow.perform(co_written, "publish", editor2)
    assert info.value.code == "four_eyes"
    assert state(co_written) == before
    assert workflow.perform(co_written, "publish", editor).status == "published"


def test_superuser_who_wrote_the_verdict_cannot_publish_it(claim_in, superuser, reviewer):
    claim = claim_in("in_review")
    workflow.edit(claim, superuser, {"verdict_summary": "Vom Administrator geschrieben."})
    workflow.edit(claim, reviewer, {"rating": "false"})
    workflow.add_source(claim, reviewer, url="https://amt.example.org/s", stance="refutes")
    workflow.perform(claim, "submit", reviewer)
    with pytest.raises(NotPermitted) as info:
        workflow.perform(claim, "publish", superuser)
    assert info.value.code == "four_eyes"


def test_submitted_verdict_cannot_be_changed_by_another_editor(claim_in, editor2):
    """Probe 1: an editor who does not hold the claim rewrites a submitted verdict."""
    claim = claim_in("submitted")
    before = state(claim)
    with pytest.raises(NotPermitted) as info:
        workflow.edit(claim, editor2, {"rating": "true", "verdict_summary": "Stimmt doch."})
    assert info.value.code == "verdict_submitted"
    assert state(claim) == before


def test_submitted_verdict_cannot_be_changed_through_the_api(claim_in, editor2):
    claim = claim_in("submitted")
    before = state(claim)
    response = api(editor2).patch(
        f"/api/claims/{claim.pk}/",
        {"rating": "true", "verdict_summary": "Stimmt doch."},
        format="json",
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json()["error"]["code"] == "verdict_submitted"
    assert state(claim) == before


def test_submitted_verdict_cannot_be_changed_on_the_claim_page(client, claim_in, editor2):
    claim = claim_in("submitted")
    before = state(claim)
    client.force_login(editor2)
    response = client.post(
        f"/claims/{claim.pk}/edit/verdict/",
        {
            "verdict-version": claim.version,
            "verdict-rating": "true",
            "verdict-verdict_summary": "X",
        },
    )
    assert response.status_code in (400, 403)
    assert state(claim) == before


def test_api_publish_by_a_verdict_author_is_refused(co_written, editor2):
    response = api(editor2).post(f"/api/claims/{co_written.pk}/publish/", {}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json()["error"]["code"] == "four_eyes"
    assert state(co_written)[0] == "submitted"


def test_page_publish_by_a_verdict_author_is_refused(client, co_written, editor2):
    client.force_login(editor2)
    page = client.get(f"/claims/{co_written.pk}/")
    assert "publish" not in [form.action.name for form in page.context["action_forms"]]
    response = client.post(
        f"/claims/{co_written.pk}/actions/publish/",
        {"action-publish-version": co_written.version},
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert state(co_written)[0] == "submitted"


def test_has_perm_answers_the_same_question(co_written, editor, editor2, reviewer, reader):
    assert editor.has_perm("claims.publish_claim", co_written)
    assert not editor2.has_perm("claims.publish_claim", co_written)
    assert not reviewer.has_perm("claims.publish_claim", co_written)
    assert not reader.has_perm("claims.publish_claim", co_written)
    assert workflow.available_actions(co_written, editor2) == ["send_back"]


def test_sources_cannot_be_added_to_a_submitted_verdict(claim_in, editor2):
    claim = claim_in("submitted")
    with pytest.raises(NotPermitted) as info:
        workflow.add_source(claim, editor2, url="https://amt.example.org/spaet", stance="context")
    assert info.value.code == "verdict_submitted"
    assert claim.evidence.count() == 1


def test_publishing_needs_the_short_summary(claim_in, editor):
    claim = claim_in("submitted")
    Claim.objects.filter(pk=claim.pk).update(summary="")
    with pytest.raises(MissingInput) as info:
        workflow.perform(claim, "publish", editor)
    assert info.value.field == "summary"


def test_a_verdict_changed_after_submission_is_not_published(claim_in, editor, reviewer):
    claim = claim_in("submitted")
    # A repair by hand that recorded itself, but bypassed the rulebook.
    Claim.objects.filter(pk=claim.pk).update(verdict_summary="Nachträglich geändert.")
    history.record(
        claim,
        actor=reviewer,
        action="edit",
        from_status="submitted",
        to_status="submitted",
        changes={"verdict_summary": {"from": "Wrong.", "to": "Nachträglich geändert."}},
    )
    with pytest.raises(ActionNotAllowed) as info:
        workflow.perform(claim, "publish", editor)
    assert info.value.code == "verdict_changed"
    # Sent back and submitted again, it can be published.
    workflow.perform(claim, "send_back", editor, comment="Bitte neu einreichen.")
    workflow.perform(claim, "submit", reviewer)
    assert workflow.perform(claim, "publish", editor).status == "published"


def test_assignee_may_write_the_summary_in_review(claim_in, reviewer):
    claim = claim_in("in_review")
    workflow.edit(claim, reviewer, {"summary": "Nitratwert im Mai"})
    assert claim.summary == "Nitratwert im Mai"


def test_the_model_has_no_second_door_to_the_workflow():
    for name in ["perform", "accept", "take", "submit", "publish", "reopen", "edit"]:
        assert not hasattr(Claim, name), name
