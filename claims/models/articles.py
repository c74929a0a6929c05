import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from claims.validators import date_in_range, validate_sane_date


class Language(models.TextChoices):
    GERMAN = "de", _("German")
    ENGLISH = "en", _("English")


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class ArticleQuerySet(models.QuerySet):
    def with_claim_counts(self) -> "ArticleQuerySet":
        return self.annotate(claim_count=models.Count("claims"))


class Article(models.Model):
    """A news article as imported; its body is kept exactly as read so spans stay valid."""

    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    byline = models.CharField(_("byline"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    published_at = models.DateTimeField(
        _("published"), null=True, blank=True, validators=[validate_sane_date]
    )
    body = models.TextField(_("text"))
    # The same text is stored once; a changed text under the same URL replaces the body.
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    # The page as fetched, for articles imported by URL.
    snapshot = models.ForeignKey(
        "claims.Snapshot",
        verbose_name=_("snapshot"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at", "-id"]
        # The newest articles first: the queue's article filter and the admin's list.
        indexes = [models.Index(fields=["imported_at", "id"], name="article_imported_idx")]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(language__in=["de", "en"]),
                name="article_language_known",
            ),
            models.CheckConstraint(condition=~models.Q(body=""), name="article_body_not_empty"),
            models.CheckConstraint(
                condition=date_in_range("published_at"), name="article_published_at_range"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("article-detail", args=[self.pk])

    def set_body(self, body: str) -> None:
        self.body = body
        self.content_hash = content_hash(body)

    def context_around(self, start: int, end: int, margin: int = 300) -> tuple[str, str, str]:
        """(before, span, after) for showing a claim inside its paragraph."""
        para_start = self.body.rfind("\n", 0, start) + 1
        para_end = self.body.find("\n", end)
        para_end = len(self.body) if para_end == -1 else para_end
        para_start = max(para_start, start - margin)
        para_end = min(para_end, end + margin)
        return (
            self.body[para_start:start],
            self.body[start:end],
            self.body[end:para_end],
        )
