"""Claim lists as CSV, for spreadsheets: one header row, one claim a row, streamed.

The API (`?format=csv`), the admin and the queue page all answer through
`csv_response`, so the columns and the protection against spreadsheet formulas are
written once. Rows are read with `QuerySet.iterator()`: a list of 100,000 claims is
never held in memory, only one chunk of rows at a time.
"""

import csv
from collections.abc import Iterable, Iterator
from datetime import datetime

from django.db import models
from django.http import StreamingHttpResponse
from django.utils import timezone

from claims.models import Claim

# Rows fetched from the database at a time; small enough to keep memory flat.
CHUNK_SIZE = 500

# A cell starting with one of these is run as a formula by spreadsheet programs
# ("=HYPERLINK(...)"); a leading apostrophe makes them show it as text instead.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

COLUMNS: list[str] = [
    "id",
    "status",
    "text",
    "summary",
    "claimant",
    "language",
    "priority",
    "assignee",
    "due_at",
    "rating",
    "verdict_summary",
    "article",
    "article_title",
    "article_url",
    "checkworthiness",
    "duplicate_of",
    "created_at",
    "updated_at",
    "first_published_at",
]


def safe_cell(value: object) -> str:
    """A cell's text, neutralised if a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    text = str(value)
    if text.startswith(_FORMULA_PREFIXES):
        return "'" + text
    return text


def _row(claim: Claim) -> list[str]:
    article = claim.article
    values = [
        claim.pk,
        claim.status,
        claim.text,
        claim.summary,
        claim.claimant,
        claim.language,
        claim.priority,
        claim.assignee.get_username() if claim.assignee_id else "",
        claim.due_at,
        claim.rating_id,
        claim.verdict_summary,
        claim.article_id,
        article.title if article else "",
        article.url if article else "",
        claim.checkworthiness,
        getattr(claim, "duplicate_of_id", None),
        claim.created_at,
        claim.updated_at,
        claim.first_published_at,
    ]
    return [safe_cell(value) for value in values]


class _Echo:
    """A file-like object whose write() hands the line back instead of storing it."""

    def write(self, value: str) -> str:
        return value


def csv_lines(queryset: models.QuerySet) -> Iterator[str]:
    """The header and one line per claim, reading the database chunk by chunk."""
    writer = csv.writer(_Echo())
    # The byte order mark makes spreadsheet programs read the file as UTF-8 (umlauts).
    yield "\ufeff" + writer.writerow(COLUMNS)
    # Prefetches would run again for every chunk; the CSV needs none of them.
    rows = (
        queryset.prefetch_related(None)
        .select_related("article", "assignee")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for claim in rows:
        yield writer.writerow(_row(claim))


def csv_response(queryset: models.QuerySet, filename: str = "claims.csv") -> StreamingHttpResponse:
    response = StreamingHttpResponse(_lines(csv_lines(queryset)), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _lines(lines: Iterable[str]) -> Iterator[bytes]:
    for line in lines:
        yield line.encode("utf-8")


def export_filename(prefix: str = "claims") -> str:
    return f"{prefix}-{timezone.localtime():%Y-%m-%d-%H%M}.csv"
