"""The admin obeys the rulebook and goes through the workflow for every change it offers."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import Claim, ClaimEvent, Source

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def change_url(claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def action_url(claim, name: str) -> str:
    return reverse("admin:claims_claim_action", args=[claim.pk, name])


def form_data(client, claim, **changes) -> dict:
    """What the change page would post back, with `changes` applied."""
    form = client.get(change_url(claim)).context["adminform"].form
    data = {
        key: value
        for key, value in form.initial.items()
        if value is not None and key in form.fields
    }
    for prefix in ("evidence", "notes", "events"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    data.pop("due_at", None)
    return {**data, **changes}


def test_published_claim_opens_read_only_and_refuses_a_new_source(client, editor, claim_in):
    """Probe 2: no evidence added to a published claim through the inline."""
    claim = claim_in("published")
    client.force_login(editor)
    page = client.get(change_url(claim))
    assert page.context["has_change_permission"] is False
    source = Source.objects.create(url="https://amt.example.org/neu")
    data = {
        "evidence-TOTAL_FORMS": 1,
        "evidence-INITIAL_FORMS": 0,
        "evidence-0-source": source.pk,
        "evidence-0-stance": "supports",
        "evidence-0-accessed_at": "2026-11-30",
    }
    response = client.post(change_url(claim), data)
    assert response.status_code == 403
    assert claim.evidence.count() == 1


def test_source_added_in_the_admin_goes_through_the_workflow(client, editor, claim_in):
    claim = claim_in("in_review")
    client.force_login(editor)
    source = Source.objects.create(url="https://amt.example.org/zweite")
    data = form_data(
        client,
        claim,
        **{
            "evidence-TOTAL_FORMS": 1,
            "evidence-0-source": source.pk,
            "evidence-0-stance": "context",
            "evidence-0-accessed_at": "2026-11-30",
        },
    )
    response = client.post(change_url(claim), data)
    assert response.status_code == 302, response.context["errors"]
    entry = claim.evidence.get(source=source)
    assert entry.added_by == editor


def test_a_source_already_cited_is_refused_in_the_form(client, editor, claim_in):
    claim = claim_in("in_review")
    workflow.add_source(claim, editor, url="https://amt.example.org/doppelt", stance="context")
    client.force_login(editor)
    source = Source.objects.get(url="https://amt.example.org/doppelt")
    data = form_data(
        client,
        claim,
        **{
            "evidence-TOTAL_FORMS": 1,
            "evidence-0-source": source.pk,
            "evidence-0-stance": "refutes",
            "evidence-0-accessed_at": "2026-11-30",
        },
    )
    response = client.post(change_url(claim), data)
    assert response.status_code == 200
    assert "already in the claim" in response.content.decode()
    assert claim.evidence.filter(source=source).count() == 1


def test_submitted_verdict_cannot_be_rewritten_in_the_admin(client, editor2, claim_in):
    """Probe 1 through the admin: the verdict fields are not even in the form."""
    claim = claim_in("submitted")
    client.force_login(editor2)
    form = client.get(change_url(claim)).context["adminform"].form
    assert "rating" not in form.fields and "verdict_summary" not in form.fields
    client.post(change_url(claim), form_data(client, claim, verdict_summary="Stimmt doch."))
    claim.refresh_from_db()
    assert claim.verdict_summary == "Wrong."


def test_admin_publish_by_a_verdict_author_is_refused(client, editor, editor2, claim_in):
    claim = claim_in("in_review")
    workflow.edit(claim, editor2, {"verdict_summary": "Von editor2 geschrieben."})
    workflow.edit(claim, claim.assignee, {"rating": "false"})
    workflow.add_source(claim, editor2, url="https://amt.example.org/p", stance="refutes")
    workflow.perform(claim, "submit", claim.assignee)
    client.force_login(editor2)
    response = client.post(
        action_url(claim, "publish"),
        {"apply": "1", "versions": f"{claim.pk}:{claim.version}"},
        follow=True,
    )
    assert "Four-eyes" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "submitted"


def test_publish_button_carries_the_version_the_editor_saw(client, editor, editor2, claim_in):
    """Probe 4: A opens Publish, B changes the claim, A's Publish is refused."""
    claim = claim_in("submitted")
    client.force_login(editor)
    page = client.get(change_url(claim)).content.decode()
    assert f"{action_url(claim, 'publish')}?v={claim.version}" in page
    confirm = client.get(action_url(claim, "publish"), {"v": claim.version})
    versions = confirm.context["form"]["versions"].value()
    workflow.edit(claim, editor2, {"summary": "Von B geändert"})
    response = client.post(
        action_url(claim, "publish"), {"apply": "1", "versions": versions}, follow=True
    )
    assert "Someone else changed this claim" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "submitted"


def test_bulk_publish_without_the_versions_seen_changes_nothing(client, editor, claim_in):
    claim = claim_in("submitted")
    client.force_login(editor)
    data = {"action": "bulk_publish", "_selected_action": [claim.pk], "apply": "1"}
    response = client.post(CHANGELIST, data)
    assert response.status_code == 200
    response = client.post(CHANGELIST, {**data, "versions": f"{claim.pk}:{claim.version - 1}"})
    claim.refresh_from_db()
    assert claim.status == "submitted"


def test_source_cited_by_a_published_claim_is_not_edited_in_place(client, editor, claim_in):
    """Probe 3: the public page keeps showing what was published."""
    claim = claim_in("published")
    source = claim.evidence.get().source
    client.force_login(editor)
    url = reverse("admin:claims_source_change", args=[source.pk])
    response = client.post(url, {"url": "https://evil.example.org/", "title": "Neu"})
    assert response.status_code == 403
    source.refresh_from_db()
    assert source.url.startswith("https://evidence.example.org/")


def test_source_change_is_on_the_history_of_every_claim_citing_it(client, editor, claim_in):
    claim = claim_in("in_review")
    workflow.add_source(claim, editor, url="https://amt.example.org/alt", stance="context")
    source = Source.objects.get(url="https://amt.example.org/alt")
    client.force_login(editor)
    url = reverse("admin:claims_source_change", args=[source.pk])
    response = client.post(url, {"url": "https://amt.example.org/neu", "title": "Amtsblatt"})
    assert response.status_code == 302
    event = ClaimEvent.objects.get(claim=claim, action="source_changed")
    assert event.actor == editor
    assert event.changes["source.url"] == {
        "from": "https://amt.example.org/alt",
        "to": "https://amt.example.org/neu",
    }


def test_claims_and_ledger_lines_cannot_be_deleted_even_by_superusers(client, superuser, claim_in):
    claim = claim_in("in_review")
    client.force_login(superuser)
    response = client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()
    form = client.get(change_url(claim)).context["inline_admin_formsets"]
    assert all(not formset.has_delete_permission for formset in form)


def test_article_behind_a_published_fact_check_opens_read_only(client, editor, claim_in):
    claim = claim_in("published")
    article = claim.article
    client.force_login(editor)
    url = reverse("admin:claims_article_change", args=[article.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="title"' not in page.content.decode()  # shown, not editable
    fields = {"title": "Another title", "url": "https://evil.example.org/", "language": "en"}
    assert client.post(url, fields).status_code == 403
    article.refresh_from_db()
    assert article.title != "Another title"


def test_article_of_unpublished_claims_can_be_corrected(client, editor, claim_in):
    claim = claim_in("in_review")
    article = claim.article
    client.force_login(editor)
    url = reverse("admin:claims_article_change", args=[article.pk])
    fields = {
        "title": "Corrected title",
        "url": "https://news.example.org/corrected",
        "outlet": article.outlet,
        "language": article.language,
        # The read-only list of the article's claims still sends its management form.
        "claims-TOTAL_FORMS": "1",
        "claims-INITIAL_FORMS": "1",
        "claims-0-id": str(claim.pk),
        "claims-0-article": str(article.pk),
    }
    response = client.post(url, fields)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Corrected title"


def test_a_source_change_costs_the_same_queries_for_many_citing_claims(editor, claim_in):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def cited_by(n: int, url: str) -> Source:
        for i in range(n):
            claim = claim_in("in_review", text=f"The council cut {i + 1}0 bus lines in 2025.")
            workflow.add_source(claim, editor, url=url, stance="context")
        return Source.objects.get(url=url)

    counts = []
    for n, url in ((1, "https://amt.example.org/a"), (4, "https://amt.example.org/b")):
        source = cited_by(n, url)
        with CaptureQueriesContext(connection) as ctx:
            workflow.change_source(source, editor, {"title": f"Amtsblatt {n}"})
        counts.append(len(ctx.captured_queries))
        assert ClaimEvent.objects.filter(action="source_changed", comment=url).count() == n
    assert counts[0] == counts[1]
