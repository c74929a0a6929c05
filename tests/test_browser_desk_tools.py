"""Triage after import, duplicates, readable history and exports, walked in a real browser."""

import csv
import io

import pytest

from claims import workflow
from claims.models import Article, Claim
from tests.browser_support import PHONE, login, screenshot

pytestmark = [
    pytest.mark.browser,
    # The live server reads through its own connection, so data must really be committed.
    pytest.mark.django_db(transaction=True),
]

ENGLISH_ARTICLE = (
    "City council approves new water plan\n"
    "According to the utility, the city spent 1.2 million euros on new pipes in 2025.\n"
    "Mayor Jonas Reuter said the works were finished in March.\n"
    "Residents on the east side were unhappy about the noise of the works.\n"
    "This is good news for everyone.\n"
)
MISSED = "Residents on the east side were unhappy about the noise of the works."


def read_download(download) -> list[dict]:
    with open(download.path(), encoding="utf-8-sig") as handle:
        return list(csv.DictReader(io.StringIO(handle.read())))


def test_import_lands_on_triage_where_any_sentence_or_part_becomes_a_claim(
    live_server, new_page, editor, reviewer
):
    base = live_server.url
    page = new_page()
    login(page, base, "ed")
    page.goto(f"{base}/admin/claims/article/import/")
    page.get_by_label("Article text").fill(ENGLISH_ARTICLE)
    page.get_by_label("Language").select_option("en")
    page.get_by_role("button", name="Find claims").click()
    # The preview lists every sentence, the detector's candidates ticked.
    assert page.locator("#candidates tbody tr").count() >= 5
    assert page.get_by_text(MISSED).is_visible()
    assert not page.locator("#candidates tr", has_text=MISSED).locator("input").is_checked()
    screenshot(page, "import-preview-all-sentences")
    page.get_by_role("button", name="Save article and chosen claims").click()

    article = Article.objects.get()
    assert page.url == f"{base}/articles/{article.pk}/triage/"
    assert page.get_by_role("heading", name="Triage").is_visible()
    assert page.locator(".triage-list .sentence").count() >= 5
    assert page.locator(".sentence .score").first.is_visible()
    screenshot(page, "triage-after-import")

    # A part of a sentence the detector missed becomes a claim: edit the text, no script.
    row = page.locator(".sentence", has_text=MISSED)
    row.locator("summary", has_text="Make this a claim").click()
    row.get_by_label("Claim text").fill("unhappy about the noise of the works")
    row.get_by_label("Claimant").fill("Residents' association")
    row.get_by_label("Priority").select_option(label="high")
    row.get_by_label("Assign to").select_option(label="rev")
    row.get_by_role("button", name="Make this a claim").click()
    assert page.get_by_text("made from the sentence").is_visible()
    made = Claim.objects.get(text="unhappy about the noise of the works")
    assert (made.status, made.assignee, made.priority) == ("in_review", reviewer, 3)

    # A text that is not in the sentence is refused and kept for correcting.
    row = page.locator(".sentence", has_text="This is good news")
    row.locator("summary", has_text="Make this a claim").click()
    row.get_by_label("Claim text").fill("bad news")
    row.get_by_role("button", name="Make this a claim").click()
    row = page.locator(".sentence", has_text="This is good news")
    assert row.get_by_text("must be a part of the sentence").is_visible()
    assert row.get_by_label("Claim text").input_value() == "bad news"
    screenshot(page, "triage-refused-part")

    # Accept one claim, reject another with a reason.
    first, second = article.claims.filter(status="new").order_by("start")[:2]
    page.locator(f"#claim-{first.pk}").get_by_role("button", name="Accept into queue").click()
    page.locator(f"#claim-{second.pk}").get_by_label("Reason").fill("Not a factual claim.")
    page.locator(f"#claim-{second.pk}").get_by_role("button", name="Reject").click()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("queued", "rejected")
    screenshot(page, "triage-decided")

    # The article page offers the same to a reviewer.
    reviewer_page = new_page(viewport=PHONE)
    login(reviewer_page, base, "rev")
    reviewer_page.goto(f"{base}/articles/{article.pk}/")
    sentence = reviewer_page.locator("#sentences li", has_text="This is good news")
    sentence.locator("summary", has_text="Make this a claim").click()
    sentence.get_by_role("button", name="Make this a claim").click()
    claim = Claim.objects.get(text="This is good news for everyone.")
    assert reviewer_page.url == f"{base}/claims/{claim.pk}/"
    screenshot(reviewer_page, "article-make-claim-phone")


def test_duplicates_reuse_and_readable_history(
    live_server, new_page, editor, reviewer, claim_in, make_claim
):
    base = live_server.url
    published = claim_in("published")
    in_review = claim_in("in_review")
    claim = make_claim("Die Stadt hat 48 Milligramm Nitrat pro Liter gemessen.")
    claim.similar_claims.add(published, in_review)
    workflow.edit(claim, editor, {"priority": 3})

    page = new_page()
    login(page, base, "ed")
    page.goto(f"{base}/claims/{claim.pk}/")
    similar = page.locator("#similar")
    assert similar.locator(f'a[href="/claims/{published.pk}/"]').first.is_visible()
    review_item = similar.locator(f'.similar-claim[data-claim="{in_review.pk}"]')
    assert "in review" in review_item.inner_text()
    assert "already checked" not in review_item.inner_text()
    assert (
        "already checked"
        in similar.locator(f'.similar-claim[data-claim="{published.pk}"]').inner_text()
    )
    screenshot(page, "similar-claims-actions")

    # Reusing the published verdict fills the form; nothing is stored until it is saved.
    page.get_by_role("link", name="Reuse the published verdict").click()
    assert page.locator(f"#rating-{published.rating_id}").is_checked()
    assert page.get_by_label("Verdict summary").input_value() == published.verdict_summary
    claim.refresh_from_db()
    assert claim.rating_id is None
    screenshot(page, "reuse-verdict-prefilled")
    page.get_by_role("button", name="Save verdict").click()
    claim.refresh_from_db()
    assert claim.rating_id == published.rating_id

    page.get_by_role("button", name=f"Reject as duplicate of #{published.pk}").click()
    claim.refresh_from_db()
    assert (claim.status, claim.duplicate_of_id) == ("rejected", published.pk)
    history = page.locator("#history")
    assert history.get_by_role("link", name=f"#{published.pk}").is_visible()
    assert "Priority: normal → high" in history.inner_text()
    assert "priority: 2" not in history.inner_text()
    screenshot(page, "history-duplicate-english")

    german = new_page(locale="de-DE")
    login_de(german, base)
    german.goto(f"{base}/claims/{claim.pk}/")
    text = german.locator("#history").inner_text()
    assert "Priorität: normal → hoch" in text
    assert "Als Duplikat ablehnen" in text
    assert "mostly_false" not in text and "T" not in text.split("\n")[0][:10]
    screenshot(german, "history-german")
    german.goto(f"{base}/admin/claims/claim/{claim.pk}/change/")
    admin_history = german.locator("#events-group, .inline-group").last.inner_text()
    assert "Priorität: normal → hoch" in admin_history
    assert '{"' not in admin_history
    screenshot(german, "admin-history-german")


def login_de(page, base: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Benutzername").fill("ed")
    page.get_by_label("Passwort").fill("pw")
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_load_state()


def test_exports_from_queue_and_admin_carry_their_filters(
    live_server, new_page, editor, reviewer, make_claim
):
    base = live_server.url
    urgent = make_claim('=HYPERLINK("http://evil.example") 300 Wohnungen.', priority=4)
    workflow.perform(urgent, "accept", editor)
    other = make_claim("Der Pegel stieg um 2 Meter.")
    workflow.perform(other, "accept", editor)

    page = new_page()
    login(page, base, "ed")
    page.goto(f"{base}/queue/?status=queued&q=Wohnungen")
    screenshot(page, "queue-export-link")
    with page.expect_download() as info:
        page.get_by_role("link", name="Export these claims as CSV").click()
    rows = read_download(info.value)
    assert [row["id"] for row in rows] == [str(urgent.pk)]
    assert rows[0]["text"].startswith("'=HYPERLINK")

    page.goto(f"{base}/admin/claims/claim/?q=Pegel")
    screenshot(page, "admin-export-link")
    with page.expect_download() as info:
        page.get_by_role("link", name="Export CSV").click()
    assert [row["id"] for row in read_download(info.value)] == [str(other.pk)]

    # The API answers the same way, with the session of the browser.
    response = page.request.get(f"{base}/api/claims/?format=csv&priority=4")
    assert response.headers["content-type"].startswith("text/csv")
    body = response.text().lstrip("\ufeff")
    assert [row["id"] for row in csv.DictReader(io.StringIO(body))] == [str(urgent.pk)]
