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


HOSTILE = "<b>Claim</b> & \"quotes\" 'too'"


@pytest.mark.parametrize("language", ["en", "de"])
def test_selection_checkbox_is_djangos_markup(editor, language):
    from django.contrib import admin
    from django.utils import translation

    from claims.admin.claims import ClaimAdmin

    model_admin = ClaimAdmin(Claim, admin.site)
    claim = _hand(editor, HOSTILE)
    with translation.override(language):
        ours = model_admin.action_checkbox(claim)
        django = admin.ModelAdmin.action_checkbox(model_admin, claim)
    assert ours == django
    assert "<b>" not in ours


@pytest.mark.parametrize("order", [None, "-4", "3"])  # default, priority, status
def test_a_page_of_many_matches_lists_the_rows_in_the_lists_order(client, editor, order):
    for n in range(60):
        _hand(editor, f"Match {n} of the search", priority=1 + n % 4)
    _hand(editor, "Something else")
    client.force_login(editor)
    query = {"q": "search"} | ({"o": order} if order else {})
    with CaptureQueriesContext(connection) as ctx:
        first = client.get(CHANGELIST, query)
        second = client.get(CHANGELIST, query | {"p": 2})
    changelist = first.context["cl"]
    # What Django's own list would show: the same filter and order, cut into pages.
    expected = list(changelist.queryset.values_list("pk", flat=True))
    assert len(expected) == 60
    assert _listed(first) + _listed(second) == expected
    assert len(_listed(first)) == 50
    # Only the page's rows are fetched, without their articles' texts.
    assert not any('"claims_article"."body"' in q["sql"] for q in ctx.captured_queries)
