from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class RatingQuerySet(models.QuerySet):
    def active(self) -> "RatingQuerySet":
        return self.filter(is_active=True)


class Rating(models.Model):
    """One verdict on the desk's rating scale; the scale is data, not code."""

    code = models.SlugField(_("code"), max_length=32, unique=True)
    label_de = models.CharField(_("German label"), max_length=64)
    label_en = models.CharField(_("English label"), max_length=64)
    # None for verdicts off the scale (missing context, unproven): ClaimReview then
    # carries only the label, no numeric value.
    position = models.PositiveSmallIntegerField(
        _("position on the scale"),
        null=True,
        blank=True,
        help_text=_("1 is the worst rating. Leave empty for ratings off the scale."),
    )
    definition_de = models.TextField(_("German definition"), blank=True)
    definition_en = models.TextField(_("English definition"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    objects = RatingQuerySet.as_manager()

    class Meta:
        ordering = [models.F("position").desc(nulls_last=True), "code"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.UniqueConstraint(
                fields=["position"],
                condition=models.Q(position__isnull=False),
                name="rating_position_unique",
            ),
        ]

    def __str__(self) -> str:
        return self.label()

    def label(self, language: str | None = None) -> str:
        language = (language or get_language() or "en")[:2]
        return self.label_de if language == "de" else self.label_en

    def definition(self, language: str | None = None) -> str:
        language = (language or get_language() or "en")[:2]
        return self.definition_de if language == "de" else self.definition_en

    @property
    def on_scale(self) -> bool:
        return self.position is not None

    @classmethod
    def scale_bounds(cls) -> tuple[int, int]:
        """(worst, best) positions of the active scale, for ClaimReview."""
        bounds = (
            cls.objects.active()
            .filter(position__isnull=False)
            .aggregate(worst=models.Min("position"), best=models.Max("position"))
        )
        return bounds["worst"] or 1, bounds["best"] or 1
