"""The editors' overview of the desk."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from claims import dashboard as stats
from claims.views.access import editor_required


@editor_required
def dashboard(request: HttpRequest) -> HttpResponse:
    per_status = stats.claims_per_status()
    chart = stats.week_chart(stats.published_per_week())
    return render(
        request,
        "claims/dashboard.html",
        {
            "per_status": per_status,
            "total": sum(count for _status, _label, count in per_status),
            "overdue": stats.overdue_count(),
            "workload": stats.workload(),
            "median_to_publish": stats.median_time_to_publish(),
            "chart": chart,
            "waiting_for_second_editor": stats.waiting_for_second_editor(request.user),
        },
    )
