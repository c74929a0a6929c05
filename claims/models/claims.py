from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

from claims.models.articles import Language
from claims.validators import (
    CLAIM_TEXT_MAX,
    VERDICT_SUMMARY_MAX,
    date_in_range,
    length_at_most,
    validate_claim_text,
    validate_sane_date,
)


class Status(models.TextChoices):
    NEW = "new", _("new")
    QUEUED = "queued", _("queued")
    IN_REVIEW = "in_review", _("in review")
    SUBMITTED = "submitted", _("submitted")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")


# Statuses in which nobody holds the claim; in all others someone does.
UNASSIGNED_STATUSES = [Status.NEW, Status.QUEUED, Status.REJECTED]
# Statuses that need a finished verdict.
VERDICT_STATUSES = [Status.SUBMITTED, Status.PUBLISHED]
OPEN_STATUSES = [Status.NEW, Status.QUEUED, Status.IN_REVIEW, Status.SUBMITTED]


class ClaimantType(models.TextChoices):
    PERSON = "person", _("person")
    ORGANIZATION = "organization", _("organisation")


class Priority(models.IntegerChoices):
    LOW = 1, _("low")
    NORMAL = 2, _("normal")
    HIGH = 3, _("high")
    URGENT = 4, _("urgent")


# Value → label (lazy, so translated when shown).
_STATUS_LABELS = dict(Status.choices)
_PRIORITY_LABELS = dict(Priority.choices)


# The queue's order (most urgent first), shared by `queue_order()` and the indexes that
# serve it: an index only serves an ORDER BY over the same expressions.
QUEUE_ORDER = (
    models.F("priority").desc(),
    models.F("due_at").asc(nulls_last=True),
    models.F("created_at").asc(),
    models.F("id").asc(),
)
# The same order as index columns. PostgreSQL puts NULLs last in an ascending index
# anyway (so it matches QUEUE_ORDER), and SQLite refuses NULLS LAST in an index.
QUEUE_ORDER_INDEX = (
    models.F("priority").desc(),
    models.F("due_at").asc(),
    models.F("created_at").asc(),
    models.F("id").asc(),
)


def ledger_prefetches() -> list[models.Prefetch]:
    """A claim's sources, notes, history and similar claims: one query each."""
    from claims.models.evidence import ClaimSource, Note
    from claims.models.history import ClaimEvent

    return [
        models.Prefetch(
            "evidence",
            queryset=ClaimSource.objects.select_related("source", "added_by"),
        ),
        models.Prefetch("notes", queryset=Note.objects.select_related("author")),
        models.Prefetch("events", queryset=ClaimEvent.objects.select_related("actor")),
        models.Prefetch(
            "similar_claims",
            queryset=Claim.objects.select_related("rating").order_by("id"),
        ),
    ]


class ClaimQuerySet(models.QuerySet):
    def queued(self) -> "ClaimQuerySet":
        return self.filter(status=Status.QUEUED)

    def published(self) -> "ClaimQuerySet":
        return self.filter(status=Status.PUBLISHED)

    def open(self) -> "ClaimQuerySet":
        return self.filter(status__in=OPEN_STATUSES)

    def assigned_to(self, user) -> "ClaimQuerySet":
        return self.filter(assignee=user)

    def unassigned(self) -> "ClaimQuerySet":
        return self.filter(assignee__isnull=True)

    def overdue(self, now=None) -> "ClaimQuerySet":
        return self.open().filter(due_at__lt=now or timezone.now())

    def queue_order(self) -> "ClaimQuerySet":
        """Most urgent first: priority, then the nearest due date, then the oldest."""
        return self.order_by(*QUEUE_ORDER)

    def with_related(self) -> "ClaimQuerySet":
        return self.select_related("article", "rating", "assignee", "created_by")

    def for_lists(self) -> "ClaimQuerySet":
        """What a list of claims shows with each: article, rating, assignee.

        Without the article's text (often tens of kilobytes: a page of fifty claims fetched
        it fifty times, which cost more than finding the rows) and without the creator,
        whom no list shows.
        """
        return self.select_related("article", "rating", "assignee").defer("article__body")

    def with_ledger(self) -> "ClaimQuerySet":
        """Everything a claim page or API detail shows, in a fixed number of queries."""
        return self.with_related().prefetch_related(*ledger_prefetches())

    def visible_to(self, user) -> "ClaimQuerySet":
        from claims.rulebook import can

        return self if can(user, "claims.read_desk") else self.published()


class Claim(models.Model):
    """A check-worthy statement, tied to its exact span in an article or entered by hand."""

    article = models.ForeignKey(
        "claims.Article",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
    )
    # body[start:end] == text whenever the claim comes from an article.
    start = models.PositiveIntegerField(_("span start"), null=True, blank=True)
    end = models.PositiveIntegerField(_("span end"), null=True, blank=True)
    text = models.TextField(_("claim"), max_length=CLAIM_TEXT_MAX, validators=[validate_claim_text])
    summary = models.CharField(
        _("claim reviewed"),
        max_length=75,
        blank=True,
        help_text=_("A short form of the claim, at most 75 characters, shown in search results."),
    )
    claimant = models.CharField(_("claimant"), max_length=300, blank=True)
    claimant_type = models.CharField(
        _("claimant is a"),
        max_length=12,
        choices=ClaimantType.choices,
        blank=True,
        help_text=_("Empty: guessed from the claimant's name."),
    )
    source_url = models.URLField(
        _("where it appeared"),
        max_length=1000,
        blank=True,
        help_text=_("For claims entered by hand: the post or page where the claim was made."),
    )
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    checkworthiness = models.FloatField(_("check-worthiness"), null=True, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    # Which check-worthiness weights scored an imported claim (the model card's id).
    scored_by = models.CharField(_("scored by"), max_length=80, blank=True, editable=False)
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    # Only the workflow methods change status and assignee.
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.NEW,
        editable=False,
    )
    status_changed_at = models.DateTimeField(
        _("in this status since"), default=timezone.now, editable=False
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="assigned_claims",
    )
    due_at = models.DateTimeField(_("due"), null=True, blank=True, validators=[validate_sane_date])
    rating = models.ForeignKey(
        "claims.Rating",
        verbose_name=_("rating"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        to_field="code",
        related_name="claims",
    )
    verdict_summary = models.TextField(
        _("verdict summary"), max_length=VERDICT_SUMMARY_MAX, blank=True
    )
    # Ids of everyone who ever set the rating or the verdict summary: none of them may
    # publish it (four-eyes, see claims.rulebook). Written by claims.workflow.edit only.
    verdict_authors = models.JSONField(
        _("verdict written by"), default=list, blank=True, editable=False
    )
    anchor_lost = models.BooleanField(
        _("text gone from article"),
        default=False,
        editable=False,
        help_text=_("Set when a new version of the article no longer contains the claim's text."),
    )
    similar_claims = models.ManyToManyField(
        "self",
        verbose_name=_("similar earlier claims"),
        symmetrical=False,
        blank=True,
        related_name="+",
    )
    # Set only by the workflow's "reject as duplicate": the earlier claim this one repeats.
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="duplicates",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        # The audit trail keeps its people: a user who did something is deactivated,
        # never deleted (see docs/architecture.md, "Nothing lost").
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    first_published_at = models.DateTimeField(
        _("first published"), null=True, blank=True, editable=False
    )
    last_published_at = models.DateTimeField(
        _("last published"), null=True, blank=True, editable=False
    )
    # Optimistic concurrency: every change increments it; a writer holding an older
    # number is refused instead of overwriting someone else's work.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        indexes = [
            models.Index(fields=["status", "-priority", "due_at"], name="claim_queue_idx"),
            models.Index(fields=["assignee", "status"], name="claim_assignee_idx"),
            # The queue page's default order over the work still to do, read in index order
            # so a page costs the same on any desk size (see ClaimQuerySet.queue_order).
            models.Index(
                *QUEUE_ORDER_INDEX,
                condition=models.Q(status__in=OPEN_STATUSES),
                name="claim_open_queue_order_idx",
            ),
            # "Take next": the most urgent queued claim, without touching the others.
            models.Index(
                *QUEUE_ORDER_INDEX,
                condition=models.Q(status__exact=Status.QUEUED),
                name="claim_queued_order_idx",
            ),
            # The default ordering (newest first) of the admin and the API list.
            models.Index(fields=["created_at", "id"], name="claim_created_idx"),
            # The queue sorted by due date.
            models.Index(
                fields=["due_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="claim_open_due_idx",
            ),
            # Public fact-checks, newest publication first (the cursor's key).
            models.Index(fields=["first_published_at", "id"], name="claim_first_published_idx"),
            models.Index(fields=["last_published_at", "id"], name="claim_last_published_idx"),
            # The dashboard's workload: claims someone is working on, per person.
            models.Index(
                fields=["assignee", "due_at"],
                condition=models.Q(status__in=[Status.IN_REVIEW, Status.SUBMITTED]),
                name="claim_held_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__isnull=True, end__isnull=True)
                | models.Q(start__isnull=False, end__isnull=False, start__lt=models.F("end")),
                name="claim_span_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(article__isnull=False) | models.Q(start__isnull=True),
                name="claim_span_needs_article",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=[s.value for s in Status]),
                name="claim_status_known",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=UNASSIGNED_STATUSES, assignee__isnull=True)
                | (~models.Q(status__in=UNASSIGNED_STATUSES) & models.Q(assignee__isnull=False)),
                name="claim_assignee_matches_status",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=VERDICT_STATUSES)
                | (models.Q(rating__isnull=False) & ~models.Q(verdict_summary="")),
                name="claim_verdict_before_submit",
            ),
            models.CheckConstraint(
                condition=models.Q(checkworthiness__isnull=True)
                | models.Q(checkworthiness__gte=0, checkworthiness__lte=1),
                name="claim_checkworthiness_range",
            ),
            models.CheckConstraint(
                condition=models.Q(priority__in=[p.value for p in Priority]),
                name="claim_priority_known",
            ),
            models.CheckConstraint(condition=~models.Q(text=""), name="claim_text_not_empty"),
            models.CheckConstraint(
                condition=length_at_most("text", CLAIM_TEXT_MAX), name="claim_text_length"
            ),
            models.CheckConstraint(
                condition=length_at_most("verdict_summary", VERDICT_SUMMARY_MAX),
                name="claim_verdict_summary_length",
            ),
            models.CheckConstraint(condition=date_in_range("due_at"), name="claim_due_at_range"),
            models.CheckConstraint(
                condition=models.Q(language__in=["de", "en"]),
                name="claim_language_known",
            ),
            models.CheckConstraint(
                condition=models.Q(duplicate_of__isnull=True)
                | (models.Q(status__in=[Status.REJECTED]) & ~models.Q(duplicate_of=models.F("id"))),
                name="claim_duplicate_only_rejected",
            ),
            models.CheckConstraint(
                condition=models.Q(claimant_type__in=["", *ClaimantType.values]),
                name="claim_claimant_type_known",
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end"],
                condition=models.Q(article__isnull=False),
                name="claim_span_unique_per_article",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.text[:70]}"

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.pk])

    # Django's own get_FOO_display builds a dict of every choice, translating each label,
    # on every call; pages call these once per claim they list.
    def get_status_display(self) -> str:
        return force_str(_STATUS_LABELS.get(self.status, self.status), strings_only=True)

    def get_priority_display(self) -> str:
        return force_str(_PRIORITY_LABELS.get(self.priority, self.priority), strings_only=True)

    def clean(self) -> None:
        errors = {}
        if self.article_id is None:
            if self.start is not None or self.end is not None:
                errors["start"] = _("A text span needs an article.")
        elif self.start is None or self.end is None:
            if not self.anchor_lost:
                errors["start"] = _("A claim from an article needs its span (start and end).")
        elif not 0 <= self.start < self.end <= len(self.article.body):
            errors["end"] = _("The span must lie inside the article and end after it starts.")
        elif self.article.body[self.start : self.end] != self.text:
            errors["text"] = _("The claim text must be exactly the article's text at the span.")
        if self.checkworthiness is not None and not 0 <= self.checkworthiness <= 1:
            errors["checkworthiness"] = _("Check-worthiness lies between 0 and 1.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_overdue(self) -> bool:
        return bool(self.due_at and self.status in OPEN_STATUSES and self.due_at < timezone.now())

    @property
    def was_corrected(self) -> bool:
        return bool(
            self.first_published_at
            and self.last_published_at
            and self.last_published_at > self.first_published_at
        )

    @property
    def claimant_kind(self) -> str:
        """The claimant's type as set, or as guessed from the name."""
        from claims.extraction.claimant_types import guess_claimant_type

        return self.claimant_type or guess_claimant_type(self.claimant)

    def public_url(self) -> str:
        return reverse("factcheck-detail", args=[self.pk])
