"""Shared set-up for the desk-size benchmarks: generated PostgreSQL desks, one per size.

`ensure_desk(name, claims)` creates the database `name` (if missing), migrates it and
fills it with `manage.py generate_desk`; an existing desk of the right size is reused, so
a second run measures without generating again. `drop_desk(name)` removes it.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def url(name: str) -> str:
    return f"{SERVER}/{name}"


def _admin():
    return psycopg.connect(url("postgres"), autocommit=True)


def _exists(name: str) -> bool:
    with _admin() as conn:
        return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


# A made-up word no generated text contains; desk_latency.py adds one claim holding it.
MARKER_WORD = "Quorblefax"


def _claims_in(name: str) -> int:
    """The generated claims of a desk (the latency script's marker claim is not one)."""
    try:
        with psycopg.connect(url(name)) as conn:
            return conn.execute(
                "SELECT count(*) FROM claims_claim WHERE text NOT LIKE %s", [f"%{MARKER_WORD}%"]
            ).fetchone()[0]
    except psycopg.Error:
        return -1


def manage(name: str, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": url(name), "DEBUG": "true", "DATABASE_POOL": "false"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def setup_django(name: str, *, debug: bool = False, **env: str) -> None:
    """Django in this process against the desk `name`: DEBUG off as served (unless `debug`),
    no connection pool (a benchmark process holds one connection); `env` adds settings."""
    os.environ.update(
        DATABASE_URL=url(name),
        DEBUG="true" if debug else "false",
        SECRET_KEY="bench",
        FACTCHECK_PUBLIC_URL="https://factcheck.example.org",
        DATABASE_POOL="false",
        DJANGO_SETTINGS_MODULE="factcheck.settings",
        **env,
    )
    import django

    django.setup()


def ensure_desk(name: str, claims: int, seed: int = 1) -> None:
    if _exists(name) and _claims_in(name) == claims:
        manage(name, "migrate", "--noinput")  # the code may have moved on since
        manage(name, "createcachetable")
        print(f"{name}: reusing the desk of {claims} claims", flush=True)
        return
    if _exists(name):
        drop_desk(name)
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    started = time.monotonic()
    manage(name, "migrate", "--noinput")
    manage(name, "createcachetable")  # the shared cache, as `make run` makes it
    print(f"{name}: {manage(name, 'generate_desk', '--claims', str(claims), '--seed', str(seed))}")
    print(f"{name}: ready in {time.monotonic() - started:.0f} s", flush=True)


def drop_desk(name: str) -> None:
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def with_small_and_big(args, measure) -> None:
    """Build (or reuse) the small and the big desk, run `measure(desks, args)`, then drop
    both unless `--keep` was given, so a failed run never leaves a million rows behind."""
    desks = {"small": f"{args.prefix}_small", "big": f"{args.prefix}_big"}
    ensure_desk(desks["small"], args.small)
    ensure_desk(desks["big"], args.big)
    try:
        measure(desks, args)
    finally:
        if not args.keep:
            for name in desks.values():
                drop_desk(name)
