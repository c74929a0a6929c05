"""Filtering, ordering and cursor pagination of the claim list."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from claims import workflow

pytestmark = pytest.mark.django_db


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def ids(user, **params) -> list[int]:
    response = api(user).get("/api/claims/", params)
    assert response.status_code == 200, response.json()
    return [c["id"] for c in response.json()["results"]]


def test_filter_by_status(reader, claim_in, make_claim):
    queued = claim_in("queued")
    new = make_claim("Neu.")
    assert ids(reader, status="queued") == [queued.pk]
    assert set(ids(reader, status=["queued", "new"])) == {queued.pk, new.pk}


def test_filter_by_assignee_me_and_none(reviewer, reviewer2, editor, make_claim):
    mine = make_claim("Meins.")
    theirs = make_claim("Deren.")
    free = make_claim("Frei.")
    for claim in (mine, theirs, free):
        workflow.perform(claim, "accept", editor)
    workflow.perform(mine, "take", reviewer)
    workflow.perform(theirs, "take", reviewer2)
    assert ids(reviewer, assignee="me") == [mine.pk]
    assert ids(reviewer, assignee="rev2") == [theirs.pk]
    assert ids(reviewer, assignee="none") == [free.pk]


def test_filter_by_article_rating_priority_language(editor, claim_in, make_claim):
    from_article = claim_in("submitted")
    by_hand = make_claim("Von Hand.", priority=4)
    assert ids(editor, article=from_article.article_id) == [from_article.pk]
    assert ids(editor, rating="false") == [from_article.pk]
    assert ids(editor, priority=4) == [by_hand.pk]
    assert set(ids(editor, language="de")) == {from_article.pk, by_hand.pk}
    assert ids(editor, language="en") == []
    english = make_claim("In English.")
    workflow.edit(english, editor, {"language": "en"})
    assert ids(editor, language="en") == [english.pk]


def test_filter_by_claimant_and_text_search(editor, make_claim):
    berg = make_claim("Die Stadt investiert.", claimant="Anna Berg")
    other = make_claim("Der Fluss ist sauber.", summary="Sauberer Fluss")
    assert ids(editor, claimant="berg") == [berg.pk]
    assert ids(editor, q="fluss") == [other.pk]
    assert ids(editor, q="anna") == [berg.pk]
    assert ids(editor, q="stadt anna") == [berg.pk]
    assert ids(editor, q="stadt fluss") == []


def test_filter_by_due_dates_and_overdue(editor, make_claim):
    now = timezone.now()
    late = make_claim("Überfällig.", due_at=now - timedelta(days=1))
    soon = make_claim("Bald fällig.", due_at=now + timedelta(days=1))
    later = make_claim("Später.", due_at=now + timedelta(days=10))
    assert set(ids(editor, due_before=(now + timedelta(days=2)).isoformat())) == {late.pk, soon.pk}
    assert ids(editor, due_after=(now + timedelta(days=2)).isoformat()) == [later.pk]
    assert ids(editor, overdue="true") == [late.pk]
    assert set(ids(editor, overdue="false")) == {soon.pk, later.pk}


def test_overdue_ignores_closed_claims(editor, make_claim):
    claim = make_claim("Abgelehnt.", due_at=timezone.now() - timedelta(days=1))
    workflow.perform(claim, "reject", editor, comment="Nein.")
    assert ids(editor, overdue="true") == []


def test_ordering_by_priority_and_due_date(editor, make_claim):
    now = timezone.now()
    low = make_claim("Niedrig.", priority=1, due_at=now + timedelta(days=3))
    urgent = make_claim("Dringend.", priority=4, due_at=now + timedelta(days=9))
    normal = make_claim("Normal.", priority=2, due_at=now + timedelta(days=1))
    assert ids(editor, ordering="-priority") == [urgent.pk, normal.pk, low.pk]
    assert ids(editor, ordering="priority") == [low.pk, normal.pk, urgent.pk]
    assert ids(editor, ordering="due_at") == [normal.pk, low.pk, urgent.pk]
    assert ids(editor, ordering="-created_at") == [normal.pk, urgent.pk, low.pk]
    assert ids(editor) == [normal.pk, urgent.pk, low.pk]


def test_claims_without_due_date_sort_last_by_due_date(editor, make_claim):
    dated = make_claim("Datiert.", due_at=timezone.now() + timedelta(days=1))
    undated = make_claim("Ohne Datum.")
    workflow.edit(undated, editor, {"due_at": None})
    assert ids(editor, ordering="due_at") == [dated.pk, undated.pk]
    # The cursor of a page ending on an undated claim still works.
    first = api(editor).get("/api/claims/", {"ordering": "-due_at", "page_size": 1}).json()
    assert first["results"][0]["id"] == undated.pk
    second = api(editor).get(first["next"]).json()
    assert [c["id"] for c in second["results"]] == [dated.pk]


def _walk(user, url: str, **params) -> list[int]:
    seen = []
    response = api(user).get(url, params).json()
    while True:
        seen += [c["id"] for c in response["results"]]
        if not response["next"]:
            return seen
        response = api(user).get(response["next"]).json()


def test_cursor_pages_cover_every_claim_once_even_with_equal_priorities(editor, make_claim):
    claims = [make_claim(f"Behauptung {i}.", priority=1 + i % 2) for i in range(7)]
    seen = _walk(editor, "/api/claims/", ordering="-priority", page_size=2)
    assert sorted(seen) == sorted(c.pk for c in claims)
    assert len(seen) == len(set(seen))


def test_cursor_stays_stable_when_claims_are_added_meanwhile(editor, make_claim):
    old = [make_claim(f"Alt {i}.") for i in range(4)]
    first = api(editor).get("/api/claims/", {"page_size": 2}).json()
    make_claim("Neu dazugekommen.")
    second = api(editor).get(first["next"]).json()
    seen = [c["id"] for c in first["results"] + second["results"]]
    assert seen == [c.pk for c in reversed(old)]
    back = api(editor).get(second["previous"]).json()
    assert [c["id"] for c in back["results"]] == seen[:2]


def test_page_size_is_capped_at_100(editor, make_claim):
    for i in range(3):
        make_claim(f"Behauptung {i}.")
    assert len(ids(editor, page_size=2)) == 2
    response = api(editor).get("/api/claims/", {"page_size": 1000})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 3


def test_lists_all_answer_next_previous_results(editor, claim_in):
    claim = claim_in("published")
    for url in [
        "/api/claims/",
        "/api/articles/",
        "/api/ratings/",
        "/api/factchecks/",
        f"/api/claims/{claim.pk}/sources/",
        f"/api/claims/{claim.pk}/notes/",
        f"/api/claims/{claim.pk}/history/",
    ]:
        body = api(editor).get(url).json()
        assert set(body) == {"next", "previous", "results"}, url


def test_history_list_pages_oldest_first(editor, claim_in):
    claim = claim_in("published")
    response = api(editor).get(f"/api/claims/{claim.pk}/history/", {"page_size": 2}).json()
    assert [e["action"] for e in response["results"]] == ["create", "accept"]
    rest = api(editor).get(response["next"]).json()
    assert [e["action"] for e in rest["results"]][:1] == ["take"]
