"""Feeds: subscribe, poll conditionally, import each new item once, back off when failing."""

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework import status
from rest_framework.test import APIClient

from claims import feeds
from claims.models import Article, Feed, FeedItem, ImportJob
from tests.jobs_support import ARTICLE_HTML, Route, run_jobs

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("job_settings")]


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def rss(web, *links: str | None) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title>{f'<link>{web.url(link)}</link>' if link else ''}"
        f"<guid>item-{i}</guid></item>"
        for i, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Example Times</title><link>{web.url('/')}</link>{items}</channel></rss>"
    ).encode()


def serve_feed(web, body: bytes, path: str = "/feed.xml", etag: str = '"v1"') -> str:
    web.routes[path] = Route(
        body=body, headers={"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag}
    )
    return web.url(path)


def serve_articles(web, count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = f"/story-{n}"
        web.page(path, ARTICLE_HTML.replace("Monday", f"Monday, day {n},"))
        paths.append(path)
    return paths


def test_editor_subscribes_and_new_items_are_imported(web, editor):
    paths = serve_articles(web, 2)
    url = serve_feed(web, rss(web, *paths))
    response = api(editor).post("/api/feeds/", {"url": url, "title": "Example"}, format="json")
    assert response.status_code == status.HTTP_201_CREATED, response.content

    run_jobs()

    feed = Feed.objects.get()
    assert feed.item_count == 2 and feed.last_error == "" and feed.error_count == 0
    assert feed.last_success_at is not None and feed.etag == '"v1"'
    assert feed.next_poll_at > timezone.now()  # the chain goes on, later
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("url", flat=True)) == {web.url(p) for p in paths}
    batch = ImportJob.objects.get(kind="batch")
    assert batch.status == "done" and batch.counts()["done"] == 2
    listed = api(editor).get("/api/feeds/").json()["results"]
    assert listed[0]["item_count"] == 2


def test_second_poll_is_conditional_and_imports_nothing_twice(web, editor):
    paths = serve_articles(web, 2)
    url = serve_feed(web, rss(web, *paths))
    feeds.subscribe(editor, url=url)
    run_jobs()
    # The server now answers 304 to the ETag it gave.
    web.routes["/feed.xml"] = Route(304)
    call_command("poll_feeds", verbosity=0)
    run_jobs()
    assert web.requests_to("/feed.xml")[-1].headers.get("If-None-Match") == '"v1"'
    # And when the feed changes but lists the same items, still nothing new.
    serve_feed(web, rss(web, *paths, paths[0]), etag='"v2"')
    call_command("poll_feeds", verbosity=0)
    run_jobs()
    assert Article.objects.count() == 2 and FeedItem.objects.count() == 2
    assert ImportJob.objects.filter(kind="url").count() == 2


def test_an_item_in_two_feeds_is_imported_once(web, editor):
    paths = serve_articles(web, 1)
    feeds.subscribe(editor, url=serve_feed(web, rss(web, *paths), path="/a.xml"))
    feeds.subscribe(editor, url=serve_feed(web, rss(web, *paths), path="/b.xml"))
    run_jobs()
    assert Article.objects.count() == 1 and FeedItem.objects.count() == 1


def test_the_same_text_under_two_addresses_is_one_article(web, editor):
    web.page("/x")
    web.page("/y")  # the same page published twice
    feeds.subscribe(editor, url=serve_feed(web, rss(web, "/x", "/y")))
    run_jobs()
    assert Article.objects.count() == 1
    assert ImportJob.objects.filter(kind="url", status="done").count() == 2


def test_items_without_a_link_are_skipped_with_a_note(web, editor):
    paths = serve_articles(web, 1)
    feed = feeds.subscribe(editor, url=serve_feed(web, rss(web, paths[0], None, None)))
    run_jobs()
    feed.refresh_from_db()
    assert feed.item_count == 1 and feed.error_count == 0
    assert "2 items had no usable link" in feed.last_error


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (
            Route(body=b"<html><body>not a feed", headers={"Content-Type": "text/html"}),
            "not give a readable RSS or Atom feed",
        ),
        (Route(500, b"down"), "500"),
        (Route(body=b"%PDF", headers={"Content-Type": "application/pdf"}), "application/pdf"),
    ],
    ids=["malformed", "server error", "not a feed type"],
)
def test_a_failing_feed_backs_off_and_shows_its_error(web, editor, route, message):
    web.routes["/feed.xml"] = route
    feed = feeds.subscribe(editor, url=web.url("/feed.xml"))
    run_jobs()
    feed.refresh_from_db()
    assert feed.error_count == 1 and message in feed.last_error
    assert feed.last_success_at is None and not ImportJob.objects.exists()
    first_delay = feed.next_poll_at - timezone.now()
    call_command("poll_feeds", verbosity=0)
    feed.refresh_from_db()
    assert feed.error_count == 2
    # Twice the wait after the second failure in a row.
    assert (feed.next_poll_at - timezone.now()).total_seconds() > first_delay.total_seconds() * 1.5


def test_failing_feeds_show_in_the_admin(client, web, superuser):
    web.routes["/feed.xml"] = Route(500, b"")
    feeds.subscribe(superuser, url=web.url("/feed.xml"))
    run_jobs()
    client.force_login(superuser)
    page = client.get("/admin/claims/feed/?health=failing").content.decode()
    assert "failing (1 time)" in page and "500" in page


def test_a_superseded_poll_chain_stops(web, editor):
    feed = feeds.subscribe(editor, url=serve_feed(web, rss(web)))
    feeds.run_poll_job(feed.pk, "stale-token")
    assert not web.requests_to("/feed.xml")


def test_feeds_are_for_editors(web, reviewer):
    client = api(reviewer)
    assert client.get("/api/feeds/").status_code == status.HTTP_403_FORBIDDEN
    response = client.post("/api/feeds/", {"url": web.url("/f")}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_a_private_feed_address_is_refused(settings, editor):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = False
    response = api(editor).post("/api/feeds/", {"url": "http://127.0.0.1/feed"}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert not Feed.objects.exists()
