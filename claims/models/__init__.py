"""The claims app's models, one module per concern."""

from claims.models.articles import Article
from claims.models.claims import Claim, ClaimantType, Priority, Status
from claims.models.evidence import ClaimSource, Note, Source, Stance
from claims.models.history import ClaimEvent
from claims.models.ingest import Feed, FeedItem, ImportJob, JobStatus, Snapshot
from claims.models.notifications import Notification, NotificationKind, NotificationPreference
from claims.models.ratings import Rating
from claims.models.webhooks import (
    DeliveryStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)

__all__ = [
    "Article",
    "DeliveryStatus",
    "Feed",
    "FeedItem",
    "ImportJob",
    "JobStatus",
    "Snapshot",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
    "Claim",
    "ClaimantType",
    "ClaimEvent",
    "ClaimSource",
    "Note",
    "Notification",
    "NotificationKind",
    "NotificationPreference",
    "Priority",
    "Rating",
    "Source",
    "Stance",
    "Status",
]
