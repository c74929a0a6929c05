"""The editors' admin: lists without per-row queries, actions through the workflow."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import workflow
from claims.models import Claim

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:claims_claim_changelist"


def hand_claims(editor, count: int) -> list[Claim]:
    return [
        workflow.create_claim(
            editor, text=f"Claim number {i} about 12 million euros.", language="en"
        )
        for i in range(count)
    ]


def seen(*claims: Claim) -> str:
    """The versions a confirmation page carries for the claims it shows."""
    return ",".join(f"{c.pk}:{Claim.objects.get(pk=c.pk).version}" for c in claims)


def queries_for(client, url: str) -> int:
    client.get(url)  # warm caches that live for the process (content types, sessions)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_changelist_query_count_does_not_grow_with_claims(client, editor, claim_in, reviewer):
    client.force_login(editor)
    claim_in("in_review")
    hand_claims(editor, 1)
    small = queries_for(client, reverse(CHANGELIST))
    for claim in hand_claims(editor, 49):
        workflow.perform(claim, "accept", editor)
    large = queries_for(client, reverse(CHANGELIST))
    assert large == small


def test_changelist_never_counts_the_whole_table(client, editor):
    client.force_login(editor)
    hand_claims(editor, 3)
    with CaptureQueriesContext(connection) as ctx:
        client.get(reverse(CHANGELIST))
    counts = [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]
    assert counts, "the paginator still counts, but only up to its cap"
    assert all("LIMIT" in sql.upper() for sql in counts)


def test_change_page_query_count_does_not_grow_with_ledger(client, editor, claim_in, reviewer):
    client.force_login(editor)
    claim = claim_in("in_review")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    small = queries_for(client, url)
    for number in range(8):
        workflow.add_source(
            claim, reviewer, url=f"https://e.example.org/{number}", stance="context"
        )
        workflow.add_note(claim, reviewer, body=f"Note {number}")
    large = queries_for(client, url)
    assert large == small


def test_change_page_shows_article_context_with_claim_highlighted(client, editor, claim_in):
    client.force_login(editor)
    claim = claim_in("queued")
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert f"<mark>{claim.text}</mark>" in response.content.decode()


def test_bulk_accept_goes_through_the_workflow(client, editor):
    client.force_login(editor)
    claims = hand_claims(editor, 3)
    data = {"action": "bulk_accept", "_selected_action": [c.pk for c in claims]}
    confirm = client.post(reverse(CHANGELIST), data)
    assert confirm.status_code == 200
    assert set(Claim.objects.values_list("status", flat=True)) == {"new"}
    response = client.post(reverse(CHANGELIST), {**data, "apply": "1", "versions": seen(*claims)})
    assert response.status_code == 302
    assert set(Claim.objects.values_list("status", flat=True)) == {"queued"}
    assert all(c.events.filter(action="accept", actor=editor).exists() for c in claims)


def test_bulk_accept_reports_claims_in_the_wrong_status(client, editor, claim_in):
    client.force_login(editor)
    fresh, done = hand_claims(editor, 1)[0], claim_in("queued")
    response = client.post(
        reverse(CHANGELIST),
        {
            "action": "bulk_accept",
            "_selected_action": [fresh.pk, done.pk],
            "apply": "1",
            "versions": seen(fresh, done),
        },
        follow=True,
    )
    text = response.content.decode()
    assert f"#{done.pk}" in text
    fresh.refresh_from_db()
    assert fresh.status == "queued"


def test_bulk_reject_asks_for_a_reason_first(client, editor):
    client.force_login(editor)
    claims = hand_claims(editor, 2)
    data = {"action": "bulk_reject", "_selected_action": [c.pk for c in claims]}
    response = client.post(reverse(CHANGELIST), data)
    assert response.status_code == 200 and "comment" in response.content.decode()
    assert set(Claim.objects.values_list("status", flat=True)) == {"new"}

    data["versions"] = seen(*claims)
    response = client.post(reverse(CHANGELIST), {**data, "apply": "1", "comment": ""})
    assert set(Claim.objects.values_list("status", flat=True)) == {"new"}

    client.post(reverse(CHANGELIST), {**data, "apply": "1", "comment": "Opinion piece."})
    assert set(Claim.objects.values_list("status", flat=True)) == {"rejected"}


def test_bulk_assign_to_reviewer(client, editor, reviewer2):
    client.force_login(editor)
    claims = hand_claims(editor, 2)
    for claim in claims:
        workflow.perform(claim, "accept", editor)
    client.post(
        reverse(CHANGELIST),
        {
            "action": "bulk_assign",
            "_selected_action": [c.pk for c in claims],
            "apply": "1",
            "assignee": reviewer2.pk,
            "versions": seen(*claims),
        },
    )
    assert set(Claim.objects.values_list("assignee", flat=True)) == {reviewer2.pk}


def test_bulk_set_priority_writes_history(client, editor):
    client.force_login(editor)
    claims = hand_claims(editor, 2)
    client.post(
        reverse(CHANGELIST),
        {
            "action": "set_priority",
            "_selected_action": [c.pk for c in claims],
            "apply": "1",
            "priority": 4,
            "versions": seen(*claims),
        },
    )
    assert set(Claim.objects.values_list("priority", flat=True)) == {4}
    assert all(c.events.filter(action="edit").exists() for c in claims)


def test_single_claim_publish_button_respects_four_eyes(client, editor, claim_in):
    claim = claim_in("submitted")
    client.force_login(editor)
    url = reverse("admin:claims_claim_action", args=[claim.pk, "publish"])
    client.post(url, {"apply": "1", "versions": seen(claim)})
    claim.refresh_from_db()
    assert claim.status == "published"


def test_change_form_edit_goes_through_workflow(client, editor, claim_in):
    client.force_login(editor)
    claim = claim_in("queued")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "claimant": "Umweltamt",
            "summary": "Nitrate at 48 mg/L",
            "priority": 3,
            "evidence-TOTAL_FORMS": 0,
            "evidence-INITIAL_FORMS": 0,
            "notes-TOTAL_FORMS": 0,
            "notes-INITIAL_FORMS": 0,
            "events-TOTAL_FORMS": 0,
            "events-INITIAL_FORMS": 0,
        }
    )
    data.pop("due_at", None)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert claim.priority == 3
    assert claim.events.filter(action="edit", actor=editor).exists()


def test_reviewer_without_staff_access_is_sent_to_login(client, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse(CHANGELIST))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_staff_user_without_claim_permissions_is_refused(client, outsider):
    outsider.is_staff = True
    outsider.save()
    client.force_login(outsider)
    assert client.get(reverse(CHANGELIST)).status_code == 403
    outsider.user_permissions.add(Permission.objects.get(codename="view_claim"))
    assert client.get(reverse(CHANGELIST)).status_code == 200


def test_claims_cannot_be_deleted_in_admin(client, editor):
    client.force_login(editor)
    claim = hand_claims(editor, 1)[0]
    response = client.get(reverse("admin:claims_claim_delete", args=[claim.pk]))
    assert response.status_code == 403


def test_article_filter_lists_recent_articles_and_filters_by_one(client, editor, claim_in, article):
    client.force_login(editor)
    claim = claim_in("queued")
    other = hand_claims(editor, 1)[0]
    response = client.get(reverse(CHANGELIST), {"article": article.pk})
    shown = list(response.context["cl"].result_list)
    assert claim in shown and other not in shown
    assert article.title[:60] in response.content.decode()
