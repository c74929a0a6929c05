"""The claim list's lean path: the same JSON as `ClaimSerializer`, built from plain rows.

A page of the list is one query for the claims (only the columns the list shows,
usernames and rating labels joined in as values) and one query each for the sources,
notes and similar claims of the page, also as values. No model instances are built for
users, ratings or ledger lines, and no nested serializer runs per row; for a page of 100
claims that is most of the time the full serializers took.

`tests/test_api_list_lean.py` holds this module to the serializer's output.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime

from django.conf import settings
from django.db.models import F, QuerySet
from django.urls import reverse
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from claims import workflow
from claims.models import Claim, ClaimSource, Note
from claims.models.claims import OPEN_STATUSES

# Columns of the claim row, in the serializer's field order where they are shown.
CLAIM_COLUMNS = [
    "id",
    "status",
    "assignee_id",
    "version",
    "text",
    "article_id",
    "start",
    "end",
    "claimant",
    "summary",
    "language",
    "source_url",
    "priority",
    "due_at",
    "rating_id",
    "verdict_summary",
    "checkworthiness",
    "reasons",
    "duplicate_of_id",
    "anchor_lost",
    "status_changed_at",
    "first_published_at",
    "last_published_at",
    "created_at",
    "updated_at",
    # Not shown, but the four-eyes rule of the available actions reads it.
    "verdict_authors",
]
JOINED = {
    "assignee_name": F("assignee__username"),
    "created_by_name": F("created_by__username"),
    "rating_label_de": F("rating__label_de"),
    "rating_label_en": F("rating__label_en"),
}
# The sort keys the cursor reads from the last row of a page (claims.api.filters).
SORT_KEYS = ["priority_key", "due_key"]

_datetime = serializers.DateTimeField().to_representation
_date = serializers.DateField().to_representation


def _timestamps() -> Callable[[datetime | None], str | None]:
    """A formatter writing timestamps exactly as DateTimeField does, for one page.

    DateTimeField converts each value to the current time zone and writes ISO 8601 with
    "Z" for UTC, looking the zone and the format up again for every value; with six
    timestamps a claim that was most of a page's formatting time. Here they are looked
    up once per page. Other output formats go through the field itself.
    """
    if not (settings.USE_TZ and str(api_settings.DATETIME_FORMAT).lower() == ISO_8601):
        return lambda value: None if value is None else _datetime(value)
    zone = timezone.get_current_timezone()

    def when(value: datetime | None) -> str | None:
        if not value:
            return None
        text = value.astimezone(zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return when


def _day(value):
    return None if value is None else _date(value)


def rows(queryset: QuerySet) -> QuerySet:
    """The filtered, annotated claim queryset as plain rows (before the cursor slices it)."""
    return queryset.values(*CLAIM_COLUMNS, *SORT_KEYS, **JOINED)


def _sources(claim_ids: list[int], when) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = defaultdict(list)
    entries = ClaimSource.objects.filter(claim_id__in=claim_ids).values(
        "claim_id",
        "id",
        "stance",
        "excerpt",
        "accessed_at",
        "added_at",
        url=F("source__url"),
        title=F("source__title"),
        publisher=F("source__publisher"),
        published_on=F("source__published_on"),
        archive_url=F("source__archive_url"),
        added_by_name=F("added_by__username"),
    )
    for entry in entries:
        found[entry["claim_id"]].append(
            {
                "id": entry["id"],
                "url": entry["url"],
                "title": entry["title"],
                "publisher": entry["publisher"],
                "published_on": _day(entry["published_on"]),
                "archive_url": entry["archive_url"],
                "stance": entry["stance"],
                "excerpt": entry["excerpt"],
                "accessed_at": _day(entry["accessed_at"]),
                "added_by": entry["added_by_name"],
                "added_at": when(entry["added_at"]),
            }
        )
    return found


def _notes(claim_ids: list[int], when) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = defaultdict(list)
    notes = Note.objects.filter(claim_id__in=claim_ids).values(
        "claim_id",
        "id",
        "kind",
        "body",
        "contacted_at",
        "replied_at",
        "supersedes_id",
        "created_at",
        author_name=F("author__username"),
    )
    for note in notes:
        found[note["claim_id"]].append(
            {
                "id": note["id"],
                "kind": note["kind"],
                "body": note["body"],
                "author": note["author_name"],
                "contacted_at": _day(note["contacted_at"]),
                "replied_at": _day(note["replied_at"]),
                "supersedes": note["supersedes_id"],
                "created_at": when(note["created_at"]),
            }
        )
    return found


def _similar(claim_ids: list[int]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = defaultdict(list)
    links = (
        Claim.similar_claims.through.objects.filter(from_claim_id__in=claim_ids)
        .order_by("to_claim_id")
        .values(
            "from_claim_id",
            "to_claim_id",
            text=F("to_claim__text"),
            status=F("to_claim__status"),
            rating=F("to_claim__rating_id"),
        )
    )
    for link in links:
        found[link["from_claim_id"]].append(
            {
                "id": link["to_claim_id"],
                "text": link["text"],
                "status": link["status"],
                "rating": link["rating"],
            }
        )
    return found


class _ActionsFor:
    """The workflow's available actions for one user, asked once per kind of claim.

    The action rules (claims.rulebook.ACTION_RULES) read the user's roles and, of the
    claim, its status, whether the user holds it and whether the user wrote part of its
    verdict (four-eyes). Claims alike in those three get the same answer, so a page asks
    the workflow a handful of times instead of once a row. The workflow still answers:
    it gets a claim with the row's own columns, the first of each kind.
    """

    def __init__(self, user) -> None:
        self.user = user
        self.known: dict[tuple, list[str]] = {}

    def __call__(self, row: dict) -> list[str]:
        if not self.user:
            return []
        pk = self.user.pk
        key = (row["status"], row["assignee_id"] == pk, pk in (row["verdict_authors"] or []))
        if key not in self.known:
            # The claim's own columns, for the role rules of the workflow (never saved).
            claim = Claim(**{column: row[column] for column in CLAIM_COLUMNS})
            self.known[key] = workflow.available_actions(claim, self.user)
        return list(self.known[key])


def page_data(page: Iterable[dict], request) -> list[dict]:
    """The JSON of a page of claim rows, in ClaimSerializer's shape and field order."""
    page = list(page)
    ids = [row["id"] for row in page]
    when = _timestamps()
    sources, notes, similar = _sources(ids, when), _notes(ids, when), _similar(ids)
    now = timezone.now()
    user = getattr(request, "user", None)
    actions = _ActionsFor(user)
    public_path = reverse("factcheck-detail", args=[0])[:-2]  # ".../factchecks/" + id + "/"
    result = []
    for row in page:
        claim_id = row["id"]
        published = row["first_published_at"] is not None and row["status"] == "published"
        label = None
        if row["rating_id"]:
            label = row["rating_label_de"] if row["language"] == "de" else row["rating_label_en"]
        result.append(
            {
                "id": claim_id,
                "status": row["status"],
                "assignee": row["assignee_name"],
                "version": row["version"],
                "text": row["text"],
                "article": row["article_id"],
                "start": row["start"],
                "end": row["end"],
                "claimant": row["claimant"],
                "summary": row["summary"],
                "language": row["language"],
                "source_url": row["source_url"],
                "priority": row["priority"],
                "due_at": when(row["due_at"]),
                "is_overdue": bool(
                    row["due_at"] and row["status"] in OPEN_STATUSES and row["due_at"] < now
                ),
                "rating": row["rating_id"],
                "rating_label": label,
                "verdict_summary": row["verdict_summary"],
                "checkworthiness": row["checkworthiness"],
                "reasons": row["reasons"],
                "similar_claims": similar.get(claim_id, []),
                "duplicate_of": row["duplicate_of_id"],
                "available_actions": actions(row),
                "public_url": (
                    request.build_absolute_uri(f"{public_path}{claim_id}/") if published else None
                ),
                "anchor_lost": row["anchor_lost"],
                "status_changed_at": when(row["status_changed_at"]),
                "first_published_at": when(row["first_published_at"]),
                "last_published_at": when(row["last_published_at"]),
                "created_by": row["created_by_name"],
                "created_at": when(row["created_at"]),
                "updated_at": when(row["updated_at"]),
                "sources": sources.get(claim_id, []),
                "notes": notes.get(claim_id, []),
            }
        )
    return result
