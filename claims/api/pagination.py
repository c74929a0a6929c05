"""Pagination: every list answers `{"next": url|null, "previous": url|null, "results": [...]}`.

Cursor pagination keeps pages stable while new claims arrive: a cursor points at a row's
sort key, not at an offset that shifts when rows are inserted before it.
"""

from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.response import Response

MAX_PAGE_SIZE = 100


class DeskCursorPagination(CursorPagination):
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = "-id"


def cursor_pagination(ordering: str) -> type[DeskCursorPagination]:
    """A cursor pagination over one unique, unchanging sort key."""
    name = f"CursorBy{ordering.strip('-').title().replace('_', '')}"
    return type(name, (DeskCursorPagination,), {"ordering": ordering})


class ClaimCursorPagination(DeskCursorPagination):
    # The claim list's ordering comes from ClaimOrderingFilter (claims.api.filters), which
    # sorts by unique keys where it can so the cursor rarely needs an offset for ties.
    ordering = "-id"


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
