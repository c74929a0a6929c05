"""Articles (read, import) and the rating scale (read-only)."""

from django.db import models
from django.urls import reverse
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response

from claims import rulebook
from claims.api import examples
from claims.api.ingest import JobSerializer, UrlImportSerializer
from claims.api.pagination import SmallListPagination, cursor_pagination
from claims.api.permissions import CanReadDesk
from claims.api.schema import AUTH_ERRORS, errors
from claims.api.serializers import (
    ArticleDetailSerializer,
    ArticleImportSerializer,
    ArticleSerializer,
    RatingSerializer,
)
from claims.ingest import start_import
from claims.models import Article, Claim, Rating


@extend_schema_view(
    list=extend_schema(
        summary="List articles",
        description="The most recently imported first.",
        responses={200: ArticleSerializer(many=True), **errors(400, *AUTH_ERRORS)},
    ),
    retrieve=extend_schema(
        summary="Read an article",
        description="The article's text and the claims found in it, in text order.",
        responses={200: ArticleDetailSerializer, **errors(*AUTH_ERRORS, 404)},
    ),
    create=extend_schema(
        summary="Import an article",
        description="Editors only. Stores the text exactly as sent and extracts its "
        "check-worthy claims (status new). The same text sent again answers 200 with the "
        "article already stored; a new article answers 201. A `url` without `body` queues "
        "a job that fetches the page and imports it: 202 with the job (see /api/jobs/<id>/).",
        request=ArticleImportSerializer,
        responses={
            201: ArticleDetailSerializer,
            200: ArticleDetailSerializer,
            202: JobSerializer,
            **errors(400, *AUTH_ERRORS),
        },
        examples=[examples.ARTICLE_REQUEST],
    ),
)
class ArticleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [CanReadDesk]
    pagination_class = cursor_pagination("-id")
    filter_backends: list = []
    queryset = Article.objects.none()

    def get_queryset(self) -> models.QuerySet:
        articles = Article.objects.with_claim_counts().select_related("imported_by")
        if self.action == "list":
            return articles.defer("body")
        return articles.prefetch_related(
            models.Prefetch(
                "claims",
                queryset=Claim.objects.order_by("start", "id").prefetch_related(
                    models.Prefetch("similar_claims", queryset=Claim.objects.order_by("id"))
                ),
            )
        )

    def get_serializer_class(self):
        if self.action == "create":
            return ArticleImportSerializer
        return ArticleSerializer if self.action == "list" else ArticleDetailSerializer

    def create(self, request, *args, **kwargs) -> Response:
        rulebook.check(request.user, "claims.import_article")
        data = request.data if hasattr(request.data, "get") else {}
        if data.get("url") and not data.get("body"):
            return self._import_by_url(request)
        serializer = ArticleImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        from claims.importing import import_article

        result = import_article(
            request.user,
            body=data["body"],
            title=data["title"] or None,
            url=data["url"],
            outlet=data["outlet"],
            language=None if data["language"] == "auto" else data["language"],
            published_at=data["published_at"],
        )
        article = self.get_queryset().get(pk=result.article.pk)
        return Response(
            ArticleDetailSerializer(article, context={"request": request}).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )

    def _import_by_url(self, request) -> Response:
        """A URL and no text: the page is fetched and imported by a job (202 with the job)."""
        serializer = UrlImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        job = start_import(request.user, [serializer.validated_data["url"]])
        return Response(
            JobSerializer(job, context={"request": request}).data,
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": reverse("api:importjob-detail", args=[job.pk])},
        )


@extend_schema_view(
    list=extend_schema(
        summary="The rating scale",
        description="Every rating code with its labels and definitions, best first; "
        "ratings off the scale (no position) last.",
        responses={200: RatingSerializer(many=True), **errors(400, *AUTH_ERRORS)},
    ),
    retrieve=extend_schema(
        summary="One rating",
        responses={200: RatingSerializer, **errors(*AUTH_ERRORS, 404)},
    ),
)
class RatingViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [CanReadDesk]
    serializer_class = RatingSerializer
    pagination_class = SmallListPagination
    filter_backends: list = []
    queryset = Rating.objects.all()
    lookup_field = "code"
