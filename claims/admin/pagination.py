"""The admin's lists count with the capped paginator (see claims.paging)."""

from claims.paging import CappedCountPaginator

COUNT_CAP = CappedCountPaginator.cap

__all__ = ["COUNT_CAP", "CappedCountPaginator"]
