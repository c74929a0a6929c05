"""Limits every door shares: text lengths, sane dates, no NUL characters.

Models, forms and serializers take their numbers from here, and the database repeats the
important ones as constraints, so a value refused at one door is refused at all of them.
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Longest texts people write on the desk, in characters.
CLAIM_TEXT_MAX = 2000
VERDICT_SUMMARY_MAX = 5000
NOTE_BODY_MAX = 10000
EXCERPT_MAX = 5000
COMMENT_MAX = 5000

# Dates outside these years are typing errors. Far-off ones also break time zone
# arithmetic: 0001-01-01 00:00 in Berlin is a year-0 timestamp in UTC, which PostgreSQL
# stores but Python cannot read back.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200
EARLIEST_DATETIME = dt.datetime(EARLIEST_YEAR, 1, 1, tzinfo=dt.UTC)
LATEST_DATETIME = dt.datetime(LATEST_YEAR, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
EARLIEST_DATE = dt.date(EARLIEST_YEAR, 1, 1)
LATEST_DATE = dt.date(LATEST_YEAR, 12, 31)

# PostgreSQL accepts UTC offsets up to 15:59; Python allows nearly a day.
MAX_UTC_OFFSET = dt.timedelta(hours=15, minutes=59)

DATE_RANGE_MESSAGE = _("Give a date between the years %(earliest)s and %(latest)s.")


def date_range_error() -> ValidationError:
    return ValidationError(
        DATE_RANGE_MESSAGE,
        code="out_of_range",
        params={"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
    )


def offset_error() -> ValidationError:
    return ValidationError(
        _("Give a time zone offset between -15:59 and +15:59."), code="bad_utc_offset"
    )


def validate_sane_date(value: dt.date | dt.datetime | None) -> None:
    """Refuse dates and times outside EARLIEST_YEAR..LATEST_YEAR and odd UTC offsets."""
    if value is None:
        return
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise date_range_error()
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        if offset is not None and abs(offset) > MAX_UTC_OFFSET:
            raise offset_error()


def validate_no_nul(value) -> None:
    if isinstance(value, str) and "\x00" in value:
        raise ValidationError(_("Text may not contain NUL characters."), code="null_characters")


@deconstructible
class HasLetters:
    """A claim is a statement in words: "123" or "!!!" is not one."""

    message = _("Write the claim as a statement in words, not only digits or signs.")
    code = "no_words"

    def __init__(self, minimum: int = 1):
        self.minimum = minimum

    def __call__(self, value: str) -> None:
        if sum(1 for char in value if char.isalpha()) < self.minimum:
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, HasLetters) and other.minimum == self.minimum


validate_claim_text = HasLetters()


def date_in_range(field: str, *, dates_only: bool = False):
    """The database's copy of validate_sane_date, for a CheckConstraint on `field`."""
    from django.db.models import Q

    earliest, latest = (
        (EARLIEST_DATE, LATEST_DATE) if dates_only else (EARLIEST_DATETIME, LATEST_DATETIME)
    )
    return Q(**{f"{field}__isnull": True}) | Q(
        **{f"{field}__gte": earliest, f"{field}__lte": latest}
    )


def length_at_most(field: str, maximum: int):
    """A condition for a CheckConstraint: `field` holds at most `maximum` characters."""
    from django.db.models.functions import Length
    from django.db.models.lookups import LessThanOrEqual

    return LessThanOrEqual(Length(field), maximum)


def is_storable_claim_text(text: str) -> bool:
    """Whether `text` passes the claim text rules (for extracted candidates)."""
    try:
        validate_claim_text(text)
    except ValidationError:
        return False
    return len(text) <= CLAIM_TEXT_MAX
