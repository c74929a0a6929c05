"""GET /api/claims/ against one raw query that returns the same fields as JSON.

    python bench/list_vs_raw.py [--claims 10000] [--keep]

Needs PostgreSQL (BENCH_PG). On a generated desk (the small desk of desk_latency.py, so
`--keep` there lets this reuse it), pages of 100 claims: the API through Django's test
client, and the database building the same JSON itself (json_agg over the page with the
usernames and the ledgers as subqueries) fetched with psycopg. Ratio = raw / API, so
1.0 would mean the API adds nothing to the query.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg  # noqa: E402
from desks import drop_desk, ensure_desk, setup_django, url  # noqa: E402

REPEAT = 30
RAW = """
SELECT json_agg(row_to_json(page)) FROM (
  SELECT c.id, c.status, a.username AS assignee, c.version, c.text, c.article_id AS article,
         c.start, c."end", c.claimant, c.summary, c.language, c.source_url, c.priority,
         c.due_at, c.rating_id AS rating, c.verdict_summary, c.checkworthiness, c.reasons,
         c.anchor_lost, c.status_changed_at, c.first_published_at, c.last_published_at,
         cb.username AS created_by, c.created_at, c.updated_at,
         (SELECT coalesce(json_agg(json_build_object(
                 'id', cs.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher,
                 'stance', cs.stance, 'excerpt', cs.excerpt, 'accessed_at', cs.accessed_at,
                 'added_by', u.username, 'added_at', cs.added_at)), '[]')
            FROM claims_claimsource cs JOIN claims_source s ON s.id = cs.source_id
            LEFT JOIN auth_user u ON u.id = cs.added_by_id WHERE cs.claim_id = c.id) AS sources,
         (SELECT coalesce(json_agg(json_build_object(
                 'id', n.id, 'kind', n.kind, 'body', n.body, 'author', u.username,
                 'created_at', n.created_at)), '[]')
            FROM claims_note n LEFT JOIN auth_user u ON u.id = n.author_id
           WHERE n.claim_id = c.id) AS notes
    FROM claims_claim c
    LEFT JOIN auth_user a ON a.id = c.assignee_id
    LEFT JOIN auth_user cb ON cb.id = c.created_by_id
   ORDER BY c.id DESC LIMIT 100
) AS page
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--name", default="fc_bench_desk_small")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    ensure_desk(args.name, args.claims)
    try:
        measure(args)
    finally:
        if not args.keep:
            drop_desk(args.name)


def measure(args) -> None:
    setup_django(args.name, debug=True)
    from django.contrib.auth import get_user_model
    from django.db import reset_queries
    from django.test.utils import setup_test_environment
    from rest_framework.test import APIClient

    setup_test_environment()

    client = APIClient()
    client.force_authenticate(get_user_model().objects.get(username="desk-reader-000"))
    api, raw = [], []
    with psycopg.connect(url(args.name)) as conn:
        for round_number in range(REPEAT + 1):
            reset_queries()
            started = time.perf_counter()
            response = client.get("/api/claims/", {"page_size": 100})
            assert response.status_code == 200
            _body = response.content
            middle = time.perf_counter()
            text = conn.execute(RAW).fetchone()[0]
            _encoded = str(text).encode()
            done = time.perf_counter()
            if round_number:
                api.append((middle - started) * 1000)
                raw.append((done - middle) * 1000)
    a, r = statistics.median(api), statistics.median(raw)
    print(f"\npage of 100 claims, median of {REPEAT}: API {a:.1f} ms, raw query {r:.1f} ms")
    print(f"ratio raw / API: {r / a:.2f}")


if __name__ == "__main__":
    main()
