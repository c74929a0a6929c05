"""A queue people can scan and an admin claim list that fits a laptop, walked in a browser."""

import pytest

from claims import workflow
from claims.models import Claim
from tests.browser_support import login, screenshot

pytestmark = [
    pytest.mark.browser,
    # The live server reads through its own connection, so data must really be committed.
    pytest.mark.django_db(transaction=True),
]

LAPTOP = {"width": 1280, "height": 800}

LONG_CLAIM = (
    "The regional water board said that nitrate levels in the eastern wells rose by "
    "forty percent between 2019 and 2024, the sharpest rise recorded anywhere in the state."
)
ASSIGNED_CLAIM = "The new bridge cost twice as much as the council had been told in 2021."
NEW_CLAIM = "Unemployment in the district fell to a record low of 3.1 percent last winter."
LOW_CLAIM = "Die Stadtbibliothek hat seit dem Umbau doppelt so viele Besucher wie vorher."


@pytest.fixture
def desk(editor, reviewer, reviewer2, make_claim):
    """Claims of every kind the queue must tell apart: long, assigned, new, from an article."""
    long_claim = workflow.create_claim(editor, text=LONG_CLAIM, language="en", priority=4)
    workflow.perform(long_claim, "accept", editor)
    assigned = workflow.create_claim(editor, text=ASSIGNED_CLAIM, language="en", priority=3)
    workflow.perform(assigned, "accept", editor)
    workflow.perform(assigned, "take", reviewer2)
    new = workflow.create_claim(editor, text=NEW_CLAIM, language="en", priority=3)
    low = workflow.create_claim(editor, text=LOW_CLAIM, language="de", priority=1)
    workflow.perform(low, "accept", editor)
    # From the test article, titled "Stadtrat beschließt neues Wassergesetz".
    from_article = make_claim(priority=2)
    workflow.perform(from_article, "accept", editor)
    assert "Wassergesetz" not in from_article.text + from_article.summary
    return {
        "long": long_claim,
        "assigned": assigned,
        "new": new,
        "low": low,
        "article": from_article,
    }


def shared_rows(page) -> list[str]:
    section = page.locator("section", has=page.locator("#shared-heading"))
    return section.locator(".claim-row .claim-link").all_inner_texts()


def apply_filters(page, **choices) -> None:
    filters = page.locator("details.filters")
    if filters.get_attribute("open") is None:
        filters.locator("summary").click()
    for name, value in choices.items():
        field = page.locator(f"#id_{name}")
        if field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()


def test_queue_rows_show_the_claim_and_can_be_sorted_filtered_and_searched(
    live_server, new_page, desk
):
    base = live_server.url
    page = new_page(viewport=LAPTOP)
    login(page, base, "ed")
    page.goto(f"{base}/queue/")

    # The row carries the whole claim, not the 75-character short form, and shows it.
    row_link = page.locator(f'.claim-row a[href="/claims/{desk["long"].pk}/"]').first
    assert row_link.inner_text().strip() == LONG_CLAIM
    assert len(LONG_CLAIM) > 75
    box = row_link.bounding_box()
    assert box and box["width"] > 300
    # Nothing of it is clamped away.
    assert row_link.evaluate("el => el.scrollHeight <= el.clientHeight + 1")
    # An editor sees every open claim, new ones included.
    rows = shared_rows(page)
    assert NEW_CLAIM in rows and len(rows) == 5
    screenshot(page, "queue-full-claims")

    # Sorting changes the order of the rows.
    apply_filters(page, sort="oldest")
    oldest = shared_rows(page)
    assert oldest[0] == LONG_CLAIM
    apply_filters(page, sort="newest")
    newest = shared_rows(page)
    assert newest == list(reversed(oldest))
    assert newest != oldest
    assert page.locator("#id_sort").input_value() == "newest"
    screenshot(page, "queue-sorted-newest")

    # Assignee, priority and language each narrow the list.
    page.goto(f"{base}/queue/")
    apply_filters(page, assignee="rev2")
    assert shared_rows(page) == [ASSIGNED_CLAIM]
    page.goto(f"{base}/queue/")
    apply_filters(page, priority="3")
    assert sorted(shared_rows(page)) == sorted([ASSIGNED_CLAIM, NEW_CLAIM])
    page.goto(f"{base}/queue/")
    apply_filters(page, language="de")
    assert sorted(shared_rows(page)) == sorted([LOW_CLAIM, desk["article"].text])
    screenshot(page, "queue-language-filter")

    # A word only the article's title has finds that article's claims.
    page.goto(f"{base}/queue/")
    apply_filters(page, q="Wassergesetz")
    assert shared_rows(page) == [desk["article"].text]
    screenshot(page, "queue-search-article-title")


def test_reviewer_queue_hides_new_claims_until_asked(live_server, new_page, desk):
    base = live_server.url
    page = new_page(viewport=LAPTOP)
    login(page, base, "rev")
    page.goto(f"{base}/queue/")
    rows = shared_rows(page)
    assert LONG_CLAIM in rows
    assert NEW_CLAIM not in rows
    assert page.get_by_text("New claims that no editor has accepted yet are hidden").is_visible()
    screenshot(page, "queue-reviewer-default")
    apply_filters(page, status="new")
    assert shared_rows(page) == [NEW_CLAIM]


def test_admin_claim_list_fits_a_laptop_and_keeps_priority(live_server, new_page, editor, desk):
    base = live_server.url
    page = new_page(viewport=LAPTOP)
    login(page, base, "ed")
    page.goto(f"{base}/admin/claims/claim/")
    assert page.locator("#result_list tbody tr").count() == 5

    claim_column = page.locator("#result_list th.column-excerpt").bounding_box()
    assert claim_column and claim_column["width"] >= 300
    # The list scrolls inside its own box when too wide: a header inside the viewport
    # may still be hidden there, so it must fit that box too.
    results = page.locator("#changelist .results").bounding_box()
    assert results
    for column in ["due_at", "updated_at"]:
        header = page.locator(f"#result_list th.column-{column}")
        box = header.bounding_box()
        assert box and box["width"] > 0
        right = box["x"] + box["width"]
        assert box["x"] >= 0 and right <= LAPTOP["width"], column
        assert right <= results["x"] + results["width"] + 1, column
        # The header's text is not cut inside its cell either.
        assert header.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert page.locator("#changelist .results").evaluate(
        "el => el.scrollWidth <= el.clientWidth + 1"
    )
    # The claim is shown in full (clamped by style), not as a cut string.
    assert LONG_CLAIM in page.locator("#result_list").inner_text().replace("\n", " ")
    screenshot(page, "admin-claims-1280")

    # "Set priority" starts from the selected claims' priority, not from "low".
    high = Claim.objects.filter(priority=3).values_list("pk", flat=True)
    assert len(high) == 2
    for pk in high:
        page.locator(f'input[name="_selected_action"][value="{pk}"]').check()
    page.locator('select[name="action"]').select_option("set_priority")
    page.locator('button[name="index"]').click()
    page.wait_for_load_state()
    priority = page.locator('select[name="priority"]')
    assert priority.input_value() == "3"
    assert priority.locator("option:checked").inner_text() == "high"
    screenshot(page, "admin-set-priority-prefilled")

    # On a claim's change page the object buttons stay clear of the title.
    page.goto(f"{base}/admin/claims/claim/{desk['long'].pk}/change/")
    buttons = page.locator("#content .object-tools li a")
    assert buttons.count() >= 2
    titles = [page.locator("#content h1").first, page.locator("#content h2").first]
    title_boxes = [t.bounding_box() for t in titles if t.count() and t.is_visible()]
    assert title_boxes
    for index in range(buttons.count()):
        button = buttons.nth(index).bounding_box()
        assert button
        assert button["x"] + button["width"] <= LAPTOP["width"]
        for title in title_boxes:
            apart = (
                button["x"] + button["width"] <= title["x"]
                or title["x"] + title["width"] <= button["x"]
                or button["y"] + button["height"] <= title["y"]
                or title["y"] + title["height"] <= button["y"]
            )
            assert apart, (button, title)
    screenshot(page, "admin-claim-change-buttons")
