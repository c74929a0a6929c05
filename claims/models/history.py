from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ClaimEventQuerySet(models.QuerySet):
    def corrections(self) -> "ClaimEventQuerySet":
        """Reopenings of published claims: the public corrections log."""
        return self.filter(action="reopen")


class ClaimEvent(models.Model):
    """One row per change of a claim: a status transition or an edit of tracked fields."""

    claim = models.ForeignKey(
        "claims.Claim",
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=16)
    from_status = models.CharField(_("from status"), max_length=16, blank=True)
    to_status = models.CharField(_("to status"), max_length=16, blank=True)
    # {"field": {"from": old, "to": new}} for every tracked field the action changed.
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    objects = ClaimEventQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("history entry")
        verbose_name_plural = _("history")

    def __str__(self) -> str:
        if self.from_status != self.to_status:
            return f"{self.action}: {self.from_status} → {self.to_status}"
        return self.action

    def save(self, *args, **kwargs) -> None:
        # The history is an audit trail: rows are written once and never changed.
        if self.pk and not kwargs.get("force_insert"):
            raise ValueError("History entries are append-only.")
        super().save(*args, **kwargs)
