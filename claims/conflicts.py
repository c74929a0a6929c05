"""Field-level conflicts between two people editing one claim.

A form sends the values it displayed (`original`) beside the user's input; only the
fields the user changed are compared with the fresh row, so an editor changing the
priority never refuses a reviewer's verdict.
"""

from datetime import UTC

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from claims.errors import EditConflict
from claims.models import Claim, Rating


def comparable(field: str, value) -> object:
    """A field's value in a form that compares equal whatever way it came in.

    Forms show due dates to the minute and send ratings as codes; the database holds
    seconds and Rating rows. Forms send these as the original values they displayed.
    """
    if value in (None, ""):
        return None
    if field == "rating":
        return value.code if isinstance(value, Rating) else str(value)
    if field == "due_at":
        if isinstance(value, str):
            value = parse_datetime(value)
            if value is None:
                return None
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value.astimezone(UTC).replace(second=0, microsecond=0).isoformat()
    if field == "priority":
        try:
            return int(value)
        except (TypeError, ValueError):
            return value
    if isinstance(value, str):
        return value.strip() or None
    return value


def check(current: Claim, changes: dict, original: dict) -> None:
    """Refuse only fields both the user and someone else changed since the user read them."""
    conflicts = {}
    for field, value in changes.items():
        if field not in original:
            continue
        theirs = comparable(field, getattr(current, "rating_id" if field == "rating" else field))
        seen = comparable(field, original[field])
        yours = comparable(field, value)
        # Only a field that changed under the user's hands, to something else than they
        # chose, is a conflict; everyone else's changes to other fields stand.
        if theirs != seen and theirs != yours:
            conflicts[field] = {"theirs": theirs, "yours": yours}
    if conflicts:
        raise EditConflict(
            _(
                "Someone else changed %(fields)s meanwhile. Their value and yours are shown; "
                "save again to keep yours."
            )
            % {"fields": ", ".join(str(_field_label(f)) for f in conflicts)},
            field=next(iter(conflicts)),
            conflicts=conflicts,
        )


def _field_label(field: str):
    try:
        return capfirst(Claim._meta.get_field(field).verbose_name)
    except FieldDoesNotExist:
        return field
