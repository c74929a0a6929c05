"""The evidence ledger and notes of a claim."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from claims import history, notifications, rulebook
from claims.errors import MissingInput, NotPermitted
from claims.models import Claim, ClaimEvent, ClaimSource, Note, Source
from claims.workflow.transitions import _display, _lock


def add_source(
    claim: Claim,
    by,
    *,
    url: str,
    stance: str,
    excerpt: str = "",
    accessed_at=None,
    expected_version: int | None = None,
    **details,
) -> ClaimSource:
    """One line in the evidence ledger; the source itself is shared by URL."""
    with transaction.atomic():
        # Checked against the locked row: the claim may have been released meanwhile.
        current = _lock(claim, expected_version)
        rulebook.check(by, "claims.add_source", current)
        source = Source.objects.get_or_create_for_url(url, **details)
        if ClaimSource.objects.filter(claim=current, source=source).exists():
            raise MissingInput(
                _("This source is already in the claim's evidence ledger."), field="url"
            )
        entry = ClaimSource(
            claim=current, source=source, stance=stance, excerpt=excerpt, added_by=by
        )
        if accessed_at:
            entry.accessed_at = accessed_at
        entry.full_clean(exclude=["claim", "source"])
        entry.save()
        # Every change of the evidence is on the claim's history.
        history.record(
            current,
            actor=by,
            action="add_source",
            from_status=current.status,
            to_status=current.status,
            changes={"sources": {"from": None, "to": source.url}},
        )
        # The cited page is kept as it is now, fetched by a job once this commits.
        from claims.ingest import request_snapshot  # ingest imports the importer, which imports us

        request_snapshot(entry)
    return entry


SOURCE_FIELDS = ("url", "title", "publisher", "published_on", "archive_url")


def change_source(source: Source, by, changes: dict) -> Source:
    """Correct a shared source's details; every claim citing it records the change.

    Refused while a published fact-check cites it: readers rely on what it showed.
    """
    with transaction.atomic():
        current = Source.objects.select_for_update().get(pk=source.pk)
        rulebook.check(by, "claims.change_source", current)
        diff = {}
        for field, value in changes.items():
            if field not in SOURCE_FIELDS:
                raise NotPermitted(
                    _("These fields cannot be changed: %(fields)s.") % {"fields": field},
                    field=field,
                    code="read_only",
                )
            old = getattr(current, field)
            if old != value:
                diff[f"source.{field}"] = {
                    "from": _display(field, old),
                    "to": _display(field, value),
                }
                setattr(current, field, value)
        if not diff:
            return current
        current.full_clean()
        current.save(update_fields=[name.split(".", 1)[1] for name in diff])
        # One INSERT and one fan-out for every claim citing the source, however many.
        history.record_many(
            [
                ClaimEvent(
                    claim=claim,
                    actor=by,
                    action="source_changed",
                    from_status=claim.status,
                    to_status=claim.status,
                    changes=diff,
                    comment=current.url,
                )
                for claim in Claim.objects.filter(evidence__source=current)
                .distinct()
                .select_related("rating")
            ]
        )
    source.refresh_from_db()
    return source


def add_note(
    claim: Claim,
    by,
    *,
    body: str,
    kind: str = Note.Kind.NOTE,
    expected_version: int | None = None,
    **fields,
) -> Note:
    rulebook.check(by, "claims.add_note", claim)
    with transaction.atomic():
        current = _lock(claim, expected_version)
        note = Note(claim=current, author=by, body=(body or "").strip(), kind=kind, **fields)
        note.full_clean()
        note.save()
        notifications.from_note(note)
    return note
