"""The editors' admin: claims, articles, sources and the rating scale."""

from claims.admin import articles, claims, ratings  # noqa: F401  (registers the ModelAdmins)
