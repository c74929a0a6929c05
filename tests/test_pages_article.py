"""The article page: the whole text with every claim highlighted by status."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import Article

# Every test here needs the database, even those that pick their users by name.
pytestmark = pytest.mark.django_db

HOSTILE = (
    'Harmless intro. <script>window.__xss=1</script> and <img src=x onerror="window.__xss=2">.\n'
    "The claim <b>in bold</b> is here."
)


@pytest.fixture
def hostile_article(db, editor) -> Article:
    article = Article(title="<i>Title</i> & more", language="en")
    article.set_body(HOSTILE)
    article.save()
    return article


def _url(article) -> str:
    return reverse("article-detail", args=[article.pk])


def test_anonymous_is_sent_to_login(client, article):
    response = client.get(_url(article))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_user_without_group_is_refused(client, outsider, article):
    client.force_login(outsider)
    assert client.get(_url(article)).status_code == 403


@pytest.mark.parametrize("who", ["reader", "reviewer", "editor"])
def test_desk_members_read_the_article(client, request, article, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(_url(article))
    assert response.status_code == 200
    assert "Wassergesetz" in response.content.decode()


def test_each_claim_is_highlighted_with_its_status_and_linked(
    client, reviewer, editor, make_claim, article
):
    first = make_claim()
    second = workflow.perform(make_claim(), "accept", editor)
    client.force_login(reviewer)
    html = client.get(_url(article)).content.decode()
    first_link = f'<a class="hl status-new" href="{first.get_absolute_url()}"'
    second_link = f'<a class="hl status-queued" href="{second.get_absolute_url()}"'
    assert first_link in html
    assert second_link in html
    assert html.index(first_link) < html.index(second_link)
    # The legend names every status colour.
    assert 'class="swatch hl status-rejected"' in html


def test_text_between_claims_is_kept_in_order(client, reviewer, make_claim, article):
    make_claim()
    client.force_login(reviewer)
    response = client.get(_url(article))
    assert "".join(s.text for s in response.context["segments"]) == article.body


def test_article_markup_is_shown_as_text(client, reviewer, editor, hostile_article):
    start = hostile_article.body.index("The claim")
    text = "The claim <b>in bold</b> is here."
    workflow.create_claim(
        editor,
        text=text,
        language="en",
        article=hostile_article,
        start=start,
        end=start + len(text),
    )
    client.force_login(reviewer)
    html = client.get(_url(hostile_article)).content.decode()
    assert "<script>window.__xss" not in html
    assert "<img src=x" not in html
    assert "<b>in bold</b>" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "onerror=&quot;window.__xss=2&quot;" in html
    assert "&lt;i&gt;Title&lt;/i&gt; &amp; more" in html


def test_claim_page_escapes_article_context(client, reviewer, editor, hostile_article):
    start = hostile_article.body.index("The claim")
    text = "The claim <b>in bold</b> is here."
    claim = workflow.create_claim(
        editor,
        text=text,
        language="en",
        article=hostile_article,
        start=start,
        end=start + len(text),
    )
    client.force_login(reviewer)
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "<script>window.__xss" not in html
    assert "<b>in bold</b>" not in html
    assert "<mark>The claim &lt;b&gt;in bold&lt;/b&gt; is here.</mark>" in html


def test_missing_article_is_not_found(client, reviewer):
    client.force_login(reviewer)
    assert client.get(reverse("article-detail", args=[987654])).status_code == 404


def test_article_text_is_split_and_scored_once_for_repeated_views(
    client, editor, article, monkeypatch
):
    from claims import triage

    calls = []
    real = triage.analyse

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(triage, "analyse", counted)
    client.force_login(editor)
    first = client.get(_url(article)).content.decode()
    second = client.get(_url(article)).content.decode()
    assert len(calls) == 1
    assert 'id="sentences"' in first and first.count("sentence-") == second.count("sentence-")


def test_changed_scorer_weights_are_not_served_from_an_old_split(
    client, editor, article, monkeypatch
):
    from claims import triage
    from claims.extraction import model

    calls = []
    real = triage.analyse
    monkeypatch.setattr(triage, "analyse", lambda *a, **k: calls.append(a) or real(*a, **k))
    client.force_login(editor)
    client.get(_url(article))
    retrained = model.LinearModel.from_dict({**model.active_model().to_dict(), "bias": -9.0})
    assert retrained.fingerprint != model.active_model().fingerprint
    monkeypatch.setattr(triage, "active_model", lambda: retrained)
    client.get(_url(article))
    assert len(calls) == 2


def test_each_sentence_offers_every_assignable_person_with_few_queries(
    client, editor, reviewer, article, django_assert_max_num_queries
):
    from claims.roles import assignable_users

    client.force_login(editor)
    client.get(_url(article))  # the split is cached from here on
    with django_assert_max_num_queries(12):
        html = client.get(_url(article)).content.decode()
    people = list(assignable_users())
    rows = html.count('name="assignee"')
    assert rows > 1
    for person in people:
        option = f'<option value="{person.pk}">{person.get_full_name() or person.get_username()}'
        assert html.count(option) == rows
