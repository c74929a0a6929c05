"""German and English: language from the browser, a switcher, localised dates and numbers."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.urls import reverse

from claims.models import Claim

# Every test here needs the database, even those that pick their users by name.
pytestmark = pytest.mark.django_db

LIST = reverse("factcheck-list")


def _publish_on(claim, when: datetime) -> Claim:
    # Only the publication dates are moved, for a date that is easy to assert on.
    Claim.objects.filter(pk=claim.pk).update(first_published_at=when, last_published_at=when)
    claim.refresh_from_db()
    return claim


def test_language_follows_the_browser(client, db):
    assert '<html lang="de">' in client.get(LIST, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<html lang="en">' in client.get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_switcher_offers_both_languages_and_sets_the_choice(client, db):
    html = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'action="{reverse("set_language")}"' in html
    assert 'value="de"' in html and 'value="en"' in html
    response = client.post(
        reverse("set_language"), {"language": "de", "next": reverse("methodology")}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("methodology")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"
    html = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="de">' in html


def test_dates_are_localised(client, claim_in):
    claim = _publish_on(claim_in("published"), datetime(2024, 3, 5, 12, tzinfo=ZoneInfo("UTC")))
    german = client.get(claim.public_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(claim.public_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "5. März 2024" in german
    assert "March 5, 2024" in english


def test_rating_labels_follow_the_language(client, claim_in):
    claim = claim_in("published")
    german = client.get(claim.public_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(claim.public_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'rating-false">falsch<' in german
    assert 'rating-false">false<' in english


def test_numbers_are_localised(client, reviewer, make_claim):
    claim = make_claim(checkworthiness=0.75)
    client.force_login(reviewer)
    german = client.get(claim.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(claim.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "0,75" in german
    assert "0.75" in english


def test_login_page_is_served_in_both_languages(client, db):
    for language in ("de", "en"):
        response = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.content.decode()


def test_login_then_logout(client, reviewer):
    response = client.post(reverse("login"), {"username": "rev", "password": "pw"})
    assert response["Location"] == reverse("home")
    assert client.get(reverse("queue")).status_code == 200
    response = client.post(reverse("logout"))
    assert response["Location"] == LIST
    assert client.get(reverse("queue")).status_code == 302


def test_wrong_password_shows_an_error(client, reviewer):
    response = client.post(reverse("login"), {"username": "rev", "password": "nope"})
    assert response.status_code == 200
    assert "did not match" in response.content.decode()
