"""A local web server for the network tests, and running the job engine to the end.

No test reaches outside the machine: pages, feeds and webhook receivers are served by
`LocalWeb`, an http.server in a thread that each test starts and stops.
"""

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings
from django.core.management import call_command

ARTICLE_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Unemployment falls to record low - Example Times</title>
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2026-03-01T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article><h1>Unemployment falls to record low</h1>
<p>The labour minister said on Monday that unemployment fell by 12 percent in 2025, the lowest
level since 1990. According to the statistics office, 2.5 million people were out of work in
March.</p>
<p>Opposition leader Mark Stone said the government had spent 4 billion euros on job schemes
that created fewer than 10,000 jobs. Economists at the central bank expect the rate to rise
again next year.</p>
</article><footer>Copyright Example Times</footer></body></html>"""


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    then: "Route | None" = None  # served from the second request on


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class LocalWeb:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.received: list[Received] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                web.received.append(
                    Received(self.command, self.path, dict(self.headers.items()), body)
                )
                route = web.routes.get(self.path) or Route(404, b"not found")
                if route.then is not None:
                    web.routes[self.path] = route.then
                if route.delay:
                    time.sleep(route.delay)
                self.send_response(route.status)
                headers = {"Content-Length": str(len(route.body)), **route.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(route.body)

            do_GET = do_POST = _serve

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def page(self, path: str, html: str = ARTICLE_HTML, **headers) -> str:
        self.routes[path] = Route(
            body=html.encode("utf-8"),
            headers={"Content-Type": "text/html; charset=utf-8", **headers},
        )
        return self.url(path)

    def requests_to(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path]


@pytest.fixture
def web():
    server = LocalWeb()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def job_settings(settings):
    """Loopback allowed for the local server; retries without waiting; the engine empty."""
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    settings.FACTCHECK_JOB_RETRY_SECONDS = 0
    settings.FACTCHECK_FETCH_TIMEOUT = 2
    settings.FACTCHECK_WEBHOOK_TIMEOUT = 1
    if settings.FACTCHECK_REDIS_URL:
        import django_rq

        django_rq.get_connection("default").flushdb()
    return settings


def run_jobs() -> None:
    """What `manage.py run_jobs --until-empty` does in production."""
    call_command("run_jobs", "--until-empty", verbosity=0)


def engine_name() -> str:
    return "redis" if settings.FACTCHECK_REDIS_URL else "database"
