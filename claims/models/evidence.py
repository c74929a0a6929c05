from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims.validators import (
    EXCERPT_MAX,
    NOTE_BODY_MAX,
    date_in_range,
    length_at_most,
    validate_sane_date,
)


class Stance(models.TextChoices):
    SUPPORTS = "supports", _("supports the claim")
    REFUTES = "refutes", _("refutes the claim")
    CONTEXT = "context", _("gives context")
    ORIGIN = "origin", _("origin of the claim")


class SourceQuerySet(models.QuerySet):
    def get_or_create_for_url(self, url: str, **details) -> "Source":
        """The same URL cited twice is one source; details fill in what is missing."""
        source, created = self.get_or_create(url=url, defaults=details)
        if not created:
            missing = {k: v for k, v in details.items() if v and not getattr(source, k)}
            if missing:
                for key, value in missing.items():
                    setattr(source, key, value)
                source.save(update_fields=list(missing))
        return source


class Source(models.Model):
    """A document cited as evidence, shared by every claim that cites it."""

    url = models.URLField(_("URL"), max_length=1000, unique=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    published_on = models.DateField(
        _("published on"), null=True, blank=True, validators=[validate_sane_date]
    )
    archive_url = models.URLField(_("archive URL"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["url"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.CheckConstraint(
                condition=date_in_range("published_on", dates_only=True),
                name="source_published_on_range",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url


class ClaimSource(models.Model):
    """One line of a claim's evidence ledger: which source, how it bears on the claim."""

    claim = models.ForeignKey(
        "claims.Claim",
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        related_name="citations",
    )
    stance = models.CharField(_("stance"), max_length=16, choices=Stance.choices)
    excerpt = models.TextField(_("quoted excerpt"), max_length=EXCERPT_MAX, blank=True)
    accessed_at = models.DateField(
        _("accessed on"), default=timezone.localdate, validators=[validate_sane_date]
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)
    # The source page as it was when cited, fetched once by a job after the entry is added.
    snapshot = models.ForeignKey(
        "claims.Snapshot",
        verbose_name=_("snapshot"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    snapshot_error = models.CharField(_("snapshot error"), max_length=500, blank=True)

    class Meta:
        ordering = ["added_at", "id"]
        verbose_name = _("evidence entry")
        verbose_name_plural = _("evidence ledger")
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source"], name="evidence_source_once_per_claim"
            ),
            models.CheckConstraint(
                condition=models.Q(stance__in=[s.value for s in Stance]),
                name="evidence_stance_known",
            ),
            models.CheckConstraint(
                condition=length_at_most("excerpt", EXCERPT_MAX), name="evidence_excerpt_length"
            ),
            models.CheckConstraint(
                condition=date_in_range("accessed_at", dates_only=True),
                name="evidence_accessed_at_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} ({self.get_stance_display()})"


class NoteKind(models.TextChoices):
    NOTE = "note", _("note")
    RIGHT_OF_REPLY = "right_of_reply", _("right of reply")


class Note(models.Model):
    """A reviewer note. Notes are never edited: a correction is a new note that supersedes."""

    claim = models.ForeignKey(
        "claims.Claim",
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        related_name="notes",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=NoteKind.choices, default=NoteKind.NOTE
    )
    body = models.TextField(_("text"), max_length=NOTE_BODY_MAX)
    # Right of reply: when the claimant was asked and when (if) they answered.
    contacted_at = models.DateField(
        _("claimant contacted on"), null=True, blank=True, validators=[validate_sane_date]
    )
    replied_at = models.DateField(
        _("claimant answered on"), null=True, blank=True, validators=[validate_sane_date]
    )
    supersedes = models.ForeignKey(
        "self",
        verbose_name=_("replaces note"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    Kind = NoteKind

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        constraints = [
            models.CheckConstraint(condition=~models.Q(body=""), name="note_body_not_empty"),
            models.CheckConstraint(
                condition=length_at_most("body", NOTE_BODY_MAX), name="note_body_length"
            ),
            models.CheckConstraint(
                condition=date_in_range("contacted_at", dates_only=True)
                & date_in_range("replied_at", dates_only=True),
                name="note_reply_dates_range",
            ),
            models.CheckConstraint(
                condition=models.Q(kind="right_of_reply")
                | models.Q(contacted_at__isnull=True, replied_at__isnull=True),
                name="note_reply_dates_only_for_right_of_reply",
            ),
        ]

    def __str__(self) -> str:
        return self.body[:60]

    def clean(self) -> None:
        if self.kind != NoteKind.RIGHT_OF_REPLY and (self.contacted_at or self.replied_at):
            raise ValidationError(
                _("Contact and answer dates belong to right-of-reply entries only."),
                code="dates",
            )
        if self.replied_at and self.contacted_at and self.replied_at < self.contacted_at:
            raise ValidationError(
                _("The answer cannot come before the claimant was contacted."),
                code="dates",
            )
        if self.supersedes_id and self.claim_id and self.supersedes.claim_id != self.claim_id:
            raise ValidationError(
                _("A note can only replace a note of the same claim."),
                code="supersedes",
            )

    def save(self, *args, **kwargs) -> None:
        # Append-only: the ledger of notes is part of the audit trail.
        if self.pk and not kwargs.get("force_insert"):
            raise ValueError("Notes are append-only; add a new note that supersedes this one.")
        super().save(*args, **kwargs)
