"""Indexes for a desk of a million claims: the queue orders, the default orderings, text search."""

from django.conf import settings
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

# Substring search (icontains) compares UPPER(column) LIKE UPPER(pattern); on PostgreSQL a
# trigram GIN index over the same expression answers it without reading the table.
# SQLite has no such index and keeps scanning, which is fine at its scale.
TRIGRAM_INDEXES = [
    ("claim_text_trgm_idx", "claims_claim", "text"),
    ("claim_claimant_trgm_idx", "claims_claim", "claimant"),
    ("claim_summary_trgm_idx", "claims_claim", "summary"),
    ("article_title_trgm_idx", "claims_article", "title"),
]


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column in TRIGRAM_INDEXES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in TRIGRAM_INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0002_groups_and_rating_scale'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # CREATE EXTENSION on PostgreSQL; does nothing on other databases.
        TrigramExtension(),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes, elidable=False),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(models.OrderBy(models.F('priority'), descending=True), models.OrderBy(models.F('due_at')), models.OrderBy(models.F('created_at')), models.OrderBy(models.F('id')), condition=models.Q(('status__in', ['new', 'queued', 'in_review', 'submitted'])), name='claim_open_queue_order_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(models.OrderBy(models.F('priority'), descending=True), models.OrderBy(models.F('due_at')), models.OrderBy(models.F('created_at')), models.OrderBy(models.F('id')), condition=models.Q(('status__exact', 'queued')), name='claim_queued_order_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(fields=['created_at', 'id'], name='claim_created_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('status__in', ['new', 'queued', 'in_review', 'submitted'])), fields=['due_at', 'id'], name='claim_open_due_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(fields=['first_published_at', 'id'], name='claim_first_published_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(fields=['last_published_at', 'id'], name='claim_last_published_idx'),
        ),
    ]
