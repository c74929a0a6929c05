"""Take-next throughput against the database's own limit, at 1, 2, 4, 8 and 16 processes.

    python bench/pickup.py [--claims 50000] [--seconds 3] [--rounds 3] [--keep]

Needs PostgreSQL (BENCH_PG). On a generated desk, N processes call `workflow.take_next`
in a loop for a few seconds; then N processes run the bare statement (the same
`UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING` with the
history INSERT and the status guard's pass, written by hand, no Django) for as long.
Both are counted in claims taken per second; the ratio is take_next / bare. Between runs
the taken claims go back to the queue. Every run also checks that no claim was handed
out twice.
"""

import argparse
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg  # noqa: E402
from desks import drop_desk, ensure_desk, setup_django, url  # noqa: E402

BARE = """
WITH picked AS (
    SELECT id FROM claims_claim WHERE status = 'queued'
     ORDER BY priority DESC, due_at ASC NULLS LAST, created_at, id
     LIMIT 1 FOR UPDATE SKIP LOCKED
), taken AS (
    UPDATE claims_claim AS c SET status = 'in_review', assignee_id = %(user)s,
           status_changed_at = now(), updated_at = now(), version = c.version + 1
      FROM picked WHERE c.id = picked.id AND c.status = 'queued'
       AND set_config('factcheck.status_pass', 'on', true) = 'on'
 RETURNING c.id
), logged AS (
    INSERT INTO claims_claimevent
           (claim_id, actor_id, action, from_status, to_status, changes, comment, created_at)
    SELECT id, %(user)s, 'take', 'queued', 'in_review', '{}'::jsonb, '', now() FROM taken
 RETURNING claim_id
)
SELECT claim_id FROM logged
"""


def bare_worker(name: str, user: int, seconds: float, out) -> None:
    taken = []
    with psycopg.connect(url(name), autocommit=True) as conn:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            row = conn.execute(BARE, {"user": user}).fetchone()
            if row is None:
                break
            taken.append(row[0])
    out.put(taken)


def django_worker(name: str, user: int, seconds: float, out) -> None:
    setup_django(name)
    from django.contrib.auth import get_user_model

    from claims import workflow

    by = get_user_model().objects.get(pk=user)
    workflow.take_next(by)  # warm: the role check's query, the first connection
    taken = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        claim = workflow.take_next(by)
        if claim is None:
            break
        taken.append(claim.pk)
    out.put(taken)


def run(target, name: str, users: list[int], seconds: float) -> tuple[float, list[int]]:
    out = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=target, args=(name, user, seconds, out)) for user in users
    ]
    for worker in workers:
        worker.start()
    taken = [pk for _worker in workers for pk in out.get()]
    for worker in workers:
        worker.join()
    return len(taken) / seconds, taken


def requeue(name: str, users: list[int]) -> None:
    """Put the claims the benchmark took back into the queue, history row and all."""
    with psycopg.connect(url(name)) as conn:
        # The status guard lets only the workflow's pass change statuses.
        conn.execute("SELECT set_config('factcheck.status_pass', 'on', true)")
        conn.execute(
            "DELETE FROM claims_claimevent WHERE action = 'take' AND actor_id = ANY(%s) "
            "AND created_at > now() - interval '1 hour'",
            [users],
        )
        conn.execute(
            "UPDATE claims_claim SET status = 'queued', assignee_id = NULL "
            "WHERE status = 'in_review' AND assignee_id = ANY(%s) "
            "AND status_changed_at > now() - interval '1 hour'",
            [users],
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--name", default="fc_bench_pickup")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    ensure_desk(args.name, args.claims)
    try:
        with psycopg.connect(url(args.name)) as conn:
            reviewers = [
                pk
                for (pk,) in conn.execute(
                    "SELECT id FROM auth_user WHERE username LIKE 'desk-reviewer-%%' ORDER BY id"
                )
            ]
            queued = conn.execute(
                "SELECT count(*) FROM claims_claim WHERE status = 'queued'"
            ).fetchone()[0]
        print(
            f"{args.claims:,} claims, {queued:,} queued; {args.seconds} s per run, "
            f"{args.rounds} interleaved rounds per N, medians\n"
        )
        print(f"{'N':>3} {'take_next/s':>12} {'bare/s':>9} {'ratio':>6}  twice")
        for n in (1, 2, 4, 8, 16):
            users = reviewers[:n]
            rates, bares, twice = [], [], 0
            # Alternating the two in short rounds spreads the machine's load over both.
            for _round in range(args.rounds):
                rate, taken = run(django_worker, args.name, users, args.seconds)
                requeue(args.name, users)
                bare, bare_taken = run(bare_worker, args.name, users, args.seconds)
                requeue(args.name, users)
                rates.append(rate)
                bares.append(bare)
                twice += len(taken) - len(set(taken)) + len(bare_taken) - len(set(bare_taken))
            rate, bare = statistics.median(rates), statistics.median(bares)
            print(f"{n:>3} {rate:12.0f} {bare:9.0f} {rate / bare:6.2f}  {twice}", flush=True)
    finally:
        if not args.keep:
            drop_desk(args.name)


if __name__ == "__main__":
    main()
