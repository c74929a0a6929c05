"""Write APIs refuse what they would not apply: unknown or read-only fields (400), fields
the caller may not set (403), each named; nothing is stored."""

import pytest
from rest_framework import status
from rest_framework.test import APIClient

from claims.models import Claim

pytestmark = pytest.mark.django_db


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


READ_ONLY = [
    ("status", "published"),
    ("version", 99),
    ("assignee", "ed"),
    ("created_by", "ed"),
    ("article", 1),
    ("start", 0),
    ("end", 5),
    ("checkworthiness", 0.9),
    ("first_published_at", "2026-01-01T00:00:00Z"),
    ("verdict_authors", []),
    ("no_such_field", 1),
]


@pytest.mark.parametrize(("field", "value"), READ_ONLY)
def test_patch_with_a_read_only_or_unknown_field_is_refused_by_name(
    editor, make_claim, field, value
):
    claim = make_claim()
    response = api(editor).patch(
        f"/api/claims/{claim.pk}/", {field: value, "priority": 4}, format="json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert field in response.json()["error"]["fields"]
    assert field in response.json()["error"]["message"]
    claim.refresh_from_db()
    assert (claim.priority, claim.version, claim.status) == (2, 1, "new")


def test_reviewer_creating_a_claim_cannot_set_editor_fields(reviewer):
    response = api(reviewer).post(
        "/api/claims/",
        {
            "text": "Die Stadt hat 2,4 Millionen Euro investiert.",
            "priority": 4,
            "due_at": "2026-12-24T12:00:00Z",
            "summary": "2,4 Millionen",
            "claimant": "Anna Berg",
        },
        format="json",
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
    error = response.json()["error"]
    assert set(error["fields"]) == {"priority", "due_at", "summary", "claimant"}
    assert "priority" in error["message"]
    assert Claim.objects.count() == 0


def test_reader_creating_a_claim_is_refused_for_the_role(reader):
    response = api(reader).post("/api/claims/", {"text": "Ein Satz.", "priority": 4})
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json()["error"]["fields"] == {}
    assert Claim.objects.count() == 0


def test_create_with_a_read_only_field_is_refused_by_name(editor):
    response = api(editor).post(
        "/api/claims/", {"text": "Ein Satz.", "status": "published"}, format="json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "status" in response.json()["error"]["fields"]
    assert Claim.objects.count() == 0


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("sources/", {"url": "https://amt.example.org/x", "stance": "refutes", "added_by": "ed"}),
        ("notes/", {"body": "Notiz.", "author": "ed"}),
        ("release/", {"comment": "", "status": "queued"}),
    ],
)
def test_evidence_notes_and_actions_refuse_unknown_fields(editor, claim_in, path, body):
    claim = claim_in("in_review")
    before = (claim.evidence.count(), claim.notes.count(), claim.status)
    response = api(editor).post(f"/api/claims/{claim.pk}/{path}", body, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert len(response.json()["error"]["fields"]) == 1
    claim.refresh_from_db()
    assert (claim.evidence.count(), claim.notes.count(), claim.status) == before


def test_reviewer_new_claim_page_offers_no_claimant_and_stores_none(client, reviewer):
    client.force_login(reviewer)
    assert "claimant" not in client.get("/claims/new/").context["form"].fields
    client.post(
        "/claims/new/",
        {
            "text": "Ein Beitrag behauptet, die Stadt habe 400 Bäume gefällt.",
            "claimant": "@stadtblick",
            "source_url": "https://social.example.org/p/123",
            "language": "de",
        },
    )
    assert Claim.objects.get().claimant == ""
