"""The admin for what comes in and goes out: import jobs, feeds, webhooks and deliveries."""

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from claims import feeds, rulebook, webhooks
from claims.fetching import FetchError, check_url
from claims.models import (
    Feed,
    ImportJob,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)


def _clean_public_url(value: str) -> str:
    try:
        check_url(value)
    except FetchError as exc:
        raise forms.ValidationError(exc.message, code=exc.code) from None
    return value


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["url", "title", "active"]

    def clean_url(self) -> str:
        return _clean_public_url(self.cleaned_data["url"])


class WebhookEndpointForm(forms.ModelForm):
    events = forms.MultipleChoiceField(
        label=_("events"), choices=WebhookEvent.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "secret", "events", "active"]

    def clean_url(self) -> str:
        return _clean_public_url(self.cleaned_data["url"])


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written by jobs: shown, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ImportJob)
class ImportJobAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "kind", "status", "progress", "attempts", "error", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["url", "error"]
    list_select_related = ["article"]
    fields = [
        "kind",
        "url",
        "status",
        "progress",
        "attempts",
        "error",
        "article",
        "parent",
        "feed",
        "requested_by",
        "created_at",
        "started_at",
        "finished_at",
        "progress_page",
    ]
    readonly_fields = fields

    @admin.display(description=_("progress page"))
    def progress_page(self, obj: ImportJob) -> str:
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())


class FailingFilter(admin.SimpleListFilter):
    title = _("health")
    parameter_name = "health"

    def lookups(self, request, model_admin):
        return [("failing", _("failing")), ("ok", _("working"))]

    def queryset(self, request, queryset):
        if self.value() == "failing":
            return queryset.failing()
        if self.value() == "ok":
            return queryset.filter(error_count=0)
        return queryset


class IntegrationAdmin(admin.ModelAdmin):
    """Feeds and webhooks: whoever the rulebook lets manage them, as in the API; Django's
    model permissions, which a staff account may hold by other ways, are not asked."""

    def _allowed(self, request) -> bool:
        return rulebook.can(request.user, "claims.manage_integrations")

    def has_view_permission(self, request, obj=None) -> bool:
        return self._allowed(request)

    def has_add_permission(self, request) -> bool:
        return self._allowed(request)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._allowed(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._allowed(request)


@admin.register(Feed)
class FeedAdmin(IntegrationAdmin):
    form = FeedForm
    list_display = [
        "__str__",
        "active",
        "health",
        "item_count",
        "last_success_at",
        "next_poll_at",
        "last_error",
    ]
    list_filter = [FailingFilter, "active"]
    search_fields = ["url", "title"]
    fields = [
        "url",
        "title",
        "active",
        "item_count",
        "last_polled_at",
        "last_success_at",
        "error_count",
        "last_error",
        "next_poll_at",
        "etag",
        "last_modified",
    ]
    readonly_fields = fields[3:]
    actions = ["poll_now"]

    @admin.display(description=_("health"))
    def health(self, obj: Feed) -> str:
        if obj.error_count:
            label = ngettext(
                "failing (%(count)d time)", "failing (%(count)d times in a row)", obj.error_count
            ) % {"count": obj.error_count}
            return format_html('<strong class="errornote">{}</strong>', label)
        return _("working")

    def save_model(self, request, obj: Feed, form, change) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        # A new feed, or one switched back on, starts its poll chain now.
        if obj.active and (not change or "active" in form.changed_data):
            feeds.schedule(obj, delay_seconds=0)

    @admin.action(description=_("Poll the selected feeds now"))
    def poll_now(self, request, queryset) -> None:
        for feed in queryset:
            feeds.schedule(feed, delay_seconds=0)
        self.message_user(request, _("The feeds will be polled in a moment."), messages.SUCCESS)


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(IntegrationAdmin):
    form = WebhookEndpointForm
    list_display = ["url", "events", "active", "created_at"]
    list_filter = ["active"]
    fields = ["url", "secret", "events", "active"]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


class AttemptInline(admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    fields = ["attempted_at", "status_code", "duration_ms", "error", "response_excerpt"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    list_display = ["event", "endpoint", "status", "attempts", "created_at", "delivered_at"]
    list_filter = ["status", "event"]
    list_select_related = ["endpoint"]
    fields = [
        "endpoint_link",
        "event",
        "status",
        "attempts",
        "next_attempt_at",
        "created_at",
        "delivered_at",
        "payload",
    ]
    readonly_fields = fields
    inlines = [AttemptInline]
    actions = ["redeliver"]

    @admin.display(description=_("endpoint"))
    def endpoint_link(self, obj: WebhookDelivery) -> str:
        url = reverse("admin:claims_webhookendpoint_change", args=[obj.endpoint_id])
        return format_html('<a href="{}">{}</a>', url, obj.endpoint)

    @admin.action(description=_("Deliver the selected events again"))
    def redeliver(self, request, queryset) -> None:
        count = webhooks.redeliver(queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d delivery queued again.", "%(count)d deliveries queued again.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )
