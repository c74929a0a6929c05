"""When the database refuses connections, requests get a clean 503 with Retry-After."""

from types import SimpleNamespace
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from factcheck import middleware
from factcheck.middleware import DatabaseUnavailableMiddleware

TOO_MANY = OperationalError("FATAL: sorry, too many clients already")


@pytest.fixture
def unreachable():
    """Connections look unopened, as after a refused connect."""
    stub = SimpleNamespace(all=lambda **kwargs: [SimpleNamespace(connection=None)])
    with mock.patch.object(middleware, "connections", stub):
        yield


def _answer(path: str, exception: Exception):
    request = RequestFactory().get(path)
    return DatabaseUnavailableMiddleware(lambda r: None).process_exception(request, exception)


def test_api_gets_a_json_503_with_retry_after(unreachable):
    response = _answer("/api/claims/", TOO_MANY)
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Content-Type"] == "application/json"
    assert b'"code": "database_unavailable"' in response.content.replace(b'":"', b'": "')


def test_pages_get_an_html_503(unreachable):
    response = _answer("/queue/", TOO_MANY)
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert b"Try again shortly" in response.content


def test_errors_on_an_open_connection_stay_errors():
    stub = SimpleNamespace(all=lambda **kwargs: [SimpleNamespace(connection=object())])
    with mock.patch.object(middleware, "connections", stub):
        assert _answer("/api/claims/", TOO_MANY) is None


def test_other_exceptions_are_not_touched(unreachable):
    assert _answer("/api/claims/", ValueError("bug")) is None


@pytest.mark.django_db
def test_a_view_failing_to_connect_answers_503_through_the_stack(client, editor, unreachable):
    client.force_login(editor)
    with mock.patch("claims.views.dashboard.stats.figures", side_effect=TOO_MANY):
        response = client.get("/dashboard/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"


def test_postgres_settings_use_a_connection_pool(monkeypatch):
    from factcheck import settings

    monkeypatch.setenv("DATABASE_URL", "postgres://u@db.example.org:5432/desk")
    monkeypatch.setenv("DATABASE_POOL_MAX_SIZE", "4")
    config = settings._database()
    assert config["OPTIONS"]["pool"] == {"min_size": 1, "max_size": 4, "timeout": 10}
    assert config["CONN_MAX_AGE"] == 0
    monkeypatch.setenv("DATABASE_POOL", "false")
    assert "pool" not in settings._database().get("OPTIONS", {})
