"""The queue page, the start page and the "take next claim" button."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import workflow
from claims.models import Article, Claim, Priority

# Every test here needs the database, even those that pick their users by name.
pytestmark = pytest.mark.django_db

QUEUE = reverse("queue")
NEXT = reverse("queue-next")


def _queued(editor, text: str, **fields) -> Claim:
    claim = workflow.create_claim(editor, text=text, language="de", **fields)
    return workflow.perform(claim, "accept", editor)


def _page_texts(response) -> list[str]:
    return [c.text for c in response.context["page"].object_list]


def test_anonymous_is_sent_to_login(client, db):
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_user_without_group_is_refused(client, outsider):
    client.force_login(outsider)
    assert client.get(QUEUE).status_code == 403
    assert client.post(NEXT).status_code == 403


def test_reviewer_sees_own_claims_before_the_shared_queue(client, reviewer, editor):
    _queued(editor, "Shared claim waiting")
    mine = workflow.perform(_queued(editor, "Claim the reviewer holds"), "take", reviewer)
    client.force_login(reviewer)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert [c.pk for c in response.context["mine"]] == [mine.pk]
    assert _page_texts(response) == ["Shared claim waiting"]
    html = response.content.decode()
    assert html.index("Claim the reviewer holds") < html.index("Shared claim waiting")
    assert "Take next claim" in html


def test_shared_queue_follows_queue_order(client, reviewer, editor):
    now = timezone.now()
    _queued(editor, "Normal, due late", due_at=now + timedelta(days=5))
    _queued(editor, "Urgent", priority=Priority.URGENT)
    _queued(editor, "Normal, due soon", due_at=now + timedelta(days=1))
    client.force_login(reviewer)
    assert _page_texts(client.get(QUEUE)) == ["Urgent", "Normal, due soon", "Normal, due late"]


def test_queue_hides_finished_claims_unless_asked(client, reviewer, editor, claim_in):
    published = claim_in("published")
    _queued(editor, "Still open")
    client.force_login(reviewer)
    assert published.text not in _page_texts(client.get(QUEUE))
    by_status = _page_texts(client.get(QUEUE, {"status": "published"}))
    assert by_status == [published.text]


def test_overdue_claims_are_marked_and_filterable(client, reviewer, editor):
    late = _queued(editor, "Late claim", due_at=timezone.now() - timedelta(hours=2))
    _queued(editor, "Claim on time", due_at=timezone.now() + timedelta(days=2))
    client.force_login(reviewer)
    response = client.get(QUEUE, {"overdue": "on"})
    assert _page_texts(response) == [late.text]
    assert "Overdue" in response.content.decode()
    assert "claim-row overdue" in response.content.decode()


def test_text_search_matches_claim_and_claimant(client, reviewer, editor):
    _queued(editor, "Inflation is at ten percent", claimant="Minister Meier")
    _queued(editor, "Unemployment fell")
    client.force_login(reviewer)
    assert _page_texts(client.get(QUEUE, {"q": "inflation"})) == ["Inflation is at ten percent"]
    assert _page_texts(client.get(QUEUE, {"q": "meier"})) == ["Inflation is at ten percent"]


def test_article_and_rating_filters(client, reviewer, editor, make_claim, rating):
    from_article = workflow.perform(make_claim(), "accept", editor)
    _queued(editor, "Entered by hand")
    client.force_login(reviewer)
    assert _page_texts(client.get(QUEUE, {"article": from_article.article_id})) == [
        from_article.text
    ]
    rated = workflow.perform(_queued(editor, "Rated claim"), "take", editor)
    workflow.edit(rated, editor, {"rating": rating.code})
    response = client.get(QUEUE, {"rating": rating.code})
    assert [c.pk for c in response.context["page"].object_list] == [rated.pk]


def test_bad_filter_value_shows_an_error(client, reviewer, editor):
    _queued(editor, "Some claim")
    client.force_login(reviewer)
    response = client.get(QUEUE, {"status": "bogus"})
    assert response.status_code == 200
    assert response.context["filter"].form.errors["status"]


def test_take_next_assigns_the_most_urgent_claim_and_opens_it(client, reviewer, editor):
    _queued(editor, "Low", priority=Priority.LOW)
    urgent = _queued(editor, "Urgent", priority=Priority.URGENT)
    client.force_login(reviewer)
    response = client.post(NEXT)
    assert response.status_code == 302
    assert response["Location"] == urgent.get_absolute_url()
    urgent.refresh_from_db()
    assert urgent.status == "in_review"
    assert urgent.assignee == reviewer


def test_take_next_on_empty_queue_says_so(client, reviewer):
    client.force_login(reviewer)
    response = client.post(NEXT, follow=True)
    assert response.redirect_chain[-1][0] == QUEUE
    assert "The queue is empty" in response.content.decode()


def test_take_next_needs_post(client, reviewer, editor):
    claim = _queued(editor, "Waiting")
    client.force_login(reviewer)
    assert client.get(NEXT).status_code == 405
    claim.refresh_from_db()
    assert claim.status == "queued"


def test_reader_sees_the_queue_but_cannot_take(client, reader, editor):
    claim = _queued(editor, "Waiting")
    client.force_login(reader)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert "Take next claim" not in response.content.decode()
    response = client.post(NEXT, follow=True)
    assert "Only reviewers and editors may take claims." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "queued"


@pytest.mark.parametrize(
    ("who", "target"),
    [
        ("editor", "dashboard"),
        ("reviewer", "queue"),
        ("reader", "factcheck-list"),
        ("outsider", "factcheck-list"),
    ],
)
def test_start_page_fits_the_role(client, request, who, target):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"] == reverse(target)


def test_anonymous_start_page_is_the_public_list(client, db):
    assert client.get(reverse("home"))["Location"] == reverse("factcheck-list")


def _fill_queue(editor, reviewer, n: int) -> None:
    article = Article(title=f"Article {n}", language="de")
    sentences = [f"Satz Nummer {i} behauptet etwas." for i in range(n)]
    article.set_body(" ".join(sentences))
    article.save()
    position = 0
    for i, sentence in enumerate(sentences):
        claim = workflow.create_claim(
            editor,
            text=sentence,
            language="de",
            article=article,
            start=position,
            end=position + len(sentence),
            claimant=f"Person {i}",
        )
        position += len(sentence) + 1
        workflow.perform(claim, "accept", editor)
        if i % 2:
            workflow.perform(claim, "take", reviewer)


def test_queue_runs_a_constant_number_of_queries(
    client, reviewer, editor, django_assert_num_queries
):
    _fill_queue(editor, reviewer, 2)
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as small:
        assert client.get(QUEUE).status_code == 200
    _fill_queue(editor, reviewer, 12)
    with django_assert_num_queries(len(small)):
        response = client.get(QUEUE)
    assert len(response.context["mine"]) == 7


def test_queue_never_fetches_article_texts(client, reviewer, editor):
    _fill_queue(editor, reviewer, 4)
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(QUEUE)
    assert response.context["mine"] and response.context["page"].object_list
    # Titles are listed, the (often long) article texts never.
    assert any('"claims_article"."title"' in q["sql"] for q in queries)
    assert not any('"claims_article"."body"' in q["sql"] for q in queries)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("queue-export")).status_code == 200
    assert not any('"claims_article"."body"' in q["sql"] for q in queries)


def test_my_claims_are_the_first_page_of_what_i_hold_in_queue_order(client, reviewer, editor):
    from claims.views.queue import QUEUE_PAGE_SIZE

    _fill_queue(editor, reviewer, 12)
    client.force_login(reviewer)
    response = client.get(QUEUE, {"sort": "newest"})
    held = Claim.objects.assigned_to(reviewer).open().order_by("-created_at", "-id")
    assert [c.pk for c in response.context["mine"]] == [c.pk for c in held[:QUEUE_PAGE_SIZE]]
    assert [c.pk for c in response.context["mine"]] != sorted(c.pk for c in held)
