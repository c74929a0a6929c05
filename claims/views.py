"""Pages. Placeholder bodies until the reviewer pages land; the routes are the contract's."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect


def home(request: HttpRequest) -> HttpResponse:
    return redirect("admin:index")


def _not_yet(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    raise Http404


queue = claim_detail = article_detail = dashboard = factcheck_list = factcheck_detail = _not_yet
