"""Work whose job was lost is found when a worker starts and done; young work is left alone."""

import datetime

import pytest
from django.db import connection, transaction
from django.utils import timezone

from claims import recovery
from claims.models import Article, ImportJob, WebhookDelivery, WebhookEndpoint
from tests.jobs_support import Route, run_jobs

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("job_settings")]

LATER = datetime.timedelta(hours=1)


def _lost_delivery(web) -> WebhookDelivery:
    """A delivery row as a change writes it, whose job was never enqueued."""
    web.routes["/hook"] = Route(204)
    endpoint = WebhookEndpoint.objects.create(
        url=web.url("/hook"), secret="s", events=["claim.created"]
    )
    return WebhookDelivery.objects.create(
        endpoint=endpoint, event="claim.created", payload={"event": "claim.created"}
    )


def test_a_pending_delivery_without_a_job_is_sent_once_it_is_old_enough(web):
    delivery = _lost_delivery(web)
    assert recovery.recover() == {"deliveries": 0, "imports": 0, "given_up": 0}
    run_jobs()
    assert web.requests_to("/hook") == []  # young: its job may still be on its way

    assert recovery.recover(timezone.now() + LATER)["deliveries"] == 1
    run_jobs()
    assert len(web.requests_to("/hook")) == 1
    delivery.refresh_from_db()
    assert delivery.status == "delivered"


def test_a_delivery_enqueued_twice_is_sent_once(web):
    delivery = _lost_delivery(web)
    recovery.recover(timezone.now() + LATER)
    recovery.recover(timezone.now() + LATER)
    run_jobs()
    assert len(web.requests_to("/hook")) == 1
    assert delivery.attempt_log.count() == 1


def test_a_queued_import_whose_job_was_lost_is_imported(web, editor):
    job = ImportJob.objects.create(url=web.page("/story"), requested_by=editor)
    assert recovery.recover(timezone.now() + LATER)["imports"] == 1
    run_jobs()
    job.refresh_from_db()
    assert job.status == "done"
    assert job.article == Article.objects.get()


def test_an_import_left_running_by_a_dead_worker_runs_again(web, editor):
    job = ImportJob.objects.create(
        url=web.page("/story"),
        requested_by=editor,
        status="running",
        attempts=1,
        started_at=timezone.now(),
    )
    assert recovery.recover(timezone.now() + datetime.timedelta(minutes=5))["imports"] == 0
    assert recovery.recover(timezone.now() + LATER)["imports"] == 1
    job.refresh_from_db()
    assert (job.status, job.error) == (
        "queued",
        "The worker stopped during an attempt; trying again.",
    )
    run_jobs()
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("done", 2)


def test_an_import_that_died_on_its_last_attempt_fails_with_its_batch(settings, web, editor):
    batch = ImportJob.objects.create(kind="batch", status="running", requested_by=editor)
    job = ImportJob.objects.create(
        url=web.page("/story"),
        parent=batch,
        requested_by=editor,
        status="running",
        attempts=settings.FACTCHECK_JOB_MAX_ATTEMPTS,
        started_at=timezone.now(),
    )
    assert recovery.recover(timezone.now() + LATER)["given_up"] == 1
    run_jobs()
    job.refresh_from_db()
    batch.refresh_from_db()
    assert job.status == "failed" and "given up" in job.error
    assert batch.status == "failed"
    assert not Article.objects.exists()
    assert web.requests_to("/story") == []


@pytest.mark.parametrize(
    ("sweep", "index"),
    [
        (recovery.lost_deliveries, "delivery_pending_idx"),
        (recovery.unstarted_imports, "importjob_status_idx"),
        (recovery.stopped_imports, "importjob_status_idx"),
    ],
)
def test_the_startup_sweep_seeks_unfinished_rows_by_index(sweep, index):
    # The delivered and finished logs only grow; the sweep must never walk them.
    queryset = sweep(timezone.now())
    if connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            explained = queryset.explain()
    else:
        explained = queryset.explain()
    assert index in explained
