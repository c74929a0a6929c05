"""Hostile input is refused with a 4xx and the API's JSON error body, never a 500."""

import base64
import datetime as dt
import json

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from rest_framework import status
from rest_framework.test import APIClient

from claims.models import Article, Claim


def api(user=None) -> APIClient:
    client = APIClient(raise_request_exception=False)
    if user is not None:
        client.force_authenticate(user)
    return client


def error_of(response, http_status: int) -> dict:
    assert response.status_code == http_status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()["error"]


def cursor(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


@pytest.mark.django_db
def test_deeply_nested_json_is_refused_with_400(editor):
    for depth in (1000, 100_000):
        body = '{"text": "Die Steuer steigt.", "x": %s}' % ("[" * depth + "]" * depth)
        response = api(editor).post("/api/claims/", body, content_type="application/json")
        error = error_of(response, status.HTTP_400_BAD_REQUEST)
        assert "nests deeper" in error["message"]
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_nul_character_in_json_string_is_refused(editor, make_claim):
    claim = make_claim()
    for path, data in [
        (f"/api/claims/{claim.pk}/assign/", {"assignee": "re\x00v"}),
        (f"/api/claims/{claim.pk}/notes/", {"body": "A note\x00"}),
        ("/api/claims/", {"text": "Die Steuer steigt.", "claimant": "X\x00"}),
        ("/api/claims/", {"text\x00": "Die Steuer steigt."}),
    ]:
        response = api(editor).post(path, data, format="json")
        assert "NUL" in error_of(response, status.HTTP_400_BAD_REQUEST)["message"]
    assert Claim.objects.count() == 1
    assert not claim.notes.exists()


@pytest.mark.django_db
def test_nul_character_in_query_string_is_refused(editor):
    for query in ("q=a%00b", "assignee=a%00b", "claimant=%00", "rating=%00"):
        response = api(editor).get(f"/api/claims/?{query}")
        assert error_of(response, status.HTTP_400_BAD_REQUEST)["code"] == "null_characters"


@pytest.mark.django_db
def test_nul_character_in_a_page_form_is_refused(client, editor, make_claim):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(
        reverse("claim-add-note", args=[claim.pk]),
        {"note-version": claim.version, "note-kind": "note", "note-body": "x\x00y"},
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert not claim.notes.exists()
    response = client.get(reverse("queue"), {"q": "a\x00"})
    assert response.status_code == status.HTTP_400_BAD_REQUEST


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["p=abc", "p=1e400", "p=2026-13-45", "o=1&p=", "p=" + "9" * 30])
@pytest.mark.parametrize("ordering", [None, "due_at", "priority", "-updated_at"])
def test_forged_cursor_is_refused_with_400(editor, make_claim, raw, ordering):
    make_claim()
    params = {"cursor": cursor(raw)}
    if ordering:
        params["ordering"] = ordering
    response = api(editor).get("/api/claims/", params)
    error = error_of(response, status.HTTP_400_BAD_REQUEST)
    assert "cursor" in error["fields"]


@pytest.mark.django_db
def test_real_cursors_still_page_through_every_ordering(editor, make_claim):
    make_claim()
    make_claim()
    for ordering in ("created_at", "due_at", "-priority", "updated_at"):
        response = api(editor).get("/api/claims/", {"ordering": ordering, "page_size": 1})
        assert response.status_code == 200
        second = api(editor).get(response.json()["next"])
        assert second.status_code == 200, second.content
        assert second.json()["results"][0]["id"] != response.json()["results"][0]["id"]


@pytest.mark.django_db
def test_year_one_due_date_is_refused_by_the_api(editor, make_claim):
    claim = make_claim()
    due = claim.due_at
    for value in ("0001-01-01T00:00:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59"):
        response = api(editor).patch(f"/api/claims/{claim.pk}/", {"due_at": value}, format="json")
        assert "due_at" in error_of(response, status.HTTP_400_BAD_REQUEST)["fields"]
    claim.refresh_from_db()
    assert claim.due_at == due


@pytest.mark.django_db
def test_year_one_due_date_is_refused_on_the_claim_page(client, editor, make_claim):
    claim = make_claim()
    due = claim.due_at
    client.force_login(editor)
    response = client.post(
        reverse("claim-edit", args=[claim.pk, "details"]),
        {
            "details-version": claim.version,
            "details-priority": "2",
            "details-due_at": "0001-01-01T00:00",
            "details-summary": "",
            "details-claimant": "",
            "details-source_url": "",
        },
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    claim.refresh_from_db()
    assert claim.due_at == due


def _admin_form_data(client, url: str) -> dict:
    form = client.get(url).context["adminform"].form
    return {k: v for k, v in form.initial.items() if v is not None}


@pytest.mark.django_db
def test_year_one_due_date_is_refused_in_the_admin(client, superuser, make_claim):
    claim = make_claim()
    due = claim.due_at
    client.force_login(superuser)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = _admin_form_data(client, url)
    data.pop("due_at", None)
    for prefix in ("evidence", "notes", "events"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data.update({"due_at_0": "0001-01-01", "due_at_1": "00:00"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "due_at" in response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert claim.due_at == due


@pytest.mark.django_db
def test_year_one_article_date_is_refused_in_the_admin(client, superuser, article):
    client.force_login(superuser)
    url = reverse("admin:claims_article_change", args=[article.pk])
    data = _admin_form_data(client, url)
    data.pop("published_at", None)
    data.update({"claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0})
    data.update({"published_at_0": "0001-01-01", "published_at_1": "00:00"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "published_at" in response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.published_at is None


@pytest.mark.django_db
def test_database_refuses_a_year_one_timestamp_written_around_the_forms(make_claim, article):
    claim = make_claim()
    year_one = dt.datetime(1, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(due_at=year_one)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(published_at=year_one)


@pytest.mark.django_db
@pytest.mark.parametrize("offset", ["%2B16:00", "-16:00", "%2B99:00", "%2B23:59"])
def test_date_filter_with_impossible_utc_offset_is_refused(editor, offset):
    response = api(editor).get(f"/api/claims/?due_after=2026-01-01T00:00:00{offset}")
    assert "due_after" in error_of(response, status.HTTP_400_BAD_REQUEST)["fields"]


@pytest.mark.django_db
def test_date_filter_with_largest_real_offset_is_answered(editor):
    response = api(editor).get("/api/claims/?due_after=2026-01-01T00:00:00%2B14:00")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["9" * 25, "9223372036854775808", "-1", "0"])
def test_huge_or_impossible_article_id_in_filter_is_refused(editor, value):
    response = api(editor).get("/api/claims/", {"article": value})
    assert "article" in error_of(response, status.HTTP_400_BAD_REQUEST)["fields"]


@pytest.mark.django_db
def test_body_over_the_upload_limit_gets_the_json_error_body(editor, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    big = json.dumps({"text": "Die Steuer steigt. " * 1000})
    response = api(editor).post("/api/claims/", big, content_type="application/json")
    assert error_of(response, 413)["code"] == "request_too_large"
    form = "body=" + "a" * 20_000
    response = api(editor).post(
        "/api/articles/", form, content_type="application/x-www-form-urlencoded"
    )
    assert error_of(response, 413)["code"] == "request_too_large"
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_unknown_api_address_answers_in_json(editor):
    response = api(editor).get("/api/no-such-thing/")
    assert error_of(response, status.HTTP_404_NOT_FOUND)["code"] == "not_found"


@pytest.mark.django_db
def test_unknown_page_address_still_answers_in_html(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.django_db
def test_unknown_api_address_answers_in_json_in_development_too(editor, settings):
    settings.DEBUG = True
    response = api(editor).get("/api/claims/0.5/")
    assert error_of(response, status.HTTP_404_NOT_FOUND)["code"] == "not_found"


@pytest.mark.django_db
def test_unsupported_method_is_405_even_with_an_unknown_format(editor):
    for method in ("TRACE", "PATCH", "PUT", "DELETE"):
        response = api(editor).generic(method, "/api/claims/?format=csv")
        error = error_of(response, status.HTTP_405_METHOD_NOT_ALLOWED)
        assert error["code"] == "method_not_allowed"
