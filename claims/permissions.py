"""Older names for questions the rulebook answers (claims.rulebook); kept for callers."""

from claims.models import Claim
from claims.rulebook import (  # noqa: F401  (re-exported)
    EDITABLE_FIELDS,
    EDITOR_FIELDS,
    VERDICT_FIELDS,
    can,
    editable_fields,
    is_assignee,
)


def can_read_unpublished(user) -> bool:
    return can(user, "claims.read_desk")


def can_create_claim(user) -> bool:
    return can(user, "claims.create_claim")


def can_add_note(user, claim: Claim) -> bool:
    return can(user, "claims.add_note", claim)


def can_work_evidence(user, claim: Claim) -> bool:
    return can(user, "claims.add_source", claim)


def can_import_articles(user) -> bool:
    return can(user, "claims.import_article")
