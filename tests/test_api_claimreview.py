"""ClaimReview JSON-LD through the API, with every field Google's guidelines require."""

import pytest
from rest_framework.test import APIClient

from claims import workflow

pytestmark = pytest.mark.django_db


def get(path: str, user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client.get(path)


def test_published_claim_has_a_complete_claimreview_for_anyone(claim_in, editor):
    claim = claim_in("published")
    claim.article.published_at = claim.created_at
    claim.article.save()
    response = get(f"/api/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://testserver/factchecks/{claim.pk}/"
    assert review["claimReviewed"]
    assert review["author"]["name"]
    assert review["datePublished"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] == "falsch"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"]
    assert item["appearance"]["url"] == "https://news.example.org/wasser"


def test_claimant_becomes_the_claim_author(make_claim, editor, reviewer):
    from tests.conftest import advance

    claim = advance(
        make_claim("Die Stadt investiert.", claimant="Anna Berg"),
        "published",
        editor=editor,
        reviewer=reviewer,
    )
    review = get(f"/api/claims/{claim.pk}/claimreview/").json()
    assert review["itemReviewed"]["author"]["name"] == "Anna Berg"


def test_unpublished_claimreview_is_hidden_from_all_but_editors(claim_in, reviewer, editor):
    claim = claim_in("submitted")
    assert get(f"/api/claims/{claim.pk}/claimreview/").status_code == 404
    assert get(f"/api/claims/{claim.pk}/claimreview/", reviewer).status_code == 404
    preview = get(f"/api/claims/{claim.pk}/claimreview/", editor)
    assert preview.status_code == 200
    assert preview.json()["@type"] == "ClaimReview"


def test_factcheck_links_to_its_claimreview_and_hides_internals(claim_in):
    claim = claim_in("published")
    data = get(f"/api/factchecks/{claim.pk}/").json()
    assert data["claimreview_url"] == f"http://testserver/api/claims/{claim.pk}/claimreview/"
    assert data["url"] == f"http://testserver/factchecks/{claim.pk}/"
    assert data["rating"] == "false"
    assert data["sources"][0]["stance"] == "refutes"
    for internal in ("notes", "assignee", "history", "available_actions", "version"):
        assert internal not in data


def test_factcheck_lists_its_public_corrections(claim_in, editor, reviewer):
    claim = claim_in("published")
    workflow.perform(claim, "reopen", editor, comment="Die Zahl war aus April.")
    workflow.perform(claim, "submit", reviewer)
    workflow.perform(claim, "publish", editor)
    data = get(f"/api/factchecks/{claim.pk}/").json()
    assert [c["note"] for c in data["corrections"]] == ["Die Zahl war aus April."]
    review = get(f"/api/claims/{claim.pk}/claimreview/").json()
    assert review["dateModified"]
