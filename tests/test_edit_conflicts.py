"""Field-level conflicts: only a field two people changed refuses a save."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.conflicts import comparable
from claims.errors import EditConflict, StaleClaim

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_review(claim_in):
    return claim_in("in_review")


def _seen(claim, *fields) -> dict:
    return {f: comparable(f, getattr(claim, "rating_id" if f == "rating" else f)) for f in fields}


def test_editor_changing_priority_does_not_refuse_the_reviewers_verdict(
    in_review, editor, reviewer, rating
):
    seen = _seen(in_review, "rating", "verdict_summary")
    workflow.edit(in_review, editor, {"priority": 4})
    workflow.edit(
        in_review,
        reviewer,
        {"rating": rating.code, "verdict_summary": "Measured 31 mg/l."},
        original=seen,
    )
    in_review.refresh_from_db()
    assert (in_review.priority, in_review.rating_id, in_review.verdict_summary) == (
        4,
        rating.code,
        "Measured 31 mg/l.",
    )


def test_same_field_changed_by_both_raises_a_conflict_with_both_values(in_review, editor, reviewer):
    seen = _seen(in_review, "verdict_summary")
    workflow.edit(in_review, editor, {"verdict_summary": "Editor's text."})
    with pytest.raises(EditConflict) as caught:
        workflow.edit(in_review, reviewer, {"verdict_summary": "Mine."}, original=seen)
    assert caught.value.extra["conflicts"] == {
        "verdict_summary": {"theirs": "Editor's text.", "yours": "Mine."}
    }
    in_review.refresh_from_db()
    assert in_review.verdict_summary == "Editor's text."


def test_both_choosing_the_same_value_is_no_conflict(in_review, editor, reviewer):
    seen = _seen(in_review, "verdict_summary")
    workflow.edit(in_review, editor, {"verdict_summary": "Same."})
    workflow.edit(in_review, reviewer, {"verdict_summary": "Same."}, original=seen)
    in_review.refresh_from_db()
    assert in_review.verdict_summary == "Same."


def test_version_check_stays_without_originals(in_review, editor, reviewer):
    old = in_review.version
    workflow.edit(in_review, editor, {"priority": 4})
    with pytest.raises(StaleClaim):
        workflow.edit(in_review, reviewer, {"verdict_summary": "Mine."}, expected_version=old)


def test_details_form_leaves_fields_the_editor_did_not_touch_alone(
    client, claim_in, editor, editor2
):
    claim = claim_in("queued")
    client.force_login(editor)
    form = client.get(claim.get_absolute_url()).context["forms"]["details"]
    data = {f"details-{name}": form[name].value() or "" for name in form.fields}
    data["details-priority"] = "4"
    # Meanwhile a colleague writes the short form; the due date shown lacks seconds.
    workflow.edit(claim, editor2, {"summary": "Nitrate at 48 mg/l"})
    response = client.post(reverse("claim-edit", args=[claim.pk, "details"]), data)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.priority, claim.summary) == (4, "Nitrate at 48 mg/l")
    edits = claim.events.filter(actor=editor, action="edit")
    assert list(edits.values_list("changes", flat=True)) == [{"priority": {"from": 2, "to": 4}}]


def _verdict_page_post(client, claim, **data):
    return client.post(reverse("claim-edit", args=[claim.pk, "verdict"]), data)


def test_page_saves_verdict_although_an_editor_changed_priority(
    client, in_review, editor, reviewer, rating
):
    client.force_login(reviewer)
    form = client.get(in_review.get_absolute_url()).context["forms"]["verdict"]
    original = form["original"].value()
    workflow.edit(in_review, editor, {"priority": 4})
    response = _verdict_page_post(
        client,
        in_review,
        **{
            "verdict-version": form["version"].value(),
            "verdict-original": original,
            "verdict-rating": rating.code,
            "verdict-verdict_summary": "Measured 31 mg/l.",
        },
    )
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert (in_review.priority, in_review.verdict_summary) == (4, "Measured 31 mg/l.")


def test_page_conflict_shows_theirs_and_keeps_yours_then_saves_yours_on_resend(
    client, in_review, editor, reviewer, rating
):
    client.force_login(reviewer)
    form = client.get(in_review.get_absolute_url()).context["forms"]["verdict"]
    data = {
        "verdict-version": form["version"].value(),
        "verdict-original": form["original"].value(),
        "verdict-rating": rating.code,
        "verdict-verdict_summary": "My careful verdict.",
    }
    workflow.edit(in_review, editor, {"verdict_summary": "The editor's wording."})
    response = _verdict_page_post(client, in_review, **data)
    assert response.status_code == 412
    html = response.content.decode()
    assert "The editor&#x27;s wording." in html
    assert "My careful verdict." in html
    kept = response.context["forms"]["verdict"]
    assert kept["verdict_summary"].value() == "My careful verdict."
    resend = {k: kept[k.removeprefix("verdict-")].value() for k in data}
    response = _verdict_page_post(client, in_review, **resend)
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert in_review.verdict_summary == "My careful verdict."
