"""Role rules for everything except status transitions (those live in claims.workflow).

The admin, the claim pages and the API all ask these functions, so a rule is written once.
"""

from claims.models import Claim, Status
from claims.roles import is_editor, is_reviewer, is_staff_member

# Fields an editor may change at any time (except on published claims, see workflow.edit).
EDITOR_FIELDS = frozenset({"priority", "due_at", "summary", "claimant", "source_url"})
# The verdict: the assignee while researching, editors before publication.
VERDICT_FIELDS = frozenset({"rating", "verdict_summary"})
# The claim itself can be corrected by editors until someone starts researching it.
DRAFT_FIELDS = frozenset({"text", "language"})
EDITABLE_FIELDS = EDITOR_FIELDS | VERDICT_FIELDS | DRAFT_FIELDS


def can_read_unpublished(user) -> bool:
    return is_staff_member(user)


def can_create_claim(user) -> bool:
    return is_reviewer(user)


def can_add_note(user, claim: Claim) -> bool:
    return is_reviewer(user)


def is_assignee(user, claim: Claim) -> bool:
    return bool(user and user.is_authenticated and claim.assignee_id == user.pk)


def can_work_evidence(user, claim: Claim) -> bool:
    """Adding sources and setting the verdict: the assignee during review, or an editor."""
    if is_editor(user):
        return claim.status != Status.PUBLISHED
    return claim.status == Status.IN_REVIEW and is_assignee(user, claim)


def can_import_articles(user) -> bool:
    return is_editor(user)


def editable_fields(user, claim: Claim) -> frozenset[str]:
    """The fields this user may change on this claim now."""
    if claim.status == Status.PUBLISHED:
        # A published verdict changes only through reopen, which leaves a correction note.
        return frozenset()
    fields: set[str] = set()
    if is_editor(user):
        fields |= EDITOR_FIELDS
        if claim.status in (Status.NEW, Status.QUEUED) and claim.article_id is None:
            fields |= DRAFT_FIELDS
    if can_work_evidence(user, claim):
        fields |= VERDICT_FIELDS
    return frozenset(fields)
