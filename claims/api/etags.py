"""Optimistic concurrency over HTTP: a claim's ETag is its version."""

from django.utils.translation import gettext as _
from rest_framework.request import Request
from rest_framework.response import Response

from claims.errors import StaleClaim
from claims.models import Claim


def etag(claim: Claim) -> str:
    return f'"{claim.version}"'


def expected_version(request: Request) -> int | None:
    """The version the client last read, from If-Match; None when it sent none (or `*`)."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    value = header.split(",")[0].strip().removeprefix("W/").strip('"')
    if not value.isascii() or not value.isdigit() or len(value) > 9:
        # A tag we never issued cannot match the claim's current one.
        raise StaleClaim(_('If-Match must be the ETag of the claim as last read, for example "3".'))
    return int(value)


def with_etag(response: Response, claim: Claim) -> Response:
    response["ETag"] = etag(claim)
    return response
