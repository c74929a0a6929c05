"""Writing the claim history: every change of a claim is recorded here, once.

The workflow (and nothing else) calls `record` or `record_many` inside the transaction
that made the change. Whatever must follow a recorded change in the same transaction
(webhook outbox rows, notifications) is started from `_fan_out`, so a rolled-back change
leaves no trace anywhere.
"""

from collections.abc import Sequence

from claims import notifications
from claims.models import ClaimEvent


def record(claim, *, actor, action: str, from_status: str, to_status: str, **fields) -> ClaimEvent:
    """One history row for one change of `claim`."""
    event = ClaimEvent.objects.create(
        claim=claim,
        actor=actor,
        action=action,
        from_status=from_status,
        to_status=to_status,
        **fields,
    )
    _fan_out([event])
    return event


def record_many(
    events: Sequence[ClaimEvent], *, announce: bool = True, batch_size: int | None = None
) -> list[ClaimEvent]:
    """Unsaved history rows written in one statement (bulk imports).

    `announce=False` is for history that describes no change happening now (a generated
    demo desk): it is stored, and nobody is notified of it.
    """
    created = ClaimEvent.objects.bulk_create(events, batch_size=batch_size)
    if announce:
        _fan_out(created)
    return created


def written_by_statement(
    events: Sequence[ClaimEvent], *, outbox_checked: bool = False
) -> list[ClaimEvent]:
    """History rows the workflow inserted in the same SQL statement as the change.

    The one-statement pickup (`workflow.take_next` on PostgreSQL) writes its row inside
    its UPDATE; what follows a recorded change starts here, as after `record`.
    `outbox_checked`: the statement itself made sure no webhook endpoint wants these
    events (it would have changed nothing otherwise), so there is no outbox row to write.
    """
    if outbox_checked:
        notifications.from_events(events)
    else:
        _fan_out(events)
    return list(events)


def statement_suffices(action: str) -> bool:
    """Whether a change by `action` may commit on its own, before its fan-out runs.

    True when nothing but the webhook outbox follows it (which the one-statement pickup
    checks inside its statement): an action that notifies people needs the notification
    written in the change's transaction.
    """
    return action not in notifications.ACTION_KINDS


def _fan_out(events: Sequence[ClaimEvent]) -> None:
    # Consumers of recorded changes hook in here, each in the caller's transaction.
    from claims import webhooks

    webhooks.record_claim_events(events)
    notifications.from_events(events)
