"""Every error answers in one shape: {"error": {"code", "message", "fields", ...}}."""

import pytest
from django.core.cache import cache
from rest_framework import status
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

pytestmark = pytest.mark.django_db


def api(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def assert_error(response, http_status: int, code: str) -> dict:
    assert response.status_code == http_status, response.content
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["fields"], dict)
    return error


def test_validation_errors_list_messages_per_field(editor):
    response = api(editor).post(
        "/api/claims/", {"text": "", "priority": 9, "language": "fr"}, format="json"
    )
    error = assert_error(response, status.HTTP_400_BAD_REQUEST, "invalid_input")
    assert set(error["fields"]) == {"text", "priority", "language"}
    assert all(isinstance(m, str) for msgs in error["fields"].values() for m in msgs)


def test_summary_longer_than_75_characters_is_a_field_error(editor, make_claim):
    claim = make_claim()
    response = api(editor).patch(f"/api/claims/{claim.pk}/", {"summary": "x" * 76}, format="json")
    error = assert_error(response, status.HTTP_400_BAD_REQUEST, "invalid_input")
    assert "summary" in error["fields"]


def test_model_validation_errors_use_the_same_shape(reviewer, make_claim):
    claim = make_claim()
    response = api(reviewer).post(
        f"/api/claims/{claim.pk}/notes/",
        {"body": "Angefragt.", "kind": "note", "contacted_at": "2026-05-01"},
        format="json",
    )
    assert_error(response, status.HTTP_400_BAD_REQUEST, "invalid_input")


def test_malformed_json_is_a_parse_error(editor):
    response = api(editor).post("/api/claims/", "{not json", content_type="application/json")
    assert_error(response, status.HTTP_400_BAD_REQUEST, "parse_error")


def test_missing_token_answers_401(db):
    response = api().get("/api/claims/")
    assert_error(response, status.HTTP_401_UNAUTHORIZED, "not_authenticated")
    assert response["WWW-Authenticate"].startswith("Token")


def test_wrong_token_answers_401(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert_error(client.get("/api/claims/"), status.HTTP_401_UNAUTHORIZED, "authentication_failed")


def test_forbidden_answers_403(outsider):
    assert_error(api(outsider).get("/api/claims/"), status.HTTP_403_FORBIDDEN, "not_permitted")


def test_missing_claim_answers_404(reader):
    assert_error(api(reader).get("/api/claims/999999/"), status.HTTP_404_NOT_FOUND, "not_found")
    assert_error(api(reader).get("/api/claims/abc/"), status.HTTP_404_NOT_FOUND, "not_found")
    huge = 2**70
    assert_error(api(reader).get(f"/api/claims/{huge}/"), status.HTTP_404_NOT_FOUND, "not_found")


def test_wrong_method_answers_405(editor, make_claim):
    claim = make_claim()
    response = api(editor).delete(f"/api/claims/{claim.pk}/")
    assert_error(response, status.HTTP_405_METHOD_NOT_ALLOWED, "method_not_allowed")


def test_conflict_carries_the_allowed_actions(editor, claim_in):
    claim = claim_in("published")
    response = api(editor).post(f"/api/claims/{claim.pk}/accept/", {}, format="json")
    error = assert_error(response, status.HTTP_409_CONFLICT, "action_not_allowed")
    assert error["allowed_actions"] == ["reopen"]


def test_stale_claim_answers_412(editor, make_claim):
    claim = make_claim()
    response = api(editor).patch(
        f"/api/claims/{claim.pk}/", {"priority": 3}, format="json", HTTP_IF_MATCH='"999"'
    )
    assert_error(response, status.HTTP_412_PRECONDITION_FAILED, "stale_claim")


def test_invalid_filter_value_is_a_field_error(reader):
    response = api(reader).get("/api/claims/", {"due_before": "tomorrow"})
    error = assert_error(response, status.HTTP_400_BAD_REQUEST, "invalid_input")
    assert "due_before" in error["fields"]


def test_invalid_cursor_is_a_field_error(reader):
    response = api(reader).get("/api/claims/", {"cursor": "garbage"})
    error = assert_error(response, status.HTTP_400_BAD_REQUEST, "invalid_input")
    assert "cursor" in error["fields"]


def test_anonymous_requests_are_throttled_with_retry_after(db, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    cache.clear()
    try:
        client = api()
        for _ in range(2):
            assert client.get("/api/factchecks/").status_code == status.HTTP_200_OK
        response = client.get("/api/factchecks/")
        assert_error(response, status.HTTP_429_TOO_MANY_REQUESTS, "throttled")
        assert int(response["Retry-After"]) > 0
    finally:
        cache.clear()


@pytest.mark.parametrize("value", ["0271-08-18T08:07:49Z", "9999-12-31T23:59:59-12:00"])
def test_far_off_dates_are_field_errors_not_server_errors(editor, make_claim, value):
    claim = make_claim()
    response = api(editor).patch(f"/api/claims/{claim.pk}/", {"due_at": value}, format="json")
    error = assert_error(response, status.HTTP_400_BAD_REQUEST, "invalid_input")
    assert "due_at" in error["fields"]
    listed = api(editor).get("/api/claims/", {"due_before": value})
    assert "due_before" in assert_error(listed, 400, "invalid_input")["fields"]
