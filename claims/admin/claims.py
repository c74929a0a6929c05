from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from rules.contrib.admin import ObjectPermissionsModelAdminMixin

from claims import history_display, rulebook, search, workflow
from claims.admin.changelist import ClaimListAdminMixin
from claims.admin.forms import (
    ActionInputForm,
    ClaimAdminForm,
    LedgerFormSet,
    PriorityForm,
    VersionsField,
)
from claims.admin.pagination import CappedCountPaginator
from claims.errors import StaleClaim, WorkflowError
from claims.exports import csv_response, export_filename
from claims.importing import reason_labels
from claims.models import Article, Claim, ClaimEvent, ClaimSource, Note
from claims.roles import assignable_users
from claims.rulebook import EDITABLE_FIELDS, editable_fields


class OverdueFilter(admin.SimpleListFilter):
    title = _("overdue")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue")), ("no", _("Not overdue"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.overdue()
        if self.value() == "no":
            return queryset.exclude(pk__in=Claim.objects.overdue().values("pk"))
        return queryset


class RecentArticleFilter(admin.SimpleListFilter):
    """The latest articles only: a sidebar listing every article would not scale."""

    title = _("article")
    parameter_name = "article"
    shown = 15

    def lookups(self, request, model_admin):
        recent = list(
            Article.objects.order_by("-imported_at", "-id").values_list("id", "title")[: self.shown]
        )
        chosen = self.value()
        if chosen and chosen.isdigit() and all(str(pk) != chosen for pk, _title in recent):
            recent += list(Article.objects.filter(pk=chosen).values_list("id", "title"))
        return [(str(pk), title[:60]) for pk, title in recent]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(article_id=value)
        return queryset


class AssigneeFilter(admin.SimpleListFilter):
    """The people who may hold claims, not a DISTINCT over every claim's assignee."""

    title = _("assignee")
    parameter_name = "assignee"

    def lookups(self, request, model_admin):
        people = assignable_users().values_list("pk", "username")
        return [("none", _("nobody")), *[(str(pk), name) for pk, name in people]]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee_id=value)
        return queryset


class _LedgerInline:
    """Existing lines are read-only; new ones are added through the workflow (save_formset)
    after the rulebook allowed them in the formset's clean()."""

    extra = 0
    can_delete = False
    formset = LedgerFormSet
    permission = ""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(
            formset.__name__,
            (formset,),
            {"user": request.user, "permission": self.permission},
        )

    def has_add_permission(self, request, obj=None):
        return rulebook.can(request.user, self.permission, obj)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class EvidenceInline(_LedgerInline, admin.TabularInline):
    """Ledger lines are shown as written; new ones are added below."""

    model = ClaimSource
    permission = "claims.add_source"
    fields = ["source", "stance", "excerpt", "accessed_at", "added_by"]
    readonly_fields = ["added_by"]
    autocomplete_fields = ["source"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source", "added_by")


class NoteInline(_LedgerInline, admin.StackedInline):
    """Notes are append-only: existing ones are shown, never edited."""

    model = Note
    permission = "claims.add_note"
    fields = ["kind", "body", "contacted_at", "replied_at", "author", "created_at"]
    readonly_fields = ["author", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")


class HistoryInline(admin.TabularInline):
    """The history as people read it: labels, local times, no raw JSON (claims.history_display)."""

    model = ClaimEvent
    extra = 0
    fields = ["when", "actor", "what", "transition", "readable_changes", "comment"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = _("history")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def _line(self, event: ClaimEvent) -> history_display.EventLine:
        # Inline instances live for one request: the rating labels are read once for all rows.
        if not hasattr(self, "_ratings"):
            self._ratings = history_display.rating_labels()
        return history_display.describe_one(event, self._ratings)

    @admin.display(description=_("when"))
    def when(self, event: ClaimEvent) -> str:
        return self._line(event).when_text

    @admin.display(description=_("action"))
    def what(self, event: ClaimEvent) -> str:
        return self._line(event).action_label

    @admin.display(description=_("status"))
    def transition(self, event: ClaimEvent) -> str:
        line = self._line(event)
        return f"{line.from_label} → {line.to_label}" if line.moved else ""

    @admin.display(description=_("changes"))
    def readable_changes(self, event: ClaimEvent) -> str:
        lines = self._line(event).changes
        if not lines:
            return ""
        return format_html_join(
            "", "<div>{}: {} → {}</div>", ((c.label, c.old, c.new) for c in lines)
        )


def _run(modeladmin, request, queryset, name: str, versions: dict, **inputs) -> None:
    """Apply one workflow action to every selected claim as the editor saw it (versions);
    report each refusal."""
    done = 0
    for claim in queryset.select_related("assignee"):
        try:
            if claim.pk not in versions:
                raise StaleClaim(_("This claim was not on the page you confirmed; try again."))
            workflow.perform(
                claim, name, request.user, expected_version=versions[claim.pk], **inputs
            )
            done += 1
        except WorkflowError as exc:
            modeladmin.message_user(request, f"#{claim.pk}: {exc.message}", messages.ERROR)
    if done:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d claim: %(action)s done.", "%(count)d claims: %(action)s done.", done
            )
            % {"count": done, "action": workflow.ACTIONS[name].label},
            messages.SUCCESS,
        )


def _workflow_bulk_action(name: str):
    action = workflow.ACTIONS[name]

    def run(modeladmin, request, queryset):
        # Always a confirmation page: it shows what the action applies to and carries
        # the versions the editor saw there.
        return modeladmin.ask_for_input(request, queryset, name)

    run.__name__ = f"bulk_{name}"
    run.short_description = action.label
    run.allowed_permissions = ("change",)
    return run


@admin.register(Claim)
class ClaimAdmin(ClaimListAdminMixin, ObjectPermissionsModelAdminMixin, admin.ModelAdmin):
    """Every change goes through claims.workflow; permissions come from claims.rulebook."""

    form = ClaimAdminForm
    list_display = [
        "excerpt",
        "article_link",
        "status_badge",
        "rating",
        "assignee",
        "priority",
        "due_at",
        "updated_at",
    ]
    list_filter = [
        "status",
        "rating",
        AssigneeFilter,
        RecentArticleFilter,
        "language",
        OverdueFilter,
    ]
    # Article titles are searched separately (get_search_results): an OR across the join
    # would make the database read every claim.
    search_fields = ["text", "claimant", "summary"]
    search_help_text = _("Words from the claim, its claimant, summary or article title.")
    list_select_related = ["article", "rating", "assignee"]
    list_per_page = 50
    show_full_result_count = False
    paginator = CappedCountPaginator
    date_hierarchy = None
    autocomplete_fields = ["article"]
    inlines = [EvidenceInline, NoteInline, HistoryInline]
    actions = [
        _workflow_bulk_action("accept"),
        _workflow_bulk_action("reject"),
        _workflow_bulk_action("assign"),
        _workflow_bulk_action("release"),
        _workflow_bulk_action("publish"),
        _workflow_bulk_action("restore"),
        "set_priority",
        "export_csv",
    ]
    change_form_template = "admin/claims/claim/change_form.html"

    class Media:
        css = {"all": ["css/admin-claims.css"]}

    fieldsets = [
        (
            None,
            {
                "fields": [
                    "status_line",
                    "text",
                    "article_context",
                    "claimant",
                    "summary",
                    "language",
                ]
            },
        ),
        (_("Desk"), {"fields": ["priority", "due_at", "source_url"]}),
        (_("Verdict"), {"fields": ["rating", "verdict_summary"]}),
        (
            _("Extraction"),
            {
                "classes": ["collapse"],
                "fields": [
                    "article",
                    "start",
                    "end",
                    "checkworthiness",
                    "reason_labels",
                    "scored_by",
                    "similar_claims",
                    "duplicate_link",
                ],
            },
        ),
        (None, {"fields": ["version_seen"]}),
    ]

    @admin.display(description=_("claim"), ordering="text")
    def excerpt(self, obj: Claim) -> str:
        # The whole claim, clamped to three lines by the changelist's stylesheet.
        return format_html('<span class="claim-text" title="{}">{}</span>', obj.text, obj.text)

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj: Claim) -> str:
        return format_html(
            '<span class="status-badge status-{}">{}</span>', obj.status, obj.get_status_display()
        )

    @admin.display(description=_("article"), ordering="article__title")
    def article_link(self, obj: Claim) -> str:
        if obj.article is None:
            return "—"
        url = reverse("admin:claims_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a>', url, obj.article.title[:50])

    @admin.display(description=_("status"))
    def status_line(self, obj: Claim) -> str:
        if obj.pk is None:
            return _("new")
        assignee = obj.assignee.get_username() if obj.assignee else "—"
        return format_html(
            "<strong>{}</strong> · {} {} · {} {} · v{}",
            obj.get_status_display(),
            _("assignee"),
            assignee,
            _("since"),
            timezone.localtime(obj.status_changed_at).strftime("%Y-%m-%d %H:%M"),
            obj.version,
        )

    @admin.display(description=_("reasons"))
    def reason_labels(self, obj: Claim) -> str:
        # Labels in the user's language, not the stored codes as JSON.
        return ", ".join(reason_labels(obj.reasons)) or "—"

    @admin.display(description=_("duplicate of"))
    def duplicate_link(self, obj: Claim) -> str:
        if obj.duplicate_of_id is None:
            return "—"
        url = reverse("claim-detail", args=[obj.duplicate_of_id])
        return format_html('<a href="{}">#{}</a>', url, obj.duplicate_of_id)

    @admin.display(description=_("in the article"))
    def article_context(self, obj: Claim) -> str:
        if obj.article_id is None or obj.start is None:
            return obj.source_url or "—"
        before, span, after = obj.article.context_around(obj.start, obj.end)
        return format_html(
            '<div style="max-width:60em;line-height:1.5">…{}<mark>{}</mark>{}…</div>',
            before,
            span,
            after,
        )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "rating", "assignee")

    def get_search_results(self, request, queryset, search_term):
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            # Claims of articles whose title matches: a short list of ids, looked up first.
            titled = search.articles_titled(search_term.strip())
            if titled:
                found = found | queryset.filter(article_id__in=titled)
        return found, may_have_duplicates

    def get_readonly_fields(self, request, obj=None):
        always = [
            "status_line",
            "article_context",
            "checkworthiness",
            "reason_labels",
            "scored_by",
            "duplicate_link",
            "start",
            "end",
        ]
        if obj is None:
            return [
                "status_line",
                "article_context",
                "reason_labels",
                "scored_by",
                "duplicate_link",
            ]
        allowed = editable_fields(request.user, obj)
        frozen = [f for f in ["article", "similar_claims", *EDITABLE_FIELDS] if f not in allowed]
        return always + frozen

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def save_model(self, request, obj: Claim, form, change: bool) -> None:
        if not change:
            workflow.save_new_claim(obj, request.user)
            return
        changes = {f: form.cleaned_data[f] for f in form.changed_data if f in EDITABLE_FIELDS}
        if changes:
            try:
                workflow.edit(
                    obj,
                    request.user,
                    changes,
                    expected_version=form.cleaned_data.get("version_seen"),
                )
            except WorkflowError as exc:
                self.message_user(request, exc.message, messages.ERROR)

    def save_formset(self, request, form, formset, change):
        """New ledger lines and notes through the workflow; nothing is changed or deleted."""
        claim = form.instance
        for entry in formset.save(commit=False):
            if entry.pk is not None:
                continue
            try:
                if isinstance(entry, Note):
                    workflow.add_note(
                        claim,
                        request.user,
                        body=entry.body,
                        kind=entry.kind,
                        contacted_at=entry.contacted_at,
                        replied_at=entry.replied_at,
                    )
                elif isinstance(entry, ClaimSource):
                    workflow.add_source(
                        claim,
                        request.user,
                        url=entry.source.url,
                        stance=entry.stance,
                        excerpt=entry.excerpt,
                        accessed_at=entry.accessed_at,
                    )
            except WorkflowError as exc:
                # Checked in the formset's clean(); only a concurrent change ends here.
                self.message_user(request, exc.message, messages.ERROR)

    # Workflow actions, one claim at a time, from buttons on the change page.
    def get_urls(self):
        extra = [
            path(
                "<int:pk>/action/<str:name>/",
                self.admin_site.admin_view(self.action_view),
                name="claims_claim_action",
            ),
            path(
                "export/",
                self.admin_site.admin_view(self.export_view),
                name="claims_claim_export",
            ),
        ]
        return extra + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        claim = Claim.objects.select_related("assignee").filter(pk=object_id).first()
        if claim is not None:
            extra_context["workflow_actions"] = [
                (name, workflow.ACTIONS[name].label)
                for name in workflow.available_actions(claim, request.user)
            ]
        return super().change_view(request, object_id, form_url, extra_context)

    def action_view(self, request: HttpRequest, pk: int, name: str):
        claim = get_object_or_404(Claim.objects.select_related("assignee", "rating"), pk=pk)
        if name not in workflow.ACTIONS or not self.has_view_permission(request, claim):
            return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[pk]))
        # The version the change page showed (its button carries it), else the current one.
        seen = request.GET.get("v", "")
        if seen.isdigit() and len(seen) < 10:
            claim.version = int(seen)
        return self.ask_for_input(request, Claim.objects.filter(pk=pk), name, single=claim)

    def ask_for_input(self, request, queryset, name: str, single: Claim | None = None):
        """The confirmation page of every action: what it applies to, as seen, and what
        it needs (a comment, an assignee)."""
        action = workflow.ACTIONS[name]
        back = (
            reverse("admin:claims_claim_change", args=[single.pk])
            if single
            else reverse("admin:claims_claim_changelist")
        )
        shown = [single] if single else list(queryset.select_related("rating", "assignee"))
        form = ActionInputForm(
            request.POST if "apply" in request.POST else None,
            action=action,
            initial={"versions": VersionsField.encode(shown)},
        )
        if "apply" in request.POST and form.is_valid():
            _run(self, request, queryset, name, **form.cleaned_data)
            return HttpResponseRedirect(back)
        context = {
            **self.admin_site.each_context(request),
            "title": action.label,
            "form": form,
            "claims": shown,
            "action_name": f"bulk_{name}",
            "single": single,
            "back": back,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/claims/claim/action_input.html", context)

    @admin.action(description=_("Set priority"), permissions=["change"])
    def set_priority(self, request, queryset):
        # Pre-filled with the selected claims' current priority (the most common one).
        current = (
            queryset.order_by()
            .values_list("priority")
            .annotate(n=Count("id"))
            .order_by("-n", "-priority")
            .first()
        )
        shown = list(queryset)
        form = PriorityForm(
            request.POST if "apply" in request.POST else None,
            initial={
                "versions": VersionsField.encode(shown),
                **({"priority": current[0]} if current else {}),
            },
        )
        if "apply" in request.POST and form.is_valid():
            done = 0
            versions = form.cleaned_data["versions"]
            for claim in shown:
                try:
                    if claim.pk not in versions:
                        raise StaleClaim(
                            _("This claim was not on the page you confirmed; try again.")
                        )
                    workflow.edit(
                        claim,
                        request.user,
                        {"priority": form.cleaned_data["priority"]},
                        expected_version=versions[claim.pk],
                    )
                    done += 1
                except WorkflowError as exc:
                    self.message_user(request, f"#{claim.pk}: {exc.message}", messages.ERROR)
            self.message_user(
                request, _("Priority set on %(count)d claims.") % {"count": done}, messages.SUCCESS
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Set priority"),
            "form": form,
            "claims": shown,
            "action_name": "set_priority",
            "back": reverse("admin:claims_claim_changelist"),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/claims/claim/action_input.html", context)

    @admin.action(description=_("Export as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        # With "select all" the queryset is the whole filtered list, not only this page.
        return csv_response(queryset, export_filename())

    def export_view(self, request: HttpRequest):
        """The changelist as it is filtered, searched and sorted now, as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return HttpResponseRedirect(reverse("admin:claims_claim_changelist") + "?e=1")
        return csv_response(changelist.queryset, export_filename())

    def has_delete_permission(self, request, obj=None):
        # Claims are never deleted: rejecting keeps the record and its history.
        return False
