"""Refuse NUL characters in query strings and form fields before any view sees them.

PostgreSQL cannot store or even compare text containing NUL, so such input would fail
deep inside a query. No person types one: the request is answered with 400. JSON bodies
are checked by the API's parser (claims.api.parsers); uploaded files are not text fields
and are left to the importer.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _has_nul(querydict) -> bool:
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in querydict.lists()
    )


class RefuseNulCharactersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or _has_nul(request.GET) or self._form_has_nul(request):
            return self._refuse(request)
        return self.get_response(request)

    def _form_has_nul(self, request: HttpRequest) -> bool:
        if request.method != "POST" or not request.content_type.startswith(_FORM_TYPES):
            return False
        return _has_nul(request.POST)

    def _refuse(self, request: HttpRequest) -> HttpResponse:
        message = _("Text may not contain NUL characters.")
        if request.path.startswith("/api/"):
            from claims.api.exceptions import error_body

            return JsonResponse(error_body("null_characters", message), status=400)
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
