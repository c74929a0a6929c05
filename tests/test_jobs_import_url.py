"""Import by URL: the API queues a job, the worker fetches and imports; bad pages fail cleanly."""

import hashlib
import socket

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from rest_framework import status
from rest_framework.test import APIClient

from claims import fetching
from claims.models import Article, Claim, ImportJob, Snapshot
from tests.jobs_support import ARTICLE_HTML, Route, run_jobs

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("job_settings")]


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def import_url(user, url: str) -> dict:
    response = api(user).post("/api/articles/", {"url": url}, format="json")
    assert response.status_code == status.HTTP_202_ACCEPTED, response.content
    return response.json()


def job_state(user, job_id: int) -> dict:
    response = api(user).get(f"/api/jobs/{job_id}/")
    assert response.status_code == status.HTTP_200_OK
    return response.json()


def test_url_without_body_queues_a_job_that_imports_the_page(web, editor):
    url = web.page("/news/unemployment")
    job = import_url(editor, url)
    assert job["status"] == "queued" and job["article"] is None
    assert not Article.objects.exists()

    run_jobs()

    done = job_state(editor, job["id"])
    assert done["status"] == "done" and done["error"] == "" and done["progress"] == 100
    article = Article.objects.get(pk=done["article"])
    assert article.title == "Unemployment falls to record low"
    assert article.outlet == "Example Times"
    assert article.byline == "Jane Doe"
    assert timezone.localtime(article.published_at).date().isoformat() == "2026-03-01"
    assert article.url == url
    assert "2.5 million people were out of work" in article.body
    assert article.claims.count() >= 2
    assert article.snapshot.sha256 == hashlib.sha256(ARTICLE_HTML.encode()).hexdigest()
    assert bytes(article.snapshot.content) == ARTICLE_HTML.encode()


def test_the_same_page_imported_twice_is_one_article(web, editor):
    first = import_url(editor, web.page("/a"))
    second = import_url(editor, web.page("/b"))  # same text under another address
    run_jobs()
    articles = {job_state(editor, j["id"])["article"] for j in (first, second)}
    assert len(articles) == 1 and Article.objects.count() == 1
    assert Snapshot.objects.count() == 1


def test_reviewer_cannot_import_by_url(web, reviewer):
    response = api(reviewer).post("/api/articles/", {"url": web.page("/a")}, format="json")
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert not ImportJob.objects.exists()


def test_job_is_readable_by_readers_but_not_outsiders(web, editor, reader, outsider):
    job = import_url(editor, web.page("/a"))
    assert api(reader).get(f"/api/jobs/{job['id']}/").status_code == status.HTTP_200_OK
    assert api(outsider).get(f"/api/jobs/{job['id']}/").status_code == status.HTTP_403_FORBIDDEN


@pytest.mark.parametrize(
    "address",
    ["http://127.0.0.1/a", "http://localhost:8000/x", "http://[::1]/", "http://10.1.2.3/"],
)
def test_private_addresses_are_refused_at_once_unless_allowed(settings, editor, address):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = False
    response = api(editor).post("/api/articles/", {"url": address}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "private or local address" in response.json()["error"]["fields"]["url"][0]
    assert not ImportJob.objects.exists()


def test_a_name_resolving_to_a_private_address_fails_the_job(settings, monkeypatch, editor):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = False
    real = socket.getaddrinfo

    def fake(host, *args, **kwargs):
        if host == "intranet.example.org":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.20", 80))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    job = import_url(editor, "http://intranet.example.org/report")
    run_jobs()
    state = job_state(editor, job["id"])
    assert state["status"] == "failed"
    assert "private or local address" in state["error"]
    assert not Article.objects.exists()


def test_a_redirect_to_a_private_address_is_refused(settings, monkeypatch, web, editor):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = False
    # The local server stands in for a public host; the redirect target is private.
    monkeypatch.setattr(fetching, "_public", lambda a: str(a) == "127.0.0.1" or a.is_global)
    web.routes["/go"] = Route(302, headers={"Location": "http://10.0.0.7/admin"})
    job = ImportJob.objects.create(url=web.url("/go"))
    from claims.ingest import run_import_job

    run_import_job(job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and "10.0.0.7" in job.error


def failing_routes(web) -> dict[str, tuple[Route, str]]:
    latin1 = ARTICLE_HTML.replace("record low", "Rekordtief für Müller").replace(
        '<meta charset="utf-8">', ""
    )
    return {
        "404": (Route(404, b"gone"), "404"),
        "500": (Route(500, b"oops"), "500"),
        "redirect loop": (Route(302, headers={"Location": "/loop"}), "redirects more than"),
        "over size": (
            Route(body=b"<html>" + b"x" * 300_000, headers={"Content-Type": "text/html"}),
            "larger than",
        ),
        "pdf": (
            Route(body=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"}),
            "application/pdf",
        ),
        "image": (Route(body=b"\x89PNG....", headers={"Content-Type": "image/png"}), "image/png"),
        "wrong charset": (
            Route(
                body=latin1.encode("latin-1"),
                headers={"Content-Type": "text/html; charset=utf-8"},
            ),
            "character set it declares (utf-8)",
        ),
        "missing charset": (
            Route(body=latin1.encode("latin-1"), headers={"Content-Type": "text/html"}),
            "declares no character set",
        ),
        "no article": (
            Route(
                body=b"<html><body><p>Hi</p></body></html>", headers={"Content-Type": "text/html"}
            ),
            "No article text",
        ),
        "timeout": (Route(body=ARTICLE_HTML.encode(), delay=3), "did not answer"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "404",
        "500",
        "redirect loop",
        "over size",
        "pdf",
        "image",
        "wrong charset",
        "missing charset",
        "no article",
        "timeout",
    ],
)
def test_bad_pages_fail_with_a_clear_error_and_store_nothing(settings, web, editor, case):
    settings.FACTCHECK_FETCH_MAX_BYTES = 200_000
    settings.FACTCHECK_JOB_MAX_ATTEMPTS = 2
    settings.FACTCHECK_FETCH_TIMEOUT = 1
    route, message = failing_routes(web)[case]
    path = "/loop" if case == "redirect loop" else "/page"
    web.routes[path] = route
    job = import_url(editor, web.url(path))
    run_jobs()
    state = job_state(editor, job["id"])
    assert state["status"] == "failed"
    assert message in state["error"]
    assert not Article.objects.exists() and not Claim.objects.exists()
    assert not Snapshot.objects.exists()
    transient = case in ("500", "timeout")
    assert state["attempts"] == (2 if transient else 1)


def test_unreachable_host_is_retried_then_fails(settings, editor):
    settings.FACTCHECK_JOB_MAX_ATTEMPTS = 3
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    job = import_url(editor, f"http://127.0.0.1:{port}/a")
    run_jobs()
    state = job_state(editor, job["id"])
    assert state["status"] == "failed" and state["attempts"] == 3
    assert "could not be fetched" in state["error"]
    assert not Article.objects.exists()


def test_a_server_error_then_success_imports_on_the_retry(web, editor):
    web.routes["/flaky"] = Route(
        503, b"busy", then=Route(body=ARTICLE_HTML.encode(), headers={"Content-Type": "text/html"})
    )
    job = import_url(editor, web.url("/flaky"))
    run_jobs()
    state = job_state(editor, job["id"])
    assert state["status"] == "done" and state["attempts"] == 2
    assert Article.objects.count() == 1


def test_a_charset_in_the_page_overrides_a_wrong_header(web, editor):
    html = ARTICLE_HTML.replace("record low", "Rekordtief für Müller").replace(
        '<meta charset="utf-8">', '<meta charset="iso-8859-1">'
    )
    web.routes["/de"] = Route(
        body=html.encode("latin-1"), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    job = import_url(editor, web.url("/de"))
    run_jobs()
    article = Article.objects.get(pk=job_state(editor, job["id"])["article"])
    assert "Rekordtief für Müller" in article.title


def test_progress_page_refreshes_until_the_job_has_finished(client, web, editor):
    job = import_url(editor, web.page("/a"))
    client.force_login(editor)
    page = client.get(f"/jobs/{job['id']}/").content.decode()
    assert 'http-equiv="refresh"' in page and "queued" in page
    run_jobs()
    page = client.get(f"/jobs/{job['id']}/").content.decode()
    assert 'http-equiv="refresh"' not in page
    assert "Unemployment falls to record low" in page


def test_import_command_fetches_urls_with_a_progress_bar(web, capsys):
    first, second = web.page("/one"), web.page("/two", ARTICLE_HTML.replace("Monday", "Tuesday"))
    call_command("import_article", "--fetch", first, "--fetch", second)
    out = capsys.readouterr().out
    assert "Unemployment falls to record low" in out
    assert Article.objects.count() == 2


def test_import_command_reports_a_bad_url_and_exits_2(web):
    web.routes["/gone"] = Route(404, b"")
    with pytest.raises(CommandError) as error:
        call_command("import_article", "--fetch", web.url("/gone"))
    assert error.value.returncode == 2 and "404" in str(error.value)
    assert not Article.objects.exists()


def test_admin_import_page_fetches_urls_in_a_batch(client, web, superuser):
    client.force_login(superuser)
    first, second = web.page("/one"), web.page("/two", ARTICLE_HTML.replace("Monday", "Friday"))
    response = client.post(
        "/admin/claims/article/import/", {"fetch": f"{first}\n{second}\n", "language": "auto"}
    )
    batch = ImportJob.objects.get(kind="batch")
    assert response.status_code == 302 and response["Location"] == f"/jobs/{batch.pk}/"
    run_jobs()
    page = client.get(f"/jobs/{batch.pk}/").content.decode()
    assert "2 imported, 0 failed, of 2." in page
    assert Article.objects.count() == 2


def test_admin_import_page_refuses_a_bad_address_and_queues_nothing(settings, client, superuser):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = False
    client.force_login(superuser)
    response = client.post(
        "/admin/claims/article/import/",
        {"fetch": "https://news.example.org/a\nhttp://127.0.0.1/x", "language": "auto"},
    )
    assert response.status_code == 200
    assert "private or local address" in response.content.decode()
    assert not ImportJob.objects.exists()
