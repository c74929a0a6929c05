"""The API's routes, mounted at /api/ (see docs/api.md)."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from claims.api import articles, evidence, ingest, notifications, public, views

app_name = "api"

router = SimpleRouter()
router.register("articles", articles.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register(r"claims/(?P<claim_id>\d+)/sources", evidence.SourceViewSet, basename="source")
router.register(r"claims/(?P<claim_id>\d+)/notes", evidence.NoteViewSet, basename="note")
router.register(r"claims/(?P<claim_id>\d+)/history", evidence.HistoryViewSet, basename="event")
router.register("ratings", articles.RatingViewSet, basename="rating")
router.register("factchecks", public.FactCheckViewSet, basename="factcheck")
router.register("jobs", ingest.JobViewSet, basename="importjob")
router.register("feeds", ingest.FeedViewSet, basename="feed")
router.register("webhooks", ingest.WebhookViewSet, basename="webhook")
router.register("notifications", notifications.NotificationViewSet, basename="notification")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its script as a file, so the Content-Security-Policy can
    # forbid inline scripts everywhere.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("queue/next/", views.QueueNextView.as_view(), name="queue-next"),
    path(
        "claims/<int:pk>/claimreview/",
        public.ClaimReviewView.as_view(),
        name="claim-claimreview",
    ),
    *router.urls,
]
