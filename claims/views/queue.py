"""Start page and the reviewers' queue."""

from django.contrib import messages
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import rulebook, workflow
from claims.errors import WorkflowError
from claims.exports import csv_response, export_filename
from claims.filters import QueueFilter
from claims.models import Claim, ClaimEvent, Status
from claims.models.claims import OPEN_STATUSES
from claims.paging import QueuePaginator
from claims.views.access import desk_member_required

QUEUE_PAGE_SIZE = 50


def home(request: HttpRequest) -> HttpResponse:
    """Where each role starts its day."""
    if rulebook.is_editor.test(request.user):
        return redirect("dashboard")
    if rulebook.is_reviewer.test(request.user):
        return redirect("queue")
    return redirect("factcheck-list")


@desk_member_required
def queue(request: HttpRequest) -> HttpResponse:
    base = Claim.objects.for_lists()
    # Always bound, so the default (open claims only) applies without any filter chosen.
    filters = QueueFilter(request.GET, queryset=base, request=request)
    filtered = filters.qs
    # "My claims" is the work in hand; what one finished stays findable in the list below.
    # Bounded like any list: someone holding hundreds of claims sees the first page of
    # them here and the rest through the "assignee: me" filter.
    held = filtered.assigned_to(request.user).open()
    # The page is chosen by id first and only its rows are joined with articles and
    # people: joined first, PostgreSQL joined every claim someone holds (hundreds on a big
    # desk) with the whole article table before sorting them.
    page_of_held = held.values("pk")[: QUEUE_PAGE_SIZE + 1]
    mine = list(base.filter(pk__in=page_of_held).order_by(*held.query.order_by))
    more_of_mine = len(mine) > QUEUE_PAGE_SIZE
    mine = mine[:QUEUE_PAGE_SIZE]
    shared = filtered.exclude(assignee=request.user, status__in=OPEN_STATUSES)
    page = QueuePaginator(shared, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    mark_sent_back([*mine, *page.object_list])
    query = request.GET.copy()
    query.pop("page", None)
    waiting = QueuePaginator(Claim.objects.queued(), QUEUE_PAGE_SIZE)
    return render(
        request,
        "claims/queue.html",
        {
            "filter": filters,
            "mine": mine,
            "more_of_mine": more_of_mine,
            "page": page,
            "querystring": query.urlencode(),
            "filters_active": any(v for k, v in query.items() if k != "sort"),
            "queued_count": waiting.count,
            "queued_capped": waiting.is_capped,
            "hides_new": not filters.form.cleaned_data.get("status")
            and Status.NEW not in filters.default_statuses(),
        },
    )


def mark_sent_back(claims: list[Claim]) -> None:
    """Flag claims in review whose last status change was an editor's send-back.

    One query for the whole page: the status changes of the claims in review, newest
    last, so the last one seen per claim is the one that counts.
    """
    in_review = {claim.pk: claim for claim in claims if claim.status == Status.IN_REVIEW}
    for claim in claims:
        claim.sent_back = False
    if not in_review:
        return
    last: dict[int, str] = {}
    changes = (
        ClaimEvent.objects.filter(claim_id__in=in_review)
        .exclude(from_status=F("to_status"))
        .order_by("claim_id", "created_at", "id")
        .values_list("claim_id", "action")
    )
    for claim_id, action in changes:
        last[claim_id] = action
    for claim_id, claim in in_review.items():
        claim.sent_back = last.get(claim_id) == "send_back"


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
    filters = QueueFilter(request.GET, queryset=Claim.objects.for_lists(), request=request)
    if not filters.is_valid():
        messages.error(request, _("The filters are not valid; fix them and export again."))
        return redirect(f"{reverse('queue')}?{request.GET.urlencode()}")
    # In the order chosen on the page (the filter set applies it).
    return csv_response(filters.qs, export_filename("queue"))
