"""The claims app's models, one module per concern."""

from claims.models.articles import Article
from claims.models.claims import Claim, Priority, Status
from claims.models.evidence import ClaimSource, Note, Source, Stance
from claims.models.history import ClaimEvent
from claims.models.ratings import Rating

__all__ = [
    "Article",
    "Claim",
    "ClaimEvent",
    "ClaimSource",
    "Note",
    "Priority",
    "Rating",
    "Source",
    "Stance",
    "Status",
]
