"""Lists and details run a fixed number of queries, whatever their size."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims import workflow

pytestmark = pytest.mark.django_db

# The wrong-token counter (one cache read; the cache is a database table by default),
# token and user, the user's groups, the claims, then one query each for sources, notes
# and similar claims.
LIST_QUERIES = 7
# As the list, plus the history.
DETAIL_QUERIES = 8
# Anonymous requests are throttled in the shared cache: with the database cache that is a
# read, then a write (count for culling, savepoint, lookup, insert or update, release).
ANON_THROTTLE_QUERIES = 6


@pytest.fixture
def token_client(editor) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    return client


def _busy_claim(make_claim, editor, reviewer, n: int, i: int):
    claim = make_claim(f"Behauptung Nummer {i}.")
    workflow.perform(claim, "accept", editor)
    workflow.perform(claim, "take", reviewer)
    for j in range(n):
        workflow.add_source(
            claim, reviewer, url=f"https://src.example.org/{i}/{j}", stance="context"
        )
        workflow.add_note(claim, reviewer, body=f"Notiz {j}")
    return claim


@pytest.fixture
def many_claims(make_claim, editor, reviewer):
    claims = [_busy_claim(make_claim, editor, reviewer, 1 + i % 3, i) for i in range(101)]
    claims[0].similar_claims.add(claims[1], claims[2])
    return claims


@pytest.mark.parametrize("page_size", [1, 10, 100])
def test_claim_list_runs_constant_queries(
    token_client, many_claims, page_size, django_assert_num_queries
):
    with django_assert_num_queries(LIST_QUERIES):
        response = token_client.get("/api/claims/", {"page_size": page_size})
    assert response.status_code == 200
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("ordering", ["priority", "-due_at", "updated_at"])
def test_ordered_and_filtered_claim_list_runs_constant_queries(
    token_client, many_claims, ordering, django_assert_num_queries
):
    with django_assert_num_queries(LIST_QUERIES):
        response = token_client.get(
            "/api/claims/",
            {"page_size": 100, "ordering": ordering, "status": "in_review", "q": "Nummer"},
        )
    assert len(response.json()["results"]) == 100


@pytest.mark.parametrize("ledger", [0, 1, 25])
def test_claim_detail_runs_constant_queries(
    token_client, make_claim, editor, reviewer, ledger, django_assert_num_queries
):
    claim = _busy_claim(make_claim, editor, reviewer, ledger, 0)
    with django_assert_num_queries(DETAIL_QUERIES):
        response = token_client.get(f"/api/claims/{claim.pk}/")
    assert len(response.json()["sources"]) == ledger


@pytest.mark.parametrize("page_size", [1, 10, 100])
def test_factcheck_list_runs_constant_queries(claim_in, page_size, django_assert_num_queries):
    for i in range(12):
        claim_in("published", text=f"Veröffentlicht {i}.")
    # Claims, then one query each for sources and corrections; no authentication.
    with django_assert_num_queries(3 + ANON_THROTTLE_QUERIES):
        response = APIClient().get("/api/factchecks/", {"page_size": page_size})
    assert len(response.json()["results"]) == min(page_size, 12)


@pytest.mark.parametrize("page_size", [1, 10, 100])
def test_article_list_runs_constant_queries(
    token_client, editor, page_size, django_assert_num_queries
):
    from claims.models import Article

    for i in range(12):
        article = Article(title=f"Artikel {i}", language="de", imported_by=editor)
        article.set_body(f"Text {i}.")
        article.save()
    # The wrong-token counter, token and user, the articles with their claim counts.
    with django_assert_num_queries(4):
        response = token_client.get("/api/articles/", {"page_size": page_size})
    assert len(response.json()["results"]) == min(page_size, 12)
