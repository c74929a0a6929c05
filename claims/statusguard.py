"""Only the workflow writes a claim's status: the database refuses every other writer.

A trigger on `claims_claim` refuses an UPDATE that changes `status` and an INSERT whose
status is not `new`, unless the writing transaction holds the workflow's pass:
`with status_writes(): ...` (PostgreSQL: a transaction-local setting; SQLite: a row in
`claims_status_pass`, written and removed inside the transaction, which holds SQLite's
only write lock meanwhile). So `QuerySet.update(status=…)`, `bulk_update`,
`save(update_fields=["status"])`, `Claim(status=…).save()` and raw SQL all fail the
same way, while bulk imports of `new` claims pass.

The triggers are (re)installed after every `migrate`: on SQLite, a migration that
rebuilds the table drops its triggers with it.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connections

REFUSAL = "claim status changes only through claims.workflow"
SETTING = "factcheck.status_pass"

SQLITE = [
    "CREATE TABLE IF NOT EXISTS claims_status_pass (id INTEGER PRIMARY KEY)",
    "DROP TRIGGER IF EXISTS claims_claim_status_update_guard",
    f"""CREATE TRIGGER claims_claim_status_update_guard
        BEFORE UPDATE OF status ON claims_claim FOR EACH ROW
        WHEN NEW.status IS NOT OLD.status AND NOT EXISTS (SELECT 1 FROM claims_status_pass)
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    "DROP TRIGGER IF EXISTS claims_claim_status_insert_guard",
    f"""CREATE TRIGGER claims_claim_status_insert_guard
        BEFORE INSERT ON claims_claim FOR EACH ROW
        WHEN NEW.status IS NOT 'new' AND NOT EXISTS (SELECT 1 FROM claims_status_pass)
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
]

POSTGRESQL = [
    f"""CREATE OR REPLACE FUNCTION claims_claim_status_guard() RETURNS trigger AS $$
    BEGIN
        IF (TG_OP = 'INSERT' AND NEW.status IS DISTINCT FROM 'new')
           OR (TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status) THEN
            IF coalesce(current_setting('{SETTING}', true), '') <> 'on' THEN
                RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS claims_claim_status_guard ON claims_claim",
    """CREATE TRIGGER claims_claim_status_guard
        BEFORE INSERT OR UPDATE OF status ON claims_claim
        FOR EACH ROW EXECUTE FUNCTION claims_claim_status_guard()""",
]

STATEMENTS = {"sqlite": SQLITE, "postgresql": POSTGRESQL}


def install(using: str = "default") -> None:
    """Create (or replace) the guard on the database; idempotent."""
    connection = connections[using]
    statements = STATEMENTS.get(connection.vendor)
    if statements is None:
        return
    if "claims_claim" not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def install_after_migrate(sender, using: str = "default", **kwargs) -> None:
    install(using)


@contextmanager
def status_writes(using: str = "default") -> Iterator[None]:
    """Let the statements inside change claim statuses; only the workflow uses this.

    Must run inside a transaction. On an error the pass is not taken back here: the
    transaction (or savepoint) the error rolls back takes it back with everything else.
    """
    connection = connections[using]
    if not connection.in_atomic_block:
        raise RuntimeError("status_writes() needs a transaction (transaction.atomic).")
    _set_pass(connection, True)
    yield
    _set_pass(connection, False)


def _set_pass(connection, on: bool) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT set_config(%s, %s, true)", [SETTING, "on" if on else ""])
        elif connection.vendor == "sqlite":
            if on:
                cursor.execute("INSERT INTO claims_status_pass DEFAULT VALUES")
            else:
                cursor.execute("DELETE FROM claims_status_pass")
