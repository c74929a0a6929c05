"""Memory and time of the streamed CSV export against building the whole file at once.

    DEBUG=true python bench/export_csv.py [--claims 100000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck DEBUG=true python bench/export_csv.py

Builds a throw-away test database with that many claims, then exports them twice: as
the API, the admin and the queue page do (`claims.exports.csv_lines`, reading chunks with
`QuerySet.iterator`), and as a naive export would (every row loaded into a list and the
file built in memory). Prints the time of each (plain run) and its peak Python memory
(a second run under tracemalloc, which slows it down).
"""

import argparse
import csv
import io
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from claims import exports  # noqa: E402
from claims.models import Article, Claim  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=20_000)
    args = parser.parse_args()
    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = str(Path(tempfile.mkdtemp()) / "b.sqlite3")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        run(args.claims)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def fill(count: int) -> None:
    """Bulk rows, not the workflow: the benchmark measures the export, not creation."""
    with transaction.atomic():
        article = Article(title="Bench article", language="en")
        article.set_body("Bench article\nA body.")
        article.save()
        batch = 5000
        for first in range(0, count, batch):
            Claim.objects.bulk_create(
                Claim(
                    text=f"Claim {n}: spending rose {n % 97} % in {2000 + n % 25}, "
                    "according to the ministry's annual report on public finances.",
                    claimant="Ministry of Finance",
                    verdict_summary="The report says something else. " * 3,
                    language="en",
                )
                for n in range(first, min(first + batch, count))
            )


def measure(produce) -> tuple[float, float, int]:
    started = time.perf_counter()
    size = produce()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    produce()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 2**20, size


def streamed() -> int:
    # What the response does: hand each line on and keep nothing.
    return sum(len(line) for line in exports.csv_lines(Claim.objects.order_by("id")))


def materialised() -> int:
    claims = list(Claim.objects.select_related("article", "assignee").order_by("id"))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(exports.COLUMNS)
    for claim in claims:
        writer.writerow(exports._row(claim))
    return len(buffer.getvalue())


def run(count: int) -> None:
    fill(count)
    print(f"{count} claims, database: {connection.vendor}")
    base_time, base_peak, base_size = measure(materialised)
    time_, peak, size = measure(streamed)
    print(f"all rows in memory: {base_time:6.2f} s, peak {base_peak:8.1f} MiB, {base_size} chars")
    print(f"streamed:           {time_:6.2f} s, peak {peak:8.1f} MiB, {size} chars")
    print(f"peak memory ratio (streamed / in memory): {peak / base_peak:.3f}")
    print(f"time ratio (streamed / in memory): {time_ / base_time:.2f}")


if __name__ == "__main__":
    main()
