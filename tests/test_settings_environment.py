"""Settings read the environment strictly and fail at start with a clear message."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def start(**env: str) -> subprocess.CompletedProcess:
    """Load the real settings in a fresh process with exactly these variables."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "FACTCHECK_PUBLIC_URL"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="factcheck.settings")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('ok')"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


def test_missing_secret_key_stops_start_when_debug_is_off():
    result = start(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_secret_key_given_starts_without_debug():
    result = start(
        DEBUG="false",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="factcheck.example.org",
        FACTCHECK_PUBLIC_URL="https://factcheck.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_public_url_is_required_when_debug_is_off():
    result = start(DEBUG="false", SECRET_KEY="x" * 50, ALLOWED_HOSTS="factcheck.example.org")
    assert result.returncode != 0
    assert "FACTCHECK_PUBLIC_URL must be set" in result.stderr


def test_claimreview_author_url_follows_the_public_url():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.FACTCHECK_ORGANIZATION_URL)",
        ],
        cwd=ROOT,
        env={
            k: v
            for k, v in os.environ.items()
            if not k.startswith("FACTCHECK_") and k not in {"DEBUG", "SECRET_KEY"}
        }
        | {
            "DJANGO_SETTINGS_MODULE": "factcheck.settings",
            "DEBUG": "false",
            "SECRET_KEY": "x" * 50,
            "FACTCHECK_PUBLIC_URL": "https://factcheck.example.org/",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "https://factcheck.example.org/", result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DEBUG", "maybe", "DEBUG must be one of"),
        ("TIME_ZONE", "Mars/Olympus", "is not a known time zone"),
        ("DATABASE_URL", "nosuchdb://x", "DATABASE_URL is not a valid database URL"),
    ],
)
def test_bad_value_names_the_variable(variable, value, message):
    result = start(**{"DEBUG": "true", variable: value})
    assert result.returncode != 0
    assert message in result.stderr
