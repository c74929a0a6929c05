"""The publish step: preview, the ClaimReview that goes out, confirmation, four-eyes."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import workflow
from claims.claimreview import claim_review
from claims.dashboard import waiting_for_second_editor
from claims.extraction.claimant_types import guess_claimant_type
from claims.models import Rating

pytestmark = pytest.mark.django_db

LONG = (
    "Die Regierung behauptet, dass mehr als 40.000 Menschen im vergangenen Jahr in die "
    "Stadt gezogen sind und die Mieten deshalb um ein Drittel gestiegen seien."
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Anna Berg", "person"),
        ("Ursula von der Leyen", "person"),
        ("Umweltamt", "organization"),
        ("Statistisches Bundesamt", "organization"),
        ("World Health Organization", "organization"),
        ("Port Health Authority's", "organization"),
        ("AfD", "organization"),
        ("die Stadt", "organization"),
        ("", "person"),
    ],
)
def test_claimant_type_is_guessed_from_the_name(name, kind):
    assert guess_claimant_type(name) == kind


def test_claim_reviewed_is_the_summary_and_never_a_cut_claim(make_claim):
    claim = make_claim(LONG)
    assert claim_review(claim, "https://fc.example.org")["claimReviewed"] == LONG
    claim.summary = "Mieten um ein Drittel gestiegen"
    assert claim_review(claim, "https://fc.example.org")["claimReviewed"] == claim.summary


def test_claimant_is_typed_person_or_organization(make_claim, editor, settings):
    claim = make_claim(LONG, claimant="Umweltamt")
    review = claim_review(claim, "https://fc.example.org")
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Umweltamt"}
    workflow.edit(claim, editor, {"claimant": "Anna Berg"})
    assert claim_review(claim, "x")["itemReviewed"]["author"]["@type"] == "Person"
    workflow.edit(claim, editor, {"claimant_type": "organization"})
    assert claim_review(claim, "x")["itemReviewed"]["author"]["@type"] == "Organization"
    assert review["author"]["url"] == settings.FACTCHECK_ORGANIZATION_URL


def test_unknown_claimant_type_is_refused(make_claim, editor):
    claim = make_claim(LONG)
    with pytest.raises(Exception, match="claimant_type|not a valid choice"):
        workflow.edit(claim, editor, {"claimant_type": "robot"})
    claim.refresh_from_db()
    assert claim.claimant_type == ""


def _submitted_without_summary(claim_in, editor):
    claim = claim_in("submitted")
    return workflow.edit(claim, editor, {"summary": ""})


def _page(client, user, claim):
    client.force_login(user)
    return client.get(claim.get_absolute_url())


def test_submitted_claim_page_links_the_preview_and_shows_the_claimreview(client, editor, claim_in):
    claim = _submitted_without_summary(claim_in, editor)
    response = _page(client, editor, claim)
    html = response.content.decode()
    assert reverse("factcheck-detail", args=[claim.pk]) in html
    review = json.loads(response.context["claim_review_preview"])
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.text
    assert "Publishing needs a hand-written" in html
    assert 'name="action-publish-summary"' in html
    assert 'name="action-publish-confirm"' in html


def _publish(client, claim, **data):
    base = {"action-publish-version": claim.version}
    return client.post(reverse("claim-action", args=[claim.pk, "publish"]), base | data)


def test_publishing_needs_confirmation_and_keeps_the_typed_summary(client, editor, claim_in):
    claim = _submitted_without_summary(claim_in, editor)
    client.force_login(editor)
    response = _publish(client, claim, **{"action-publish-summary": "Nitrat bei 48 mg/l"})
    assert response.status_code == 400
    assert "Confirm that you checked the preview." in response.content.decode()
    form = next(f for f in response.context["action_forms"] if f.action.name == "publish")
    assert form["summary"].value() == "Nitrat bei 48 mg/l"
    claim.refresh_from_db()
    assert (claim.status, claim.summary) == ("submitted", "")


def test_publishing_needs_a_short_summary(client, editor, claim_in):
    claim = _submitted_without_summary(claim_in, editor)
    client.force_login(editor)
    for summary in ("", "x" * 76):
        response = _publish(
            client, claim, **{"action-publish-summary": summary, "action-publish-confirm": "on"}
        )
        assert response.status_code == 400
    claim.refresh_from_db()
    assert claim.status == "submitted"


def test_confirmed_publication_stores_the_summary_and_publishes(client, editor, claim_in):
    claim = _submitted_without_summary(claim_in, editor)
    client.force_login(editor)
    response = _publish(
        client,
        claim,
        **{"action-publish-summary": "Nitrat bei 48 mg/l", "action-publish-confirm": "on"},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.summary) == ("published", "Nitrat bei 48 mg/l")
    public = client.get(reverse("factcheck-detail", args=[claim.pk])).content.decode()
    assert '"claimReviewed": "Nitrat bei 48 mg/l"' in public


def _worked_by_editor(claim_in, editor, n: int = 0) -> object:
    claim = claim_in("queued", text=f"Die Stadt hat {n + 300} Wohnungen gebaut.")
    workflow.perform(claim, "take", editor)
    workflow.edit(claim, editor, {"rating": "false", "verdict_summary": "Wrong."})
    workflow.add_source(claim, editor, url=f"https://src.example.org/{claim.pk}", stance="refutes")
    workflow.perform(claim, "submit", editor)
    return claim


def test_page_says_why_four_eyes_hides_publish(client, editor, editor2, claim_in):
    claim = _worked_by_editor(claim_in, editor)
    response = _page(client, editor, claim)
    html = response.content.decode()
    assert 'value="publish"' not in html
    assert "Why you cannot publish this claim:" in html
    assert "you hold this claim as its reviewer" in html
    assert "you set its rating or verdict summary" in html
    other = _page(client, editor2, claim).content.decode()
    assert 'value="publish"' in other
    assert "Why you cannot publish" not in other


def test_editor_is_warned_before_taking_a_claim(client, editor, reviewer, claim_in):
    claim = claim_in("queued")
    assert "cannot publish it yourself" in _page(client, editor, claim).content.decode()
    assert "cannot publish it yourself" not in _page(client, reviewer, claim).content.decode()
    client.force_login(editor)
    assert "cannot publish yourself" in client.get(reverse("queue")).content.decode()
    client.force_login(reviewer)
    assert "cannot publish yourself" not in client.get(reverse("queue")).content.decode()


def test_dashboard_lists_claims_waiting_for_a_second_editor(
    client, editor, editor2, reviewer, claim_in, django_assert_num_queries
):
    held = _worked_by_editor(claim_in, editor)
    verdict_set = claim_in("submitted")
    workflow.perform(verdict_set, "send_back", editor2, comment="Tighter wording.")
    workflow.edit(verdict_set, editor, {"verdict_summary": "Wrong, says the office."})
    workflow.perform(verdict_set, "submit", reviewer)
    other = claim_in("submitted", text="Der Bus fährt jede Stunde.")
    with django_assert_num_queries(1):
        waiting = waiting_for_second_editor(editor)
    assert {c.pk for c in waiting} == {held.pk, verdict_set.pk}
    assert other.pk not in {c.pk for c in waiting_for_second_editor(editor)}
    assert waiting_for_second_editor(editor2) == []
    client.force_login(editor)
    html = client.get(reverse("dashboard")).content.decode()
    assert "Waiting for a second editor" in html
    assert reverse("claim-detail", args=[held.pk]) in html


def test_dashboard_query_count_does_not_grow_with_waiting_claims(
    client, editor, claim_in, django_assert_num_queries
):
    _worked_by_editor(claim_in, editor)
    client.force_login(editor)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("dashboard"))
    for n in range(3):
        claim_in("queued", text=f"Unrelated claim {n}.")
    _worked_by_editor(claim_in, editor, 1)
    with django_assert_num_queries(len(small)):
        response = client.get(reverse("dashboard"))
    assert len(response.context["waiting_for_second_editor"]) == 2
    assert Rating.objects.exists()
