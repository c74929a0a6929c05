"""The hand-offs between people of the desk, in a real browser (issue points 1-4, 8)."""

import json

import pytest

from claims import workflow
from tests.browser_support import login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_submit_verdict_without_saving_first_keeps_nothing_back(
    live_server, new_page, editor, reviewer, claim_in
):
    claim = claim_in("in_review")
    page = new_page()
    login(page, live_server.url, "rev")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.get_by_label("false", exact=True).check()
    page.get_by_label("Verdict summary").fill("The office measured 31 mg/l, not 48.")
    # Adding a source first must not drop the verdict typed above.
    page.get_by_text("Add a source", exact=True).click()
    page.get_by_label("Source URL").fill("https://stats.example.org/nitrat-2024")
    page.get_by_label("Stance").select_option("refutes")
    page.get_by_role("button", name="Add source").click()
    assert page.get_by_text("Source added to the evidence ledger.").is_visible()
    assert page.get_by_label("Verdict summary").input_value() == (
        "The office measured 31 mg/l, not 48."
    )
    assert page.get_by_label("false", exact=True).is_checked()
    screenshot(page, "desk-1-verdict-kept-after-adding-source")
    # "Submit verdict" sits below the form and saves it in the same request.
    save_box = page.get_by_role("button", name="Save verdict").bounding_box()
    submit_box = page.get_by_role("button", name="Submit verdict").bounding_box()
    assert submit_box["y"] >= save_box["y"]
    page.get_by_role("button", name="Submit verdict").click()
    assert page.locator(".claim-head .badge.status-submitted").is_visible()
    claim.refresh_from_db()
    assert (claim.status, claim.verdict_summary) == (
        "submitted",
        "The office measured 31 mg/l, not 48.",
    )
    screenshot(page, "desk-1-submitted-in-one-step")


def test_concurrent_edits_refuse_only_a_real_conflict(
    live_server, new_page, editor, reviewer, claim_in
):
    claim = claim_in("in_review")
    page = new_page()
    login(page, live_server.url, "rev")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.get_by_label("Verdict summary").fill("First draft of my verdict.")
    workflow.edit(claim, editor, {"priority": 4})  # the editor raises the priority meanwhile
    page.get_by_role("button", name="Save verdict").click()
    assert page.get_by_text("Changes saved.").is_visible()
    screenshot(page, "desk-8-verdict-saved-despite-priority-change")

    page.get_by_label("Verdict summary").fill("My final wording.")
    workflow.edit(claim, editor, {"verdict_summary": "The editor's wording."})
    page.get_by_role("button", name="Save verdict").click()
    conflict = page.locator(".conflicts")
    assert conflict.is_visible()
    assert "The editor's wording." in conflict.inner_text()
    assert page.get_by_label("Verdict summary").input_value() == "My final wording."
    screenshot(page, "desk-8-conflict-shows-both-values")
    page.get_by_role("button", name="Save verdict").click()
    assert page.get_by_text("Changes saved.").is_visible()
    claim.refresh_from_db()
    assert claim.verdict_summary == "My final wording."


def test_send_back_reaches_the_reviewer_as_notification_and_banner(
    live_server, new_page, editor, reviewer, claim_in
):
    claim = claim_in("submitted")
    page = new_page()
    login(page, live_server.url, "ed")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.get_by_label("Comment for the reviewer").fill("Please add the May report as a source.")
    page.get_by_role("button", name="Send back").click()
    assert page.locator(".claim-head .badge.status-in_review").is_visible()
    page.get_by_role("button", name="Log out").click()

    login(page, live_server.url, "rev")
    assert page.locator(".inbox-link .unread-count").inner_text() == "1"
    page.locator(".inbox-link").click()
    assert page.get_by_text("Sent back to you").is_visible()
    assert page.get_by_text("Please add the May report as a source.").is_visible()
    screenshot(page, "desk-2-inbox-with-send-back")
    page.get_by_role("link", name=f"#{claim.pk}").first.click()
    banner = page.locator(".sent-back-banner")
    assert "Please add the May report as a source." in banner.inner_text()
    screenshot(page, "desk-2-sent-back-banner")
    page.locator(".inbox-link").click()
    page.get_by_role("button", name="Mark all as read").click()
    assert page.locator(".inbox-link .unread-count").count() == 0


def test_publish_step_previews_confirms_and_explains_four_eyes(
    live_server, new_page, editor, editor2, reviewer, claim_in
):
    base = live_server.url
    claim = claim_in("submitted", claimant="Umweltamt")
    workflow.edit(claim, editor, {"summary": ""})  # the short form is still to be written
    own = claim_in("queued", text="Die Stadt hat 300 Wohnungen gebaut.")

    page = new_page()
    login(page, base, "ed")
    # Warned before taking a claim, then unable to publish it: the page says why.
    page.goto(f"{base}/claims/{own.pk}/")
    assert page.locator(".take-warning").is_visible()
    page.get_by_role("button", name="Take").click()
    page.get_by_label("false", exact=True).check()
    page.get_by_label("Verdict summary").fill("The city built 120 flats.")
    page.get_by_text("Add a source", exact=True).click()
    page.get_by_label("Source URL").fill("https://stadt.example.org/bau")
    page.get_by_label("Stance").select_option("refutes")
    page.get_by_role("button", name="Add source").click()
    page.get_by_role("button", name="Submit verdict").click()
    assert page.locator(".claim-head .badge.status-submitted").is_visible()
    assert page.get_by_role("button", name="Publish").count() == 0
    assert "you hold this claim as its reviewer" in page.locator(".four-eyes").inner_text()
    screenshot(page, "desk-4-four-eyes-explained")
    page.goto(f"{base}/dashboard/")
    waiting = page.locator(".waiting-second-editor")
    assert "Die Stadt hat 300 Wohnungen gebaut." in waiting.inner_text()
    screenshot(page, "desk-4-dashboard-waiting-for-second-editor")

    # The real publish step on someone else's verdict.
    page.goto(f"{base}/claims/{claim.pk}/")
    assert page.locator(".summary-needed").is_visible()
    preview = page.locator(".claimreview-preview pre").inner_text()
    assert '"@type": "Organization"' in preview
    assert page.locator("a.preview-link").get_attribute("href") == f"/factchecks/{claim.pk}/"
    page.get_by_label("Claim reviewed, as published").fill("Nitratwert im Mai: 48 mg/l")
    page.get_by_role("button", name="Publish").click()
    # Not sent without the confirmation (the browser asks for the tick, no script needed);
    # the typed short form is still there.
    confirm = page.get_by_label("I checked the preview and the ClaimReview above; publish it.")
    assert confirm.evaluate("box => box.validity.valueMissing")
    assert page.locator(".claim-head .badge.status-submitted").is_visible()
    assert page.get_by_label("Claim reviewed, as published").input_value() == (
        "Nitratwert im Mai: 48 mg/l"
    )
    screenshot(page, "desk-3-publish-needs-confirmation")
    confirm.check()
    page.get_by_role("button", name="Publish").click()
    assert page.locator(".claim-head .badge.status-published").is_visible()
    page.goto(f"{base}/factchecks/{claim.pk}/")
    data = json.loads(page.locator('script[type="application/ld+json"]').inner_text())
    assert data["claimReviewed"] == "Nitratwert im Mai: 48 mg/l"
    assert data["itemReviewed"]["author"]["@type"] == "Organization"
    screenshot(page, "desk-3-published-page")
