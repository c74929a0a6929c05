"""POST /api/queue/next/ never hands one claim to two callers, even all at once."""

import threading
from collections import Counter

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from rest_framework.test import APIClient

from claims import workflow
from claims.models import Claim
from claims.roles import REVIEWERS

WORKERS = 8
CLAIMS = 40

pytestmark = [pytest.mark.concurrency, pytest.mark.django_db(transaction=True)]


def test_concurrent_takers_drain_the_queue_each_claim_once(django_user_model, make_claim, editor):
    for i in range(CLAIMS):
        workflow.perform(
            make_claim(f"Behauptung {i} für die Warteschlange.", priority=1 + i % 4),
            "accept",
            editor,
        )
    group = Group.objects.get(name=REVIEWERS)
    workers = []
    for i in range(WORKERS):
        user = django_user_model.objects.create_user(username=f"worker{i}", password="pw")
        user.groups.add(group)
        workers.append(user)

    taken: dict[str, list[int]] = {u.username: [] for u in workers}
    failures: list[str] = []
    start = threading.Barrier(WORKERS)

    def drain(user) -> None:
        try:
            client = APIClient()
            client.force_authenticate(user)
            start.wait()
            while True:
                response = client.post("/api/queue/next/")
                if response.status_code == 204:
                    return
                if response.status_code != 200:
                    failures.append(f"{response.status_code} {response.content[:200]!r}")
                    return
                taken[user.username].append(response.json()["id"])
        except Exception as exc:  # surfaced below; a thread's exception is otherwise lost
            failures.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=drain, args=(u,)) for u in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not failures
    handed_out = Counter(pk for pks in taken.values() for pk in pks)
    assert sum(handed_out.values()) == CLAIMS
    assert all(count == 1 for count in handed_out.values())
    assert sum(1 for pks in taken.values() if pks) > 1, "the workers should really compete"
    assert not Claim.objects.queued().exists()
    for user in workers:
        assert set(Claim.objects.filter(assignee=user).values_list("pk", flat=True)) == set(
            taken[user.username]
        )
