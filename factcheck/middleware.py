"""A database that refuses connections gives a clean 503, not a 500 with a traceback."""

from django.db import OperationalError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

# Seconds a client should wait before trying again: enough for a pool slot to free up.
RETRY_AFTER = 5


def _not_connected(exception: Exception) -> bool:
    """True when the error came from opening a connection, not from a query on one."""
    if not isinstance(exception, OperationalError):
        return False
    return any(conn.connection is None for conn in connections.all(initialized_only=True))


class DatabaseUnavailableMiddleware:
    """Answers 503 with Retry-After when the database cannot be reached or is full.

    PostgreSQL's "too many clients", a refused or timed-out connection and an exhausted
    connection pool all surface as OperationalError while connecting. The API answers in
    its own error shape; pages get a short HTML page rendered without the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not _not_connected(exception):
            return None
        message = _("The service is busy or its database cannot be reached. Try again shortly.")
        if request.path.startswith("/api/"):
            from claims.api.exceptions import error_body

            response: HttpResponse = JsonResponse(
                error_body("database_unavailable", message), status=503
            )
        else:
            response = HttpResponse(render_to_string("503.html", {"message": message}), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
