"""What readers see without logging in: published fact-checks and the method."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from claims.claimreview import claim_review
from claims.models import Claim, Rating, Status
from claims.paging import CappedCountPaginator

PAGE_SIZE = 20


def factcheck_list(request: HttpRequest) -> HttpResponse:
    # Every published claim has the date; saying so lets the newest-first read of its index
    # skip the unpublished claims (NULL there) instead of filtering past them.
    published = (
        Claim.objects.published()
        .filter(last_published_at__isnull=False)
        .for_lists()
        .order_by("-last_published_at", "-id")
    )
    # Counted up to the cap only: the archive's length never costs a scan of it.
    page = CappedCountPaginator(published, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "public/factcheck_list.html", {"page": page})


def factcheck_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # Desk members may preview an unpublished verdict; everyone else gets a 404.
    claim = get_object_or_404(
        Claim.objects.visible_to(request.user).with_related().prefetch_related("evidence__source"),
        pk=pk,
    )
    is_published = claim.status == Status.PUBLISHED
    return render(
        request,
        "public/factcheck_detail.html",
        {
            "claim": claim,
            "is_published": is_published,
            "evidence": list(claim.evidence.all()),
            "corrections": list(claim.events.corrections().order_by("created_at", "id")),
            # Only a published verdict is announced to search engines.
            "claim_review": (
                claim_review(claim, request.build_absolute_uri("/").rstrip("/"))
                if is_published
                else None
            ),
        },
    )


def methodology(request: HttpRequest) -> HttpResponse:
    return render(request, "public/methodology.html", {"ratings": Rating.objects.active()})
