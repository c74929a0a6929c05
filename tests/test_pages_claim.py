"""The claim page: reading a claim and working on it through plain forms."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import workflow
from claims.models import ClaimSource, Note

# Every test here needs the database, even those that pick their users by name.
pytestmark = pytest.mark.django_db


def _url(claim, name: str = "claim-detail", *extra) -> str:
    return reverse(name, args=[claim.pk, *extra])


def _buttons(response) -> list[str]:
    return re.findall(r'name="do" value="([a-z_]+)"', response.content.decode())


@pytest.fixture
def in_review(claim_in):
    return claim_in("in_review")


def test_anonymous_is_sent_to_login(client, make_claim):
    claim = make_claim()
    response = client.get(_url(claim))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_user_without_group_is_refused(client, outsider, in_review):
    client.force_login(outsider)
    assert client.get(_url(in_review)).status_code == 403
    response = client.post(_url(in_review, "claim-add-note"), {"note-body": "Hi"})
    assert response.status_code == 403
    assert not Note.objects.exists()


def test_page_shows_claim_context_reasons_and_history(client, reviewer, make_claim):
    claim = make_claim(claimant="Umweltamt", reasons=["figure_or_date", "unknown_code"])
    client.force_login(reviewer)
    response = client.get(_url(claim))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Umweltamt" in html
    assert '<li data-reason="figure_or_date">Contains a figure or date</li>' in html
    # A code without a label is still shown rather than dropped.
    assert '<li data-reason="unknown_code">unknown_code</li>' in html
    assert f"<mark>{claim.text}</mark>" in html
    assert (
        "Stadtrat beschließt neues Wassergesetz" not in html.split("<mark>")[1].split("</mark>")[0]
    )
    assert reverse("article-detail", args=[claim.article_id]) in html
    assert "Created" in html


def test_similar_earlier_claims_are_linked(client, reviewer, make_claim):
    earlier = make_claim("Die Stadt hat 2,4 Millionen investiert.")
    claim = make_claim()
    claim.similar_claims.add(earlier)
    client.force_login(reviewer)
    assert _url(earlier) in client.get(_url(claim)).content.decode()


@pytest.mark.parametrize(
    ("status", "who", "expected"),
    [
        ("new", "editor", ["accept", "reject", "reject_duplicate"]),
        ("new", "reviewer", []),
        ("queued", "reviewer", ["take"]),
        ("queued", "reader", []),
        ("in_review", "reviewer", ["release", "submit"]),
        ("in_review", "reviewer2", []),
        ("submitted", "editor", ["send_back", "publish"]),
        ("published", "editor", ["reopen"]),
    ],
)
def test_buttons_are_exactly_the_available_actions(
    client, request, claim_in, status, who, expected
):
    claim = claim_in(status)
    user = request.getfixturevalue(who)
    client.force_login(user)
    response = client.get(_url(claim))
    assert _buttons(response) == expected == workflow.available_actions(claim, user)


def test_action_with_reason_shows_its_field_label(client, editor, make_claim):
    client.force_login(editor)
    html = client.get(_url(make_claim())).content.decode()
    assert 'name="action-reject-comment"' in html
    assert "Reason" in html


def test_taking_a_claim_from_its_page(client, reviewer, claim_in):
    claim = claim_in("queued")
    client.force_login(reviewer)
    response = client.post(
        _url(claim, "claim-action", "take"), {"action-take-version": claim.version}
    )
    assert response.status_code == 302
    assert response["Location"] == _url(claim)
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == ("in_review", reviewer)


def test_reject_without_reason_is_refused_and_changes_nothing(client, editor, make_claim):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(
        _url(claim, "claim-action", "reject"),
        {"action-reject-version": claim.version, "action-reject-comment": ""},
    )
    assert response.status_code == 400
    assert response.context["action_forms"][1].errors["comment"]
    claim.refresh_from_db()
    assert claim.status == "new"


def test_assign_needs_a_reviewer(client, editor, reviewer2, claim_in):
    claim = claim_in("queued")
    client.force_login(editor)
    url = _url(claim, "claim-action", "assign")
    response = client.post(url, {"action-assign-version": claim.version})
    assert response.status_code == 400
    claim.refresh_from_db()
    assert claim.assignee is None
    response = client.post(
        url, {"action-assign-version": claim.version, "action-assign-assignee": reviewer2.pk}
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.assignee == reviewer2


def test_refused_action_shows_the_workflow_message(client, reviewer, in_review):
    client.force_login(reviewer)
    response = client.post(
        _url(in_review, "claim-action", "submit"), {"action-submit-version": in_review.version}
    )
    assert response.status_code == 400
    assert "Choose a rating before submitting the verdict." in response.content.decode()
    in_review.refresh_from_db()
    assert in_review.status == "in_review"


def test_unknown_action_is_not_found(client, editor, make_claim):
    client.force_login(editor)
    assert client.post(_url(make_claim(), "claim-action", "explode")).status_code == 404


def _source_data(claim, **overrides) -> dict:
    data = {
        "source-version": claim.version,
        "source-url": "https://stats.example.org/nitrat",
        "source-title": "Messwerte 2024",
        "source-publisher": "Landesamt",
        "source-stance": "refutes",
        "source-excerpt": "Der Mittelwert lag bei 31 mg/l.",
        "source-archive_url": "https://archive.example.org/nitrat",
        "source-accessed_at": "2024-06-01",
    }
    data.update(overrides)
    return data


def test_assignee_adds_a_source(client, reviewer, in_review):
    client.force_login(reviewer)
    response = client.post(_url(in_review, "claim-add-source"), _source_data(in_review))
    assert response.status_code == 302
    entry = ClaimSource.objects.get(claim=in_review)
    assert entry.stance == "refutes"
    assert entry.source.archive_url == "https://archive.example.org/nitrat"
    assert str(entry.accessed_at) == "2024-06-01"
    assert "Messwerte 2024" in client.get(_url(in_review)).content.decode()


@pytest.mark.parametrize(
    "overrides",
    [
        {"source-url": "not a url"},
        {"source-url": ""},
        {"source-stance": "loves"},
        {"source-archive_url": "javascript:alert(1)"},
        {"source-accessed_at": "yesterday"},
    ],
)
def test_bad_source_input_shows_an_error_and_stores_nothing(client, reviewer, in_review, overrides):
    client.force_login(reviewer)
    response = client.post(
        _url(in_review, "claim-add-source"), _source_data(in_review, **overrides)
    )
    assert response.status_code == 400
    assert response.context["forms"]["source"].errors
    assert not ClaimSource.objects.exists()


def test_other_reviewer_cannot_add_a_source(client, reviewer2, in_review):
    client.force_login(reviewer2)
    html = client.get(_url(in_review)).content.decode()
    assert "Add a source" not in html
    response = client.post(_url(in_review, "claim-add-source"), _source_data(in_review))
    assert response.status_code == 403
    assert "may add sources" in response.content.decode()
    assert not ClaimSource.objects.exists()


def test_note_and_right_of_reply_are_added(client, reviewer, in_review):
    client.force_login(reviewer)
    url = _url(in_review, "claim-add-note")
    base = {"note-version": in_review.version}
    assert client.post(url, {**base, "note-kind": "note", "note-body": "Called the office."})[
        "Location"
    ] == _url(in_review)
    client.post(
        url,
        {
            **base,
            "note-kind": "right_of_reply",
            "note-body": "Asked the mayor for comment.",
            "note-contacted_at": "2024-06-02",
        },
    )
    assert list(Note.objects.values_list("kind", flat=True)) == ["note", "right_of_reply"]
    html = client.get(_url(in_review)).content.decode()
    assert "Called the office." in html
    assert "Asked the mayor for comment." in html


@pytest.mark.parametrize(
    "data",
    [
        {"note-kind": "note", "note-body": ""},
        {"note-kind": "note", "note-body": "Text", "note-contacted_at": "2024-06-02"},
        {
            "note-kind": "right_of_reply",
            "note-body": "Text",
            "note-contacted_at": "2024-06-05",
            "note-replied_at": "2024-06-01",
        },
        {"note-kind": "gossip", "note-body": "Text"},
    ],
)
def test_bad_note_input_shows_an_error_and_stores_nothing(client, reviewer, in_review, data):
    client.force_login(reviewer)
    response = client.post(
        _url(in_review, "claim-add-note"), {"note-version": in_review.version, **data}
    )
    assert response.status_code == 400
    form = response.context["forms"]["note"]
    assert form.errors
    assert form["body"].value() == data["note-body"]
    assert not Note.objects.exists()


def test_reader_cannot_add_notes(client, reader, in_review):
    client.force_login(reader)
    assert "Add note" not in client.get(_url(in_review)).content.decode()
    response = client.post(
        _url(in_review, "claim-add-note"),
        {"note-version": in_review.version, "note-kind": "note", "note-body": "Hi"},
    )
    assert response.status_code == 403
    assert not Note.objects.exists()


def test_verdict_form_shows_the_scale_with_definitions(client, reviewer, in_review, rating):
    client.force_login(reviewer)
    html = client.get(_url(in_review)).content.decode()
    assert f'value="{rating.code}"' in html
    assert rating.definition("en") in html


def test_saving_and_submitting_a_verdict(client, reviewer, in_review, rating):
    client.force_login(reviewer)
    response = client.post(
        _url(in_review, "claim-edit", "verdict"),
        {
            "verdict-version": in_review.version,
            "verdict-rating": rating.code,
            "verdict-verdict_summary": "The office measured 31 mg/l.",
        },
    )
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert (in_review.rating_id, in_review.verdict_summary) == (
        rating.code,
        "The office measured 31 mg/l.",
    )
    client.post(_url(in_review, "claim-add-source"), _source_data(in_review))
    response = client.post(
        _url(in_review, "claim-action", "submit"), {"action-submit-version": in_review.version}
    )
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert in_review.status == "submitted"


def test_unknown_rating_is_refused(client, reviewer, in_review):
    client.force_login(reviewer)
    response = client.post(
        _url(in_review, "claim-edit", "verdict"),
        {"verdict-version": in_review.version, "verdict-rating": "pants_on_fire"},
    )
    assert response.status_code == 400
    assert response.context["forms"]["verdict"].errors["rating"]
    in_review.refresh_from_db()
    assert in_review.rating_id is None


def test_reviewer_without_the_claim_cannot_set_the_verdict(client, reviewer2, in_review, rating):
    client.force_login(reviewer2)
    response = client.post(
        _url(in_review, "claim-edit", "verdict"),
        {"verdict-version": in_review.version, "verdict-rating": rating.code},
    )
    assert response.status_code == 403
    in_review.refresh_from_db()
    assert in_review.rating_id is None


def test_editor_changes_details(client, editor, claim_in):
    claim = claim_in("queued")
    client.force_login(editor)
    response = client.post(
        _url(claim, "claim-edit", "details"),
        {
            "details-version": claim.version,
            "details-priority": "4",
            "details-due_at": "2030-01-02T10:00",
            "details-summary": "Nitrate at 48 mg/l",
            "details-claimant": "Umweltamt",
            "details-source_url": "",
        },
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.priority, claim.summary, claim.claimant) == (4, "Nitrate at 48 mg/l", "Umweltamt")


def test_reviewer_gets_no_details_form(client, reviewer, in_review):
    client.force_login(reviewer)
    assert "Save details" not in client.get(_url(in_review)).content.decode()
    response = client.post(
        _url(in_review, "claim-edit", "details"),
        {"details-version": in_review.version, "details-priority": "4"},
    )
    assert response.status_code == 403
    in_review.refresh_from_db()
    assert in_review.priority == 2


def test_stale_verdict_form_is_refused_and_keeps_the_input(
    client, reviewer, editor, in_review, rating
):
    client.force_login(reviewer)
    old_version = in_review.version
    workflow.edit(in_review, editor, {"priority": 4})  # someone else changes the claim meanwhile
    response = client.post(
        _url(in_review, "claim-edit", "verdict"),
        {
            "verdict-version": old_version,
            "verdict-rating": rating.code,
            "verdict-verdict_summary": "My carefully written verdict.",
        },
    )
    assert response.status_code == 412
    html = response.content.decode()
    assert "Someone else changed this claim meanwhile" in html
    assert "My carefully written verdict." in html
    form = response.context["forms"]["verdict"]
    assert form["rating"].value() == rating.code
    # The kept input now targets the current version, so sending it again works.
    in_review.refresh_from_db()
    assert form["version"].value() == str(in_review.version)
    assert in_review.rating_id is None
    assert in_review.verdict_summary == ""


def test_stale_source_form_is_refused_and_stores_nothing(client, reviewer, editor, in_review):
    client.force_login(reviewer)
    data = _source_data(in_review)
    workflow.edit(in_review, editor, {"priority": 4})
    response = client.post(_url(in_review, "claim-add-source"), data)
    assert response.status_code == 412
    assert "Someone else changed this claim meanwhile" in response.content.decode()
    assert response.context["forms"]["source"]["excerpt"].value() == data["source-excerpt"]
    assert not ClaimSource.objects.exists()


def test_stale_action_is_refused(client, editor, editor2, claim_in):
    claim = claim_in("queued")
    client.force_login(editor)
    old_version = claim.version
    workflow.perform(claim, "reject", editor2, comment="Duplicate.")
    workflow.perform(claim, "restore", editor2)
    response = client.post(
        _url(claim, "claim-action", "reject"),
        {"action-reject-version": old_version, "action-reject-comment": "Not check-worthy"},
    )
    assert response.status_code == 412
    assert "Not check-worthy" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "new"


def _grow_ledger(claim, reviewer, editor, first: int, last: int) -> None:
    for i in range(first, last):
        workflow.add_source(
            claim, reviewer, url=f"https://src.example.org/{claim.pk}/{i}", stance="context"
        )
        workflow.add_note(claim, reviewer, body=f"Note {i}")
        workflow.edit(claim, editor, {"priority": 1 + i % 4})
        similar = workflow.create_claim(editor, text=f"Similar {claim.pk} {i}", language="de")
        claim.similar_claims.add(similar)


@pytest.mark.parametrize("who", ["reviewer", "editor"])
def test_claim_page_runs_a_constant_number_of_queries(
    client, request, editor, reviewer, claim_in, django_assert_num_queries, who
):
    client.force_login(request.getfixturevalue(who))
    claim = claim_in("in_review")
    _grow_ledger(claim, reviewer, editor, 0, 1)
    with CaptureQueriesContext(connection) as small:
        assert client.get(_url(claim)).status_code == 200
    _grow_ledger(claim, reviewer, editor, 1, 7)
    with django_assert_num_queries(len(small)):
        response = client.get(_url(claim))
    assert len(response.context["evidence"]) == 7


def test_similar_claim_shows_its_earlier_verdict(client, reviewer, claim_in, make_claim):
    earlier = claim_in("published")
    claim = make_claim("Die Stadt investierte 2,4 Millionen Euro.")
    claim.similar_claims.add(earlier)
    client.force_login(reviewer)
    html = client.get(_url(claim)).content.decode()
    assert re.search(
        rf'#{earlier.pk}</a>\s*<span class="badge status-published">already checked', html
    )
    assert f"rated {earlier.rating.label('en')}" in html
