"""Accounts: failed logins and wrong tokens are limited, production settings are hardened."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse
from rest_framework import status
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _fail_logins(client, url: str, username: str, times: int) -> None:
    for _ in range(times):
        response = client.post(url, {"username": username, "password": "wrong"})
        assert response.status_code == 200  # the form again, with its error


@pytest.mark.parametrize("url_name", ["login", "admin:login"])
def test_login_is_locked_after_repeated_wrong_passwords(client, editor, settings, url_name):
    url = reverse(url_name)
    _fail_logins(client, url, editor.username, settings.AXES_FAILURE_LIMIT - 1)
    response = client.post(url, {"username": editor.username, "password": "wrong"})
    assert response.status_code == status.HTTP_429_TOO_MANY_REQUESTS
    # Even the right password is refused while the lock lasts.
    response = client.post(url, {"username": editor.username, "password": "pw"})
    assert response.status_code == status.HTTP_429_TOO_MANY_REQUESTS
    assert "Too many failed logins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_few_wrong_passwords_do_not_lock_the_account(client, editor):
    _fail_logins(client, reverse("login"), editor.username, 2)
    response = client.post(reverse("login"), {"username": editor.username, "password": "pw"})
    assert response.status_code == status.HTTP_302_FOUND
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_guessing_tokens_gets_the_address_refused(editor, settings):
    settings.FACTCHECK_TOKEN_FAILURE_LIMIT = 3
    real = Token.objects.create(user=editor).key
    client = APIClient()
    for guess in range(3):
        response = client.get("/api/claims/", HTTP_AUTHORIZATION=f"Token guess{guess}")
        assert response.status_code == status.HTTP_401_UNAUTHORIZED
    response = client.get("/api/claims/", HTTP_AUTHORIZATION=f"Token {real}")
    assert response.status_code == status.HTTP_429_TOO_MANY_REQUESTS
    assert response.json()["error"]["code"] == "throttled"
    assert "Retry-After" in response


def test_right_token_works_after_a_few_wrong_ones(editor, settings):
    settings.FACTCHECK_TOKEN_FAILURE_LIMIT = 3
    real = Token.objects.create(user=editor).key
    client = APIClient()
    client.get("/api/claims/", HTTP_AUTHORIZATION="Token guess")
    response = client.get("/api/claims/", HTTP_AUTHORIZATION=f"Token {real}")
    assert response.status_code == status.HTTP_200_OK


def test_rate_limits_are_counted_in_the_shared_database_cache(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute"},
    }
    from rest_framework.throttling import AnonRateThrottle

    # DRF reads the rates once per class; point it at the overridden ones for this test.
    original = AnonRateThrottle.THROTTLE_RATES
    AnonRateThrottle.THROTTLE_RATES = {"anon": "2/minute"}
    try:
        client = APIClient()
        statuses = [client.get("/api/factchecks/").status_code for _ in range(3)]
    finally:
        AnonRateThrottle.THROTTLE_RATES = original
    assert statuses == [200, 200, 429]
    # The count lives in the database table every worker reads, not in one process.
    assert "DatabaseCache" in settings.CACHES["default"]["BACKEND"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM factcheck_cache WHERE cache_key LIKE %s", ["%anon%"])
        assert cursor.fetchone()[0] == 1


def test_pages_admin_and_api_send_a_content_security_policy(client, editor):
    client.force_login(editor)
    for url in ["/factchecks/", reverse("queue"), "/admin/", "/api/docs/"]:
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy
        assert "object-src 'none'" in policy
        assert "unsafe-eval" not in policy


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    # The browser tests' async switch would itself fail the deployment checklist.
    dropped = {"DEBUG", "SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    clean.update(env, DJANGO_SETTINGS_MODULE="factcheck.settings")
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, check=False
    )


def test_production_settings_pass_the_deployment_checklist():
    result = _run(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY="k3-" + "x7Qz" * 20,
        ALLOWED_HOSTS="factcheck.example.org",
        FACTCHECK_PUBLIC_URL="https://factcheck.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_persistent_database_connections_are_health_checked():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "db = settings.DATABASES['default']; print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])"
    )
    # Without the pool (DATABASE_POOL=false) connections persist and are health-checked;
    # with it (the default) the pool keeps and checks them, and Django's own persistence
    # must be off.
    result = _run(
        "-c",
        code,
        DEBUG="true",
        DATABASE_URL="postgres://u@127.0.0.1:5432/x",
        DATABASE_POOL="false",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["60", "True"]
    pooled = code.replace("db['CONN_HEALTH_CHECKS']", "'pool' in db['OPTIONS']")
    result = _run("-c", pooled, DEBUG="true", DATABASE_URL="postgres://u@127.0.0.1:5432/x")
    assert result.stdout.split() == ["0", "True"]


def test_cache_url_selects_redis_or_fails_loudly():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'])"
    )
    result = _run("-c", code, DEBUG="true", CACHE_URL="redis://127.0.0.1:6379/7")
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache"
    result = _run("-c", code, DEBUG="true", CACHE_URL="memcached://x")
    assert result.returncode != 0
    assert "CACHE_URL must be" in result.stderr
