"""Serializers: read shapes and input validation. None of them saves anything.

Writes go through claims.workflow, which owns status, assignee, permissions and history;
the serializers here only turn JSON into validated Python values for it.
"""

from collections.abc import Mapping

from django.contrib.auth import get_user_model
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from claims import workflow
from claims.api.fields import (
    BoundedDateField,
    BoundedDateTimeField,
    StrictCharField,
    StrictURLField,
)
from claims.models import Article, Claim, ClaimEvent, ClaimSource, Note, Rating, Source
from claims.models.evidence import NoteKind, Stance
from claims.validators import COMMENT_MAX, EXCERPT_MAX, NOTE_BODY_MAX


class ReadSerializer(serializers.ModelSerializer):
    """Base of the read shapes: stored URLs may be blank, so they are plain strings here."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.URLField: serializers.CharField,
    }


def username_field(**kwargs) -> serializers.SlugRelatedField:
    """A user shown by username; null when nobody (or a deleted account) is set."""
    return serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True, **kwargs
    )


class RatingSerializer(ReadSerializer):
    label = serializers.CharField(read_only=True, help_text=_("Label in the request's language."))
    definition = serializers.CharField(read_only=True)

    class Meta:
        model = Rating
        fields = [
            "code",
            "label",
            "label_de",
            "label_en",
            "definition",
            "definition_de",
            "definition_en",
            "position",
            "is_active",
        ]


class SourceEntrySerializer(ReadSerializer):
    """One line of the evidence ledger, with the shared source's details inlined."""

    url = serializers.CharField(source="source.url", read_only=True)
    title = serializers.CharField(source="source.title", read_only=True)
    publisher = serializers.CharField(source="source.publisher", read_only=True)
    published_on = serializers.DateField(
        source="source.published_on", read_only=True, allow_null=True
    )
    archive_url = serializers.CharField(source="source.archive_url", read_only=True)
    added_by = username_field()

    class Meta:
        model = ClaimSource
        fields = [
            "id",
            "url",
            "title",
            "publisher",
            "published_on",
            "archive_url",
            "stance",
            "excerpt",
            "accessed_at",
            "added_by",
            "added_at",
        ]
        read_only_fields = fields


UNKNOWN_FIELD = _("This field is unknown or read-only here; nothing was changed.")


class StrictInput:
    """Input that refuses fields it would not apply, naming each (400), so a client never
    believes it changed something that was silently ignored."""

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = sorted(str(key)[:100] for key in data if key not in writable)
            if unknown:
                raise serializers.ValidationError(
                    {name: [UNKNOWN_FIELD] for name in unknown}, code="unknown_field"
                )
        return super().to_internal_value(data)


class SourceCreateSerializer(StrictInput, serializers.Serializer):
    url = StrictURLField(max_length=Source._meta.get_field("url").max_length)
    title = StrictCharField(max_length=500, required=False, allow_blank=True, default="")
    publisher = StrictCharField(max_length=200, required=False, allow_blank=True, default="")
    published_on = BoundedDateField(required=False, allow_null=True, default=None)
    archive_url = StrictURLField(max_length=1000, required=False, allow_blank=True, default="")
    stance = serializers.ChoiceField(choices=Stance.choices)
    excerpt = StrictCharField(max_length=EXCERPT_MAX, required=False, allow_blank=True, default="")
    accessed_at = BoundedDateField(
        required=False, allow_null=True, default=None, help_text=_("Defaults to today.")
    )


class NoteSerializer(ReadSerializer):
    author = username_field()

    class Meta:
        model = Note
        fields = [
            "id",
            "kind",
            "body",
            "author",
            "contacted_at",
            "replied_at",
            "supersedes",
            "created_at",
        ]
        read_only_fields = fields


class NoteCreateSerializer(StrictInput, serializers.Serializer):
    body = StrictCharField(max_length=NOTE_BODY_MAX)
    kind = serializers.ChoiceField(choices=NoteKind.choices, default=NoteKind.NOTE)
    contacted_at = BoundedDateField(required=False, allow_null=True, default=None)
    replied_at = BoundedDateField(required=False, allow_null=True, default=None)
    supersedes = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        min_value=1,
        help_text=_("Id of an earlier note of the same claim that this note corrects."),
    )


class EventSerializer(ReadSerializer):
    actor = username_field()
    changes = serializers.JSONField(
        read_only=True, help_text=_('{"field": {"from": old, "to": new}} per changed field.')
    )

    class Meta:
        model = ClaimEvent
        fields = [
            "id",
            "action",
            "from_status",
            "to_status",
            "actor",
            "changes",
            "comment",
            "created_at",
        ]
        read_only_fields = fields


class SimilarClaimSerializer(ReadSerializer):
    rating = serializers.CharField(source="rating_id", read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "text", "status", "rating"]
        read_only_fields = fields


class ClaimSerializer(ReadSerializer):
    """A claim as the desk sees it, with its evidence ledger and notes."""

    assignee = username_field()
    created_by = username_field()
    rating = serializers.CharField(
        source="rating_id", read_only=True, allow_null=True, help_text=_("A rating code.")
    )
    rating_label = serializers.SerializerMethodField()
    is_overdue = serializers.BooleanField(read_only=True)
    sources = SourceEntrySerializer(source="evidence", many=True, read_only=True)
    notes = NoteSerializer(many=True, read_only=True)
    similar_claims = SimilarClaimSerializer(many=True, read_only=True)
    available_actions = serializers.SerializerMethodField()
    public_url = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "status",
            "assignee",
            "version",
            "text",
            "article",
            "start",
            "end",
            "claimant",
            "summary",
            "language",
            "source_url",
            "priority",
            "due_at",
            "is_overdue",
            "rating",
            "rating_label",
            "verdict_summary",
            "checkworthiness",
            "reasons",
            "similar_claims",
            "duplicate_of",
            "available_actions",
            "public_url",
            "anchor_lost",
            "status_changed_at",
            "first_published_at",
            "last_published_at",
            "created_by",
            "created_at",
            "updated_at",
            "sources",
            "notes",
        ]
        read_only_fields = fields

    def get_rating_label(self, claim: Claim) -> str | None:
        return claim.rating.label(claim.language) if claim.rating_id else None

    def get_available_actions(self, claim: Claim) -> list[str]:
        request = self.context.get("request")
        return workflow.available_actions(claim, request.user) if request else []

    def get_public_url(self, claim: Claim) -> str | None:
        if claim.first_published_at is None or claim.status != "published":
            return None
        request = self.context.get("request")
        url = claim.public_url()
        return request.build_absolute_uri(url) if request else url


class ClaimDetailSerializer(ClaimSerializer):
    history = EventSerializer(source="events", many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "history"]
        read_only_fields = fields


class _ClaimInput(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateTimeField: BoundedDateTimeField,
        models.CharField: StrictCharField,
        models.TextField: StrictCharField,
        models.URLField: StrictURLField,
    }

    rating = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Rating.objects.active(),
        required=False,
        allow_null=True,
        help_text=_("A rating code from /api/ratings/."),
    )


class ClaimCreateSerializer(StrictInput, _ClaimInput):
    article = serializers.PrimaryKeyRelatedField(
        queryset=Article.objects.all(),
        required=False,
        allow_null=True,
        help_text=_(
            "Article the claim comes from; the text must then appear in the article's body."
        ),
    )
    language = serializers.ChoiceField(
        choices=Claim._meta.get_field("language").choices,
        required=False,
        help_text=_("Defaults to the article's language, else it is detected from the text."),
    )

    class Meta:
        model = Claim
        fields = [
            "text",
            "article",
            "claimant",
            "summary",
            "language",
            "priority",
            "due_at",
            "source_url",
            "rating",
            "verdict_summary",
        ]


class ClaimUpdateSerializer(StrictInput, _ClaimInput):
    class Meta:
        model = Claim
        fields = [
            "text",
            "language",
            "claimant",
            "summary",
            "priority",
            "due_at",
            "source_url",
            "rating",
            "verdict_summary",
        ]
        extra_kwargs = {name: {"required": False} for name in fields}


class ActionSerializer(StrictInput, serializers.Serializer):
    comment = StrictCharField(
        max_length=COMMENT_MAX,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Reason, comment or correction note, for the actions that need one."),
    )
    assignee = serializers.SlugRelatedField(
        slug_field="username",
        queryset=get_user_model().objects.filter(is_active=True),
        required=False,
        allow_null=True,
        default=None,
        help_text=_("Username of the reviewer, for `assign`."),
    )
    duplicate_of = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        min_value=1,
        help_text=_("Id of the earlier claim this one repeats, for `reject_duplicate`."),
    )


class ArticleClaimSerializer(ReadSerializer):
    """A claim inside its article: the span, what the extractor found, earlier look-alikes."""

    similar_claims = SimilarClaimSerializer(many=True, read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "text",
            "start",
            "end",
            "status",
            "claimant",
            "checkworthiness",
            "reasons",
            "priority",
            "similar_claims",
        ]
        read_only_fields = fields


class ArticleSerializer(ReadSerializer):
    imported_by = username_field()
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "outlet",
            "language",
            "published_at",
            "imported_by",
            "imported_at",
            "updated_at",
            "claim_count",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    claims = ArticleClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]
        read_only_fields = fields


class ArticleImportSerializer(serializers.Serializer):
    body = StrictCharField(trim_whitespace=False, help_text=_("The full text."))
    title = StrictCharField(
        max_length=300,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Defaults to the first line of the text."),
    )
    url = StrictURLField(max_length=500, required=False, allow_blank=True, default="")
    outlet = StrictCharField(max_length=200, required=False, allow_blank=True, default="")
    language = serializers.ChoiceField(
        choices=[("de", "de"), ("en", "en"), ("auto", "auto")],
        required=False,
        default="auto",
    )
    published_at = BoundedDateTimeField(required=False, allow_null=True, default=None)


class PublicSourceSerializer(SourceEntrySerializer):
    class Meta(SourceEntrySerializer.Meta):
        fields = [
            "url",
            "title",
            "publisher",
            "published_on",
            "archive_url",
            "stance",
            "excerpt",
            "accessed_at",
        ]
        read_only_fields = fields


class CorrectionSerializer(ReadSerializer):
    note = serializers.CharField(source="comment", read_only=True)
    date = serializers.DateTimeField(source="created_at", read_only=True)

    class Meta:
        model = ClaimEvent
        fields = ["date", "note"]
        read_only_fields = fields


class FactCheckSerializer(ReadSerializer):
    """A published fact-check: what anyone may read, without the desk's internals."""

    url = serializers.SerializerMethodField()
    claimreview_url = serializers.SerializerMethodField()
    rating = serializers.CharField(source="rating_id", read_only=True)
    rating_label = serializers.SerializerMethodField()
    appeared_at = serializers.SerializerMethodField()
    sources = PublicSourceSerializer(source="evidence", many=True, read_only=True)
    corrections = CorrectionSerializer(source="corrections_log", many=True, read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "claimreview_url",
            "text",
            "summary",
            "claimant",
            "language",
            "appeared_at",
            "rating",
            "rating_label",
            "verdict_summary",
            "first_published_at",
            "last_published_at",
            "sources",
            "corrections",
        ]
        read_only_fields = fields

    def _absolute(self, url: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url

    def get_url(self, claim: Claim) -> str:
        return self._absolute(claim.public_url())

    def get_claimreview_url(self, claim: Claim) -> str:
        return self._absolute(reverse("api:claim-claimreview", args=[claim.pk]))

    def get_rating_label(self, claim: Claim) -> str:
        return claim.rating.label(claim.language) if claim.rating_id else ""

    def get_appeared_at(self, claim: Claim) -> str | None:
        """Where the claim was made: the article's address, or the one entered by hand."""
        return (claim.article.url if claim.article_id else "") or claim.source_url or None
