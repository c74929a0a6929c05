"""An article with every claim found in it highlighted."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from claims.models import Article, Status
from claims.templatetags.claims_extras import highlight_segments
from claims.views.access import desk_member_required


@desk_member_required
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    claims = list(article.claims.select_related("rating", "assignee").order_by("start", "id"))
    return render(
        request,
        "claims/article_detail.html",
        {
            "article": article,
            "segments": highlight_segments(article.body, claims),
            "claims": claims,
            "statuses": Status.choices,
        },
    )
