"""Claims through the API: list, read, create, edit, and one endpoint per workflow action.

Views stay short: validate the input, call claims.workflow, answer with the fresh claim.
Role rules come from claims.rulebook and the workflow; errors from claims.errors
become HTTP answers in claims.api.exceptions.
"""

from collections.abc import Mapping

from django.db import models, transaction
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import rulebook, workflow
from claims.api import examples, listing
from claims.api.csv import CSVRenderer
from claims.api.etags import expected_version, with_etag
from claims.api.filters import ClaimFilter, ClaimOrderingFilter, with_sort_keys
from claims.api.pagination import ClaimCursorPagination
from claims.api.permissions import CanReadDesk
from claims.api.schema import AUTH_ERRORS, IF_MATCH, errors
from claims.api.serializers import (
    ActionSerializer,
    ClaimCreateSerializer,
    ClaimDetailSerializer,
    ClaimSerializer,
    ClaimUpdateSerializer,
)
from claims.errors import NotPermitted
from claims.exports import csv_response, export_filename
from claims.models import Claim
from claims.models.claims import ledger_prefetches
from claims.rulebook import editable_fields


def claims_for_detail() -> models.QuerySet:
    return Claim.objects.with_ledger()


def claim_response(request, claim: Claim, status_code: int = status.HTTP_200_OK) -> Response:
    fresh = claims_for_detail().get(pk=claim.pk)
    data = ClaimDetailSerializer(fresh, context={"request": request}).data
    return with_etag(Response(data, status=status_code), fresh)


CLAIM_WRITE_ERRORS = errors(400, *AUTH_ERRORS, 404, 412)


@extend_schema_view(
    list=extend_schema(
        summary="List claims",
        description="Claims the caller may read, newest first unless `ordering` says "
        "otherwise. Cursor-paginated: follow `next` for more. With `format=csv` the whole "
        "filtered list comes as one streamed CSV file (header row, one claim a row).",
        responses={200: ClaimSerializer(many=True), **errors(400, *AUTH_ERRORS)},
        examples=[examples.CLAIM_LIST_RESPONSE],
    ),
    retrieve=extend_schema(
        summary="Read a claim",
        description="The claim with its sources, notes and history. "
        "The `ETag` header is its version, for If-Match on later writes.",
        responses={200: ClaimDetailSerializer, **errors(*AUTH_ERRORS, 404)},
        examples=[examples.CLAIM_RESPONSE],
    ),
    create=extend_schema(
        summary="Create a claim by hand",
        description="Reviewers and editors. With `article`, the text must appear in the "
        "article's body: the first occurrence that is not a claim yet becomes the span.",
        request=ClaimCreateSerializer,
        responses={201: ClaimDetailSerializer, **errors(400, *AUTH_ERRORS)},
        examples=[examples.CLAIM_CREATE_REQUEST, examples.CLAIM_RESPONSE],
    ),
    partial_update=extend_schema(
        summary="Edit a claim",
        description="Change the fields the caller may change now (editors: priority, "
        "due date, summary, claimant; the assignee in review and editors: rating and "
        "verdict). Send If-Match to be refused (412) when someone changed the claim meanwhile.",
        request=ClaimUpdateSerializer,
        parameters=[IF_MATCH],
        responses={200: ClaimDetailSerializer, **CLAIM_WRITE_ERRORS},
        examples=[examples.CLAIM_PATCH_REQUEST, examples.CLAIM_RESPONSE],
    ),
)
class ClaimViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [CanReadDesk]
    pagination_class = ClaimCursorPagination
    filter_backends = [DjangoFilterBackend, ClaimOrderingFilter]
    filterset_class = ClaimFilter
    ordering_fields = ["priority", "due_at", "created_at", "updated_at"]
    http_method_names = ["get", "post", "patch", "head", "options"]
    queryset = Claim.objects.none()

    def initial(self, request, *args, **kwargs) -> None:
        # A method this address does not offer is 405 whatever else is wrong with the
        # request; DRF would first refuse an unknown `?format=` with 404. (The router
        # binds each offered method of this address as an attribute of the view.)
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise exceptions.MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)

    def get_queryset(self) -> models.QuerySet:
        if self.action == "list":
            # No select_related: the lean list joins only the names it shows.
            return with_sort_keys(Claim.objects.all())
        return claims_for_detail()

    def get_renderers(self) -> list:
        renderers = super().get_renderers()
        if self.action == "list":
            renderers.append(CSVRenderer())
        return renderers

    def handle_exception(self, exc):
        # A refused CSV request (bad filter, no login) is answered in JSON, not as a table.
        if getattr(getattr(self.request, "accepted_renderer", None), "format", None) == "csv":
            self.request.accepted_renderer = JSONRenderer()
            self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)

    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format == "csv":
            # The whole filtered list in the chosen order, not one page of it.
            queryset = self.filter_queryset(self.get_queryset())
            return csv_response(queryset, export_filename())
        # The lean path (claims.api.listing): plain rows, the serializer's JSON.
        queryset = listing.rows(self.filter_queryset(self.get_queryset()))
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(listing.page_data(page, request))

    def get_serializer_class(self):
        return {
            "create": ClaimCreateSerializer,
            "partial_update": ClaimUpdateSerializer,
            "list": ClaimSerializer,
        }.get(self.action, ClaimDetailSerializer)

    def retrieve(self, request, *args, **kwargs) -> Response:
        claim = self.get_object()
        data = self.get_serializer(claim).data
        return with_etag(Response(data), claim)

    def create(self, request, *args, **kwargs) -> Response:
        if isinstance(request.data, Mapping):
            # Editors' fields from a reviewer: refused by name, not silently applied.
            rulebook.check(request.user, "claims.create_claim")
            rulebook.check_create_fields(request.user, request.data)
        serializer = ClaimCreateSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        verdict = {k: fields.pop(k) for k in ("rating", "verdict_summary") if k in fields}
        article = fields.pop("article", None)
        text = fields.pop("text")
        with transaction.atomic():
            # Without a span the workflow anchors the text at its first free occurrence.
            claim = workflow.create_claim(
                request.user,
                text=text,
                language=fields.pop("language", None),
                article=article,
                **fields,
            )
            if verdict:
                # The verdict follows the same rule as later edits; a refusal undoes the claim.
                workflow.edit(claim, request.user, verdict)
        return claim_response(request, claim, status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs) -> Response:
        claim = self.get_object()
        if not editable_fields(request.user, claim):
            raise NotPermitted(
                _("A published claim cannot be edited; reopen it with a correction note first.")
                if claim.status == "published"
                else _("You may not change this claim now.")
            )
        serializer = ClaimUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        workflow.edit(
            claim,
            request.user,
            dict(serializer.validated_data),
            expected_version=expected_version(request),
        )
        return claim_response(request, claim)

    def perform_action(self, request, name: str) -> Response:
        claim = self.get_object()
        serializer = ActionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        workflow.perform(
            claim,
            name,
            request.user,
            comment=serializer.validated_data["comment"],
            assignee=serializer.validated_data["assignee"],
            duplicate_of=serializer.validated_data["duplicate_of"],
            expected_version=expected_version(request),
        )
        return claim_response(request, claim)


def _action_view(name: str):
    spec = workflow.ACTIONS[name]
    needs = []
    if spec.comment_label:
        needs.append(f"`comment` ({spec.comment_label})")
    if spec.needs_assignee:
        needs.append("`assignee` (a reviewer's username)")
    if spec.needs_duplicate:
        needs.append("`duplicate_of` (the earlier claim's id)")
    statuses = ", ".join(str(s) for s in spec.sources)
    description = (
        f"{spec.label}: from {statuses} to {spec.target}. Allowed for: "
        f"{spec.allowed_for}." + (f" Needs {' and '.join(needs)}." if needs else "")
    )

    def view(self, request, pk=None) -> Response:
        return self.perform_action(request, name)

    view.__name__ = name
    view.__doc__ = description
    request_examples = [examples.ASSIGN_REQUEST] if spec.needs_assignee else []
    if spec.comment_label:
        request_examples.append(examples.ACTION_REQUEST)
    view = action(detail=True, methods=["post"], url_path=name, url_name=name)(view)
    return extend_schema(
        summary=str(spec.label),
        description=description,
        request=ActionSerializer,
        parameters=[IF_MATCH],
        responses={200: ClaimDetailSerializer, **errors(400, *AUTH_ERRORS, 404, 409, 412)},
        examples=[*request_examples, examples.CLAIM_RESPONSE],
        operation_id=f"claims_{name}",
    )(view)


for _name in workflow.ACTIONS:
    setattr(ClaimViewSet, _name, _action_view(_name))


class QueueNextView(APIView):
    """Take the most urgent queued claim; two callers never get the same one."""

    @extend_schema(
        summary="Take the next claim from the queue",
        description="Assigns the most urgent queued claim to the caller (reviewers and "
        "editors) and answers with it; 204 when the queue is empty.",
        request=None,
        responses={
            200: ClaimDetailSerializer,
            204: OpenApiResponse(description="The queue is empty."),
            **errors(*AUTH_ERRORS),
        },
        examples=[examples.CLAIM_RESPONSE],
        operation_id="queue_next",
    )
    def post(self, request) -> Response:
        claim = workflow.take_next(request.user)
        if claim is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        # The claim is the row the pickup returned; only what hangs off it is read.
        models.prefetch_related_objects([claim], "rating", "created_by", *ledger_prefetches())
        data = ClaimDetailSerializer(claim, context={"request": request}).data
        return with_etag(Response(data), claim)
