"""A claim's way from the queue to the public page, in a real browser."""

import json
import re

import pytest

from claims import workflow
from claims.models import Article, Claim
from tests.browser_support import PHONE, login, logout, screenshot

# The Chromium and page fixtures.

pytestmark = [
    pytest.mark.browser,
    # The live server reads through its own connection, so data must really be committed.
    pytest.mark.django_db(transaction=True),
]


def test_reviewer_researches_and_editor_publishes(
    live_server, new_page, editor, reviewer, make_claim
):
    base = live_server.url
    claim = workflow.perform(
        make_claim(claimant="Umweltamt", reasons=["figure_or_date", "named_actor"]),
        "accept",
        editor,
    )
    workflow.perform(
        workflow.create_claim(editor, text="Die Stadt baut 300 Wohnungen.", language="de"),
        "accept",
        editor,
    )

    page = new_page()
    login(page, base, "rev")
    assert page.url == f"{base}/queue/"
    screenshot(page, "queue-desktop")
    page.get_by_role("button", name="Take next claim").click()
    assert page.url == f"{base}/claims/{claim.pk}/"
    assert page.get_by_text("You took this claim.").is_visible()

    page.get_by_text("Add a source", exact=True).click()
    page.get_by_label("Source URL").fill("https://stats.example.org/nitrat-2024")
    page.get_by_label("Title").fill("Nitrat-Messwerte 2024")
    page.get_by_label("Stance").select_option("refutes")
    page.get_by_label("Quoted excerpt").fill("Der Mittelwert lag im Mai bei 31 mg/l.")
    page.get_by_label("Archive URL").fill("https://archive.example.org/nitrat-2024")
    page.get_by_label("Accessed on").fill("2024-06-01")
    page.get_by_role("button", name="Add source").click()
    assert page.get_by_text("Source added to the evidence ledger.").is_visible()

    page.get_by_text("Add a note or right-of-reply entry").click()
    page.get_by_label("Note", exact=True).fill("Umweltamt confirmed 31 mg/l by phone.")
    page.get_by_role("button", name="Add note").click()
    assert page.get_by_text("Umweltamt confirmed 31 mg/l by phone.").is_visible()

    page.get_by_label("false", exact=True).check()
    page.get_by_label("Verdict summary").fill("The office measured 31 mg/l, not 48.")
    page.get_by_role("button", name="Save verdict").click()
    assert page.get_by_text("Changes saved.").is_visible()
    screenshot(page, "claim-desktop")
    page.get_by_role("button", name="Submit verdict").click()
    assert page.locator(".claim-head .badge.status-submitted").is_visible()
    phone = new_page(viewport=PHONE)
    login(phone, base, "rev")
    phone.goto(f"{base}/claims/{claim.pk}/")
    screenshot(phone, "claim-phone")
    phone.goto(f"{base}/queue/")
    screenshot(phone, "queue-phone")
    logout(page)

    login(page, base, "ed")
    assert page.url == f"{base}/dashboard/"
    page.goto(f"{base}/claims/{claim.pk}/")
    page.get_by_label("Claim reviewed, as published").fill("Nitrat im Mai bei 48 mg/l")
    page.get_by_label("I checked the preview and the ClaimReview above; publish it.").check()
    page.get_by_role("button", name="Publish").click()
    assert page.locator(".claim-head .badge.status-published").is_visible()
    claim.refresh_from_db()
    assert claim.status == "published"
    page.goto(f"{base}/dashboard/")
    assert page.locator("svg.chart rect.bar").count() == 12
    screenshot(page, "dashboard-desktop")

    reader = new_page()
    reader.goto(f"{base}/factchecks/{claim.pk}/")
    assert reader.get_by_text("The office measured 31 mg/l, not 48.").is_visible()
    assert reader.get_by_text("Nitrat-Messwerte 2024").is_visible()
    data = json.loads(reader.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "ClaimReview"
    assert data["url"] == f"{base}/factchecks/{claim.pk}/"
    screenshot(reader, "public-desktop")
    public_phone = new_page(viewport=PHONE)
    public_phone.goto(f"{base}/factchecks/{claim.pk}/")
    screenshot(public_phone, "public-phone")


HOSTILE_BODY = (
    "Ein harmloser Anfang.\n"
    'Er schrieb <script>window.__xss=1</script> und <img src=x onerror="window.__xss=2"> dazu.\n'
    "Ende."
)


def test_article_markup_is_shown_as_text_and_never_runs(live_server, new_page, editor, reviewer):
    base = live_server.url
    article = Article(title="Markup <b>test</b>", language="de")
    article.set_body(HOSTILE_BODY)
    article.save()
    line = HOSTILE_BODY.splitlines()[1]
    start = HOSTILE_BODY.index(line)
    claim = workflow.create_claim(
        editor, text=line, language="de", article=article, start=start, end=start + len(line)
    )

    page = new_page()
    login(page, base, "rev")
    for url in (f"{base}/articles/{article.pk}/", f"{base}/claims/{claim.pk}/"):
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.locator("img[src=x]").count() == 0
        body_text = page.locator("main").inner_text()
        assert "<script>window.__xss=1</script>" in body_text
        assert 'onerror="window.__xss=2"' in body_text
    page.goto(f"{base}/articles/{article.pk}/")
    link = page.locator(f'a.hl[href="/claims/{claim.pk}/"]')
    assert re.search(r"<script>", link.inner_text())
    assert Claim.objects.filter(pk=claim.pk).exists()
