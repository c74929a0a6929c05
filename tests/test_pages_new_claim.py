"""Entering a claim by hand on the pages: reviewers and editors, never readers."""

import pytest
from django.urls import reverse

from claims.models import Claim

pytestmark = pytest.mark.django_db

URL = reverse("claim-new")
GOOD = {
    "text": "Ein Beitrag behauptet, die Stadt habe 400 Bäume gefällt.",
    "claimant": "@stadtblick",
    "source_url": "https://social.example.org/p/123",
    "language": "de",
}


def test_reviewer_creates_a_new_claim_with_history(client, reviewer):
    client.force_login(reviewer)
    response = client.post(URL, GOOD)
    claim = Claim.objects.get()
    assert response.status_code == 302 and response["Location"] == claim.get_absolute_url()
    assert (claim.status, claim.article, claim.created_by) == ("new", None, reviewer)
    assert claim.source_url == GOOD["source_url"]
    assert claim.events.filter(action="create", actor=reviewer).exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"text": "  "}, "text"),
        ({"source_url": "not a link"}, "source_url"),
        ({"source_url": ""}, "source_url"),
        ({"language": "fr"}, "language"),
    ],
)
def test_bad_input_shows_an_error_and_stores_nothing(client, editor, change, field):
    client.force_login(editor)
    response = client.post(URL, {**GOOD, **change})
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Claim.objects.exists()


@pytest.mark.parametrize("who", ["reader", "outsider"])
def test_readers_and_outsiders_cannot_create_claims(request, client, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(URL, GOOD).status_code in (403, 404)
    assert not Claim.objects.exists()


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_queue_links_to_the_new_claim_page(client, reviewer):
    client.force_login(reviewer)
    assert URL in client.get(reverse("queue")).content.decode()
