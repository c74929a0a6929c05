"""Latency of the pages and API lists on a small and a big generated desk, and their ratio.

    python bench/desk_latency.py                       # 10,000 vs 200,000 claims
    python bench/desk_latency.py --big 1000000         # the 1M desk (generating takes long)
    python bench/desk_latency.py --keep                # keep the desks for the next run

Needs PostgreSQL (BENCH_PG, default postgres://postgres@127.0.0.1:5432). The desks are
databases `<prefix>_small` and `<prefix>_big`, made with `manage.py generate_desk` and
dropped at the end unless --keep. Requests run in this process through Django's test
client (no HTTP server) with DEBUG off, rounds interleaved between the desks so both see
the same machine load; the dashboard's cache is off, so its figures are computed every
time.
Prints p50/p95 per request and desk, and the big/small ratio of the p50s.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import desks  # noqa: E402
from desks import setup_django, with_small_and_big  # noqa: E402

# A word of the generated texts: in 1 claim of the 10,000-claim desk and 83 of the
# million, so its pages show different numbers of rows.
RARE = "Wolpertinger"
# A word in exactly one claim on each desk (a marker claim this script adds, queued), so
# the search is compared with the same answer on both.
UNIQUE = desks.MARKER_WORD


def requests(claim_id: int, article_id: int) -> list[tuple[str, str, str]]:
    """(label, method, path) of everything measured."""
    return [
        ("/queue/", "get", "/queue/"),
        ("/queue/?q=<rare word>", "get", f"/queue/?q={RARE}"),
        ("/queue/?q=<word in 1 claim>", "get", f"/queue/?q={UNIQUE}"),
        ("/queue/?sort=due", "get", "/queue/?sort=due"),
        ("/dashboard/", "get", "/dashboard/"),
        ("admin changelist", "get", "/admin/claims/claim/"),
        ("admin ?q=<rare word>", "get", f"/admin/claims/claim/?q={RARE}"),
        ("admin ?q=<word in 1 claim>", "get", f"/admin/claims/claim/?q={UNIQUE}"),
        ("GET /api/claims/", "get", "/api/claims/"),
        ("GET /api/claims/?q=<rare word>", "get", f"/api/claims/?q={RARE}"),
        ("GET /api/claims/?q=<word in 1 claim>", "get", f"/api/claims/?q={UNIQUE}"),
        ("GET /api/factchecks/", "get", "/api/factchecks/"),
        ("claim page", "get", f"/claims/{claim_id}/"),
        ("article page", "get", f"/articles/{article_id}/"),
        ("POST /api/queue/next/", "post", "/api/queue/next/"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--prefix", default="fc_bench_desk")
    parser.add_argument("--keep", action="store_true", help="Keep the generated databases.")
    args = parser.parse_args()
    with_small_and_big(args, measure)


def measure(desks: dict[str, str], args) -> None:
    # As served in production: DEBUG off (no query log, no debug context). Only the static
    # files storage is the plain one, since the bench does not run collectstatic.
    setup_django(desks["small"], FACTCHECK_DASHBOARD_CACHE_SECONDS="0")
    from django.conf import settings

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from django.contrib.auth import get_user_model
    from django.db import connection, reset_queries
    from django.test.utils import setup_test_environment
    from rest_framework.test import APIClient

    from claims.models import Claim

    setup_test_environment()

    def use(name: str) -> None:
        connection.close()
        connection.settings_dict["NAME"] = name

    clients, targets = {}, {}
    for size, name in desks.items():
        use(name)
        editor = get_user_model().objects.get(username="desk-editor-000")
        get_user_model().objects.filter(pk=editor.pk).update(is_staff=True)
        editor.refresh_from_db()
        client = APIClient()
        client.force_login(editor)
        clients[size] = client
        _add_marker_claim(editor)
        # The same kind of claim on both desks (one in review: the page with the most on
        # it), from the middle of the desk; any middle claim would compare, say, a
        # rejected claim's page on one desk with a held claim's on the other.
        in_review = Claim.objects.filter(status="in_review")
        middle = in_review.order_by("-id").values_list("id", "article_id")[in_review.count() // 2]
        targets[size] = requests(*middle)
    times: dict[tuple[str, str], list[float]] = {}
    for round_number in range(args.rounds + 1):
        for size, name in desks.items():
            use(name)
            for label, method, path in targets[size]:
                reset_queries()
                started = time.perf_counter()
                response = getattr(clients[size], method)(path, secure=True)
                elapsed = time.perf_counter() - started
                assert response.status_code in (200, 204), (label, response.status_code)
                if round_number:  # the first round warms caches and connections
                    times.setdefault((label, size), []).append(elapsed * 1000)
    print(f"\n{args.small:,} vs {args.big:,} claims, {args.rounds} interleaved rounds (ms)")
    print(f"{'request':<32} {'small p50':>9} {'p95':>7} {'big p50':>9} {'p95':>7} {'ratio':>6}")
    for label, _method, _path in targets["small"]:
        row = []
        for size in desks:
            values = sorted(times[(label, size)])
            row += [statistics.median(values), values[int(0.95 * (len(values) - 1))]]
        ratio = row[2] / row[0]
        print(f"{label:<32} {row[0]:9.1f} {row[1]:7.1f} {row[2]:9.1f} {row[3]:7.1f} {ratio:6.2f}")


def _add_marker_claim(editor) -> None:
    """The one claim holding UNIQUE, queued through the workflow; added once per desk."""
    from claims import workflow
    from claims.models import Claim

    if Claim.objects.filter(text__contains=UNIQUE).exists():
        return
    claim = workflow.create_claim(
        editor, text=f"Die Firma {UNIQUE} hat 2025 rund 4.000 Stellen gestrichen.", language="de"
    )
    workflow.perform(claim, "accept", editor)


if __name__ == "__main__":
    main()
