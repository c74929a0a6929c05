"""No lost work on the claim page: submitting saves, other buttons keep unsent input."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import ClaimSource, Note

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_review(claim_in):
    return claim_in("in_review")


def _page_form(client, claim) -> dict:
    """Everything the page's working form would post untouched, like a browser."""
    context = client.get(claim.get_absolute_url()).context
    data = {}
    for part in ("verdict", "source", "note"):
        form = context["forms"][part]
        if form is None:
            continue
        for name in form.fields:
            value = form[name].value()
            data[form.add_prefix(name)] = "" if value is None else value
    return data


def _post(client, claim, name, data, *args):
    return client.post(reverse(name, args=[claim.pk, *args]), data)


def test_submit_verdict_saves_and_submits_in_one_request(client, reviewer, in_review, rating):
    workflow.add_source(in_review, reviewer, url="https://src.example.org/a", stance="refutes")
    client.force_login(reviewer)
    data = _page_form(client, in_review) | {
        "verdict-rating": rating.code,
        "verdict-verdict_summary": "Measured 31 mg/l.",
        "do": "submit",
    }
    response = _post(client, in_review, "claim-edit", data, "verdict")
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert (in_review.status, in_review.rating_id, in_review.verdict_summary) == (
        "submitted",
        rating.code,
        "Measured 31 mg/l.",
    )


def test_refused_submit_keeps_the_verdict_saved_and_on_screen(client, reviewer, in_review, rating):
    client.force_login(reviewer)
    data = _page_form(client, in_review) | {
        "verdict-rating": rating.code,
        "verdict-verdict_summary": "Measured 31 mg/l.",
        "do": "submit",
    }
    response = _post(client, in_review, "claim-edit", data, "verdict")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Add at least one source before submitting the verdict." in html
    assert "Measured 31 mg/l." in html
    assert response.context["forms"]["verdict"]["rating"].value() == rating.code
    in_review.refresh_from_db()
    assert (in_review.status, in_review.verdict_summary) == ("in_review", "Measured 31 mg/l.")


def test_adding_a_source_keeps_the_unsaved_verdict_as_a_draft(client, reviewer, in_review, rating):
    client.force_login(reviewer)
    data = _page_form(client, in_review) | {
        "verdict-rating": rating.code,
        "verdict-verdict_summary": "Half-written verdict.",
        "source-url": "https://stats.example.org/nitrat",
        "source-stance": "refutes",
    }
    response = _post(client, in_review, "claim-add-source", data)
    assert response.status_code == 302
    assert ClaimSource.objects.filter(claim=in_review).count() == 1
    in_review.refresh_from_db()
    assert in_review.verdict_summary == ""
    page = client.get(in_review.get_absolute_url())
    form = page.context["forms"]["verdict"]
    assert form["verdict_summary"].value() == "Half-written verdict."
    assert form["rating"].value() == rating.code
    assert "is not saved yet" in page.content.decode()
    # Saving it clears the draft.
    data = _page_form(client, in_review)
    assert _post(client, in_review, "claim-edit", data, "verdict").status_code == 302
    page = client.get(in_review.get_absolute_url())
    assert "is not saved yet" not in page.content.decode()
    in_review.refresh_from_db()
    assert in_review.verdict_summary == "Half-written verdict."


def test_adding_a_note_keeps_the_unsaved_verdict(client, reviewer, in_review):
    client.force_login(reviewer)
    data = _page_form(client, in_review) | {
        "verdict-verdict_summary": "Still thinking.",
        "note-body": "Called the office.",
    }
    assert _post(client, in_review, "claim-add-note", data).status_code == 302
    assert Note.objects.filter(claim=in_review).count() == 1
    form = client.get(in_review.get_absolute_url()).context["forms"]["verdict"]
    assert form["verdict_summary"].value() == "Still thinking."


def test_refused_source_answers_with_every_part_still_filled(client, reviewer, in_review):
    client.force_login(reviewer)
    data = _page_form(client, in_review) | {
        "verdict-verdict_summary": "Still thinking.",
        "source-url": "not a url",
        "source-excerpt": "A quote I copied.",
        "note-body": "Draft note.",
    }
    response = _post(client, in_review, "claim-add-source", data)
    assert response.status_code == 400
    forms = response.context["forms"]
    assert forms["source"].errors["url"]
    assert forms["source"]["excerpt"].value() == "A quote I copied."
    assert forms["verdict"]["verdict_summary"].value() == "Still thinking."
    assert forms["note"]["body"].value() == "Draft note."
    assert not ClaimSource.objects.exists()


def test_submit_button_sits_below_the_verdict_form(client, reviewer, in_review):
    client.force_login(reviewer)
    html = client.get(in_review.get_absolute_url()).content.decode()
    assert html.count('value="submit"') == 1
    assert html.index('name="verdict-verdict_summary"') < html.index("Save verdict")
    assert html.index("Save verdict") < html.index('value="submit"')


def test_kept_source_input_opens_its_part_of_the_page(client, reviewer, in_review, rating):
    client.force_login(reviewer)
    data = _page_form(client, in_review) | {
        "verdict-rating": rating.code,
        "source-title": "A report I found",
    }
    assert _post(client, in_review, "claim-edit", data, "verdict").status_code == 302
    page = client.get(in_review.get_absolute_url())
    assert page.context["drafted"] == {"source"}
    assert page.context["forms"]["source"]["title"].value() == "A report I found"
