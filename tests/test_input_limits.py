"""Lengths and types of what people write: the same limits in the API, pages and database."""

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator
from rest_framework import status
from rest_framework.test import APIClient

from claims.models import Article, Claim, Note
from claims.validators import (
    CLAIM_TEXT_MAX,
    COMMENT_MAX,
    EXCERPT_MAX,
    NOTE_BODY_MAX,
    VERDICT_SUMMARY_MAX,
)

pytestmark = pytest.mark.django_db

SENTENCE = "Die Steuer ist gestiegen. "


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def fields_of(response) -> dict:
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    return response.json()["error"]["fields"]


def long_text(limit: int) -> str:
    return (SENTENCE * (limit // len(SENTENCE) + 2))[: limit + 1]


def test_overlong_claim_text_is_refused_by_the_api(editor):
    response = api(editor).post("/api/claims/", {"text": long_text(CLAIM_TEXT_MAX)}, format="json")
    assert "text" in fields_of(response)
    assert not Claim.objects.exists()


def test_claim_text_at_the_limit_is_accepted(editor):
    text = ("Die Steuer ist gestiegen" + "n" * CLAIM_TEXT_MAX)[:CLAIM_TEXT_MAX]
    response = api(editor).post("/api/claims/", {"text": text}, format="json")
    assert response.status_code == status.HTTP_201_CREATED, response.content


@pytest.mark.parametrize("text", ["123", "!!! ???", "12 34 56", "42 %"])
def test_claim_text_without_words_is_refused(editor, text):
    response = api(editor).post("/api/claims/", {"text": text}, format="json")
    assert "text" in fields_of(response)
    assert not Claim.objects.exists()


@pytest.mark.parametrize("value", [123, 1.5, True, ["Die Steuer steigt."], {"a": "b"}])
def test_claim_text_must_be_a_string(editor, value):
    response = api(editor).post("/api/claims/", {"text": value}, format="json")
    assert "text" in fields_of(response)


def test_note_body_must_be_a_string(editor, make_claim):
    claim = make_claim()
    response = api(editor).post(f"/api/claims/{claim.pk}/notes/", {"body": 5}, format="json")
    assert "body" in fields_of(response)
    assert not claim.notes.exists()


def test_overlong_note_is_refused_by_the_api_and_the_page(client, editor, make_claim):
    claim = make_claim()
    body = long_text(NOTE_BODY_MAX)
    response = api(editor).post(f"/api/claims/{claim.pk}/notes/", {"body": body}, format="json")
    assert "body" in fields_of(response)
    client.force_login(editor)
    response = client.post(
        reverse("claim-add-note", args=[claim.pk]),
        {"note-version": claim.version, "note-kind": "note", "note-body": body},
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert not claim.notes.exists()


def test_overlong_claim_is_refused_on_the_new_claim_page(client, reviewer):
    client.force_login(reviewer)
    response = client.post(
        reverse("claim-new"),
        {
            "text": long_text(CLAIM_TEXT_MAX),
            "claimant": "",
            "source_url": "https://social.example.org/post/1",
            "language": "de",
        },
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "text" in response.context["form"].errors
    response = client.post(
        reverse("claim-new"),
        {"text": "123", "source_url": "https://social.example.org/p", "language": "de"},
    )
    assert "text" in response.context["form"].errors
    assert not Claim.objects.exists()


def test_overlong_verdict_summary_excerpt_and_comment_are_refused(editor, claim_in):
    claim = claim_in("in_review")
    client = api(editor)
    response = client.patch(
        f"/api/claims/{claim.pk}/",
        {"verdict_summary": long_text(VERDICT_SUMMARY_MAX)},
        format="json",
    )
    assert "verdict_summary" in fields_of(response)
    response = client.post(
        f"/api/claims/{claim.pk}/sources/",
        {"url": "https://a.example.org/", "stance": "context", "excerpt": long_text(EXCERPT_MAX)},
        format="json",
    )
    assert "excerpt" in fields_of(response)
    response = client.post(
        f"/api/claims/{claim.pk}/release/", {"comment": long_text(COMMENT_MAX)}, format="json"
    )
    assert "comment" in fields_of(response)
    claim.refresh_from_db()
    assert (claim.status, claim.evidence.count()) == ("in_review", 0)


def test_database_refuses_overlong_texts_written_around_the_forms(make_claim, editor):
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(text="x" * (CLAIM_TEXT_MAX + 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        Note.objects.create(claim=claim, author=editor, body="x" * (NOTE_BODY_MAX + 1))


def test_schema_documents_the_maximum_lengths():
    components = SchemaGenerator().get_schema(request=None, public=True)["components"]["schemas"]
    assert components["ClaimCreateRequest"]["properties"]["text"]["maxLength"] == CLAIM_TEXT_MAX
    verdict = components["PatchedClaimUpdateRequest"]["properties"]["verdict_summary"]
    assert verdict["maxLength"] == VERDICT_SUMMARY_MAX
    assert components["NoteCreateRequest"]["properties"]["body"]["maxLength"] == NOTE_BODY_MAX
    excerpt = components["SourceCreateRequest"]["properties"]["excerpt"]
    assert excerpt["maxLength"] == EXCERPT_MAX


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        "Neue Zahlen\nDie Regierung sagte, die Steuer sei um 20 Prozent gestiegen.\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "option",
    [
        ["--url", "notaurl"],
        ["--url", "javascript:alert(1)"],
        ["--url", "ftp://files.example.org/a.txt"],
        ["--url", "https://news.example.org/" + "a" * 480],
        ["--outlet", "o" * 201],
        ["--title", "t" * 301],
        ["--language", "fr"],
    ],
)
def test_import_command_refuses_bad_arguments_with_exit_2(article_file, option):
    with pytest.raises(CommandError) as info:
        call_command("import_article", str(article_file), *option)
    assert info.value.returncode == 2
    assert "\n" not in str(info.value)
    assert not Article.objects.exists()


def test_import_command_refuses_an_unreadable_file_with_exit_2(article_file, monkeypatch):
    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(article_file), "read_bytes", refuse)
    with pytest.raises(CommandError) as info:
        call_command("import_article", str(article_file))
    assert info.value.returncode == 2
    assert "cannot be read" in str(info.value)
    assert not Article.objects.exists()
