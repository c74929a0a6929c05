from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from claims import workflow
from claims.admin.forms import SourceAdminForm
from claims.admin.importer import import_view
from claims.admin.pagination import CappedCountPaginator
from claims.errors import WorkflowError
from claims.models import Article, Claim, Source
from claims.rulebook import can


class ArticleClaimInline(admin.TabularInline):
    """The article's claims at a glance; each opens its own change page."""

    model = Claim
    extra = 0
    fields = ["claim_link", "status", "claimant", "checkworthiness", "rating", "assignee"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("rating", "assignee").order_by("start")

    @admin.display(description=_("claim"))
    def claim_link(self, obj: Claim) -> str:
        url = reverse("admin:claims_claim_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.text[:120])

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "language", "claim_count", "imported_at"]
    list_filter = ["language", "outlet"]
    search_fields = ["title", "url", "outlet"]
    readonly_fields = ["content_hash", "imported_by", "imported_at", "updated_at", "body"]
    fields = [
        "title",
        "url",
        "outlet",
        "language",
        "published_at",
        "body",
        "content_hash",
        "imported_by",
        "imported_at",
    ]
    inlines = [ArticleClaimInline]
    show_full_result_count = False
    paginator = CappedCountPaginator
    change_list_template = "admin/claims/article/change_list.html"

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_article)
        return [path("import/", view, name="claims_article_import"), *super().get_urls()]

    def import_article(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        return import_view(self, request)

    def has_import_permission(self, request) -> bool:
        return can(request.user, "claims.import_article")

    def get_queryset(self, request):
        return super().get_queryset(request).with_claim_counts()

    @admin.display(description=_("claims"), ordering="claim_count")
    def claim_count(self, obj: Article) -> int:
        return obj.claim_count

    def has_add_permission(self, request):
        # Articles come in through the importer, which finds their claims.
        return False

    def has_change_permission(self, request, obj=None):
        # The article's details as readers saw them next to a published fact-check stay
        # put; the page opens read-only (the rulebook's `claims.change_article`).
        if obj is None:
            return super().has_change_permission(request)
        return can(request.user, "claims.change_article", obj)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    """Shared sources; a change is recorded on every claim citing it (workflow.change_source),
    and a source a published fact-check cites opens read-only."""

    list_display = ["url", "title", "publisher", "published_on", "created_at"]
    search_fields = ["url", "title", "publisher"]
    show_full_result_count = False
    paginator = CappedCountPaginator
    form = SourceAdminForm

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return can(request.user, "claims.change_source", obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj: Source, form, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        changes = {name: form.cleaned_data[name] for name in form.changed_data}
        try:
            workflow.change_source(obj, request.user, changes)
        except WorkflowError as exc:
            # Checked in the form's clean(); only a concurrent publication ends here.
            self.message_user(request, exc.message, messages.ERROR)
