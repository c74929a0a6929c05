"""A queue people can scan: whole claims, sorts, filters, the sent-back badge, capped counts."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import workflow
from claims.models import Claim, Priority
from claims.paging import QueuePaginator

pytestmark = pytest.mark.django_db

QUEUE = reverse("queue")
LONG_CLAIM = (
    "The city council said that the new water law will cost every household exactly "
    "two hundred and forty euros a year, more than any other city in the region pays."
)


def _queued(editor, text: str, **fields) -> Claim:
    return workflow.perform(
        workflow.create_claim(editor, text=text, language="en", **fields), "accept", editor
    )


def _shown(response) -> list[str]:
    return [claim.text for claim in response.context["page"].object_list]


def test_rows_show_the_whole_claim_not_a_75_character_cut(client, reviewer, editor):
    _queued(editor, LONG_CLAIM, summary="Water law costs 240 euros")
    client.force_login(reviewer)
    html = client.get(QUEUE).content.decode()
    assert LONG_CLAIM in html
    assert 'class="claim-link clamp"' in html


def test_reviewers_do_not_see_new_claims_unless_they_ask(client, reviewer, editor):
    fresh = workflow.create_claim(editor, text="Not yet accepted", language="en")
    _queued(editor, "Accepted claim")
    client.force_login(reviewer)
    response = client.get(QUEUE)
    assert _shown(response) == ["Accepted claim"]
    assert "choose the status “new”" in response.content.decode()
    assert _shown(client.get(QUEUE, {"status": "new"})) == [fresh.text]


def test_editors_see_new_claims_by_default(client, editor):
    workflow.create_claim(editor, text="Not yet accepted", language="en")
    client.force_login(editor)
    assert _shown(client.get(QUEUE)) == ["Not yet accepted"]


def test_sort_orders(client, reviewer, editor):
    now = timezone.now()
    old = _queued(editor, "Oldest, due late", due_at=now + timedelta(days=9))
    _queued(editor, "Urgent", priority=Priority.URGENT, due_at=now + timedelta(days=5))
    _queued(editor, "Newest, due soon", due_at=now + timedelta(days=1))
    Claim.objects.filter(pk=old.pk).update(created_at=now - timedelta(days=3))
    client.force_login(reviewer)
    assert _shown(client.get(QUEUE)) == ["Urgent", "Newest, due soon", "Oldest, due late"]
    assert _shown(client.get(QUEUE, {"sort": "due"})) == [
        "Newest, due soon",
        "Urgent",
        "Oldest, due late",
    ]
    assert _shown(client.get(QUEUE, {"sort": "newest"}))[-1] == "Oldest, due late"
    assert _shown(client.get(QUEUE, {"sort": "oldest"}))[0] == "Oldest, due late"


def test_unknown_sort_is_refused_with_a_message(client, reviewer, editor):
    _queued(editor, "Some claim")
    client.force_login(reviewer)
    response = client.get(QUEUE, {"sort": "bogus"})
    assert response.status_code == 200
    assert response.context["filter"].form.errors["sort"]


def test_filters_by_assignee_priority_and_language(client, reviewer, reviewer2, editor):
    workflow.perform(_queued(editor, "Held by rev"), "take", reviewer)
    workflow.perform(_queued(editor, "Held by rev2"), "take", reviewer2)
    _queued(editor, "High one", priority=Priority.HIGH)
    workflow.perform(
        workflow.create_claim(editor, text="Ein deutscher Satz", language="de"), "accept", editor
    )
    client.force_login(editor)
    assert _shown(client.get(QUEUE, {"assignee": "rev2"})) == ["Held by rev2"]
    assert set(_shown(client.get(QUEUE, {"assignee": "none"}))) == {
        "High one",
        "Ein deutscher Satz",
    }
    assert _shown(client.get(QUEUE, {"priority": Priority.HIGH})) == ["High one"]
    assert _shown(client.get(QUEUE, {"language": "de"})) == ["Ein deutscher Satz"]
    client.force_login(reviewer2)
    response = client.get(QUEUE, {"assignee": "me"})
    assert [c.text for c in response.context["mine"]] == ["Held by rev2"]
    assert _shown(response) == []


def test_assignee_choices_are_people_who_can_hold_claims(client, reviewer, reader, editor):
    client.force_login(editor)
    field = client.get(QUEUE).context["filter"].form.fields["assignee"]
    names = [value for value, _label in field.choices]
    assert {"me", "none", "rev", "ed"} <= set(names)
    assert "read" not in names


def test_search_covers_the_article_title(client, reviewer, editor, make_claim):
    from_article = workflow.perform(make_claim(), "accept", editor)
    _queued(editor, "Nothing about water")
    client.force_login(reviewer)
    assert _shown(client.get(QUEUE, {"q": "wassergesetz"})) == [from_article.text]


def test_article_filter_lists_recent_articles_only(client, reviewer, article):
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as ctx:
        field = client.get(QUEUE).context["filter"].form.fields["article"]
    assert (str(article.pk), article.title[:60]) in list(field.choices)
    reads = [q["sql"] for q in ctx.captured_queries if 'FROM "claims_article"' in q["sql"]]
    # The newest few, limited by the database: the article table is never read whole.
    assert reads and all("LIMIT" in sql for sql in reads if '"imported_at"' in sql)
    assert any('"imported_at"' in sql for sql in reads)


def test_sent_back_claims_carry_a_badge(client, editor, reviewer, claim_in):
    sent_back = claim_in("submitted")
    workflow.perform(sent_back, "send_back", editor, comment="Add a second source.")
    plain = workflow.perform(_queued(editor, "Just in review"), "take", reviewer)
    client.force_login(reviewer)
    response = client.get(QUEUE)
    flags = {claim.pk: claim.sent_back for claim in response.context["mine"]}
    assert flags == {sent_back.pk: True, plain.pk: False}
    assert response.content.decode().count('class="badge sent-back"') == 1


def test_an_edit_after_send_back_keeps_the_badge(client, editor, reviewer, claim_in):
    claim = claim_in("submitted")
    workflow.perform(claim, "send_back", editor, comment="Check the figure.")
    workflow.edit(claim, reviewer, {"verdict_summary": "Wrong, as the statistics show."})
    client.force_login(reviewer)
    assert [c.sent_back for c in client.get(QUEUE).context["mine"]] == [True]


def test_a_long_queue_shows_a_capped_count(client, reviewer, editor, monkeypatch):
    monkeypatch.setattr(QueuePaginator, "cap", 3)
    for i in range(4):
        _queued(editor, f"Claim {i}")
    client.force_login(reviewer)
    html = client.get(QUEUE).content.decode()
    assert "(3+)" in html
    assert "3+ claims waiting" in html


def test_query_count_does_not_depend_on_page_size(client, editor, reviewer, claim_in):
    sent_back = claim_in("submitted")
    workflow.perform(sent_back, "send_back", editor, comment="Again.")
    _queued(editor, "One queued")
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as small:
        client.get(QUEUE, {"sort": "due"})
    for i in range(15):
        workflow.perform(_queued(editor, f"Queued {i}"), "take", reviewer if i % 2 else editor)
    with CaptureQueriesContext(connection) as large:
        response = client.get(QUEUE, {"sort": "due"})
    assert len(response.context["page"].object_list) > 8
    assert len(large) == len(small)


def test_my_claims_are_bounded_with_a_link_to_the_rest(client, reviewer, editor, monkeypatch):
    import importlib

    monkeypatch.setattr(importlib.import_module("claims.views.queue"), "QUEUE_PAGE_SIZE", 2)
    for i in range(3):
        workflow.perform(_queued(editor, f"Held {i}"), "take", reviewer)
    client.force_login(reviewer)
    response = client.get(QUEUE)
    assert len(response.context["mine"]) == 2
    assert 'href="?assignee=me"' in response.content.decode()
