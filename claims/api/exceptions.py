"""One error body for the whole API: `{"error": {"code", "message", "fields", "allowed_actions"?}}`.

Clients branch on `code` (stable, English, snake_case) and show `message` (translated, a
sentence that says what to do). `fields` maps input names to their messages.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.api.parsers import RequestTooLarge
from claims.errors import WorkflowError

# DRF's own exception classes, by the code our clients see.
_CODES: list[tuple[type[exceptions.APIException], str]] = [
    (exceptions.ValidationError, "invalid_input"),
    (exceptions.ParseError, "parse_error"),
    (exceptions.NotAuthenticated, "not_authenticated"),
    (exceptions.AuthenticationFailed, "authentication_failed"),
    (exceptions.PermissionDenied, "not_permitted"),
    (exceptions.NotFound, "not_found"),
    (exceptions.MethodNotAllowed, "method_not_allowed"),
    (exceptions.NotAcceptable, "not_acceptable"),
    (exceptions.UnsupportedMediaType, "unsupported_media_type"),
    (exceptions.Throttled, "throttled"),
    (RequestTooLarge, "request_too_large"),
]


def error_body(
    code: str,
    message: str,
    fields: dict | None = None,
    allowed_actions: list[str] | None = None,
) -> dict:
    error: dict = {"code": code, "message": str(message), "fields": fields or {}}
    if allowed_actions is not None:
        error["allowed_actions"] = list(allowed_actions)
    return {"error": error}


def _messages(value) -> list[str]:
    """DRF nests messages in lists and dicts; a field gets a flat list of sentences."""
    if isinstance(value, dict):
        return [f"{key}: {m}" for key, inner in value.items() for m in _messages(inner)]
    if isinstance(value, list | tuple):
        return [m for item in value for m in _messages(item)]
    return [str(value)]


def _validation_body(detail) -> dict:
    if isinstance(detail, dict):
        fields = {
            key: _messages(value) for key, value in detail.items() if key != "non_field_errors"
        }
        general = _messages(detail.get("non_field_errors", []))
    else:
        fields, general = {}, _messages(detail)
    if general:
        message = " ".join(general)
    elif fields:
        message = _("Some fields are not valid: %(fields)s.") % {"fields": ", ".join(fields)}
    else:
        message = _("The request is not valid.")
    return error_body("invalid_input", message, fields)


def _workflow_response(exc: WorkflowError) -> Response:
    fields = exc.extra.get("fields") or ({exc.field: [exc.message]} if exc.field else {})
    allowed = exc.extra.get("allowed")
    body = error_body(exc.code, exc.message, fields, allowed)
    return Response(body, status=exc.http_status)


def exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, WorkflowError):
        return _workflow_response(exc)
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        exc = RequestTooLarge()
    elif isinstance(exc, SuspiciousOperation):
        # Too many form fields, a malformed multipart body and the like: the client's fault.
        exc = exceptions.ParseError(_("The request body could not be read."))

    # DRF's handler sets WWW-Authenticate, Retry-After and rolls back the atomic block.
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = _validation_body(exc.detail)
        return response
    code = next((c for cls, c in _CODES if isinstance(exc, cls)), None)
    if code is None:
        code = exc.default_code if isinstance(exc, exceptions.APIException) else "error"
    detail = getattr(exc, "detail", "")
    response.data = error_body(code, " ".join(_messages(detail)))
    return response
