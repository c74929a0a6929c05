"""Webhook endpoints and the outbox of deliveries to them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class WebhookEvent(models.TextChoices):
    CLAIM_CREATED = "claim.created", _("a claim was created")
    CLAIM_STATUS_CHANGED = "claim.status_changed", _("a claim's status changed")
    CLAIM_PUBLISHED = "claim.published", _("a claim was published")
    CLAIM_CORRECTED = "claim.corrected", _("a published claim was reopened for a correction")
    ARTICLE_IMPORTED = "article.imported", _("an article was imported")


def validate_events(value) -> None:
    known = set(WebhookEvent.values)
    if not isinstance(value, list) or not value or not all(v in known for v in value):
        raise ValidationError(
            _("Choose one or more events from: %(events)s.")
            % {"events": ", ".join(WebhookEvent.values)},
            code="unknown_event",
        )


class WebhookEndpoint(models.Model):
    """Where the desk's events are POSTed, signed with the endpoint's secret."""

    url = models.URLField(_("URL"), max_length=1000)
    secret = models.CharField(
        _("secret"),
        max_length=200,
        help_text=_("Shared with the receiver, who checks each delivery's signature with it."),
    )
    events = models.JSONField(_("events"), default=list, validators=[validate_events])
    active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["url", "id"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return self.url


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    DELIVERED = "delivered", _("delivered")
    FAILED = "failed", _("failed")


class WebhookDelivery(models.Model):
    """One event for one endpoint: written with the change, sent by a job after commit."""

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("endpoint"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("event"), max_length=32, choices=WebhookEvent.choices)
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        # A worker that starts looks for pending deliveries whose job was lost; the
        # pending rows are few however long the delivered log grows.
        indexes = [
            models.Index(
                fields=["created_at"],
                name="delivery_pending_idx",
                condition=models.Q(status="pending"),
            )
        ]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint_id}"


class WebhookAttempt(models.Model):
    """The log of one try: what the endpoint answered, how long it took."""

    delivery = models.ForeignKey(
        WebhookDelivery,
        verbose_name=_("delivery"),
        on_delete=models.CASCADE,
        related_name="attempt_log",
    )
    attempted_at = models.DateTimeField(_("attempted"), auto_now_add=True)
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"))
    response_excerpt = models.TextField(_("response excerpt"), blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["attempted_at", "id"]
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")

    def __str__(self) -> str:
        return f"{self.status_code or self.error[:40]} ({self.duration_ms} ms)"
