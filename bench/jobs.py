"""Background jobs: imports per minute through the job engine, webhook latency, a big feed.

    python bench/jobs.py [--articles 30] [--workers 1,2,4] [--postgres URL] [--redis URL]

Each configuration runs in a fresh process with its own throw-away database (a temporary
SQLite file; with --postgres, a database made for the run and dropped after it):

* imports: N distinct article pages served by a local HTTP server are enqueued as URL
  imports and drained by W `manage.py run_jobs --until-empty` processes; the rate is N
  over the time from the first job's start to the last job's end. The baseline is the
  same import run inline in one process (no engine) in the same configuration.
* webhooks: one long-running worker; claims are created one after another and a local
  receiver notes when each `claim.created` delivery arrives: latency p50/p95.
* feed: one poll of a 1,000-item RSS feed (parse, dedupe, 1,000 jobs queued), then a
  second poll answered 304.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Report {n}</title>
<meta property="og:site_name" content="Bench Times"></head><body><article><h1>Report {n}</h1>
<p>The minister said on day {n} that unemployment fell by {p} percent in 2025, the lowest level
since 1990. According to the statistics office, {m} million people were out of work in March.</p>
<p>Opposition leader Mark Stone said the government spent {b} billion euros on job schemes that
created fewer than {j} jobs. Economists expect the rate to rise again next year.</p>
</article></body></html>"""


class Web:
    """Article pages, a big feed and a webhook receiver on 127.0.0.1."""

    def __init__(self) -> None:
        self.received: list[tuple[float, bytes]] = []
        self.feed_items = 0
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                if self.path.startswith("/a/"):
                    n = int(self.path.rsplit("/", 1)[1])
                    body = PAGE.format(n=n, p=n % 17 + 2, m=n % 5 + 1, b=n % 9 + 1, j=n * 100)
                    return self._send(200, body.encode(), "text/html; charset=utf-8")
                if self.path == "/feed.xml":
                    if self.headers.get("If-None-Match") == '"big"':
                        return self._send(304, b"", "application/rss+xml")
                    items = "".join(
                        f"<item><title>Item {i}</title><link>http://127.0.0.1:{self.server.server_port}"
                        f"/a/{100000 + i}</link></item>"
                        for i in range(web.feed_items)
                    )
                    body = f'<rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'
                    return self._send(200, body.encode(), "application/rss+xml", etag='"big"')
                return self._send(404, b"", "text/plain")

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                web.received.append((time.time(), body))
                self._send(204, b"", "text/plain")

            def _send(self, status: int, body: bytes, ctype: str, etag: str = "") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"


def child(args) -> None:
    """One configuration, in this process: settings come from the environment set by main."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from claims import feeds, jobs, workflow
    from claims.ingest import fetch_and_import, start_import
    from claims.models import ImportJob, WebhookEndpoint

    call_command("migrate", verbosity=0)
    web = Web()
    env = dict(os.environ)
    out: dict = {"engine": jobs.engine(), "database": connection.vendor, "workers": args.workers}

    # Baseline: the same imports inline, no engine (after one import to load the models).
    fetch_and_import(None, web.url("/a/49999"))
    started = time.perf_counter()
    for n in range(args.articles // 2):
        fetch_and_import(None, web.url(f"/a/{50000 + n}"))
    out["inline_per_min"] = (args.articles // 2) / (time.perf_counter() - started) * 60

    for n in range(args.articles):
        start_import(None, [web.url(f"/a/{n}")])
    connection.close()
    procs = [
        subprocess.Popen(
            [sys.executable, "manage.py", "run_jobs", "--until-empty", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
        )
        for _ in range(args.workers)
    ]
    for proc in procs:
        proc.wait()
    done = ImportJob.objects.filter(kind="url", status="done")
    first = min(done.values_list("started_at", flat=True))
    last = max(done.values_list("finished_at", flat=True))
    out["imported"] = done.count()
    out["failed"] = ImportJob.objects.filter(status="failed").count()
    out["engine_per_min"] = out["imported"] / (last - first).total_seconds() * 60

    if args.workers == 1:
        # Webhook latency with one worker waiting for jobs, as in production.
        WebhookEndpoint.objects.create(
            url=web.url("/hook"), secret="bench-secret-0123456789", events=["claim.created"]
        )
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "run_jobs", "--verbosity", "0"], cwd=ROOT, env=env
        )
        time.sleep(6)  # let it boot
        sent = []
        for n in range(args.webhooks):
            sent.append(time.time())
            workflow.create_claim(None, text=f"Bench claim number {n} about 4 million euros.")
            time.sleep(0.2)
        deadline = time.time() + 30
        while len(web.received) < args.webhooks and time.time() < deadline:
            time.sleep(0.1)
        worker.terminate()
        worker.wait()
        latencies = sorted((r - s) * 1000 for s, (r, _b) in zip(sent, web.received, strict=False))
        out["webhooks_delivered"] = len(latencies)
        out["webhook_p50_ms"] = statistics.median(latencies)
        out["webhook_p95_ms"] = latencies[int(0.95 * (len(latencies) - 1))]

        web.feed_items = 1000
        feed = feeds.subscribe(None, url=web.url("/feed.xml"))
        started = time.perf_counter()
        result = feeds.poll(feed)
        out["feed_1000_s"] = time.perf_counter() - started
        out["feed_new"] = len(result.new_urls)
        started = time.perf_counter()
        again = feeds.poll(feed)
        out["feed_304_ms"] = (time.perf_counter() - started) * 1000
        out["feed_304"] = again.not_modified
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--webhooks", type=int, default=40)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--postgres", default="", help="server URL, e.g. postgres://u@host:5432")
    parser.add_argument("--redis", default="", help="e.g. redis://127.0.0.1:6379/2")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--child", action="store_true")
    args = parser.parse_args()
    if args.child:
        args.workers = int(args.workers)
        child(args)
        return
    configs = [("sqlite", "")] if "sqlite" in args.databases else []
    if args.postgres and args.redis and "postgres" in args.databases:
        configs.append(("postgres", args.redis))
    rows = []
    for database, redis in configs:
        for workers in [int(w) for w in args.workers.split(",")]:
            env = {
                **os.environ,
                "DEBUG": "true",
                "FACTCHECK_FETCH_ALLOW_PRIVATE": "true",
                "FACTCHECK_REDIS_URL": redis,
            }
            tmp = tempfile.mkdtemp()
            if database == "sqlite":
                env["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
            else:
                name = f"bench_jobs_{os.getpid()}"
                subprocess.run(
                    ["psql", args.postgres + "/postgres", "-qc", f"CREATE DATABASE {name}"],
                    check=True,
                )
                env["DATABASE_URL"] = f"{args.postgres}/{name}"
            if redis:
                import redis as redis_client

                redis_client.Redis.from_url(redis).flushdb()
            try:
                result = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        "--workers",
                        str(workers),
                        "--articles",
                        str(args.articles),
                        "--webhooks",
                        str(args.webhooks),
                    ],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
            finally:
                if database != "sqlite":
                    subprocess.run(
                        [
                            "psql",
                            args.postgres + "/postgres",
                            "-qc",
                            f"DROP DATABASE {name} WITH (FORCE)",
                        ],
                        check=True,
                    )
            row = json.loads(result.stdout.strip().splitlines()[-1])
            rows.append(row)
            label = f"{row['database']}+{row['engine']}, {workers} worker(s)"
            print(
                f"{label:<32} {row['engine_per_min']:7.1f} imports/min through the engine "
                f"({row['engine_per_min'] / row['inline_per_min']:.2f}× inline baseline "
                f"{row['inline_per_min']:.1f}/min); {row['imported']} done, {row['failed']} failed"
            )
            if "webhook_p50_ms" in row:
                print(
                    f"{'':<32} webhook latency p50 {row['webhook_p50_ms']:.0f} ms, "
                    f"p95 {row['webhook_p95_ms']:.0f} ms ({row['webhooks_delivered']} delivered); "
                    f"1,000-item feed poll {row['feed_1000_s']:.2f} s ({row['feed_new']} queued), "
                    f"304 re-poll {row['feed_304_ms']:.0f} ms"
                )


if __name__ == "__main__":
    main()
