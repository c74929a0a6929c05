"""Work the desk recorded but no job will do: found and handed to the engine again.

A job is enqueued after the commit that records its work, so a process that dies between
the two leaves a pending webhook delivery or a queued import with no job behind it; a
worker that dies inside a job leaves an import "running" for good. `run_jobs` calls
`recover` when it starts. Anything younger than the grace period is left alone: its job
may simply still be waiting in the engine. A job enqueued twice does no harm: the
delivery and import jobs return at once when their row is no longer pending.
"""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import ingest, jobs
from claims.models import DeliveryStatus, ImportJob, JobStatus, WebhookDelivery

# Longer than any enqueue takes after its commit, and than an engine's backlog usually is.
GRACE = datetime.timedelta(minutes=10)
# Longer than an import may run: two fetch time limits and the extraction's own budget.
STALE_RUN = datetime.timedelta(minutes=30)


def lost_deliveries(now: datetime.datetime) -> QuerySet[WebhookDelivery]:
    """Pending deliveries past the grace period (read from the pending rows' index)."""
    return (
        WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING)
        .filter(
            Q(next_attempt_at__isnull=True, created_at__lt=now - GRACE)
            | Q(next_attempt_at__lt=now - GRACE)
        )
        .order_by()
    )


def unstarted_imports(now: datetime.datetime) -> QuerySet[ImportJob]:
    """Imports by URL queued past the grace period and never tried."""
    return ImportJob.objects.filter(
        kind=ImportJob.Kind.URL,
        status=JobStatus.QUEUED,
        attempts=0,
        created_at__lt=now - GRACE,
    ).order_by()


def stopped_imports(now: datetime.datetime) -> QuerySet[ImportJob]:
    """Imports by URL still marked running long after any attempt could have ended."""
    return ImportJob.objects.filter(
        kind=ImportJob.Kind.URL, status=JobStatus.RUNNING, started_at__lt=now - STALE_RUN
    ).order_by()


def recover(now: datetime.datetime | None = None) -> dict[str, int]:
    """Enqueue again what lost its job; counts of what was found, by kind."""
    from django.conf import settings

    from claims.tasks import deliver_webhook, import_url

    now = now or timezone.now()
    deliveries = list(lost_deliveries(now).values_list("pk", flat=True))
    never_started = list(unstarted_imports(now).values_list("pk", flat=True))
    stopped = list(stopped_imports(now))
    again = [job.pk for job in stopped if job.attempts < settings.FACTCHECK_JOB_MAX_ATTEMPTS]
    ImportJob.objects.filter(pk__in=again).update(
        status=JobStatus.QUEUED,
        progress=0,
        error=_("The worker stopped during an attempt; trying again."),
    )
    given_up = [job for job in stopped if job.pk not in again]
    for job in given_up:  # rare; each may close its batch
        ingest.give_up(
            job, _("The worker stopped during the last attempt; the import was given up.")
        )
    for pk in deliveries:
        jobs.enqueue_later(deliver_webhook, 0, pk)
    for pk in never_started + again:
        jobs.enqueue_later(import_url, 0, pk)
    return {
        "deliveries": len(deliveries),
        "imports": len(never_started) + len(again),
        "given_up": len(given_up),
    }
