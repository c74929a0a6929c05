"""Articles through the API: reading and importing with claim extraction."""

import pytest
from rest_framework import status
from rest_framework.test import APIClient

from claims.models import Article

pytestmark = pytest.mark.django_db

BODY = (
    "Neues Klärwerk kostet mehr als geplant\n"
    "Der Bau des Klärwerks kostet nach Angaben der Stadtwerke 41 Millionen Euro, "
    "zwölf Millionen mehr als 2022 geplant. "
    "Bürgermeister Jan Roth sagte, die Gebühren würden 2027 um 8 Prozent steigen. "
    "Die Anwohner sind skeptisch."
)


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_editor_imports_an_article_and_gets_its_claims(editor):
    response = api(editor).post(
        "/api/articles/",
        {"body": BODY, "url": "https://news.example.org/klaerwerk", "outlet": "Anzeiger"},
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    data = response.json()
    assert data["body"] == BODY
    assert data["language"] == "de"
    assert data["claims"], "the importer should find the numbers"
    for claim in data["claims"]:
        assert BODY[claim["start"] : claim["end"]] == claim["text"]
        assert claim["status"] == "new"
        assert 0 <= claim["checkworthiness"] <= 1


def test_importing_the_same_text_again_answers_200_with_the_stored_article(editor):
    first = api(editor).post("/api/articles/", {"body": BODY}, format="json").json()
    again = api(editor).post("/api/articles/", {"body": BODY}, format="json")
    assert again.status_code == status.HTTP_200_OK
    assert again.json()["id"] == first["id"]
    assert Article.objects.count() == 1


def test_empty_article_is_refused_with_a_field_message(editor):
    response = api(editor).post("/api/articles/", {"body": "   "}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json()["error"]["fields"]


def test_reviewer_cannot_import(reviewer):
    response = api(reviewer).post("/api/articles/", {"body": BODY}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert not Article.objects.exists()


def test_article_list_and_detail(reader, make_claim, article):
    make_claim()
    listed = api(reader).get("/api/articles/").json()["results"]
    assert listed[0]["id"] == article.pk
    assert listed[0]["claim_count"] == 1
    assert "body" not in listed[0]
    detail = api(reader).get(f"/api/articles/{article.pk}/").json()
    assert detail["body"] == article.body
    assert detail["claims"][0]["text"].startswith("Laut dem Umweltamt")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"body": BODY, "language": "fr"}, "language"),
        ({"body": "x" * (2 * 1024 * 1024 + 10)}, "body"),
        ({"body": BODY, "url": "not a url"}, "url"),
        ({"title": "Nur ein Titel"}, "body"),
    ],
    ids=["language", "too-large", "url", "no-body"],
)
def test_bad_import_names_the_field_and_stores_nothing(editor, payload, field):
    response = api(editor).post("/api/articles/", payload, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert field in response.json()["error"]["fields"]
    assert not Article.objects.exists()


def test_import_answer_names_earlier_similar_claims(editor):
    from claims import workflow

    earlier = workflow.create_claim(
        editor,
        text="Bürgermeister Jan Roth sagte, die Gebühren würden 2027 um 8 Prozent steigen.",
        language="de",
    )
    response = api(editor).post("/api/articles/", {"body": BODY}, format="json")
    assert response.status_code == status.HTTP_201_CREATED
    similar = [s for c in response.json()["claims"] for s in c["similar_claims"]]
    assert [s["id"] for s in similar] == [earlier.pk]
