"""Reading, creating and editing claims through the API."""

import pytest
from rest_framework import status
from rest_framework.test import APIClient

from claims import workflow
from claims.models import Claim
from tests.conftest import ARTICLE_BODY

pytestmark = pytest.mark.django_db


def api(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def test_claim_detail_has_the_contract_fields_and_an_etag(reader, claim_in):
    claim = claim_in("in_review")
    response = api(reader).get(f"/api/claims/{claim.pk}/")
    assert response.status_code == status.HTTP_200_OK
    data = response.json()
    for field in [
        "id",
        "status",
        "assignee",
        "sources",
        "notes",
        "version",
        "text",
        "article",
        "start",
        "end",
        "claimant",
        "summary",
        "language",
        "priority",
        "due_at",
        "rating",
        "verdict_summary",
        "checkworthiness",
        "reasons",
        "similar_claims",
        "available_actions",
        "history",
    ]:
        assert field in data, field
    assert data["status"] == "in_review"
    assert data["assignee"] == "rev"
    assert data["article"] == claim.article_id
    assert ARTICLE_BODY[data["start"] : data["end"]] == data["text"]
    assert response["ETag"] == f'"{claim.version}"'
    assert [e["action"] for e in data["history"]] == ["create", "accept", "take"]
    assert data["public_url"] is None


def test_rating_is_read_as_its_code_and_sources_are_embedded(editor, claim_in):
    claim = claim_in("submitted")
    data = api(editor).get(f"/api/claims/{claim.pk}/").json()
    assert data["rating"] == "false"
    assert data["sources"][0]["url"] == f"https://evidence.example.org/{claim.pk}"
    assert data["sources"][0]["stance"] == "refutes"


def test_published_claim_has_a_public_url(editor, claim_in):
    claim = claim_in("published")
    data = api(editor).get(f"/api/claims/{claim.pk}/").json()
    assert data["public_url"].endswith(f"/factchecks/{claim.pk}/")


def test_available_actions_depend_on_the_caller(editor, reviewer, claim_in):
    claim = claim_in("queued")
    assert set(api(editor).get(f"/api/claims/{claim.pk}/").json()["available_actions"]) == {
        "reject",
        "reject_duplicate",
        "take",
        "assign",
    }
    assert api(reviewer).get(f"/api/claims/{claim.pk}/").json()["available_actions"] == ["take"]


def test_similar_claims_are_listed_with_their_rating(editor, make_claim, claim_in):
    earlier = claim_in("published")
    claim = make_claim("Die Stadt hat viel Geld investiert.")
    claim.similar_claims.add(earlier)
    data = api(editor).get(f"/api/claims/{claim.pk}/").json()
    assert data["similar_claims"] == [
        {"id": earlier.pk, "text": earlier.text, "status": "published", "rating": "false"}
    ]


def test_reviewer_creates_a_claim_by_hand(reviewer):
    response = api(reviewer).post(
        "/api/claims/",
        {
            "text": "  Die Stadt hat 2,4 Millionen Euro investiert. ",
            "language": "de",
            "source_url": "https://social.example.org/post/1",
        },
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    data = response.json()
    assert data["status"] == "new"
    assert data["text"] == "Die Stadt hat 2,4 Millionen Euro investiert."
    assert data["article"] is None
    assert data["history"][0]["actor"] == "rev"
    assert Claim.objects.get(pk=data["id"]).created_by == reviewer


def test_editor_creates_a_claim_with_desk_fields(editor):
    response = api(editor).post(
        "/api/claims/",
        {
            "text": "Die Stadt hat 2,4 Millionen Euro investiert.",
            "claimant": "Anna Berg",
            "summary": "2,4 Millionen investiert",
            "priority": 3,
        },
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    assert (response.json()["priority"], response.json()["claimant"]) == (3, "Anna Berg")


def test_claim_language_defaults_to_a_detected_one(reviewer):
    response = api(reviewer).post(
        "/api/claims/",
        {"text": "The city said that it has invested 2.4 million euros in the water works."},
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED
    assert response.json()["language"] == "en"


def test_claim_from_an_article_takes_the_first_free_occurrence(editor, article):
    text = "Laut dem Umweltamt lag der Nitratwert im Mai bei 48 Milligramm pro Liter."
    first = api(editor).post("/api/claims/", {"text": text, "article": article.pk}, format="json")
    assert first.status_code == status.HTTP_201_CREATED
    data = first.json()
    assert article.body[data["start"] : data["end"]] == text
    assert data["language"] == "de"
    again = api(editor).post("/api/claims/", {"text": text, "article": article.pk}, format="json")
    assert again.status_code == status.HTTP_400_BAD_REQUEST
    assert "text" in again.json()["error"]["fields"]


def test_claim_text_missing_from_the_article_is_refused(editor, article):
    response = api(editor).post(
        "/api/claims/", {"text": "Nicht im Artikel.", "article": article.pk}, format="json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json()["error"]["fields"]["text"]
    assert not Claim.objects.exists()


def test_editor_creates_a_claim_with_a_verdict(editor, rating):
    response = api(editor).post(
        "/api/claims/",
        {"text": "Alles falsch.", "language": "de", "rating": "false", "verdict_summary": "So."},
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED
    assert response.json()["rating"] == "false"


def test_reviewer_cannot_set_a_verdict_on_a_new_claim_and_nothing_is_stored(reviewer, rating):
    response = api(reviewer).post(
        "/api/claims/",
        {"text": "Alles falsch.", "language": "de", "rating": "false"},
        format="json",
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert not Claim.objects.exists()


def test_editor_edits_priority_and_due_date(editor, make_claim):
    claim = make_claim()
    response = api(editor).patch(
        f"/api/claims/{claim.pk}/",
        {"priority": 4, "due_at": "2030-01-02T10:00:00Z", "claimant": "Umweltamt"},
        format="json",
    )
    assert response.status_code == status.HTTP_200_OK, response.json()
    data = response.json()
    assert data["priority"] == 4
    assert data["claimant"] == "Umweltamt"
    assert data["version"] == claim.version + 1
    assert response["ETag"] == f'"{claim.version + 1}"'
    assert data["history"][-1]["action"] == "edit"


def test_assignee_sets_rating_and_verdict_by_code(reviewer, claim_in):
    claim = claim_in("in_review")
    response = api(reviewer).patch(
        f"/api/claims/{claim.pk}/",
        {"rating": "mostly_true", "verdict_summary": "Stimmt weitgehend."},
        format="json",
    )
    assert response.status_code == status.HTTP_200_OK
    claim.refresh_from_db()
    assert claim.rating_id == "mostly_true"
    assert claim.verdict_summary == "Stimmt weitgehend."


def test_unknown_rating_code_is_a_field_error(reviewer, claim_in):
    claim = claim_in("in_review")
    response = api(reviewer).patch(f"/api/claims/{claim.pk}/", {"rating": "kinda"}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "rating" in response.json()["error"]["fields"]


def test_reviewer_cannot_change_priority(reviewer, claim_in):
    claim = claim_in("in_review")
    response = api(reviewer).patch(f"/api/claims/{claim.pk}/", {"priority": 4}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    claim.refresh_from_db()
    assert claim.priority != 4


def test_published_claim_cannot_be_edited(editor, claim_in):
    claim = claim_in("published")
    response = api(editor).patch(f"/api/claims/{claim.pk}/", {"priority": 4}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert "reopen" in response.json()["error"]["message"]


def test_patch_cannot_change_status_or_assignee(editor, make_claim):
    claim = make_claim()
    api(editor).patch(
        f"/api/claims/{claim.pk}/",
        {"status": "published", "assignee": "ed", "priority": 3},
        format="json",
    )
    claim.refresh_from_db()
    assert claim.status == "new"
    assert claim.assignee is None


def test_queue_next_assigns_the_most_urgent_claim(reviewer, editor, make_claim):
    low = make_claim("Niedrige Priorität.", priority=1)
    urgent = make_claim("Dringend.", priority=4)
    for claim in (low, urgent):
        workflow.perform(claim, "accept", editor)
    response = api(reviewer).post("/api/queue/next/")
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["id"] == urgent.pk
    assert response.json()["assignee"] == "rev"
    urgent.refresh_from_db()
    assert urgent.status == "in_review"


def test_queue_next_answers_204_when_the_queue_is_empty(reviewer):
    response = api(reviewer).post("/api/queue/next/")
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not response.content


def test_reader_cannot_take_from_the_queue(reader, editor, make_claim):
    workflow.perform(make_claim(), "accept", editor)
    response = api(reader).post("/api/queue/next/")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json()["error"]["code"] == "not_permitted"


def test_ratings_list_the_scale_by_code(reader):
    response = api(reader).get("/api/ratings/")
    codes = [r["code"] for r in response.json()["results"]]
    assert set(codes) >= {
        "true",
        "mostly_true",
        "partly_false",
        "mostly_false",
        "false",
        "missing_context",
        "unproven",
    }
    detail = api(reader).get("/api/ratings/false/", HTTP_ACCEPT_LANGUAGE="de").json()
    assert detail["label_de"] == "falsch"


def test_claims_created_by_the_workflow_show_up_in_the_list(reader, make_claim):
    claim = make_claim()
    workflow.add_note(claim, claim.created_by, body="Erste Notiz.")
    results = api(reader).get("/api/claims/").json()["results"]
    assert [c["id"] for c in results] == [claim.pk]
    assert results[0]["notes"][0]["body"] == "Erste Notiz."
