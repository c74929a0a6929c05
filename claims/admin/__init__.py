"""The editors' admin: claims, articles, sources, the rating scale, feeds, jobs and webhooks."""

from claims.admin import (  # noqa: F401  (registers the ModelAdmins)
    articles,
    claims,
    ingest,
    ratings,
    users,
)
