"""Filtering and ordering of the claim list."""

from datetime import UTC, datetime

import django_filters
from django import forms
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from rest_framework.filters import OrderingFilter

from claims import search
from claims.api.pagination import MAX_INTEGER
from claims.models import Claim, Priority, Status
from claims.models.articles import Language
from claims.validators import validate_sane_date

# Claims without a due date sort after all dated ones when ordering by due date.
_NO_DUE_DATE = datetime(9999, 1, 1, tzinfo=UTC)
# Wide enough that priority * _PRIORITY_SPAN + id never collides for any realistic id.
_PRIORITY_SPAN = 10**15


class BoundedIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 time in a sane year with an offset PostgreSQL understands."""

    default_validators = [validate_sane_date]


class BoundedIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = BoundedIsoDateTimeField


class IdField(forms.IntegerField):
    """A database id: a positive number a 64-bit integer column can hold.

    Larger numbers overflow SQLite's integers with an error instead of matching nothing.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_INTEGER)
        super().__init__(**kwargs)


class IdFilter(django_filters.NumberFilter):
    field_class = IdField


def with_sort_keys(queryset: models.QuerySet) -> models.QuerySet:
    """Annotate the keys ClaimOrderingFilter sorts by.

    Cursor pagination positions a page by the first sort key alone; a key that is unique
    (priority combined with id) keeps pages exact, and a key that is never NULL (the due
    date with a far-future stand-in) keeps the cursor comparable.
    """
    return queryset.annotate(
        priority_key=models.ExpressionWrapper(
            models.F("priority") * _PRIORITY_SPAN + models.F("id"),
            output_field=models.BigIntegerField(),
        ),
        due_key=Coalesce("due_at", models.Value(_NO_DUE_DATE), output_field=models.DateTimeField()),
    )


class ClaimOrderingFilter(OrderingFilter):
    """`?ordering=` by the public field names, sorted by the keys from `with_sort_keys`."""

    ordering_description = _(
        "Sort by priority, due_at, created_at or updated_at; prefix with - for descending. "
        "Default: -created_at (newest first)."
    )
    # Public name -> sort keys. `id` follows creation order and is unique.
    KEYS = {
        "created_at": ["id"],
        "priority": ["priority_key"],
        "due_at": ["due_key", "id"],
        "updated_at": ["updated_at", "id"],
    }

    def get_ordering(self, request, queryset, view) -> list[str]:
        terms = super().get_ordering(request, queryset, view) or ["-created_at"]
        term = terms[0]
        descending = term.startswith("-")
        keys = self.KEYS[term.lstrip("-")]
        return [f"-{key}" if descending else key for key in keys]


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, help_text=_("One or more statuses (repeat the parameter).")
    )
    assignee = django_filters.CharFilter(
        method="filter_assignee",
        help_text=_("A username, `me` for the caller's claims or `none` for unassigned ones."),
    )
    article = IdFilter(field_name="article_id", help_text=_("Article id."))
    rating = django_filters.CharFilter(field_name="rating_id", help_text=_("A rating code."))
    priority = django_filters.TypedChoiceFilter(
        choices=Priority.choices, coerce=int, help_text=_("1 low, 2 normal, 3 high, 4 urgent.")
    )
    language = django_filters.ChoiceFilter(choices=Language.choices)
    claimant = django_filters.CharFilter(
        lookup_expr="icontains", help_text=_("Part of the claimant's name.")
    )
    due_before = BoundedIsoDateTimeFilter(
        field_name="due_at", lookup_expr="lt", help_text=_("Due before this time (ISO 8601).")
    )
    due_after = BoundedIsoDateTimeFilter(
        field_name="due_at", lookup_expr="gte", help_text=_("Due at or after this time.")
    )
    overdue = django_filters.BooleanFilter(
        method="filter_overdue", help_text=_("Open claims whose due date has passed.")
    )
    q = django_filters.CharFilter(
        method="filter_text", help_text=_("Words in the claim text, claimant or summary.")
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_assignee(self, queryset, name: str, value: str):
        if value == "me":
            user = self.request.user if self.request else None
            return queryset.assigned_to(user) if user and user.is_authenticated else queryset.none()
        if value == "none":
            return queryset.unassigned()
        return queryset.filter(assignee__username=value)

    def filter_overdue(self, queryset, name: str, value: bool | None):
        if value is None:
            return queryset
        overdue = Claim.objects.overdue().values("pk")
        return queryset.filter(pk__in=overdue) if value else queryset.exclude(pk__in=overdue)

    def filter_text(self, queryset, name: str, value: str):
        return search.search_claims(queryset, value)
