"""Request parsing that refuses hostile JSON with a 400 or 413 instead of failing later.

DRF's JSON parser reads the whole body, however large, accepts any nesting depth (deep
enough to exhaust Python's recursion limit) and passes NUL characters on to the database,
which PostgreSQL refuses with an error. Here each of those is a clear client error.
"""

import json

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser

# No request body of this API nests deeper than a list inside an object; 32 leaves room.
MAX_JSON_DEPTH = 32


class RequestTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "request_too_large"

    def __init__(self):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)
        super().__init__(
            _("The request body is larger than %(limit)s MB; send less at once.") % {"limit": limit}
        )


def check_structure(data, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Raise ParseError when `data` nests too deep or holds a NUL character anywhere."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                raise ParseError(_("Text may not contain NUL characters."), code="null_characters")
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > max_depth:
            raise ParseError(
                _("The JSON body nests deeper than %(depth)s levels.") % {"depth": max_depth},
                code="too_deep",
            )
        items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
        for key, item in items:
            if key is not None:
                stack.append((key, depth + 1))
            stack.append((item, depth + 1))


class SafeJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        raw = stream.read(limit + 1) if stream is not None else b""
        if limit is not None and len(raw) > limit:
            raise RequestTooLarge()
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            data = json.loads(raw.decode(encoding), parse_constant=_refuse_constant)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ParseError(_("The body is not valid JSON: %(error)s") % {"error": exc}) from None
        except RecursionError:
            raise ParseError(
                _("The JSON body nests deeper than %(depth)s levels.") % {"depth": MAX_JSON_DEPTH},
                code="too_deep",
            ) from None
        check_structure(data)
        return data


def _refuse_constant(name: str):
    # NaN and Infinity are not JSON; DRF's strict mode refuses them the same way.
    raise ValueError(f"{name} is not a JSON value")
