"""The progress page of an import job (or batch) and the stored snapshots of fetched pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from claims.models import ImportJob, Snapshot
from claims.views.access import desk_member_required

REFRESH_SECONDS = 2


@desk_member_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(ImportJob.objects.select_related("article", "feed"), pk=pk)
    children = []
    if job.kind == ImportJob.Kind.BATCH:
        children = list(job.children.select_related("article").order_by("id")[:200])
    return render(
        request,
        "claims/job_detail.html",
        {
            "job": job,
            "children": children,
            "counts": job.counts() if job.kind == ImportJob.Kind.BATCH else None,
            # A plain refreshing page: no script, it reloads until the job has finished.
            "refresh": None if job.finished else REFRESH_SECONDS,
        },
    )


@desk_member_required
def snapshot(request: HttpRequest, pk: int) -> HttpResponse:
    """The page as fetched, shown as text: never rendered, so its scripts never run."""
    stored = get_object_or_404(Snapshot, pk=pk)
    content = bytes(stored.content)
    try:
        text = content.decode(stored.charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        text = content.decode("utf-8", errors="replace")
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Snapshot-SHA256"] = stored.sha256
    response["Content-Disposition"] = f'inline; filename="snapshot-{stored.pk}.txt"'
    return response
