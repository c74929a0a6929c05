"""Taking the next claim from the queue: never one claim to two callers."""

import functools

import psycopg
from django.db import connection, transaction
from django.utils import timezone

from claims import history, rulebook, statusguard, webhooks
from claims.errors import ActionNotAllowed, StaleClaim
from claims.models import Claim, ClaimEvent, Status, WebhookEndpoint
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


@functools.cache
def _statement(only_without_webhooks: bool) -> tuple[str, tuple, tuple, tuple]:
    """The one-statement pickup's SQL, built once per process from the models.

    Returns the SQL, the queue selection's parameters, the webhook condition's parameters
    and the history row's fields in the order of their placeholders. The SQL text never
    changes within a process, so PostgreSQL prepares it once per connection.
    """
    claims, events = Claim._meta.db_table, ClaimEvent._meta.db_table
    quote = connection.ops.quote_name
    # The queue order as SQL, from the same expressions as queue_order() and its index.
    queued = Claim.objects.queued().queue_order().values("id")[:1]
    select_sql, select_params = queued.query.get_compiler(connection=connection).as_sql()
    # Every column of the history row but its id and claim, from the model's own fields,
    # so the statement follows the model when columns are added; the claim's columns are
    # named too, so a column added under a running process does not change its answer.
    fields = tuple(f for f in ClaimEvent._meta.concrete_fields if f.name not in ("id", "claim"))
    columns = ", ".join(quote(f.column) for f in fields)
    placeholders = ", ".join("%s" for _f in fields)
    returned = ", ".join(f"claim.{quote(f.column)}" for f in Claim._meta.concrete_fields)
    answer = ", ".join(f"taken.{quote(f.column)}" for f in Claim._meta.concrete_fields)
    no_webhooks, no_webhooks_params = "", ()
    if only_without_webhooks:
        names = webhooks.events_for("take", Status.QUEUED, Status.IN_REVIEW)
        no_webhooks = (
            f"AND NOT EXISTS (SELECT 1 FROM {quote(WebhookEndpoint._meta.db_table)} AS endpoint"
            " WHERE endpoint.active AND endpoint.events ?| %s)"
        )
        no_webhooks_params = ([str(name) for name in names],)
    sql = f"""
        WITH picked AS (
            {select_sql} FOR UPDATE SKIP LOCKED
        ), taken AS (
            UPDATE {quote(claims)} AS claim
               SET status = %s, assignee_id = %s, status_changed_at = %s,
                   updated_at = %s, version = claim.version + 1
              FROM picked
             WHERE claim.id = picked.id AND claim.status = %s {no_webhooks}
               AND set_config(%s, 'on', true) = 'on'
         RETURNING {returned}
        ), logged AS (
            INSERT INTO {quote(events)} (claim_id, {columns})
            SELECT taken.id, {placeholders} FROM taken
         RETURNING id AS event_id, claim_id
        )
        SELECT {answer}, logged.event_id, set_config(%s, '', true) AS pass_returned
          FROM taken JOIN logged ON logged.claim_id = taken.id
    """
    return sql, tuple(select_params), no_webhooks_params, fields


def _take_next_statement(
    by, now, *, only_without_webhooks: bool = False
) -> tuple[str, list, ClaimEvent]:
    """The SQL of the one-statement pickup, its parameters and the history row it writes.

    `only_without_webhooks` adds a condition: the statement takes nothing while an active
    webhook endpoint subscribes to an event a take stands for, because then the outbox row
    must be written in the same transaction as the take (see `_take_next_in_one_statement`).
    """
    sql, select_params, no_webhooks_params, fields = _statement(only_without_webhooks)
    event = ClaimEvent(
        actor=by,
        action="take",
        from_status=Status.QUEUED,
        to_status=Status.IN_REVIEW,
        changes={"assignee": {"from": None, "to": _username(by)}},
        comment="",
        created_at=now,
    )
    values = [f.get_db_prep_save(getattr(event, f.attname), connection) for f in fields]
    params = [
        *select_params,
        Status.IN_REVIEW,
        by.pk,
        now,
        now,
        Status.QUEUED,
        *no_webhooks_params,
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

    Outside a transaction the statement runs on its own, one round trip with no BEGIN or
    COMMIT: it is atomic by itself, and it takes nothing while a webhook endpoint wants
    to hear of takes, since the outbox row must commit with the take. Only then (or when
    the queue is empty) does the transactional path below run.
    """
    now = timezone.now()
    if not connection.in_atomic_block and history.statement_suffices("take"):
        sql, params, event = _take_next_statement(by, now, only_without_webhooks=True)
        claim = _taken(sql, params, event)
        if claim is not None:
            history.written_by_statement([event], outbox_checked=True)
            return claim
    sql, params, event = _take_next_statement(by, now)
    with transaction.atomic():
        claim = _taken(sql, params, event)
        if claim is None:
            # Nothing taken: make sure the status pass is not left on in this transaction.
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config(%s, '', true)", [statusguard.SETTING])
            return None
        history.written_by_statement([event])
    return claim


def _taken(sql: str, params: list, event: ClaimEvent) -> Claim | None:
    """Run the pickup statement; the claim it took (or None), joined to its history row.

    The statement goes through a cursor that binds its parameters on the server (Django's
    own cursors interpolate them on the client), so psycopg prepares it after a few
    calls on a connection and PostgreSQL stops planning the same statement again.
    """
    connection.ensure_connection()
    with connection.wrap_database_errors:
        server_bound = psycopg.Cursor(connection.connection)
    cursor = (
        connection.make_debug_cursor(server_bound)
        if connection.queries_logged
        else connection.make_cursor(server_bound)
    )
    with cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    fields = Claim._meta.concrete_fields
    claim = Claim.from_db(connection.alias, [f.attname for f in fields], row[: len(fields)])
    claim.assignee = event.actor
    event.id, event.claim = row[len(fields)], claim
    return claim
