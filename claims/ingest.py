"""Import by URL and evidence snapshots: fetch a page, read the article in it, store it.

The import job fetches within `claims.fetching`'s limits, extracts the article with
trafilatura and hands the text to `claims.importing` like any other import. Everything
an import stores (snapshot, article, claims) is written in one transaction, so a failure
leaves nothing behind but the job's error.
"""

import datetime
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from claims import fetching, importing, jobs
from claims.errors import WorkflowError
from claims.fetching import FetchError
from claims.models import Article, ClaimSource, ImportJob, JobStatus, Snapshot

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 80
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass
class Page:
    title: str
    body: str
    byline: str
    outlet: str
    published_at: datetime.datetime | None


def decode_page(fetched: fetching.Fetched) -> str:
    """The page's text: the header's charset, else the page's own declaration, else UTF-8.

    Decoding is strict: a page that is not in any charset it declares is refused rather
    than imported with replacement characters in the claims' text.
    """
    content = fetched.content
    if content.startswith(b"\xef\xbb\xbf"):
        return content[3:].decode("utf-8", errors="strict")
    meta = _META_CHARSET.search(content[:4096])
    declared = [fetched.charset, meta.group(1).decode("ascii").lower() if meta else None]
    tried = []
    for charset in [c for c in declared if c] + ["utf-8"]:
        try:
            return content.decode(charset)
        except LookupError:
            continue  # an unknown charset name: try the next declaration
        except UnicodeDecodeError:
            tried.append(charset)
    if any(declared):
        raise FetchError(
            _("The page is not valid text in the character set it declares (%(charset)s).")
            % {"charset": ", ".join(dict.fromkeys(tried))},
            code="bad_charset",
        )
    raise FetchError(
        _("The page declares no character set and is not UTF-8; it cannot be read reliably."),
        code="bad_charset",
    )


def read_article(fetched: fetching.Fetched) -> Page:
    """Title, text, byline, date and outlet of the news article on a fetched page."""
    html = decode_page(fetched)
    document = trafilatura.bare_extraction(
        html, url=fetched.url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(document, "text", None) or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise FetchError(
            _("No article text was found on the page; paste the text instead."), code="no_text"
        )
    title = (document.title or "").strip()[:300]
    # The importer reads the first line as the headline: keep the page's headline there.
    body = text if not title or text.startswith(title) else f"{title}\n\n{text}"
    host = urlsplit(fetched.url).hostname or ""
    return Page(
        title=title or text.split("\n", 1)[0][:300],
        body=body,
        byline=(document.author or "")[:300],
        outlet=(document.sitename or host.removeprefix("www."))[:200],
        published_at=_date(document.date),
    )


def _date(value: str | None) -> datetime.datetime | None:
    try:
        day = datetime.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def start_import(by, urls: list[str], *, feed=None) -> ImportJob:
    """Queue imports of `urls`: one job, or a batch job over one job per URL."""
    with transaction.atomic():
        parent = None
        if len(urls) > 1:
            parent = ImportJob.objects.create(kind=ImportJob.Kind.BATCH, requested_by=by, feed=feed)
        children = ImportJob.objects.bulk_create(
            [ImportJob(url=url, requested_by=by, feed=feed, parent=parent) for url in urls]
        )
        from claims.tasks import import_url

        jobs.enqueue_many_on_commit(import_url, [(child.pk,) for child in children])
    return parent or children[0]


def run_import_job(job_id: int) -> None:
    job = ImportJob.objects.select_related("requested_by").filter(pk=job_id).first()
    if job is None or job.finished:
        return
    job.attempts += 1
    _update(job, status=JobStatus.RUNNING, progress=10, started_at=timezone.now())
    try:
        article = fetch_and_import(
            job.requested_by, job.url, progress=lambda percent: _update(job, progress=percent)
        )
    except FetchError as exc:
        if exc.transient and job.attempts < settings.FACTCHECK_JOB_MAX_ATTEMPTS:
            _retry(job, exc.message)
        else:
            _finish(job, JobStatus.FAILED, error=exc.message)
        return
    except WorkflowError as exc:
        _finish(job, JobStatus.FAILED, error=exc.message)
        return
    except Exception:
        log.exception("import job %s failed", job.pk)
        _finish(job, JobStatus.FAILED, error=_("The import failed unexpectedly; see the log."))
        return
    _finish(job, JobStatus.DONE, article=article)


def fetch_and_import(by, url: str, progress=None) -> Article:
    """Fetch the page at `url` and import its article; raises FetchError or WorkflowError."""
    fetched = fetching.fetch(url)
    if progress:
        progress(40)
    page = read_article(fetched)
    if progress:
        progress(60)
    return _store(by, url, fetched, page)


def _store(by, url: str, fetched: fetching.Fetched, page: Page) -> Article:
    with transaction.atomic():
        result = importing.import_article(
            by,
            body=page.body,
            title=page.title,
            url=url if len(url) <= 500 else "",
            outlet=page.outlet,
            published_at=page.published_at,
        )
        article = result.article
        if result.created or result.reanchored or result.lost or article.snapshot_id is None:
            snapshot = Snapshot.of(fetched)
            snapshot.save()
            Article.objects.filter(pk=article.pk).update(snapshot=snapshot, byline=page.byline)
    return article


def _update(job: ImportJob, **fields) -> None:
    for name, value in fields.items():
        setattr(job, name, value)
    ImportJob.objects.filter(pk=job.pk).update(attempts=job.attempts, **fields)


def _retry(job: ImportJob, message: str) -> None:
    delay = jobs.backoff_seconds(job.attempts)
    when = timezone.localtime() + datetime.timedelta(seconds=delay)
    error = _("Attempt %(n)d failed: %(error)s Trying again at %(time)s.") % {
        "n": job.attempts,
        "error": message,
        "time": date_format(when, "TIME_FORMAT"),
    }
    _update(job, status=JobStatus.QUEUED, progress=0, error=error)
    from claims.tasks import import_url

    jobs.enqueue_later(import_url, delay, job.pk)


def _finish(job: ImportJob, status: str, *, error: str = "", article=None) -> None:
    _update(
        job,
        status=status,
        error=error,
        progress=100,
        article=article,
        finished_at=timezone.now(),
    )
    if job.parent_id:
        _update_batch(job.parent_id)


def give_up(job: ImportJob, error: str) -> None:
    """Mark a job failed for good (its batch follows), when no attempt can finish it."""
    _finish(job, JobStatus.FAILED, error=error)


def _update_batch(batch_id: int) -> None:
    batch = ImportJob.objects.get(pk=batch_id)
    counts = batch.counts()
    finished = counts[JobStatus.DONE] + counts[JobStatus.FAILED]
    fields = {"progress": round(100 * finished / max(counts["total"], 1))}
    if finished == counts["total"]:
        fields["status"] = JobStatus.FAILED if counts[JobStatus.DONE] == 0 else JobStatus.DONE
        fields["finished_at"] = timezone.now()
        if counts[JobStatus.FAILED]:
            fields["error"] = _("%(failed)d of %(total)d imports failed.") % counts
    elif batch.status == JobStatus.QUEUED:
        fields.update(status=JobStatus.RUNNING, started_at=timezone.now())
    ImportJob.objects.filter(pk=batch_id).update(**fields)


def request_snapshot(entry: ClaimSource) -> None:
    """Fetch the cited page once, after the ledger entry is committed."""
    from claims.tasks import snapshot_source

    jobs.enqueue_on_commit(snapshot_source, entry.pk)


def take_source_snapshot(entry_id: int, attempt: int = 1) -> None:
    entry = ClaimSource.objects.select_related("source").filter(pk=entry_id).first()
    if entry is None or entry.snapshot_id:
        return
    try:
        fetched = fetching.fetch(entry.source.url, accept=(*fetching.HTML_TYPES, "text/plain"))
    except FetchError as exc:
        if exc.transient and attempt < settings.FACTCHECK_JOB_MAX_ATTEMPTS:
            from claims.tasks import snapshot_source

            ClaimSource.objects.filter(pk=entry.pk).update(snapshot_error=exc.message[:500])
            jobs.enqueue_later(
                snapshot_source, jobs.backoff_seconds(attempt), entry.pk, attempt + 1
            )
        else:
            ClaimSource.objects.filter(pk=entry.pk).update(snapshot_error=exc.message[:500])
        return
    with transaction.atomic():
        snapshot = Snapshot.of(fetched)
        snapshot.save()
        ClaimSource.objects.filter(pk=entry.pk).update(snapshot=snapshot, snapshot_error="")
