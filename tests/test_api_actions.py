"""Workflow actions through POST /api/claims/<id>/<action>/."""

import pytest
from rest_framework import status
from rest_framework.test import APIClient

from claims import workflow
from claims.models import ClaimEvent

pytestmark = pytest.mark.django_db


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def act(user, claim, name: str, **body):
    headers = {}
    if "if_match" in body:
        headers["HTTP_IF_MATCH"] = body.pop("if_match")
    return api(user).post(f"/api/claims/{claim.pk}/{name}/", body, format="json", **headers)


def test_a_claim_goes_from_new_to_published_through_the_api(editor, reviewer, make_claim):
    claim = make_claim()
    assert act(editor, claim, "accept").json()["status"] == "queued"
    assert act(reviewer, claim, "take").json()["assignee"] == "rev"
    source = api(reviewer).post(
        f"/api/claims/{claim.pk}/sources/",
        {"url": "https://amt.example.org/werte", "stance": "supports"},
        format="json",
    )
    assert source.status_code == status.HTTP_201_CREATED
    api(reviewer).patch(
        f"/api/claims/{claim.pk}/",
        {"rating": "true", "verdict_summary": "Stimmt."},
        format="json",
    )
    assert act(reviewer, claim, "submit").json()["status"] == "submitted"
    published = act(editor, claim, "publish")
    assert published.status_code == status.HTTP_200_OK
    assert published.json()["status"] == "published"
    assert published["ETag"] == f'"{published.json()["version"]}"'


def test_reject_needs_a_reason(editor, make_claim):
    claim = make_claim()
    response = act(editor, claim, "reject")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json()["error"]["fields"] == {"comment": [response.json()["error"]["message"]]}
    claim.refresh_from_db()
    assert claim.status == "new"


def test_reject_with_a_reason_keeps_it_in_the_history(editor, make_claim):
    claim = make_claim()
    response = act(editor, claim, "reject", comment="Meinung, keine Tatsache.")
    assert response.json()["status"] == "rejected"
    assert response.json()["history"][-1]["comment"] == "Meinung, keine Tatsache."


def test_action_not_allowed_in_the_status_answers_409_with_the_allowed_actions(editor, make_claim):
    claim = make_claim()
    response = act(editor, claim, "publish")
    assert response.status_code == status.HTTP_409_CONFLICT
    error = response.json()["error"]
    assert error["code"] == "action_not_allowed"
    assert set(error["allowed_actions"]) == {"accept", "reject", "reject_duplicate"}


def test_reviewer_cannot_publish(reviewer2, claim_in):
    claim = claim_in("submitted")
    response = act(reviewer2, claim, "publish")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json()["error"]["code"] == "not_permitted"


def test_editor_who_reviewed_cannot_publish_own_verdict(editor, editor2, make_claim, rating):
    claim = make_claim()
    workflow.perform(claim, "accept", editor2)
    workflow.perform(claim, "take", editor)
    workflow.edit(claim, editor, {"rating": rating, "verdict_summary": "Falsch."})
    workflow.add_source(claim, editor, url="https://x.example.org/", stance="refutes")
    workflow.perform(claim, "submit", editor)
    response = act(editor, claim, "publish")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json()["error"]["code"] == "four_eyes"
    assert act(editor2, claim, "publish").status_code == status.HTTP_200_OK


def test_submit_without_sources_names_the_missing_field(reviewer, editor, make_claim, rating):
    claim = make_claim()
    workflow.perform(claim, "accept", editor)
    workflow.perform(claim, "take", reviewer)
    workflow.edit(claim, reviewer, {"rating": rating, "verdict_summary": "Falsch."})
    response = act(reviewer, claim, "submit")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "sources" in response.json()["error"]["fields"]


def test_editor_assigns_a_reviewer_by_username(editor, reviewer2, claim_in):
    claim = claim_in("queued")
    response = act(editor, claim, "assign", assignee="rev2")
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["assignee"] == "rev2"


def test_assign_to_an_unknown_user_is_a_field_error(editor, claim_in):
    claim = claim_in("queued")
    response = act(editor, claim, "assign", assignee="ghost")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "assignee" in response.json()["error"]["fields"]


def test_assign_to_a_reader_is_refused(editor, reader, claim_in):
    claim = claim_in("queued")
    response = act(editor, claim, "assign", assignee="read")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "assignee" in response.json()["error"]["fields"]


def test_reopen_needs_a_correction_note_that_lands_in_the_corrections_log(editor, claim_in):
    claim = claim_in("published")
    assert act(editor, claim, "reopen").status_code == status.HTTP_400_BAD_REQUEST
    response = act(editor, claim, "reopen", comment="Zahl korrigiert.")
    assert response.json()["status"] == "in_review"
    assert ClaimEvent.objects.corrections().get(claim=claim).comment == "Zahl korrigiert."


def test_release_returns_the_claim_to_the_queue(reviewer, claim_in):
    claim = claim_in("in_review")
    response = act(reviewer, claim, "release")
    assert response.json()["status"] == "queued"
    assert response.json()["assignee"] is None


def test_send_back_and_restore(editor, claim_in, make_claim):
    submitted = claim_in("submitted")
    assert act(editor, submitted, "send_back", comment="Quelle fehlt.").json()["status"] == (
        "in_review"
    )
    rejected = make_claim("Abgelehnt.")
    workflow.perform(rejected, "reject", editor, comment="Nein.")
    assert act(editor, rejected, "restore").json()["status"] == "new"


def test_if_match_with_the_current_version_succeeds(editor, make_claim):
    claim = make_claim()
    etag = api(editor).get(f"/api/claims/{claim.pk}/")["ETag"]
    assert act(editor, claim, "accept", if_match=etag).status_code == status.HTTP_200_OK


def test_if_match_with_an_old_version_answers_412_and_changes_nothing(editor, make_claim):
    claim = make_claim()
    etag = api(editor).get(f"/api/claims/{claim.pk}/")["ETag"]
    workflow.edit(claim, editor, {"priority": 4})
    response = act(editor, claim, "accept", if_match=etag)
    assert response.status_code == status.HTTP_412_PRECONDITION_FAILED
    assert response.json()["error"]["code"] == "stale_claim"
    claim.refresh_from_db()
    assert claim.status == "new"


def test_patch_with_a_stale_if_match_answers_412(editor, make_claim):
    claim = make_claim()
    old = f'"{claim.version}"'
    workflow.edit(claim, editor, {"priority": 4})
    response = api(editor).patch(
        f"/api/claims/{claim.pk}/", {"priority": 1}, format="json", HTTP_IF_MATCH=old
    )
    assert response.status_code == status.HTTP_412_PRECONDITION_FAILED
    claim.refresh_from_db()
    assert claim.priority == 4


def test_weak_and_bare_etags_are_understood(editor, make_claim):
    claim = make_claim()
    response = api(editor).patch(
        f"/api/claims/{claim.pk}/",
        {"priority": 1},
        format="json",
        HTTP_IF_MATCH=f'W/"{claim.version}"',
    )
    assert response.status_code == status.HTTP_200_OK
    response = act(editor, claim, "accept", if_match=str(claim.version + 1))
    assert response.status_code == status.HTTP_200_OK


def test_a_garbled_if_match_never_matches(editor, make_claim):
    claim = make_claim()
    response = act(editor, claim, "accept", if_match='"abc"')
    assert response.status_code == status.HTTP_412_PRECONDITION_FAILED


def test_unknown_action_is_not_found(editor, make_claim):
    claim = make_claim()
    response = api(editor).post(f"/api/claims/{claim.pk}/explode/", {}, format="json")
    assert response.status_code == status.HTTP_404_NOT_FOUND
