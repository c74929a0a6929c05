"""Filters and sort orders of the queue page (the API has its own in claims.api).

Every choice list here is bounded: articles are the most recent ones (any article is
found by its title through the search box), people are those who may hold claims.
"""

import django_filters
from django import forms
from django.db.models import F, QuerySet
from django.utils.translation import gettext_lazy as _

from claims import rulebook, search
from claims.models import Article, Claim, Priority, Rating, Status
from claims.models.articles import Language
from claims.models.claims import OPEN_STATUSES, QUEUE_ORDER
from claims.roles import assignable_users
from claims.widgets import QuickSelect

# Reviewers start from claims an editor has accepted; `new` ones are shown when asked for.
REVIEWER_DEFAULT_STATUSES = [s for s in OPEN_STATUSES if s != Status.NEW]
FINISHED_STATUSES = [Status.PUBLISHED, Status.REJECTED]
RECENT_ARTICLES = 20

SORTS = {
    "urgent": (_("most urgent first"), QUEUE_ORDER),
    "due": (_("due soonest first"), (F("due_at").asc(nulls_last=True), F("id").asc())),
    "newest": (_("newest first"), ("-created_at", "-id")),
    "oldest": (_("oldest first"), ("created_at", "id")),
}


def recent_article_choices(chosen: str | None) -> list[tuple[str, str]]:
    """The latest articles, plus the chosen one when it is older."""
    # Sliced in the database: the article table is read for a page's worth, never whole.
    recent = list(
        Article.objects.order_by("-imported_at", "-id").values_list("id", "title")[:RECENT_ARTICLES]
    )
    if chosen and chosen.isdigit() and all(str(pk) != chosen for pk, _title in recent):
        recent += list(Article.objects.filter(pk=chosen).values_list("id", "title"))
    return [(str(pk), title[:60]) for pk, title in recent]


class QueueFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="search",
        help_text=_("Words from the claim, its claimant or the article's title."),
    )
    status = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Status"),
        choices=Status.choices,
        empty_label=_("open (all not finished)"),
    )
    assignee = django_filters.ChoiceFilter(
        widget=QuickSelect, label=_("Assignee"), method="by_assignee", empty_label=_("anyone")
    )
    priority = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Priority"),
        choices=Priority.choices,
        empty_label=_("any priority"),
    )
    language = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Language"),
        choices=Language.choices,
        empty_label=_("any language"),
    )
    article = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Article"),
        field_name="article_id",
        empty_label=_("any recent article"),
    )
    rating = django_filters.ModelChoiceFilter(
        widget=QuickSelect,
        label=_("Rating"),
        queryset=Rating.objects.active(),
        to_field_name="code",
        empty_label=_("any rating"),
    )
    overdue = django_filters.BooleanFilter(
        label=_("Overdue only"), method="only_overdue", widget=forms.CheckboxInput
    )
    sort = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label=_("Sort"),
        method="sort_by",
        choices=[(key, label) for key, (label, _order) in SORTS.items()],
        empty_label=None,
    )

    class Meta:
        model = Claim
        fields = ["q", "status", "assignee", "priority", "language", "article", "rating"]

    def __init__(self, data=None, *args, request=None, **kwargs):
        super().__init__(data, *args, request=request, **kwargs)
        chosen = data.get("article") if data else None
        self.filters["article"].extra["choices"] = recent_article_choices(chosen)
        people = list(assignable_users().values_list("username", flat=True))
        self.filters["assignee"].extra["choices"] = [
            ("me", _("me")),
            ("none", _("nobody")),
            *[(name, name) for name in people],
        ]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search.search_claims(queryset, value, titles=True)

    def by_assignee(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == "me":
            return queryset.assigned_to(self.request.user)
        if value == "none":
            return queryset.unassigned()
        return queryset.filter(assignee__username=value)

    def only_overdue(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.overdue() if value else queryset

    def sort_by(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # Applied in filter_queryset, after every filter, so nothing re-orders it.
        return queryset

    def default_statuses(self) -> list[str]:
        if self.request is not None and not rulebook.is_editor.test(self.request.user):
            return REVIEWER_DEFAULT_STATUSES
        return list(OPEN_STATUSES)

    def chosen_sort(self) -> str:
        chosen = self.form.cleaned_data.get("sort") if hasattr(self.form, "cleaned_data") else ""
        if chosen in SORTS:
            return chosen
        # Finished claims have no urgency; the newest of them are the interesting ones.
        status = self.form.cleaned_data.get("status") if hasattr(self.form, "cleaned_data") else ""
        return "newest" if status in FINISHED_STATUSES else "urgent"

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        # Without a chosen status the queue shows work still to do, not the archive.
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.filter(status__in=self.default_statuses())
        queryset = super().filter_queryset(queryset)
        return queryset.order_by(*SORTS[self.chosen_sort()][1])
