"""Pages fetched from the web and the background jobs that fetch them."""

import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Snapshot(models.Model):
    """A page exactly as it was fetched: the bytes, their SHA-256 and where they came from."""

    url = models.URLField(_("requested URL"), max_length=1000)
    final_url = models.URLField(_("URL after redirects"), max_length=1000)
    content_type = models.CharField(_("content type"), max_length=100)
    charset = models.CharField(_("charset"), max_length=40, blank=True)
    content = models.BinaryField(_("content"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    size = models.PositiveIntegerField(_("size in bytes"))
    fetched_at = models.DateTimeField(_("fetched"), auto_now_add=True)

    class Meta:
        ordering = ["-fetched_at", "-id"]
        verbose_name = _("snapshot")
        verbose_name_plural = _("snapshots")

    def __str__(self) -> str:
        return f"{self.final_url} ({self.sha256[:12]})"

    def get_absolute_url(self) -> str:
        return reverse("snapshot", args=[self.pk])

    @classmethod
    def of(cls, fetched) -> "Snapshot":
        """An unsaved snapshot of a `claims.ingest.fetching.Fetched` page."""
        return cls(
            url=fetched.requested_url[:1000],
            final_url=fetched.url[:1000],
            content_type=fetched.content_type[:100],
            charset=(fetched.charset or "")[:40],
            content=fetched.content,
            sha256=hashlib.sha256(fetched.content).hexdigest(),
            size=len(fetched.content),
        )


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


class ImportJobQuerySet(models.QuerySet):
    def with_counts(self) -> "ImportJobQuerySet":
        """A batch's jobs by status, in the same query (for lists)."""
        return self.annotate(
            **{
                f"{status.value}_count": models.Count(
                    "children", filter=models.Q(children__status=status.value)
                )
                for status in JobStatus
            }
        )


class ImportJob(models.Model):
    """One import by URL (or a batch of them), tracked for the progress page and the API.

    The task engine keeps its own result rows; this row is the desk's view of the job:
    what was asked, how far it got, which article it made and why it failed.
    """

    class Kind(models.TextChoices):
        URL = "url", _("article by URL")
        BATCH = "batch", _("batch of articles")

    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.URL)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)
    article = models.ForeignKey(
        "claims.Article",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("batch"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    feed = models.ForeignKey(
        "claims.Feed",
        verbose_name=_("feed"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")
        # The same sweep for imports seeks the queued and running jobs by status instead
        # of walking the finished log.
        indexes = [models.Index(fields=["status", "created_at"], name="importjob_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=[s.value for s in JobStatus]),
                name="importjob_status_known",
            ),
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="importjob_progress_percent"
            ),
        ]

    def __str__(self) -> str:
        return self.url or f"{self.get_kind_display()} #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("job-detail", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)

    def counts(self) -> dict[str, int]:
        """For a batch: how many of its jobs are in each status, and the total."""
        if hasattr(self, "done_count"):
            counts = {status.value: getattr(self, f"{status.value}_count") for status in JobStatus}
        else:
            rows = self.children.values("status").annotate(n=models.Count("id")).order_by()
            counts = {status.value: 0 for status in JobStatus}
            counts.update({row["status"]: row["n"] for row in rows})
        counts["total"] = sum(counts.values())
        return counts


class FeedQuerySet(models.QuerySet):
    def failing(self) -> "FeedQuerySet":
        return self.filter(error_count__gt=0)


class Feed(models.Model):
    """An RSS or Atom feed the desk follows; new items are imported by URL."""

    url = models.URLField(_("feed URL"), max_length=1000, unique=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    active = models.BooleanField(_("active"), default=True)
    # Conditional requests: what the server said last time.
    etag = models.CharField(_("ETag"), max_length=300, blank=True)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True)
    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    error_count = models.PositiveIntegerField(_("failures in a row"), default=0)
    item_count = models.PositiveIntegerField(_("items imported"), default=0)
    next_poll_at = models.DateTimeField(_("next poll"), null=True, blank=True)
    # Only the poll job carrying this token re-schedules the feed, so a feed has one chain.
    poll_token = models.CharField(max_length=32, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = FeedQuerySet.as_manager()

    class Meta:
        ordering = ["title", "url"]
        verbose_name = _("feed")
        verbose_name_plural = _("feeds")

    def __str__(self) -> str:
        return self.title or self.url


class FeedItem(models.Model):
    """An item seen in a feed. Its URL is imported at most once, whichever feed lists it."""

    feed = models.ForeignKey(
        Feed, verbose_name=_("feed"), on_delete=models.CASCADE, related_name="items"
    )
    url = models.URLField(_("URL"), max_length=1000, unique=True)
    guid = models.CharField(_("item id"), max_length=1000, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    job = models.ForeignKey(
        ImportJob,
        verbose_name=_("import job"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    seen_at = models.DateTimeField(_("seen"), auto_now_add=True)

    class Meta:
        ordering = ["-seen_at", "-id"]
        verbose_name = _("feed item")
        verbose_name_plural = _("feed items")

    def __str__(self) -> str:
        return self.title or self.url
