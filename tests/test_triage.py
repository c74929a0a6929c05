"""Triage after import: every sentence with its score, decisions and new claims via the workflow."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.importing import analyse
from claims.models import Article, Claim

pytestmark = pytest.mark.django_db

BODY = (
    "Stadt investiert in Wassernetz\n"
    "Laut den Stadtwerken flossen 2025 rund 1,2 Mio. Euro in neue Leitungen.\n"
    "Bürgermeister Jonas Reuter sagte, die Arbeiten seien im März abgeschlossen worden.\n"
    "Das ist eine gute Nachricht.\n"
)
MISSED = "Das ist eine gute Nachricht."


def import_through_admin(client, body: str = BODY, **keep) -> Article:
    page = client.post(
        reverse("admin:claims_article_import"), {"language": "de", "text": body}
    ).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    kept = re.findall(r'name="keep" value="(\d+)"', page)
    response = client.post(
        reverse("admin:claims_article_import"), {"save": "1", "token": token, "keep": kept, **keep}
    )
    article = Article.objects.latest("id")
    assert response.status_code == 302
    assert response["Location"] == f"/articles/{article.pk}/triage/"
    return article


def triage_url(article: Article) -> str:
    return reverse("article-triage", args=[article.pk])


def make_url(article: Article) -> str:
    return reverse("article-make-claim", args=[article.pk])


def sentence_span(article: Article, text: str) -> tuple[int, int]:
    start = article.body.index(text)
    return start, start + len(text)


def test_import_preview_lists_every_sentence_with_candidates_ticked(client, editor):
    client.force_login(editor)
    page = client.post(
        reverse("admin:claims_article_import"), {"language": "de", "text": BODY}
    ).content.decode()
    assert MISSED in page
    assert len(re.findall(r'name="keep" value="\d+"[^>]*checked', page)) == 2
    assert re.search(r'name="keep_sentence" value="\d+" id="keep-\d+">', page)


def test_import_can_keep_a_sentence_the_detector_missed(client, editor):
    client.force_login(editor)
    page = client.post(
        reverse("admin:claims_article_import"), {"language": "de", "text": BODY}
    ).content.decode()
    missed_index = re.search(
        r'name="keep_sentence" value="(\d+)" id="keep-\d+"></td>\s*<td>[^<]*</td>\s*'
        r"<td><label[^>]*>" + re.escape(MISSED),
        page,
    ).group(1)
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    client.post(
        reverse("admin:claims_article_import"),
        {"save": "1", "token": token, "keep_sentence": [missed_index]},
    )
    assert list(Claim.objects.values_list("text", flat=True)) == [MISSED]


def test_saving_an_import_lands_on_triage_with_every_sentence(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    page = client.get(triage_url(article)).content.decode()
    _language, _title, extraction = analyse(article.body, title=article.title, language="de")
    for sentence in extraction.sentences:
        assert sentence.text in page
    assert page.count('name="pick"') == len(extraction.sentences)
    ticked = re.findall(
        r'name="pick" value="[\d-]+" form="triage-bulk" id="pick-\d+" checked', page
    )
    assert len(ticked) == len(extraction.candidates) == 2
    assert "score 0." in page or "score 1." in page
    assert "Accept into queue" in page


def test_triage_is_for_editors(client, reviewer, article):
    assert client.get(triage_url(article)).status_code == 302
    client.force_login(reviewer)
    assert client.get(triage_url(article)).status_code == 403


def test_triage_queries_do_not_grow_with_the_article(client, editor, django_assert_num_queries):
    client.force_login(editor)
    small = import_through_admin(client)
    long_body = "Großes Wassernetz\n" + "".join(
        f"Laut den Stadtwerken flossen {2000 + i} rund {i},2 Mio. Euro in Leitungen. "
        f"Das ist Nummer {i}.\n"
        for i in range(40)
    )
    large = import_through_admin(client, long_body)
    assert large.claims.count() > 10 * small.claims.count() / 2
    # First views split and score the texts and keep the result in the cache.
    client.get(triage_url(small))
    client.get(triage_url(large))
    with CaptureQueriesContext(connection) as small_queries:
        client.get(triage_url(small))
    # Session, user, groups, the header's counts, the article, its claims, the reviewers,
    # the cached sentences.
    assert len(small_queries) <= 10
    with django_assert_num_queries(len(small_queries)):
        client.get(triage_url(large))


def test_accept_and_reject_single_claims_through_the_workflow(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    first, second = article.claims.order_by("start")
    client.post(triage_url(article), {"op": "accept", "claim": first.pk, "version": first.version})
    first.refresh_from_db()
    assert first.status == "queued"
    assert first.events.latest("id").action == "accept"
    refused = client.post(
        triage_url(article), {"op": "reject", "claim": second.pk, "version": second.version}
    )
    assert refused.status_code == 400
    assert "needs this: Reason" in refused.content.decode()
    second.refresh_from_db()
    assert second.status == "new"
    client.post(
        triage_url(article),
        {"op": "reject", "claim": second.pk, "version": second.version, "reason": "Opinion."},
    )
    second.refresh_from_db()
    assert second.status == "rejected"
    assert second.events.latest("id").comment == "Opinion."


def test_part_of_a_sentence_becomes_a_claim_without_javascript(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    sentence = "Bürgermeister Jonas Reuter sagte, die Arbeiten seien im März abgeschlossen worden."
    start, end = sentence_span(article, sentence)
    article.claims.filter(start=start).delete()
    part = "die Arbeiten seien im März abgeschlossen worden"
    response = client.post(
        make_url(article),
        {
            "start": start,
            "end": end,
            "text": f"  {part} ",
            "claimant": "Jonas Reuter",
            "priority": 3,
            "back": "triage",
        },
    )
    claim = Claim.objects.get(text=part)
    assert response["Location"] == f"{triage_url(article)}#claim-{claim.pk}"
    assert article.body[claim.start : claim.end] == part
    assert (claim.claimant, claim.priority, claim.status) == ("Jonas Reuter", 3, "new")
    assert claim.events.get().action == "create"


def test_text_outside_the_sentence_is_refused_and_kept(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    start, end = sentence_span(article, MISSED)
    before = Claim.objects.count()
    response = client.post(
        make_url(article),
        {"start": start, "end": end, "text": "1,2 Mio. Euro", "priority": 2, "back": "triage"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "must be a part of the sentence, word for word" in page
    assert ">1,2 Mio. Euro</textarea>" in page
    # Re-rendered at the make-claim address, the page's other forms still post to triage.
    assert page.count(f'action="/articles/{article.pk}/triage/"') >= 2
    assert Claim.objects.count() == before


def test_the_same_part_twice_is_refused(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    start, end = sentence_span(article, MISSED)
    data = {"start": start, "end": end, "text": MISSED, "priority": 2, "back": "triage"}
    client.post(make_url(article), data)
    response = client.post(make_url(article), data)
    assert response.status_code == 400
    assert "already a claim" in response.content.decode()
    assert Claim.objects.filter(text=MISSED).count() == 1


def test_made_claim_with_an_assignee_is_accepted_and_assigned(client, editor, reviewer):
    client.force_login(editor)
    article = import_through_admin(client)
    start, end = sentence_span(article, MISSED)
    client.post(
        make_url(article),
        {
            "start": start,
            "end": end,
            "text": MISSED,
            "priority": 4,
            "assignee": reviewer.pk,
            "back": "triage",
        },
    )
    claim = Claim.objects.get(text=MISSED)
    assert (claim.status, claim.assignee, claim.priority) == ("in_review", reviewer, 4)
    assert [e.action for e in claim.events.all()] == ["create", "accept", "assign"]
    assert claim.checkworthiness is not None


def test_edit_claimant_priority_and_assignee_from_triage(client, editor, reviewer):
    client.force_login(editor)
    article = import_through_admin(client)
    claim = article.claims.order_by("start").first()
    client.post(
        triage_url(article),
        {
            "op": "update",
            "claim": claim.pk,
            "version": claim.version,
            "claimant": "Stadtwerke Nord",
            "priority": 3,
            "assignee": reviewer.pk,
        },
    )
    claim.refresh_from_db()
    assert (claim.claimant, claim.priority, claim.assignee) == ("Stadtwerke Nord", 3, reviewer)
    assert [e.action for e in claim.events.all()][-3:] == ["edit", "accept", "assign"]


def test_accept_ticked_makes_and_accepts_claims(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    page = client.get(triage_url(article)).content.decode()
    ticked = re.findall(
        r'name="pick" value="([\d-]+)" form="triage-bulk" id="pick-\d+" checked', page
    )
    start, end = sentence_span(article, MISSED)
    client.post(triage_url(article), {"op": "accept_ticked", "pick": [*ticked, f"{start}-{end}"]})
    assert sorted(article.claims.values_list("status", flat=True)) == ["queued"] * 3
    assert article.claims.get(text=MISSED).events.count() == 2


def test_reject_ticked_needs_a_reason_and_is_all_or_nothing(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    page = client.get(triage_url(article)).content.decode()
    ticked = re.findall(
        r'name="pick" value="([\d-]+)" form="triage-bulk" id="pick-\d+" checked', page
    )
    refused = client.post(triage_url(article), {"op": "reject_ticked", "pick": ticked})
    assert refused.status_code == 400
    assert set(article.claims.values_list("status", flat=True)) == {"new"}
    client.post(triage_url(article), {"op": "reject_ticked", "pick": ticked, "reason": "Old."})
    assert set(article.claims.values_list("status", flat=True)) == {"rejected"}


def test_article_page_offers_make_this_a_claim(client, editor, reviewer, reader):
    client.force_login(editor)
    article = import_through_admin(client)
    client.force_login(reader)
    assert "Make this a claim" not in client.get(f"/articles/{article.pk}/").content.decode()
    client.force_login(reviewer)
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert "Make this a claim" in page
    assert 'name="priority"' not in page  # priority and assignee are editors' choices
    start, end = sentence_span(article, MISSED)
    response = client.post(
        make_url(article),
        {
            "start": start,
            "end": end,
            "text": "eine gute Nachricht",
            "priority": 4,
            "back": "triage",
        },
    )
    claim = Claim.objects.get(text="eine gute Nachricht")
    assert response["Location"] == f"/claims/{claim.pk}/"
    assert (claim.priority, claim.created_by) == (2, reviewer)


def test_reader_cannot_make_claims(client, editor, reader):
    client.force_login(editor)
    article = import_through_admin(client)
    client.force_login(reader)
    start, end = sentence_span(article, MISSED)
    response = client.post(make_url(article), {"start": start, "end": end, "text": MISSED})
    assert response.status_code == 403
    assert not Claim.objects.filter(text=MISSED).exists()


def test_a_part_without_words_is_refused(client, editor):
    client.force_login(editor)
    article = import_through_admin(client)
    sentence = "Laut den Stadtwerken flossen 2025 rund 1,2 Mio. Euro in neue Leitungen."
    start, end = sentence_span(article, sentence)
    before = Claim.objects.count()
    response = client.post(
        make_url(article),
        {"start": start, "end": end, "text": "2025", "priority": 2, "back": "triage"},
    )
    assert response.status_code == 400
    assert "Keep at least a word of the sentence." in response.content.decode()
    assert Claim.objects.count() == before
