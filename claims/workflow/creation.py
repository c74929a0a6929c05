"""New claims: one entered by hand or promoted from a sentence, or many from an import."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims import history, rulebook
from claims.errors import ActionNotAllowed, MissingInput
from claims.extraction import detect_language
from claims.models import Claim, ClaimEvent, Status
from claims.workflow.transitions import _to_minute, edit


def create_claim(
    by,
    *,
    text: str,
    language: str | None = None,
    article=None,
    start=None,
    end=None,
    **fields,
) -> Claim:
    """A claim in status `new`, from an article span or entered by hand.

    With an article but no span, the text is anchored at its first occurrence that is
    not a claim yet. Without a language, the article's (or the detected one) is used.
    """
    if by is not None:
        rulebook.check(by, "claims.create_claim")
        rulebook.check_create_fields(by, fields)
    if article is not None and start is None and end is None:
        start, end = free_span(article, text)
    if not language:
        language = article.language if article is not None else detect_language(text)
    claim = Claim(
        text=(text or "").strip() if article is None else text,
        language=language,
        article=article,
        start=start,
        end=end,
        **fields,
    )
    return save_new_claim(claim, by)


def free_span(article, text: str) -> tuple[int, int]:
    """The first occurrence of `text` in the article that is not a claim yet."""
    taken = set(article.claims.values_list("start", "end"))
    start = article.body.find(text) if text else -1
    while start != -1:
        if (start, start + len(text)) not in taken:
            return start, start + len(text)
        start = article.body.find(text, start + 1)
    raise MissingInput(
        _("The text does not appear in the article, or every occurrence is already a claim."),
        field="text",
    )


def save_new_claim(claim: Claim, by) -> Claim:
    """Store an unsaved claim in status `new` and write its first history row.

    `by` is None only for the trusted command line (the importer run by an operator).
    """
    if by is not None:
        rulebook.check(by, "claims.create_claim")
    if claim.pk is not None or claim.status != Status.NEW:
        raise ActionNotAllowed(_("Only a new, unsaved claim can be created."))
    claim.created_by = by
    if claim.due_at is None and settings.FACTCHECK_DEFAULT_DUE_DAYS:
        claim.due_at = _to_minute(
            timezone.now() + timedelta(days=settings.FACTCHECK_DEFAULT_DUE_DAYS)
        )
    claim.full_clean(exclude=["similar_claims"])
    # A verdict given with a new claim is set through edit(), like any later verdict, so
    # its author is recorded for the four-eyes rule and the rule for setting it applies.
    verdict = {}
    if by is not None:
        if claim.rating_id is not None:
            verdict["rating"], claim.rating = claim.rating, None
        if claim.verdict_summary:
            verdict["verdict_summary"], claim.verdict_summary = claim.verdict_summary, ""
    with transaction.atomic():
        claim.save()
        history.record(claim, actor=by, action="create", from_status="", to_status=claim.status)
        if verdict:
            edit(claim, by, verdict)
    return claim


def create_claims(by, claims: list[Claim]) -> list[Claim]:
    """Store many unsaved claims in status `new`, set-based: the importer's path.

    Each claim is validated in Python once (its fields and its span, no queries); the
    claims and their first history rows are then written with one INSERT per batch each.
    Constraints the database enforces (one claim per span, known values) are left to it:
    a violation aborts the caller's transaction, so nothing partial is stored.
    `by` is None only for the trusted command line.
    """
    if by is not None:
        rulebook.check(by, "claims.create_claim")
    due = (
        _to_minute(timezone.now() + timedelta(days=settings.FACTCHECK_DEFAULT_DUE_DAYS))
        if settings.FACTCHECK_DEFAULT_DUE_DAYS
        else None
    )
    for claim in claims:
        if claim.pk is not None or claim.status != Status.NEW:
            raise ActionNotAllowed(_("Only a new, unsaved claim can be created."))
        claim.created_by = by
        if claim.due_at is None:
            claim.due_at = due
        # Field checks and the span rules without the per-claim queries of full_clean():
        # related rows are in hand, uniqueness is the database's constraint.
        claim.clean_fields(exclude=["article", "created_by", "assignee", "rating"])
        claim.clean()
    with transaction.atomic():
        Claim.objects.bulk_create(claims, batch_size=500)
        history.record_many(
            [
                ClaimEvent(
                    claim=claim, actor=by, action="create", from_status="", to_status=Status.NEW
                )
                for claim in claims
            ],
            batch_size=500,
        )
    return claims
