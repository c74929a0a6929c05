"""Duplicates as actions: linked similar claims, "reject as duplicate of #N", reusing a verdict."""

import re

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims import workflow
from claims.errors import MissingInput
from claims.models import Claim

pytestmark = pytest.mark.django_db


def page(claim: Claim) -> str:
    return reverse("claim-detail", args=[claim.pk])


def action_url(claim: Claim, name: str) -> str:
    return reverse("claim-action", args=[claim.pk, name])


@pytest.fixture
def pair(make_claim, editor):
    earlier = make_claim("Die Stadt hat 2,4 Millionen Euro investiert.")
    claim = make_claim("Die Stadt investierte 2,4 Millionen Euro.")
    claim.similar_claims.add(earlier)
    return earlier, claim


def test_similar_claims_link_with_their_status_not_already_checked(client, editor, reviewer, pair):
    earlier, claim = pair
    workflow.perform(earlier, "accept", editor)
    workflow.perform(earlier, "take", reviewer)
    client.force_login(editor)
    html = client.get(page(claim)).content.decode()
    item = re.search(r'<li class="similar-claim".*?</li>', html, re.S).group(0)
    assert f'href="/claims/{earlier.pk}/"' in item
    assert "in review" in item
    assert "already checked" not in item


def test_editor_rejects_as_duplicate_from_the_similar_list(client, editor, pair):
    earlier, claim = pair
    client.force_login(editor)
    html = client.get(page(claim)).content.decode()
    assert f"Reject as duplicate of #{earlier.pk}" in html
    response = client.post(
        action_url(claim, "reject_duplicate"),
        {
            "action-reject_duplicate-version": claim.version,
            "action-reject_duplicate-duplicate_of": earlier.pk,
        },
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == "rejected"
    assert claim.duplicate_of == earlier
    event = claim.events.latest("id")
    assert event.action == "reject_duplicate"
    assert event.changes["duplicate_of"] == {"from": None, "to": earlier.pk}
    html = client.get(page(claim)).content.decode()
    assert "Reject as duplicate" in html  # the history names the action
    assert f'Duplicate of</span>: — → <a href="/claims/{earlier.pk}/">#{earlier.pk}</a>' in html


def test_reviewer_is_not_offered_duplicate_actions(client, reviewer, pair):
    earlier, claim = pair
    client.force_login(reviewer)
    html = client.get(page(claim)).content.decode()
    assert "Reject as duplicate" not in html
    assert "Reuse the published verdict" not in html


def test_unknown_or_own_number_is_refused_and_nothing_changes(editor, pair):
    earlier, claim = pair
    with pytest.raises(MissingInput, match="There is no claim"):
        workflow.perform(claim, "reject_duplicate", editor, duplicate_of=10**9)
    with pytest.raises(MissingInput, match="itself"):
        workflow.perform(claim, "reject_duplicate", editor, duplicate_of=claim.pk)
    with pytest.raises(MissingInput, match="earlier claim"):
        workflow.perform(claim, "reject_duplicate", editor)
    claim.refresh_from_db()
    assert (claim.status, claim.duplicate_of_id, claim.events.count()) == ("new", None, 1)


def test_page_keeps_a_wrong_number_with_a_message(client, editor, pair):
    earlier, claim = pair
    client.force_login(editor)
    response = client.post(
        action_url(claim, "reject_duplicate"),
        {
            "action-reject_duplicate-version": claim.version,
            "action-reject_duplicate-duplicate_of": 10**9,
        },
    )
    assert response.status_code == 400
    assert f"There is no claim #{10**9}." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "new"


def test_duplicate_of_a_duplicate_points_to_the_original(editor, pair, make_claim):
    earlier, claim = pair
    workflow.perform(claim, "reject_duplicate", editor, duplicate_of=earlier)
    third = make_claim("2,4 Millionen Euro hat die Stadt investiert.")
    workflow.perform(third, "reject_duplicate", editor, duplicate_of=claim.pk)
    third.refresh_from_db()
    assert third.duplicate_of_id == earlier.pk


def test_restore_clears_the_duplicate_link_in_history(editor, pair):
    earlier, claim = pair
    workflow.perform(claim, "reject_duplicate", editor, duplicate_of=earlier)
    workflow.perform(claim, "restore", editor)
    claim.refresh_from_db()
    assert claim.duplicate_of_id is None
    assert claim.events.latest("id").changes["duplicate_of"] == {"from": earlier.pk, "to": None}


def test_api_rejects_as_duplicate_and_shows_the_link(editor, pair):
    earlier, claim = pair
    client = APIClient()
    client.force_authenticate(editor)
    missing = client.post(f"/api/claims/{claim.pk}/reject_duplicate/", {}, format="json")
    assert missing.status_code == 400
    done = client.post(
        f"/api/claims/{claim.pk}/reject_duplicate/", {"duplicate_of": earlier.pk}, format="json"
    )
    assert done.status_code == 200
    data = done.json()
    assert data["status"] == "rejected"
    assert data["duplicate_of"] == earlier.pk
    assert data["history"][-1]["changes"]["duplicate_of"]["to"] == earlier.pk
    # The contract's plain reject still works and needs its reason.
    other = Claim.objects.create(text="Eine andere Behauptung.", language="de")
    assert client.post(f"/api/claims/{other.pk}/reject/", {}, format="json").status_code == 400


def test_admin_asks_for_the_earlier_claim(client, editor, pair):
    earlier, claim = pair
    client.force_login(editor)
    url = reverse("admin:claims_claim_action", args=[claim.pk, "reject_duplicate"])
    assert 'name="duplicate_of"' in client.get(url).content.decode()
    versions = f"{claim.pk}:{claim.version}"
    client.post(url, {"apply": "1", "duplicate_of": earlier.pk, "versions": versions})
    claim.refresh_from_db()
    assert claim.duplicate_of_id == earlier.pk


def test_reuse_prefills_the_verdict_without_storing_it(client, editor, claim_in, make_claim):
    earlier = claim_in("published")
    claim = make_claim("Die Stadt investierte 2,4 Millionen Euro.")
    claim.similar_claims.add(earlier)
    client.force_login(editor)
    html = client.get(page(claim)).content.decode()
    assert f'href="/claims/{claim.pk}/?reuse={earlier.pk}#verdict"' in html
    version = claim.version
    html = client.get(page(claim), {"reuse": earlier.pk}).content.decode()
    assert f'value="{earlier.rating_id}" checked' in html
    assert earlier.verdict_summary in html
    assert "nothing is stored until then" in html
    claim.refresh_from_db()
    assert (claim.rating_id, claim.verdict_summary, claim.version) == (None, "", version)
    client.post(
        reverse("claim-edit", args=[claim.pk, "verdict"]),
        {
            "verdict-version": claim.version,
            "verdict-rating": earlier.rating_id,
            "verdict-verdict_summary": earlier.verdict_summary,
        },
    )
    claim.refresh_from_db()
    assert claim.rating_id == earlier.rating_id
    assert claim.events.latest("id").action == "edit"


def test_reuse_of_an_unpublished_claim_is_refused(client, editor, pair):
    earlier, claim = pair
    client.force_login(editor)
    html = client.get(page(claim), {"reuse": earlier.pk}).content.decode()
    assert "Only the verdict of another published fact-check can be reused." in html


def test_reuse_needs_the_right_to_set_the_verdict(client, reviewer, claim_in, make_claim):
    earlier = claim_in("published")
    claim = make_claim("Die Stadt investierte 2,4 Millionen Euro.")
    client.force_login(reviewer)
    html = client.get(page(claim), {"reuse": earlier.pk}).content.decode()
    assert "You may not set this claim&#x27;s verdict now." in html


def test_duplicate_links_survive_export_and_import_of_the_desk(tmp_path, editor, make_claim):
    from django.core.management import call_command

    from tests.test_desk_export import export_text, wipe_database

    earlier = make_claim("Die Stadt hat 2,4 Millionen Euro investiert.")
    copy = make_claim("Die Stadt investierte 2,4 Millionen Euro.")
    later = make_claim("Investiert hat die Stadt 2,4 Millionen Euro.")
    workflow.perform(copy, "reject_duplicate", editor, duplicate_of=earlier)
    # A link may also point to a claim created later (the original found afterwards).
    workflow.perform(earlier, "reject_duplicate", editor, duplicate_of=later)
    first = export_text(tmp_path, "first.json")
    wipe_database()
    call_command("import_desk", str(tmp_path / "first.json"))
    assert export_text(tmp_path, "second.json") == first
    assert Claim.objects.get(pk=copy.pk).duplicate_of_id == earlier.pk
    assert Claim.objects.get(pk=earlier.pk).duplicate_of_id == later.pk
