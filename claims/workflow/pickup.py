"""Taking the next claim from the queue: never one claim to two callers."""

from django.db import connection, transaction
from django.utils import timezone

from claims import history, rulebook, statusguard
from claims.errors import ActionNotAllowed, StaleClaim
from claims.models import Claim, ClaimEvent, Status
from claims.workflow.transitions import _username, perform


def take_next(by) -> Claim | None:
    """Assign the most urgent queued claim to `by`; never hands one claim to two callers."""
    rulebook.check(by, "claims.take_next")
    if connection.vendor == "postgresql":
        return _take_next_in_one_statement(by)
    for _attempt in range(5):
        with transaction.atomic():
            # SQLite: the IMMEDIATE transaction already holds the database's write lock.
            claim = Claim.objects.queued().queue_order().first()
            if claim is None:
                return None
            try:
                return perform(claim, "take", by)
            except (StaleClaim, ActionNotAllowed):
                continue
    return None


def _take_next_statement(by, now) -> tuple[str, list, ClaimEvent]:
    """The SQL of the one-statement pickup, its parameters and the history row it writes."""
    claims, events = Claim._meta.db_table, ClaimEvent._meta.db_table
    # The queue order as SQL, from the same expressions as queue_order() and its index.
    queued = Claim.objects.queued().queue_order().values("id")[:1]
    select_sql, select_params = queued.query.get_compiler(connection=connection).as_sql()
    event = ClaimEvent(
        actor=by,
        action="take",
        from_status=Status.QUEUED,
        to_status=Status.IN_REVIEW,
        changes={"assignee": {"from": None, "to": _username(by)}},
        comment="",
        created_at=now,
    )
    # Every column of the history row but its id and claim, from the model's own fields,
    # so the statement follows the model when columns are added.
    fields = [f for f in ClaimEvent._meta.concrete_fields if f.name not in ("id", "claim")]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join("%s" for _f in fields)
    values = [f.get_db_prep_save(getattr(event, f.attname), connection) for f in fields]
    sql = f"""
        WITH picked AS (
            {select_sql} FOR UPDATE SKIP LOCKED
        ), taken AS (
            UPDATE "{claims}" AS claim
               SET status = %s, assignee_id = %s, status_changed_at = %s,
                   updated_at = %s, version = claim.version + 1
              FROM picked
             WHERE claim.id = picked.id AND claim.status = %s
               AND set_config(%s, 'on', true) = 'on'
         RETURNING claim.*
        ), logged AS (
            INSERT INTO "{events}" (claim_id, {columns})
            SELECT taken.id, {placeholders} FROM taken
         RETURNING id AS event_id, claim_id
        )
        SELECT taken.*, logged.event_id, set_config(%s, '', true) AS pass_returned
          FROM taken JOIN logged ON logged.claim_id = taken.id
    """
    params = [
        *select_params,
        Status.IN_REVIEW,
        by.pk,
        now,
        now,
        Status.QUEUED,
        statusguard.SETTING,
        *values,
        statusguard.SETTING,
    ]
    return sql, params, event


def _take_next_in_one_statement(by) -> Claim | None:
    """PostgreSQL: pick, lock, assign and log in one statement.

    `FOR UPDATE SKIP LOCKED` passes over rows another caller is taking, so concurrent
    callers never wait for each other and never get the same claim; the UPDATE's
    `status = 'queued'` re-check and the history INSERT run in the same statement, so a
    claim is never taken without its history row. The answer is the updated row itself.

    The status guard (claims.statusguard) is passed inside the same statement: the
    UPDATE's condition turns the transaction-local pass on for the row it changes (the
    condition is evaluated before the row is written and its trigger fires), and the
    final SELECT turns it off again once the row is written.
    """
    sql, params, event = _take_next_statement(by, timezone.now())
    with transaction.atomic():
        rows = list(Claim.objects.raw(sql, params))
        if not rows:
            # Nothing taken: make sure the status pass is not left on in this transaction.
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config(%s, '', true)", [statusguard.SETTING])
            return None
        claim = rows[0]
        event.id, event.claim = claim.event_id, claim
        history.written_by_statement([event])
    claim.assignee = by
    return claim
