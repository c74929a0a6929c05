"""Serializer fields that take input as strictly as the models store it.

Text must arrive as a JSON string, dates lie in sane years with offsets PostgreSQL
understands. Values are checked where they are parsed, before any time zone arithmetic.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from claims.validators import validate_sane_date


def _sane(value):
    try:
        validate_sane_date(value)
    except DjangoValidationError as exc:
        raise serializers.ValidationError(exc.messages, code=exc.code) from None
    return value


class BoundedDateTimeField(serializers.DateTimeField):
    """A date and time in years people mean; far-off ones overflow in time zone arithmetic.

    The bounds are checked on the value as parsed, before it is converted to the server's
    time zone, which is where year 1 or year 9999 would overflow.
    """

    def enforce_timezone(self, value):
        return super().enforce_timezone(_sane(value))


class BoundedDateField(serializers.DateField):
    def to_internal_value(self, value):
        return _sane(super().to_internal_value(value))


class StrictCharField(serializers.CharField):
    """Text must come as a JSON string: 5 or true is not silently turned into "5"."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            raise serializers.ValidationError(_("Send text as a string."), code="not_a_string")
        return super().to_internal_value(data)


class StrictURLField(serializers.URLField):
    def to_internal_value(self, data):
        if not isinstance(data, str):
            raise serializers.ValidationError(_("Send text as a string."), code="not_a_string")
        return super().to_internal_value(data)
