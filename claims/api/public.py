"""What anyone may read without a token: published fact-checks and their ClaimReview."""

from django.db import models
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from claims import rulebook
from claims.api import examples
from claims.api.pagination import cursor_pagination
from claims.api.schema import errors
from claims.api.serializers import FactCheckSerializer
from claims.models import Claim, ClaimEvent, ClaimSource


@extend_schema_view(
    list=extend_schema(
        summary="List published fact-checks",
        description="Readable without a token; the most recently first-published first.",
        auth=[],
        responses={200: FactCheckSerializer(many=True), **errors(400, 401, 429)},
    ),
    retrieve=extend_schema(
        summary="Read a published fact-check",
        auth=[],
        responses={200: FactCheckSerializer, **errors(401, 404, 429)},
        examples=[examples.FACTCHECK_RESPONSE],
    ),
)
class FactCheckViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = FactCheckSerializer
    permission_classes = [AllowAny]
    throttle_classes = [AnonRateThrottle]
    pagination_class = cursor_pagination("-first_published_at")
    filter_backends: list = []

    def get_queryset(self) -> models.QuerySet:
        return (
            # Every published claim has the date; saying so lets the newest-first read of its
            # index skip the unpublished claims (NULL there) instead of filtering past them.
            Claim.objects.published()
            .filter(first_published_at__isnull=False)
            .select_related("article", "rating")
            .prefetch_related(
                models.Prefetch("evidence", queryset=ClaimSource.objects.select_related("source")),
                models.Prefetch(
                    "events",
                    queryset=ClaimEvent.objects.corrections(),
                    to_attr="corrections_log",
                ),
            )
        )


class ClaimReviewView(APIView):
    """schema.org ClaimReview JSON-LD; published claims for everyone, any claim for editors."""

    permission_classes = [AllowAny]
    throttle_classes = [AnonRateThrottle]

    @extend_schema(
        summary="ClaimReview of a claim",
        description="schema.org ClaimReview (JSON-LD) as search engines read it. Anyone may "
        "read it for published claims; editors also for unpublished ones (a preview).",
        auth=[],
        responses={
            200: OpenApiResponse(OpenApiTypes.OBJECT, description="ClaimReview JSON-LD."),
            **errors(401, 404, 429),
        },
        examples=[examples.CLAIMREVIEW_RESPONSE],
        operation_id="claims_claimreview",
    )
    def get(self, request, pk: int) -> Response:
        from claims.claimreview import claim_review

        claims = Claim.objects.select_related("article", "rating")
        if not rulebook.is_editor.test(request.user):
            claims = claims.published()
        claim = get_object_or_404(claims, pk=pk)
        return Response(claim_review(claim, request.build_absolute_uri("/")))
