"""Start page and the reviewers' queue."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import workflow
from claims.errors import WorkflowError
from claims.exports import csv_response, export_filename
from claims.filters import QueueFilter
from claims.models import Claim
from claims.models.claims import OPEN_STATUSES
from claims.roles import is_editor, is_reviewer
from claims.views.access import desk_member_required

QUEUE_PAGE_SIZE = 50


def home(request: HttpRequest) -> HttpResponse:
    """Where each role starts its day."""
    if is_editor(request.user):
        return redirect("dashboard")
    if is_reviewer(request.user):
        return redirect("queue")
    return redirect("factcheck-list")


@desk_member_required
def queue(request: HttpRequest) -> HttpResponse:
    base = Claim.objects.with_related()
    # Always bound, so the default (open claims only) applies without any filter chosen.
    filters = QueueFilter(request.GET, queryset=base)
    filtered = filters.qs
    # "My claims" is the work in hand; what one finished stays findable in the list below.
    mine = list(filtered.assigned_to(request.user).open().queue_order())
    shared = filtered.exclude(assignee=request.user, status__in=OPEN_STATUSES).queue_order()
    page = Paginator(shared, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/queue.html",
        {
            "filter": filters,
            "mine": mine,
            "page": page,
            "querystring": query.urlencode(),
            "filters_active": any(query.values()),
            "queued_count": Claim.objects.queued().count(),
        },
    )


@require_POST
@desk_member_required
def take_next(request: HttpRequest) -> HttpResponse:
    try:
        claim = workflow.take_next(request.user)
    except WorkflowError as error:
        messages.error(request, error.message)
        return redirect("queue")
    if claim is None:
        messages.info(request, _("The queue is empty: there is no claim waiting to be taken."))
        return redirect("queue")
    messages.success(request, _("You took this claim. It is now yours to review."))
    return redirect(claim)


@desk_member_required
def queue_export(request: HttpRequest) -> HttpResponse:
    """The queue as filtered on the page (all of it, not one page), as CSV."""
    filters = QueueFilter(request.GET, queryset=Claim.objects.with_related())
    if not filters.is_valid():
        messages.error(request, _("The filters are not valid; fix them and export again."))
        return redirect(f"{reverse('queue')}?{request.GET.urlencode()}")
    return csv_response(filters.qs.queue_order(), export_filename("queue"))
