"""Filters of the queue page (the API has its own in claims.api)."""

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from claims.models import Article, Claim, Rating, Status
from claims.models.claims import OPEN_STATUSES


class QueueFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("open (all not finished)")
    )
    article = django_filters.ModelChoiceFilter(
        label=_("Article"),
        queryset=Article.objects.only("id", "title"),
        empty_label=_("any article"),
    )
    rating = django_filters.ModelChoiceFilter(
        label=_("Rating"),
        queryset=Rating.objects.active(),
        to_field_name="code",
        empty_label=_("any rating"),
    )
    overdue = django_filters.BooleanFilter(
        label=_("Overdue only"), method="only_overdue", widget=forms.CheckboxInput
    )

    class Meta:
        model = Claim
        fields = ["q", "status", "article", "rating", "overdue"]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(text__icontains=value) | Q(claimant__icontains=value) | Q(summary__icontains=value)
        )

    def only_overdue(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.overdue() if value else queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        # Without a chosen status the queue shows work still to do, not the archive.
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.filter(status__in=OPEN_STATUSES)
        return super().filter_queryset(queryset)
