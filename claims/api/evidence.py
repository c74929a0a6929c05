"""A claim's evidence ledger, notes and history, each as a list under the claim."""

from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response

from claims import rulebook, workflow
from claims.api import examples
from claims.api.etags import expected_version
from claims.api.pagination import cursor_pagination
from claims.api.permissions import CanReadDesk
from claims.api.schema import AUTH_ERRORS, CLAIM_ID, IF_MATCH, errors
from claims.api.serializers import (
    EventSerializer,
    NoteCreateSerializer,
    NoteSerializer,
    SourceCreateSerializer,
    SourceEntrySerializer,
)
from claims.errors import MissingInput
from claims.models import Claim, ClaimEvent, ClaimSource, Note


class _ClaimChildViewSet(viewsets.GenericViewSet):
    permission_classes = [CanReadDesk]
    # Oldest first, like the ledger on the claim page; ids are unique and never change.
    pagination_class = cursor_pagination("id")
    filter_backends: list = []

    @cached_property
    def claim(self) -> Claim:
        return get_object_or_404(Claim, pk=self.kwargs["claim_id"])


@extend_schema_view(
    list=extend_schema(
        summary="List a claim's sources",
        parameters=[CLAIM_ID],
        responses={200: SourceEntrySerializer(many=True), **errors(*AUTH_ERRORS, 404)},
    ),
    create=extend_schema(
        summary="Add a source to a claim's evidence ledger",
        description="The claim's assignee while it is in review, or an editor. "
        "A URL already cited elsewhere is the same source; on one claim it appears once.",
        parameters=[CLAIM_ID, IF_MATCH],
        request=SourceCreateSerializer,
        responses={201: SourceEntrySerializer, **errors(400, *AUTH_ERRORS, 404, 412)},
        examples=[examples.SOURCE_REQUEST],
    ),
)
class SourceViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, _ClaimChildViewSet):
    serializer_class = SourceEntrySerializer
    queryset = ClaimSource.objects.none()

    def get_queryset(self):
        return self.claim.evidence.select_related("source", "added_by")

    def create(self, request, *args, **kwargs) -> Response:
        claim = self.claim
        # Refuse before validating, so a caller without the right learns that first.
        rulebook.check(request.user, "claims.add_source", claim)
        serializer = SourceCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        entry = workflow.add_source(
            claim,
            request.user,
            expected_version=expected_version(request),
            **serializer.validated_data,
        )
        entry = ClaimSource.objects.select_related("source", "added_by").get(pk=entry.pk)
        return Response(SourceEntrySerializer(entry).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(
        summary="List a claim's notes",
        parameters=[CLAIM_ID],
        responses={200: NoteSerializer(many=True), **errors(*AUTH_ERRORS, 404)},
    ),
    create=extend_schema(
        summary="Add a note to a claim",
        description="Reviewers and editors. Notes are never edited: to correct one, add a "
        "new note with `supersedes` set to the old note's id. Contact and answer dates "
        "belong to right-of-reply notes.",
        parameters=[CLAIM_ID, IF_MATCH],
        request=NoteCreateSerializer,
        responses={201: NoteSerializer, **errors(400, *AUTH_ERRORS, 404, 412)},
        examples=[examples.NOTE_REQUEST],
    ),
)
class NoteViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, _ClaimChildViewSet):
    serializer_class = NoteSerializer
    queryset = Note.objects.none()

    def get_queryset(self):
        return self.claim.notes.select_related("author")

    def create(self, request, *args, **kwargs) -> Response:
        claim = self.claim
        rulebook.check(request.user, "claims.add_note", claim)
        serializer = NoteCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        supersedes = fields.pop("supersedes")
        if supersedes is not None:
            fields["supersedes"] = claim.notes.filter(pk=supersedes).first()
            if fields["supersedes"] is None:
                raise MissingInput(
                    _("The note to replace must be a note of the same claim."),
                    field="supersedes",
                )
        note = workflow.add_note(
            claim, request.user, expected_version=expected_version(request), **fields
        )
        note = Note.objects.select_related("author").get(pk=note.pk)
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(
        summary="A claim's history",
        description="Every status change and edit, oldest first.",
        parameters=[CLAIM_ID],
        responses={200: EventSerializer(many=True), **errors(*AUTH_ERRORS, 404)},
    ),
)
class HistoryViewSet(mixins.ListModelMixin, _ClaimChildViewSet):
    serializer_class = EventSerializer
    queryset = ClaimEvent.objects.none()

    def get_queryset(self):
        return self.claim.events.select_related("actor")
