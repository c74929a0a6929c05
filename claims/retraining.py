"""Periodic retraining of the check-worthiness weights on the desk's decisions.

The same pattern as the feeds: one chain of ``retrain_checkworthiness`` jobs,
each run re-enqueuing the next one ``FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS``
later, with a token so that a chain superseded by a newer one stops.  The
token and the planned time live in the shared cache (the database's cache
table by default), so every worker sees the same chain.  ``run_jobs`` starts
a chain when none is planned or the planned one is long overdue.  Off by
default (0 days): retraining changes what the desk is shown, so a deployment
opts in.
"""

from __future__ import annotations

import datetime
import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from claims import jobs

CACHE_KEY = "claims:checkworthiness-retraining"
logger = logging.getLogger(__name__)


def interval_seconds() -> int:
    return max(settings.FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS, 0) * 86400


def planned() -> dict | None:
    """The current chain: ``{"token": …, "next_at": ISO time}``, or None."""
    return cache.get(CACHE_KEY)


def schedule(*, delay_seconds: float) -> str:
    """Start a (new) chain; an older chain stops at its next run."""
    from claims.tasks import retrain_checkworthiness

    token = secrets.token_hex(8)
    next_at = timezone.now() + datetime.timedelta(seconds=delay_seconds)
    # No expiry: the chain outlives any cache timeout.
    cache.set(CACHE_KEY, {"token": token, "next_at": next_at.isoformat()}, None)
    transaction.on_commit(lambda: jobs.enqueue_later(retrain_checkworthiness, delay_seconds, token))
    return token


def schedule_if_due() -> bool:
    """A chain when retraining is on and none is planned, or the planned run is overdue."""
    interval = interval_seconds()
    if not interval:
        return False
    state = planned()
    if state is None:
        schedule(delay_seconds=interval)
        return True
    late = timezone.now() - datetime.timedelta(seconds=interval)
    if datetime.datetime.fromisoformat(state["next_at"]) < late:
        schedule(delay_seconds=0)
        return True
    return False


def run_retraining_job(token: str) -> None:
    """Retrain once (keeping the old weights if the new ones do worse), then plan the next."""
    state = planned()
    if not interval_seconds() or state is None or state.get("token") != token:
        return  # switched off, or superseded by a newer chain
    from claims.desk_training import NotEnoughDecisions, train_checkworthiness

    try:
        report = train_checkworthiness()
    except NotEnoughDecisions as exc:
        logger.info("Check-worthiness retraining skipped: %s", exc)
    else:
        logger.info(
            "Check-worthiness retraining: F1 %.3f before, %.3f after on %d held-back decisions; %s",
            report.before.f1,
            report.after.f1,
            report.held_back,
            f"kept {report.model_id}" if report.kept_old else f"wrote {report.model_id}",
        )
    finally:
        schedule(delay_seconds=interval_seconds())
