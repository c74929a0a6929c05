"""Sources and notes of a claim through the API."""

import pytest
from rest_framework import status
from rest_framework.test import APIClient

from claims import workflow
from claims.models import Source

pytestmark = pytest.mark.django_db


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_assignee_adds_a_source_with_all_its_details(reviewer, claim_in):
    claim = claim_in("in_review")
    response = api(reviewer).post(
        f"/api/claims/{claim.pk}/sources/",
        {
            "url": "https://amt.example.org/messwerte",
            "title": "Messwerte",
            "publisher": "Umweltamt",
            "stance": "supports",
            "excerpt": "48 mg/l",
            "archive_url": "https://archive.example.org/amt",
            "accessed_at": "2026-05-01",
        },
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    data = response.json()
    assert data["publisher"] == "Umweltamt"
    assert data["accessed_at"] == "2026-05-01"
    assert data["added_by"] == "rev"
    listed = api(reviewer).get(f"/api/claims/{claim.pk}/sources/").json()["results"]
    assert [s["url"] for s in listed] == ["https://amt.example.org/messwerte"]


def test_the_same_source_twice_on_one_claim_is_refused(reviewer, claim_in):
    claim = claim_in("in_review")
    body = {"url": "https://amt.example.org/x", "stance": "context"}
    assert api(reviewer).post(f"/api/claims/{claim.pk}/sources/", body).status_code == 201
    again = api(reviewer).post(f"/api/claims/{claim.pk}/sources/", body)
    assert again.status_code == status.HTTP_400_BAD_REQUEST
    assert "url" in again.json()["error"]["fields"]
    assert Source.objects.count() == 1


def test_invalid_stance_and_url_are_field_errors(reviewer, claim_in):
    claim = claim_in("in_review")
    response = api(reviewer).post(
        f"/api/claims/{claim.pk}/sources/", {"url": "kein link", "stance": "maybe"}
    )
    assert set(response.json()["error"]["fields"]) == {"url", "stance"}


def test_reviewer_adds_a_right_of_reply_note(reviewer, make_claim):
    claim = make_claim()
    response = api(reviewer).post(
        f"/api/claims/{claim.pk}/notes/",
        {"body": "Pressestelle angefragt.", "kind": "right_of_reply", "contacted_at": "2026-05-01"},
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED
    assert response.json()["kind"] == "right_of_reply"
    assert response.json()["author"] == "rev"


def test_a_note_can_supersede_an_earlier_note_of_the_same_claim(reviewer, make_claim):
    claim = make_claim()
    other = make_claim("Andere Behauptung.")
    first = api(reviewer).post(f"/api/claims/{claim.pk}/notes/", {"body": "Alt."}).json()
    foreign = api(reviewer).post(f"/api/claims/{other.pk}/notes/", {"body": "Fremd."}).json()
    fixed = api(reviewer).post(
        f"/api/claims/{claim.pk}/notes/", {"body": "Neu.", "supersedes": first["id"]}
    )
    assert fixed.json()["supersedes"] == first["id"]
    wrong = api(reviewer).post(
        f"/api/claims/{claim.pk}/notes/", {"body": "Neu.", "supersedes": foreign["id"]}
    )
    assert wrong.status_code == status.HTTP_400_BAD_REQUEST
    assert "supersedes" in wrong.json()["error"]["fields"]


def test_notes_on_a_missing_claim_answer_404(reviewer):
    assert api(reviewer).get("/api/claims/999999/notes/").status_code == 404
    assert api(reviewer).post("/api/claims/999999/notes/", {"body": "x"}).status_code == 404


def test_source_with_a_stale_if_match_answers_412(reviewer, editor, claim_in):
    claim = claim_in("in_review")
    old = f'"{claim.version}"'
    workflow.edit(claim, editor, {"priority": 4})
    response = api(reviewer).post(
        f"/api/claims/{claim.pk}/sources/",
        {"url": "https://amt.example.org/y", "stance": "context"},
        HTTP_IF_MATCH=old,
    )
    assert response.status_code == status.HTTP_412_PRECONDITION_FAILED
    assert not claim.evidence.exists()
