"""The editors' admin: claims, articles, sources, the rating scale, feeds, jobs and webhooks."""

from claims.admin import articles, claims, ingest, ratings  # noqa: F401  (registers the ModelAdmins)
