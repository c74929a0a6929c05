"""Import jobs, feeds and webhook endpoints: `/api/jobs/`, `/api/feeds/`, `/api/webhooks/`."""

from django.urls import reverse
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.permissions import BasePermission

from claims import feeds, rulebook
from claims.api.permissions import CanReadDesk
from claims.api.schema import AUTH_ERRORS, errors
from claims.fetching import FetchError, check_url
from claims.models import Feed, ImportJob, WebhookEndpoint, WebhookEvent


def _public_url(value: str) -> str:
    try:
        check_url(value)
    except FetchError as exc:
        raise serializers.ValidationError(exc.message, code=exc.code) from None
    return value


class JobSerializer(serializers.ModelSerializer):
    progress_page = serializers.SerializerMethodField()
    counts = serializers.SerializerMethodField()

    class Meta:
        model = ImportJob
        fields = [
            "id",
            "kind",
            "url",
            "status",
            "progress",
            "attempts",
            "error",
            "article",
            "parent",
            "feed",
            "counts",
            "created_at",
            "started_at",
            "finished_at",
            "progress_page",
        ]
        read_only_fields = fields

    def get_progress_page(self, job: ImportJob) -> str:
        return reverse("job-detail", args=[job.pk])

    def get_counts(self, job: ImportJob) -> dict[str, int] | None:
        """For a batch: its jobs by status."""
        return job.counts() if job.kind == ImportJob.Kind.BATCH else None


class UrlImportSerializer(serializers.Serializer):
    url = serializers.URLField(
        max_length=500, help_text=gettext_lazy("The article's address; the page is fetched.")
    )

    def validate_url(self, value: str) -> str:
        return _public_url(value)


class FeedSerializer(serializers.ModelSerializer):
    class Meta:
        model = Feed
        fields = [
            "id",
            "url",
            "title",
            "active",
            "last_polled_at",
            "last_success_at",
            "last_error",
            "error_count",
            "item_count",
            "next_poll_at",
            "created_at",
        ]
        read_only_fields = [f for f in fields if f not in ("url", "title")]

    def validate_url(self, value: str) -> str:
        return _public_url(value)


class WebhookSerializer(serializers.ModelSerializer):
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEvent.choices), allow_empty=False
    )
    secret = serializers.CharField(
        write_only=True, min_length=16, max_length=200, trim_whitespace=False
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["id", "url", "secret", "events", "active", "created_at"]
        read_only_fields = ["id", "created_at"]

    def validate_url(self, value: str) -> str:
        return _public_url(value)

    def validate_events(self, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))


class CanManageIntegrations(BasePermission):
    message = rulebook.MESSAGES["claims.manage_integrations"]

    def has_permission(self, request, view) -> bool:
        return rulebook.can(request.user, "claims.manage_integrations")


@extend_schema_view(
    retrieve=extend_schema(
        summary="An import job",
        description="`status` is queued, running, done or failed; `article` is the imported "
        "article's id when done, `error` says why when failed. A batch (a feed poll, several "
        "URLs) gives `counts` of its jobs by status.",
        responses={200: JobSerializer, **errors(*AUTH_ERRORS, 404)},
    ),
    list=extend_schema(
        summary="Recent import jobs",
        responses={200: JobSerializer(many=True), **errors(400, *AUTH_ERRORS)},
    ),
)
class JobViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [CanReadDesk]
    serializer_class = JobSerializer
    filter_backends: list = []
    queryset = ImportJob.objects.with_counts().order_by("-id")


@extend_schema_view(
    list=extend_schema(
        summary="Subscribed feeds",
        responses={200: FeedSerializer(many=True), **errors(400, *AUTH_ERRORS)},
    ),
    retrieve=extend_schema(
        summary="A feed", responses={200: FeedSerializer, **errors(*AUTH_ERRORS, 404)}
    ),
    create=extend_schema(
        summary="Subscribe to a feed",
        description="Editors only. An RSS or Atom feed, polled now and then every "
        "FACTCHECK_FEED_POLL_MINUTES; its new items are imported by URL, each once.",
        responses={201: FeedSerializer, **errors(400, *AUTH_ERRORS)},
    ),
)
class FeedViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [CanManageIntegrations]
    serializer_class = FeedSerializer
    filter_backends: list = []
    queryset = Feed.objects.order_by("id")

    def perform_create(self, serializer) -> None:
        data = serializer.validated_data
        serializer.instance = feeds.subscribe(
            self.request.user, url=data["url"], title=data.get("title", "")
        )


@extend_schema_view(
    list=extend_schema(
        summary="Webhook endpoints",
        responses={200: WebhookSerializer(many=True), **errors(400, *AUTH_ERRORS)},
    ),
    retrieve=extend_schema(
        summary="A webhook endpoint",
        responses={200: WebhookSerializer, **errors(*AUTH_ERRORS, 404)},
    ),
    create=extend_schema(
        summary="Register a webhook endpoint",
        description="Editors only. Each event is POSTed as JSON `{event, occurred_at, claim | "
        "article}` with `X-Factcheck-Event`, `X-Factcheck-Timestamp` and "
        "`X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of timestamp + '.' + body>`.",
        responses={201: WebhookSerializer, **errors(400, *AUTH_ERRORS)},
    ),
    destroy=extend_schema(
        summary="Remove a webhook endpoint", responses={204: None, **errors(*AUTH_ERRORS, 404)}
    ),
)
class WebhookViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [CanManageIntegrations]
    serializer_class = WebhookSerializer
    filter_backends: list = []
    queryset = WebhookEndpoint.objects.order_by("id")

    def perform_create(self, serializer) -> None:
        serializer.save(created_by=self.request.user)
