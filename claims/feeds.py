"""Feeds the desk follows: subscribe, poll with conditional requests, import new items once.

Each active feed has one chain of poll jobs: a poll job re-enqueues itself for the
feed's next poll (later after failures), carrying a token so that a superseded chain
stops. `poll_feeds` polls every feed now and starts a fresh chain for each.
"""

import datetime
import secrets
from dataclasses import dataclass, field

import feedparser
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from claims import fetching, jobs
from claims.fetching import FetchError
from claims.ingest import start_import
from claims.models import Article, Feed, FeedItem

MAX_BACKOFF = datetime.timedelta(hours=24)
MAX_URL_LENGTH = 500  # an article's URL field


@dataclass
class PollResult:
    feed: Feed
    ok: bool
    new_urls: list[str] = field(default_factory=list)
    skipped: int = 0
    not_modified: bool = False
    error: str = ""
    job_id: int | None = None


def subscribe(by, *, url: str, title: str = "") -> Feed:
    """A new feed, polled for the first time as soon as a worker is free."""
    fetching.check_url(url)
    with transaction.atomic():
        feed = Feed.objects.create(url=url, title=title, created_by=by)
        schedule(feed, delay_seconds=0)
    return feed


def interval_seconds() -> int:
    return settings.FACTCHECK_FEED_POLL_MINUTES * 60


def schedule(feed: Feed, *, delay_seconds: float) -> None:
    """Start the feed's (new) poll chain; any older chain stops at its next run."""
    from claims.tasks import poll_feed

    token = secrets.token_hex(8)
    next_poll = timezone.now() + datetime.timedelta(seconds=delay_seconds)
    Feed.objects.filter(pk=feed.pk).update(poll_token=token, next_poll_at=next_poll)
    feed.poll_token, feed.next_poll_at = token, next_poll
    transaction.on_commit(lambda: jobs.enqueue_later(poll_feed, delay_seconds, feed.pk, token))


def schedule_overdue() -> int:
    """New chains for active feeds whose next poll is long overdue (or never planned)."""
    late = timezone.now() - datetime.timedelta(seconds=2 * interval_seconds())
    overdue = list(
        Feed.objects.filter(active=True).filter(
            Q(next_poll_at__isnull=True) | Q(next_poll_at__lt=late)
        )
    )
    for feed in overdue:
        schedule(feed, delay_seconds=0)
    return len(overdue)


def run_poll_job(feed_id: int, token: str) -> None:
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is None or not feed.active or feed.poll_token != token:
        return  # unsubscribed, paused, or superseded by a newer chain
    result = poll(feed)
    schedule(result.feed, delay_seconds=next_delay(result.feed))


def next_delay(feed: Feed) -> float:
    if not feed.error_count:
        return interval_seconds()
    backoff = interval_seconds() * 2 ** min(feed.error_count - 1, 8)
    return min(backoff, MAX_BACKOFF.total_seconds())


def poll(feed: Feed) -> PollResult:
    """Fetch the feed (conditionally), queue imports of its new items, record the outcome."""
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    now = timezone.now()
    try:
        fetched = fetching.fetch(feed.url, accept=fetching.FEED_TYPES, headers=headers)
        if fetched.not_modified:
            _succeeded(feed, now, etag=feed.etag, last_modified=feed.last_modified, note="")
            return PollResult(feed, ok=True, not_modified=True)
        entries = _parse(fetched)
    except FetchError as exc:
        return _failed(feed, now, exc.message)
    links, skipped = [], 0
    for entry in entries:
        link = (entry.get("link") or "").strip()
        if not link or not link.startswith(("http://", "https://")) or len(link) > MAX_URL_LENGTH:
            skipped += 1
            continue
        if link not in links:
            links.append(link)
    note = ""
    if skipped:
        note = ngettext(
            "%(count)d item had no usable link and was skipped.",
            "%(count)d items had no usable link and were skipped.",
            skipped,
        ) % {"count": skipped}
    try:
        with transaction.atomic():
            seen = set(FeedItem.objects.filter(url__in=links).values_list("url", flat=True))
            seen |= set(Article.objects.filter(url__in=links).values_list("url", flat=True))
            new = [link for link in links if link not in seen]
            job = start_import(None, new, feed=feed) if new else None
            by_url = _jobs_by_url(job, new)
            titles = {(e.get("link") or "").strip(): e.get("title", "") for e in entries}
            FeedItem.objects.bulk_create(
                [
                    FeedItem(
                        feed=feed,
                        url=link,
                        title=(titles.get(link) or "")[:500],
                        job=by_url.get(link),
                    )
                    for link in new
                ]
            )
            feed.item_count += len(new)
            _succeeded(
                feed,
                now,
                etag=fetched.headers.get("etag", "")[:300],
                last_modified=fetched.headers.get("last-modified", "")[:100],
                note=note,
            )
    except IntegrityError:
        # Another feed listed the same item at the same moment; the next poll sorts it out.
        return _failed(feed, now, _("Two feeds listed the same item at once; polled again later."))
    return PollResult(feed, ok=True, new_urls=new, skipped=skipped, job_id=job.pk if job else None)


def _parse(fetched: fetching.Fetched) -> list:
    parsed = feedparser.parse(
        fetched.content,
        response_headers={"content-type": fetched.headers.get("content-type", "")},
    )
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FetchError(
            _("The address does not give a readable RSS or Atom feed%(reason)s.")
            % {"reason": f" ({reason})" if reason else ""},
            code="malformed_feed",
        )
    return parsed.entries


def _jobs_by_url(job, urls: list[str]) -> dict:
    if job is None:
        return {}
    if job.kind == job.Kind.URL:
        return {job.url: job}
    return {child.url: child for child in job.children.all()}


def _succeeded(feed: Feed, now, *, etag: str, last_modified: str, note: str) -> None:
    feed.etag, feed.last_modified = etag, last_modified
    feed.last_polled_at = feed.last_success_at = now
    feed.last_error, feed.error_count = note, 0
    Feed.objects.filter(pk=feed.pk).update(
        etag=etag,
        last_modified=last_modified,
        last_polled_at=now,
        last_success_at=now,
        last_error=note,
        error_count=0,
        item_count=feed.item_count,
    )


def _failed(feed: Feed, now, message: str) -> PollResult:
    feed.last_polled_at, feed.last_error = now, message
    feed.error_count += 1
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now, last_error=message, error_count=feed.error_count
    )
    return PollResult(feed, ok=False, error=message)
