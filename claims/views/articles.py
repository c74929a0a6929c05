"""An article with every claim found in it highlighted."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from claims.models import Article
from claims.views.access import desk_member_required
from claims.views.triage import render_article


@desk_member_required
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # Reviewers and editors also get every sentence with "make this a claim".
    return render_article(request, get_object_or_404(Article, pk=pk))
