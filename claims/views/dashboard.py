"""The editors' overview of the desk."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from claims import dashboard as stats
from claims.views.access import editor_required


@editor_required
def dashboard(request: HttpRequest) -> HttpResponse:
    # The desk's figures are shared (and cached); what waits for this editor is theirs.
    context = {
        **stats.figures(),
        "waiting_for_second_editor": stats.waiting_for_second_editor(request.user),
    }
    return render(request, "claims/dashboard.html", context)
