"""The admin's claim list: fits the screen, filters and searches without reading every claim."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import workflow
from claims.models import Claim, Priority

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def _hand(editor, text: str, **fields) -> Claim:
    return workflow.create_claim(editor, text=text, language="en", **fields)


def _listed(response) -> list[int]:
    return [claim.pk for claim in response.context["cl"].result_list]


def test_claim_column_shows_the_whole_claim_and_status_in_colour(client, editor):
    long_text = "A claim that is much longer than ninety characters, " * 3
    _hand(editor, long_text.strip())
    client.force_login(editor)
    html = client.get(CHANGELIST).content.decode()
    assert long_text.strip() in html
    assert '<span class="status-badge status-new">new</span>' in html
    assert "css/admin-claims.css" in html


def test_assignee_filter_lists_people_who_can_hold_claims(client, editor, reviewer, reader):
    held = workflow.perform(
        workflow.perform(_hand(editor, "Held claim"), "accept", editor), "take", reviewer
    )
    _hand(editor, "Free claim")
    client.force_login(editor)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(CHANGELIST)
    assert not any("DISTINCT" in q["sql"] and "assignee" in q["sql"] for q in ctx.captured_queries)
    spec = next(
        f
        for f in response.context["cl"].filter_specs
        if getattr(f, "parameter_name", "") == "assignee"
    )
    names = [label for _value, label in spec.lookup_choices]
    assert "rev" in names and "ed" in names and "read" not in names
    assert _listed(client.get(CHANGELIST, {"assignee": reviewer.pk})) == [held.pk]
    assert held.pk not in _listed(client.get(CHANGELIST, {"assignee": "none"}))


def test_search_finds_claims_by_article_title_without_a_join(client, editor, make_claim):
    from_article = make_claim()
    other = _hand(editor, "Hand-made claim about budgets")
    client.force_login(editor)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(CHANGELIST, {"q": "Wassergesetz"})
    assert _listed(response) == [from_article.pk]
    claim_lists = [q["sql"] for q in ctx.captured_queries if 'FROM "claims_claim"' in q["sql"]]
    assert claim_lists
    for sql in claim_lists:
        assert '"claims_article"."title"' not in sql.split("WHERE", 1)[-1]
    assert _listed(client.get(CHANGELIST, {"q": "budgets"})) == [other.pk]


def test_set_priority_form_starts_at_the_current_priority(client, editor):
    claims = [_hand(editor, f"Urgent {i}", priority=Priority.URGENT) for i in range(2)]
    client.force_login(editor)
    response = client.post(
        CHANGELIST, {"action": "set_priority", "_selected_action": [c.pk for c in claims]}
    )
    assert response.status_code == 200
    assert response.context["form"]["priority"].value() == Priority.URGENT
    assert 'value="4" selected' in response.content.decode()


def test_set_priority_still_changes_the_priority(client, editor):
    claim = _hand(editor, "Some claim")
    client.force_login(editor)
    client.post(
        CHANGELIST,
        {
            "action": "set_priority",
            "_selected_action": [claim.pk],
            "apply": "1",
            "priority": 3,
            "versions": f"{claim.pk}:{claim.version}",
        },
    )
    claim.refresh_from_db()
    assert claim.priority == Priority.HIGH
