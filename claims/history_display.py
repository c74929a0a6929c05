"""The claim history in words: labels instead of codes, local times, no empty changes.

History rows store codes (`mostly_false`, priority `3`, ISO times) so they stay exact
and language-neutral; this module turns them into what a person reads, in the current
language and time zone. The claim page, the admin and the API all use `describe`.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy

from claims.models import Claim, ClaimEvent, Priority, Rating, Status
from claims.models.articles import Language

# History actions that are not workflow actions.
OTHER_ACTIONS = {
    "create": gettext_lazy("Created"),
    "edit": gettext_lazy("Edited"),
    "reanchor": gettext_lazy("Moved to its text in a new version of the article"),
    "text_gone": gettext_lazy("Text gone from the new version of the article"),
    "add_source": gettext_lazy("Source added"),
    "source_changed": gettext_lazy("A cited source was corrected"),
}
EMPTY = "—"


@dataclass(frozen=True)
class ChangeLine:
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class EventLine:
    event: ClaimEvent
    when: datetime
    when_text: str
    action_label: str
    actor: str
    from_status: str
    to_status: str
    from_label: str
    to_label: str
    changes: list[ChangeLine]
    comment: str

    @property
    def moved(self) -> bool:
        return bool(self.from_status) and self.from_status != self.to_status


def rating_labels() -> dict[str, str]:
    """Every rating's label in the current language (one query, for a whole history)."""
    return {rating.code: rating.label() for rating in Rating.objects.all()}


def action_label(action: str) -> str:
    from claims.workflow import ACTIONS

    if action in ACTIONS:
        return str(ACTIONS[action].label)
    return str(OTHER_ACTIONS.get(action, action))


def status_label(value: str) -> str:
    try:
        return str(Status(value).label)
    except ValueError:
        return value or EMPTY


def field_label(name: str) -> str:
    try:
        return str(capfirst(Claim._meta.get_field(name).verbose_name))
    except FieldDoesNotExist:
        return name


def local_time_text(value: datetime) -> str:
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def _as_datetime(value) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


def value_text(name: str, value, ratings: Mapping[str, str]) -> str:
    """One stored value of a claim field, as the reader should see it."""
    if value is None or value == "":
        return EMPTY
    try:
        field = Claim._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    if name == "status":
        return status_label(value)
    if name == "rating":
        return ratings.get(str(value), str(value))
    if name == "priority":
        try:
            return str(Priority(int(value)).label)
        except ValueError:
            return str(value)
    if name == "language":
        try:
            return str(Language(value).label)
        except ValueError:
            return str(value)
    if name == "duplicate_of":
        return f"#{value}"
    if isinstance(field, models.DateTimeField):
        moment = _as_datetime(value)
        return local_time_text(moment) if moment else str(value)
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    return str(value)


def change_lines(changes: Mapping, ratings: Mapping[str, str]) -> list[ChangeLine]:
    lines = []
    for name, change in (changes or {}).items():
        if not isinstance(change, Mapping):
            continue
        old = value_text(name, change.get("from"), ratings)
        new = value_text(name, change.get("to"), ratings)
        # Rows written before due dates were kept to the minute may list a "change"
        # that is none once shown as people read it.
        if old == new:
            continue
        lines.append(ChangeLine(name, field_label(name), old, new))
    return lines


def describe(
    events: Iterable[ClaimEvent], ratings: Mapping[str, str] | None = None
) -> list[EventLine]:
    """Readable lines for history rows (fetch them with their `actor`)."""
    ratings = rating_labels() if ratings is None else ratings
    return [describe_one(event, ratings) for event in events]


def describe_one(event: ClaimEvent, ratings: Mapping[str, str]) -> EventLine:
    return EventLine(
        event=event,
        when=timezone.localtime(event.created_at),
        when_text=local_time_text(event.created_at),
        action_label=action_label(event.action),
        actor=event.actor.get_username() if event.actor_id else "",
        from_status=event.from_status,
        to_status=event.to_status,
        from_label=status_label(event.from_status) if event.from_status else "",
        to_label=status_label(event.to_status),
        changes=change_lines(event.changes, ratings),
        comment=event.comment,
    )
