"""Writing many generated rows at once (the synthetic desk of `manage.py generate_desk`).

Rows are plain dicts keyed by field attname (`article_id`, not `article`), ids chosen
before writing so that rows can point at each other without reading anything back.
On PostgreSQL they go in with COPY; elsewhere through `bulk_create`.

`indexes_built_after()` is what `pg_restore` does for a dump: a load into empty tables
drops their secondary indexes and foreign keys first and builds them again from their
own definitions at the end, in the same transaction. Building a trigram (GIN) index once
over a million rows takes seconds; keeping it up to date row by row is most of the cost
of a load. Nothing else sees the tables meanwhile (the transaction holds them), and an
error rolls back the load and the schema change together.
"""

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from django.db import connection, models

COPY_MEMORY = "512MB"  # for the index builds at the end; local to the transaction


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """`count` fresh primary keys for `model`, to be written explicitly."""
    if count == 0:
        return []
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [table, count],
            )
            return [row[0] for row in cursor.fetchall()]
        # SQLite: the transaction holds the database's only write lock.
        cursor.execute(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"')
        first = cursor.fetchone()[0] + 1
    return list(range(first, first + count))


def write(model: type[models.Model], rows: Sequence[dict], batch_size: int = 2_000) -> int:
    """Insert `rows` (dicts keyed by attname, with `id`); fields left out get their default."""
    if not rows:
        return 0
    fields = model._meta.concrete_fields
    given = set(rows[0])
    defaults = {f.attname: f.get_default() for f in fields if f.attname not in given}
    if connection.vendor != "postgresql":
        model.objects.bulk_create([model(**defaults, **row) for row in rows], batch_size=batch_size)
        return len(rows)
    as_json = {f.attname for f in fields if isinstance(f, models.JSONField)}
    order = [f.attname for f in fields]
    columns = ", ".join(f'"{f.column}"' for f in fields)
    statement = f'COPY "{model._meta.db_table}" ({columns}) FROM STDIN'
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            values = {**defaults, **row}
            for name in as_json:
                values[name] = json.dumps(values[name])
            copy.write_row([values[name] for name in order])
    return len(rows)


def _secondary(tables: list[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """(name, CREATE INDEX …) of the non-unique indexes and (table, name, definition) of the
    foreign keys of `tables`: what a load may build afterwards instead of row by row.

    Partial indexes stay: PostgreSQL prints their predicate in a form that, read back,
    prints differently (`ARRAY[…]::text[]` becomes a cast per element), and the schema
    must come out exactly as the migrations made it. They are B-trees over part of the
    rows, cheap to keep up to date; the trigram indexes are what a load pays for."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT c.relname, pg_get_indexdef(i.indexrelid)
               FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
               WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisunique
                 AND i.indpred IS NULL
               ORDER BY c.relname""",
            [tables],
        )
        indexes = cursor.fetchall()
        cursor.execute(
            """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
               FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])
               ORDER BY conname""",
            [tables],
        )
        keys = cursor.fetchall()
    return indexes, keys


@contextmanager
def indexes_built_after(model_list: Iterable[type[models.Model]]) -> Iterator[None]:
    """On PostgreSQL, inside a transaction: the tables' secondary indexes and foreign keys
    are dropped for the block and created again from their definitions at its end."""
    if connection.vendor != "postgresql":
        yield
        return
    if not connection.in_atomic_block:
        raise RuntimeError("indexes_built_after() needs a transaction (transaction.atomic).")
    tables = [model._meta.db_table for model in model_list]
    indexes, keys = _secondary(tables)
    with connection.cursor() as cursor:
        for table, name, _definition in keys:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, _definition in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
    yield
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('maintenance_work_mem', %s, true)", [COPY_MEMORY])
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in keys:
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
