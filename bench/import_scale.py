"""Importing the seed article into a small and a big generated desk.

    python bench/import_scale.py [--small 10000] [--big 200000] [--keep]

Needs PostgreSQL (BENCH_PG). Uses the same desks as bench/desk_latency.py (same names),
so `--keep` on one lets the other reuse them. Each import runs in a transaction that is
rolled back, so every repetition imports into the same desk. Prints the median time per
desk, the big/small ratio and the peak Python memory of one import into the big desk.
"""

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from desks import setup_django, with_small_and_big  # noqa: E402

ARTICLE = Path(__file__).resolve().parent.parent / "claims" / "demo" / "ukraine-us-troops.de.txt"
REPEAT = 5


class Rollback(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=200_000)
    parser.add_argument("--prefix", default="fc_bench_desk")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    with_small_and_big(args, measure)


def measure(desks: dict[str, str], args) -> None:
    setup_django(desks["small"])
    from django.db import connection, transaction

    from claims.importing import import_article

    body = ARTICLE.read_text(encoding="utf-8")

    def once() -> int:
        try:
            with transaction.atomic():
                result = import_article(None, body=body, title=None, language="de")
                raise Rollback(len(result.claims))
        except Rollback as done:
            return done.args[0]

    times: dict[str, list[float]] = {size: [] for size in desks}
    for round_number in range(REPEAT + 1):
        for size, name in desks.items():
            connection.close()
            connection.settings_dict["NAME"] = name
            started = time.perf_counter()
            claims = once()
            if round_number:
                times[size].append((time.perf_counter() - started) * 1000)
    tracemalloc.start()
    once()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    small, big = (statistics.median(times[size]) for size in desks)
    print(f"\nseed article ({len(body):,} characters, {claims} claims), median of {REPEAT}")
    print(f"{args.small:,} claims: {small:7.1f} ms")
    print(f"{args.big:,} claims: {big:7.1f} ms   ratio {big / small:.2f}")
    print(f"peak Python memory of one import into the big desk: {peak:.1f} MB")


if __name__ == "__main__":
    main()
