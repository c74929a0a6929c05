"""The background jobs. Each is a thin task over a function that does the work and decides
on retries itself (the engines differ in what they offer, so the app owns its backoff)."""

from django_tasks import task


@task()
def import_url(job_id: int) -> None:
    from claims.ingest import run_import_job

    run_import_job(job_id)


@task()
def poll_feed(feed_id: int, token: str) -> None:
    from claims.feeds import run_poll_job

    run_poll_job(feed_id, token)


@task()
def deliver_webhook(delivery_id: int) -> None:
    from claims.webhooks import deliver

    deliver(delivery_id)


@task()
def snapshot_source(entry_id: int, attempt: int = 1) -> None:
    from claims.ingest import take_source_snapshot

    take_source_snapshot(entry_id, attempt)


@task()
def send_notification_mail(message: list, attempt: int = 1) -> None:
    from claims.notifications import send_mail_job

    send_mail_job(message, attempt)


@task()
def retrain_checkworthiness(token: str) -> None:
    from claims.retraining import run_retraining_job

    run_retraining_job(token)
