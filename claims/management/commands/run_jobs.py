"""The background worker: the configured engine's own worker, under one name."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from claims import feeds, jobs, recovery, retraining


class Command(BaseCommand):
    help = (
        "Run background jobs (imports by URL, feed polls, webhook deliveries, snapshots, e-mails) "
        "with the configured engine: the database, or Redis when FACTCHECK_REDIS_URL is set."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--until-empty",
            action="store_true",
            help="Run every pending job, and the jobs those enqueue, then exit.",
        )

    def handle(self, *args, until_empty: bool = False, **options) -> None:
        verbosity = options["verbosity"]
        if not until_empty:
            # A feed whose poll chain was lost (engine emptied, worker down for long) gets
            # a new one; the chains then keep themselves going.
            feeds.schedule_overdue()
            # Work whose job was lost (a process died after its commit, or inside a job).
            recovery.recover()
            # A lost chain of periodic check-worthiness retraining, if it is on.
            retraining.schedule_if_due()
        if jobs.engine() == "redis":
            self._rq(until_empty, verbosity)
            return
        # The database engine's worker; --batch stops once no job is ready.
        call_command(
            "db_worker",
            batch=until_empty,
            reload=False,
            startup_delay=not until_empty,
            interval=0.5,
            verbosity=verbosity,
        )

    def _rq(self, until_empty: bool, verbosity: int) -> None:
        import django_rq
        from django_tasks_rq import Job
        from rq import SimpleWorker

        while True:
            # Jobs run in the worker's own process, not in a fork per job: a fork costs
            # seconds of latency under load (measured, BENCHMARKS.md) and would share the
            # parent's database connection. Run more workers for more parallel jobs.
            worker = django_rq.get_worker("default", job_class=Job, worker_class=SimpleWorker)
            worker.work(
                burst=until_empty,
                with_scheduler=True,
                logging_level="WARNING" if verbosity < 2 else "DEBUG",
            )
            if not until_empty or jobs.pending_count() == 0:
                return
