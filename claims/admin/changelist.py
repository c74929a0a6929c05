"""The admin's claim list at the cost of one page, however many claims match.

Two costs grew with the rows listed rather than with the page: the page's claims were
joined with the whole article table before the page was cut (PostgreSQL hashes every
article to join a few dozen claims) and fetched every article's text for its title; and
every row's selection checkbox went through two templates.
"""

from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.utils.html import format_html
from django.utils.translation import gettext as _


class PageFirstChangeList(ChangeList):
    """Chooses the page's ids first (in the list's order), then joins only those rows."""

    def get_results(self, request) -> None:
        super().get_results(request)
        page = self.result_list
        if page.query.annotations:
            # Rows with computed columns are left as Django built them.
            return
        self.result_list = (
            self.root_queryset.filter(pk__in=page.values("pk"))
            .order_by(*page.query.order_by)
            .defer("article__body")
        )


class ClaimListAdminMixin:
    """For `ClaimAdmin`: the list above, and the selection checkbox written in Python."""

    def get_changelist(self, request, **kwargs):
        return PageFirstChangeList

    def action_checkbox(self, obj) -> str:
        # The markup of Django's own `ModelAdmin.action_checkbox` (a CheckboxInput
        # rendered through its templates), written directly.
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            str(obj.pk),
            format_html(_("Select this object for an action - {}"), str(obj)),
        )
