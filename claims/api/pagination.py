"""Pagination: every list answers `{"next": url|null, "previous": url|null, "results": [...]}`.

Cursor pagination keeps pages stable while new claims arrive: a cursor points at a row's
sort key, not at an offset that shifts when rows are inserted before it.
"""

import datetime as dt

from django.db import models
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import Cursor, CursorPagination, PageNumberPagination
from rest_framework.response import Response

MAX_PAGE_SIZE = 100
# The widest integer every database stores (a signed 64-bit BIGINT).
MAX_INTEGER = 2**63 - 1


class DeskCursorPagination(CursorPagination):
    """Cursor pages whose cursor is checked before it reaches a query.

    A cursor is an opaque token, but clients can forge one: its position must have the
    type of the sort key (a number for ids, a timestamp for dates), else the query would
    fail in the database. A bad cursor is the client's error (400), not a missing page.
    """

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = "-id"
    invalid_cursor_message = _("The cursor is not valid; follow the `next` and `previous` links.")
    # Sort keys that are annotations, not model fields, by the kind of value they hold.
    annotated_keys: dict[str, type] = {}

    def paginate_queryset(self, queryset, request, view=None):
        self._model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request) -> Cursor | None:
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise ValidationError({"cursor": [self.invalid_cursor_message]}) from None
        if cursor is None or cursor.position is None:
            return cursor
        position = self._checked_position(cursor.position)
        if position is None:
            raise ValidationError({"cursor": [self.invalid_cursor_message]})
        return Cursor(offset=cursor.offset, reverse=cursor.reverse, position=position)

    def _key_kind(self) -> type:
        key = self.ordering[0].lstrip("-")
        if key in self.annotated_keys:
            return self.annotated_keys[key]
        field = self._model._meta.get_field(key)
        if isinstance(field, models.DateTimeField):
            return dt.datetime
        if isinstance(field, models.IntegerField | models.AutoField):
            return int
        return str

    def _checked_position(self, position: str):
        """The position as the sort key's type, or None when it cannot be one."""
        kind = self._key_kind()
        if kind is int:
            if not position.lstrip("-").isdigit() or len(position) > 20:
                return None
            number = int(position)
            return number if -MAX_INTEGER <= number <= MAX_INTEGER else None
        if kind is dt.datetime:
            try:
                parsed = parse_datetime(position)
            except ValueError:  # a well-formed but impossible date or offset
                return None
            return parsed if parsed is not None and parsed.tzinfo is not None else None
        return None if "\x00" in position else position


def cursor_pagination(ordering: str) -> type[DeskCursorPagination]:
    """A cursor pagination over one unique, unchanging sort key."""
    name = f"CursorBy{ordering.strip('-').title().replace('_', '')}"
    return type(name, (DeskCursorPagination,), {"ordering": ordering})


class ClaimCursorPagination(DeskCursorPagination):
    # The claim list's ordering comes from ClaimOrderingFilter (claims.api.filters), which
    # sorts by unique keys where it can so the cursor rarely needs an offset for ties.
    ordering = "-id"
    annotated_keys = {"priority_key": int, "due_key": dt.datetime}


class SmallListPagination(PageNumberPagination):
    """For short fixed lists (the rating scale), in the same shape as the cursor lists."""

    page_size = MAX_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_paginated_response(self, data) -> Response:
        return Response(
            {"next": self.get_next_link(), "previous": self.get_previous_link(), "results": data}
        )

    def get_paginated_response_schema(self, schema: dict) -> dict:
        full = super().get_paginated_response_schema(schema)
        full["properties"].pop("count", None)
        full["required"] = ["results"]
        return full
