"""Paginators whose count never scans the whole table."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property


class CappedCountPaginator(Paginator):
    """Counts at most `cap` rows: `SELECT COUNT(*) FROM (… LIMIT cap)`.

    The ordering is dropped for the count: rows are only counted, so the database need
    not sort anything, and a list over millions of claims costs what one over thousands
    does. Past the cap the page shows "1,000+" and asks for filters.
    """

    cap = 10_000

    @cached_property
    def count(self) -> int:
        object_list = self.object_list
        if hasattr(object_list, "order_by"):
            object_list = object_list.order_by()
        return object_list[: self.cap].count()

    @property
    def is_capped(self) -> bool:
        """True when there may be more rows than counted."""
        return self.count >= self.cap


class QueuePaginator(CappedCountPaginator):
    cap = 1_000
