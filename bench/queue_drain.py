"""How fast does the queue drain when several reviewers press "take next" at once?

    DEBUG=true python bench/queue_drain.py [--claims 400] [--workers 8]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck DEBUG=true python bench/queue_drain.py

Builds a throw-away test database (a temporary file for SQLite), fills the queue, lets
N threads call `workflow.take_next` until it is empty, and prints claims per second and
whether any claim was handed out twice.
"""

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.db import connection, connections  # noqa: E402

from claims import workflow  # noqa: E402
from claims.models import Claim  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=400)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()

    vendor = connection.vendor
    if vendor == "sqlite":
        tmp = tempfile.mkdtemp()
        connection.settings_dict["TEST"]["NAME"] = str(Path(tmp) / "bench.sqlite3")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        run(args.claims, args.workers, vendor)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(count: int, workers: int, vendor: str) -> None:
    editor = User.objects.create_user("bench-editor")
    editor.groups.add(Group.objects.get(name="editors"))
    reviewers = []
    for number in range(workers):
        user = User.objects.create_user(f"bench-reviewer-{number}")
        user.groups.add(Group.objects.get(name="reviewers"))
        reviewers.append(user)
    for number in range(count):
        claim = workflow.create_claim(editor, text=f"Claim {number}: 12 % more.", language="en")
        claim.accept(editor)

    taken: list[list[int]] = [[] for _ in range(workers)]

    def work(index: int) -> None:
        try:
            while True:
                claim = workflow.take_next(reviewers[index])
                if claim is None:
                    return
                taken[index].append(claim.pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    handed = [pk for chunk in taken for pk in chunk]
    print(f"database            {vendor}")
    print(f"claims / workers    {count} / {workers}")
    print(f"drained in          {elapsed:.2f} s  ({len(handed) / elapsed:.0f} takes/s)")
    print(f"handed out twice    {len(handed) - len(set(handed))}")
    print(f"left in queue       {Claim.objects.queued().count()}")
    print(f"per worker          {sorted(len(chunk) for chunk in taken)}")


if __name__ == "__main__":
    main()
