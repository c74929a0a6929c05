"""Who wrote a submitted claim's verdict, indexed: the dashboard's "waiting for a second editor"."""

from django.db import migrations

# A GIN index over the JSON list of verdict authors, only for submitted claims (a few
# per cent of a desk). PostgreSQL only: SQLite has no such index and its desks are small.
CREATE = (
    'CREATE INDEX IF NOT EXISTS "claim_submitted_authors_idx" ON "claims_claim" '
    "USING gin (\"verdict_authors\" jsonb_path_ops) WHERE \"status\" = 'submitted'"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute('DROP INDEX IF EXISTS "claim_submitted_authors_idx"')


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0011_held_claims_index"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
