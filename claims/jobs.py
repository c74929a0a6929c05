"""The job engine, seen from the app: enqueue after commit, retry later, count what waits.

Jobs are Django tasks (`claims.tasks`). The engine is the database backend unless
FACTCHECK_REDIS_URL is set, then RQ; nothing else in the app knows which one runs.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

MAX_BACKOFF_SECONDS = 6 * 3600


def engine() -> str:
    return "redis" if settings.FACTCHECK_REDIS_URL else "database"


def enqueue_on_commit(task, *args) -> None:
    """Enqueue once the current transaction commits: a rolled-back change starts no job."""
    transaction.on_commit(lambda: task.enqueue(*args))


def enqueue_many_on_commit(task, calls: list[tuple]) -> None:
    """Many jobs after commit, enqueued in one transaction (one write for the database engine)."""

    def enqueue_all() -> None:
        with transaction.atomic():
            for args in calls:
                task.enqueue(*args)

    if calls:
        transaction.on_commit(enqueue_all)


def enqueue_later(task, delay_seconds: float, *args) -> None:
    if delay_seconds <= 0:
        task.enqueue(*args)
        return
    task.using(run_after=timezone.now() + timedelta(seconds=delay_seconds)).enqueue(*args)


def backoff_seconds(attempt: int, base: int | None = None) -> int:
    """Exponential: base, 2·base, 4·base … after the 1st, 2nd, 3rd failed attempt."""
    base = settings.FACTCHECK_JOB_RETRY_SECONDS if base is None else base
    return min(base * 2 ** max(attempt - 1, 0), MAX_BACKOFF_SECONDS)


def pending_count() -> int:
    """Jobs ready to run now (deferred retries whose time has not come are not counted)."""
    if engine() == "redis":
        import django_rq

        return django_rq.get_queue("default").count
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.ready().count()


def share_redis_connections() -> None:
    """One Redis client (and connection pool) per queue configuration, for the process.

    django-rq builds a new client for every queue it hands out, so each enqueue opened
    and greeted a fresh TCP connection: a 1,000-item feed poll spent 27 of its 31 s
    connecting (BENCHMARKS.md). Called once from the app's `ready()` on the Redis engine.
    """
    from django_rq import connection_utils, queues

    build = connection_utils.get_redis_connection
    clients: dict = {}

    def shared(config: dict, use_strict_redis: bool = False):
        key = (config.get("URL"), config.get("DB"), use_strict_redis)
        if key not in clients:
            clients[key] = build(config, use_strict_redis)
        return clients[key]

    connection_utils.get_redis_connection = shared
    queues.get_redis_connection = shared
