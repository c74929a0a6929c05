"""Time the claim list and detail endpoints on a desk with many claims.

    DEBUG=true python bench/api_list.py [--claims 5000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck DEBUG=true python bench/api_list.py

Builds a throw-away test database, fills it with claims (each with two sources and two
notes), then prints the median time and query count of `GET /api/claims/` at page sizes
10 and 100, of a filtered list, and of one claim's detail.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from claims.models import Claim, ClaimSource, Note, Source  # noqa: E402

REPEAT = 15


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=5000)
    args = parser.parse_args()
    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = str(Path(tempfile.mkdtemp()) / "b.sqlite3")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        run(args.claims)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def fill(count: int) -> User:
    """Bulk rows, not the workflow: the benchmark measures reads, not creation."""
    reader = User.objects.create_user("bench-reader")
    reader.groups.add(Group.objects.get(name="readers"))
    with transaction.atomic():
        claims = Claim.objects.bulk_create(
            Claim(text=f"Claim {n}: spending rose {n % 97} % in {2000 + n % 25}.", language="en")
            for n in range(count)
        )
        sources = Source.objects.bulk_create(
            Source(url=f"https://src.example.org/{n}") for n in range(count * 2)
        )
        ClaimSource.objects.bulk_create(
            ClaimSource(claim=claims[n // 2], source=s, stance="context")
            for n, s in enumerate(sources)
        )
        Note.objects.bulk_create(
            Note(claim=c, author=reader, body=f"note {k}") for c in claims for k in range(2)
        )
    return reader


def measure(client: APIClient, url: str) -> tuple[float, int]:
    client.get(url)  # warm caches
    times = []
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.content[:200]
    return statistics.median(times) * 1000, len(queries.captured_queries)


def run(count: int) -> None:
    reader = fill(count)
    client = APIClient(SERVER_NAME="localhost")
    client.force_authenticate(reader)
    some = Claim.objects.order_by("id")[count // 2].pk
    print(f"database {connection.vendor}, {count} claims, 2 sources and 2 notes each")
    for label, url in [
        ("list, page size 10", "/api/claims/?page_size=10"),
        ("list, page size 100", "/api/claims/?page_size=100"),
        ("list, q= filter, size 100", "/api/claims/?q=spending&page_size=100"),
        ("detail", f"/api/claims/{some}/"),
    ]:
        ms, queries = measure(client, url)
        print(f"{label:<28} {ms:7.1f} ms median of {REPEAT}   {queries} queries")


if __name__ == "__main__":
    main()
