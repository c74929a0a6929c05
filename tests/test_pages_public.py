"""Public fact-check pages: what readers see without logging in."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import workflow
from claims.claimreview import claim_review
from claims.models import Rating
from tests.conftest import advance

# Every test here needs the database, even those that pick their users by name.
pytestmark = pytest.mark.django_db

LIST = reverse("factcheck-list")


def _url(claim) -> str:
    return reverse("factcheck-detail", args=[claim.pk])


def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD script on the page"
    return json.loads(match.group(1))


def test_list_shows_published_claims_only(client, claim_in):
    published = claim_in("published")
    waiting = claim_in("submitted")
    html = client.get(LIST).content.decode()
    assert _url(published) in html
    assert _url(waiting) not in html


@pytest.mark.parametrize("status", ["new", "queued", "in_review", "submitted", "rejected"])
def test_unpublished_claim_is_not_found_for_anonymous_readers(client, claim_in, status):
    assert client.get(_url(claim_in(status))).status_code == 404


def test_unpublished_claim_is_not_found_for_users_without_group(client, outsider, claim_in):
    client.force_login(outsider)
    assert client.get(_url(claim_in("submitted"))).status_code == 404


@pytest.mark.parametrize("who", ["reader", "reviewer", "editor"])
def test_desk_members_may_preview_without_json_ld(client, request, claim_in, who):
    claim = claim_in("submitted")
    client.force_login(request.getfixturevalue(who))
    response = client.get(_url(claim))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Preview" in html
    assert "application/ld+json" not in html


def test_published_page_shows_claim_origin_verdict_and_sources(client, claim_in):
    claim = claim_in("published", claimant="Umweltamt")
    html = client.get(_url(claim)).content.decode()
    assert claim.text in html
    assert "Umweltamt" in html
    assert "Stadtrat beschließt neues Wassergesetz" in html
    assert "https://news.example.org/wasser" in html
    rating = Rating.objects.get(code="false")
    assert rating.label("en") in html
    assert rating.definition("en") in html
    assert "Wrong." in html
    assert f"https://evidence.example.org/{claim.pk}" in html
    assert "refutes the claim" in html


def test_hand_entered_claim_shows_where_it_appeared(client, editor, reviewer, make_claim):
    claim = make_claim("Posted on social media", source_url="https://social.example.org/p/1")
    advance(claim, "published", editor=editor, reviewer=reviewer)
    assert "https://social.example.org/p/1" in client.get(_url(claim)).content.decode()


def test_json_ld_is_a_claim_review(client, claim_in):
    claim = claim_in("published")
    data = _json_ld(client.get(_url(claim)).content.decode())
    assert data["@type"] == "ClaimReview"
    assert data["url"] == f"http://testserver{_url(claim)}"
    assert data["reviewRating"]["alternateName"] == Rating.objects.get(code="false").label("de")


def test_json_ld_cannot_break_out_of_its_script(client, editor, reviewer, make_claim):
    text = "Er sagte </script><script>window.__xss=1</script> & <!-- mehr"
    claim = make_claim(text)
    advance(claim, "published", editor=editor, reviewer=reviewer)
    html = client.get(_url(claim)).content.decode()
    assert "<script>window.__xss" not in html
    assert "<!-- mehr" not in html
    assert _json_ld(html)["claimReviewed"] == text[:75]


def test_corrections_log_lists_reopen_notes_with_dates(client, editor, reviewer, claim_in):
    claim = claim_in("published")
    workflow.perform(claim, "reopen", editor, comment="The figure was 31, not 48.")
    workflow.perform(claim, "submit", reviewer)
    workflow.perform(claim, "publish", editor)
    html = client.get(_url(claim)).content.decode()
    assert "Corrections" in html
    assert "The figure was 31, not 48." in html
    assert "dateModified" in html


def test_reopened_claim_leaves_the_public_pages(client, editor, claim_in):
    claim = claim_in("published")
    workflow.perform(claim, "reopen", editor, comment="Checking again.")
    assert client.get(_url(claim)).status_code == 404
    assert _url(claim) not in client.get(LIST).content.decode()


def test_methodology_lists_every_active_rating_with_definition(client, db):
    html = client.get(reverse("methodology")).content.decode()
    for rating in Rating.objects.active():
        assert rating.label("en") in html
        assert rating.definition("en") in html


def test_public_list_runs_a_constant_number_of_queries(
    client, editor, reviewer, make_claim, django_assert_num_queries
):
    def publish(n: int, offset: int) -> None:
        for i in range(offset, offset + n):
            advance(make_claim(f"Claim {i}"), "published", editor=editor, reviewer=reviewer)

    publish(1, 0)
    with CaptureQueriesContext(connection) as small:
        response = client.get(LIST)
    publish(4, 1)
    with django_assert_num_queries(len(small)):
        response = client.get(LIST)
    assert len(response.context["page"].object_list) == 5


def test_json_ld_is_exactly_the_claim_review_data(client, claim_in):
    claim = claim_in("published")
    html = client.get(_url(claim)).content.decode()
    assert _json_ld(html) == json.loads(
        json.dumps(claim_review(claim, "http://testserver"), default=str)
    )


def test_archive_count_is_capped_and_never_sorted(client, claim_in, monkeypatch):
    from claims.paging import CappedCountPaginator

    monkeypatch.setattr("claims.views.public.PAGE_SIZE", 1)
    monkeypatch.setattr(CappedCountPaginator, "cap", 2)
    for n in range(3):
        claim_in("published", text=f"The city planted {n + 1},000 trees in 2025.")
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(LIST).content.decode()
    counts = [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(counts) == 1
    assert "LIMIT 2" in counts[0] and "ORDER BY" not in counts[0].upper()
    # Past the cap the page does not claim to know how many pages there are.
    assert "Page 1" in html and "Page 1 of" not in html


def test_public_list_never_fetches_article_texts(client, claim_in):
    claim_in("published")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST).status_code == 200
    assert any('"claims_article"."title"' in q["sql"] for q in queries)
    assert not any('"claims_article"."body"' in q["sql"] for q in queries)
