"""Django's error views, answering in the API's error body under /api/.

DRF's exception handler covers errors inside API views. These cover the rest: an unknown
API address, a body Django refused before any view ran (too large, too many fields), and
server errors, so an API client never has to parse an HTML page.
"""

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt

from claims.api.exceptions import error_body


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    if not _is_api(request):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        body = error_body("request_too_large", _("The request body is too large; send less."))
        return JsonResponse(body, status=413)
    return JsonResponse(error_body("parse_error", _("The request could not be read.")), status=400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    if not _is_api(request):
        return defaults.permission_denied(request, exception)
    return JsonResponse(error_body("not_permitted", _("You may not do this.")), status=403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    if not _is_api(request):
        return defaults.page_not_found(request, exception)
    return JsonResponse(error_body("not_found", _("There is nothing at this address.")), status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    if not _is_api(request):
        return defaults.server_error(request)
    message = _("Something went wrong on our side; please try again later.")
    return JsonResponse(error_body("server_error", message), status=500)


@csrf_exempt  # a 404 changes nothing; without this a POST would get the CSRF page instead
def unknown_api_address(request: HttpRequest) -> HttpResponse:
    """Any /api/ address no route matched: the JSON 404, in development as in production.

    Django's own 404 handling shows a technical HTML page while DEBUG is on; API clients
    (and the schema fuzzing in CI, which runs with DEBUG) get the documented body instead.
    """
    return page_not_found(request)
