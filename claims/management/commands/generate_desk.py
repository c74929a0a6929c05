"""Fill the database with a realistic synthetic desk, for benchmarks and demos.

About 100 claims per article, statuses spread as on a working desk and consistent with
the workflow (an assignee from review on, a verdict from submission on, history rows
that walk each claim to its status), sources and notes on a fraction, up to 300 people.
Rows are written set-based in rounds of 100 articles (COPY on PostgreSQL), so memory stays
flat. Into an empty desk on PostgreSQL everything goes in one transaction with the tables'
secondary indexes and foreign keys built once at the end (`bulkload.indexes_built_after`),
as a restore does: a million claims take minutes, not hours.
"""

import json
import random
import time
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from claims import bulkload
from claims.models import Article, Claim, ClaimEvent, ClaimSource, Note, Rating, Source
from claims.models.articles import content_hash
from claims.roles import EDITORS, READERS, REVIEWERS
from claims.statusguard import status_writes

PHRASES = Path(__file__).resolve().parents[2] / "demo" / "synthetic_desk.json"
CLAIMS_PER_ARTICLE = 100
ARTICLES_PER_ROUND = 100
BATCH = 2_000
# Shares of the statuses on a desk that has worked for a while.
STATUS_SHARES = {
    "new": 0.15,
    "queued": 0.20,
    "in_review": 0.08,
    "submitted": 0.04,
    "published": 0.43,
    "rejected": 0.10,
}
STATUSES, STATUS_WEIGHTS = list(STATUS_SHARES), list(STATUS_SHARES.values())
PRIORITIES, PRIORITY_SHARES = [1, 2, 3, 4], [20, 50, 20, 10]
STANCES = ["supports", "refutes", "context"]
# A word from the rare list goes into about one claim in this many (search benchmarks).
RARE_EVERY = 2_000
HISTORY_DAYS = 730
STAMPED = [Article, Claim, ClaimEvent, Source, ClaimSource, Note]
LOADED = [Article, Claim, ClaimEvent, ClaimSource, Note]


@contextmanager
def own_timestamps():
    """Let the generator set created/updated times itself instead of "now".

    `auto_now`/`auto_now_add` overwrite any given value on insert; a generated desk needs
    timestamps spread over two years, so they are switched off while it is written.
    """
    switched = []
    for model in STAMPED:
        for field in model._meta.concrete_fields:
            for flag in ("auto_now", "auto_now_add"):
                if getattr(field, flag, False):
                    setattr(field, flag, False)
                    switched.append((field, flag))
    try:
        yield
    finally:
        for field, flag in switched:
            setattr(field, flag, True)


class Command(BaseCommand):
    help = "Fill the database with a synthetic desk (about 100 claims per article)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--claims", type=int, required=True, help="How many claims.")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--force", action="store_true", help="Run even when DEBUG is off (a real database)."
        )

    def handle(self, *args, claims: int, seed: int, force: bool, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to fill a production database with synthetic claims: "
                "DEBUG is off. Use --force if this database is meant for it."
            )
        if claims < 1:
            raise CommandError("--claims must be at least 1.")
        started = time.monotonic()
        self.rng = random.Random(seed)
        self.phrases = json.loads(PHRASES.read_text(encoding="utf-8"))
        self.now = timezone.now()
        self.ratings = list(Rating.objects.active().values_list("code", flat=True))
        if not self.ratings:
            raise CommandError("No rating scale: run `manage.py migrate` first.")
        self.editors, self.reviewers = self.people(min(300, max(6, claims // 30)))
        self.sources = self.source_pool(max(10, claims // 20), seed)
        self.counts = {"claims": 0, "articles": 0, "events": 0, "sources": 0, "notes": 0}
        number = Article.objects.count()
        articles = -(-claims // CLAIMS_PER_ARTICLE)
        rounds = [
            [
                min(CLAIMS_PER_ARTICLE, claims - i * CLAIMS_PER_ARTICLE)
                for i in range(first, min(articles, first + ARTICLES_PER_ROUND))
            ]
            for first in range(0, articles, ARTICLES_PER_ROUND)
        ]
        # The desk is written whole, each claim with the history that leads to its status,
        # so it passes the status guard the way the workflow does.
        with own_timestamps():
            if connection.vendor == "postgresql" and not Claim.objects.exists():
                # An empty desk is loaded in one transaction, its indexes built at the end.
                with transaction.atomic(), status_writes(), bulkload.indexes_built_after(LOADED):
                    for i, sizes in enumerate(rounds):
                        self.round(sizes, number + i * ARTICLES_PER_ROUND, seed)
            else:
                for i, sizes in enumerate(rounds):
                    with transaction.atomic(), status_writes():
                        self.round(sizes, number + i * ARTICLES_PER_ROUND, seed)
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            with connection.cursor() as cursor:
                # Fresh statistics and visibility maps, so the planner knows the desk and
                # index-only scans need not visit the freshly written pages.
                for model in LOADED:
                    cursor.execute(f'VACUUM (ANALYZE) "{model._meta.db_table}"')
        elif connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for model in LOADED:
                    cursor.execute(f'ANALYZE "{model._meta.db_table}"')
        c = self.counts
        self.stdout.write(
            f"Generated {c['claims']} claims in {c['articles']} articles, {c['events']} "
            f"history rows, {c['sources']} sources cited, {c['notes']} notes, "
            f"{len(self.editors) + len(self.reviewers)} people, "
            f"in {time.monotonic() - started:.1f} s."
        )

    # People and sources, made once.
    def people(self, total: int) -> tuple[list, list]:
        user_model = get_user_model()
        roles = [(EDITORS, max(2, total // 10)), (READERS, max(1, total // 10))]
        roles.append((REVIEWERS, max(2, total - roles[0][1] - roles[1][1])))
        members = {}
        through = user_model.groups.through
        for group_name, count in roles:
            names = [f"desk-{group_name[:-1]}-{i:03d}" for i in range(count)]
            existing = set(
                user_model.objects.filter(username__in=names).values_list("username", flat=True)
            )
            fresh = [user_model(username=name) for name in names if name not in existing]
            for user in fresh:
                user.set_unusable_password()
            user_model.objects.bulk_create(fresh)
            ids = list(user_model.objects.filter(username__in=names).values_list("pk", flat=True))
            group = Group.objects.get(name=group_name)
            through.objects.bulk_create(
                [through(user_id=pk, group_id=group.pk) for pk in ids], ignore_conflicts=True
            )
            members[group_name] = ids
        self.usernames = dict(
            user_model.objects.filter(username__startswith="desk-").values_list("pk", "username")
        )
        return members[EDITORS], members[REVIEWERS] + members[EDITORS]

    def source_pool(self, count: int, seed: int) -> list[int]:
        publishers = self.phrases["publishers"]
        start = Source.objects.count()
        rows = [
            Source(
                url=f"https://data.example.org/s{seed}/{start + i}",
                title=f"Table {start + i}",
                publisher=self.rng.choice(publishers),
                created_at=self.now - timedelta(days=self.rng.randint(0, HISTORY_DAYS)),
            )
            for i in range(count)
        ]
        Source.objects.bulk_create(rows, batch_size=BATCH)
        return [source.pk for source in rows]

    # One round: articles, their claims, then everything that hangs off the claims.
    def round(self, sizes: list[int], number: int, seed: int) -> None:
        articles, spans = [], []
        for article_id, (offset, size) in zip(
            bulkload.reserve_ids(Article, len(sizes)), enumerate(sizes), strict=True
        ):
            article, sentences = self.article(article_id, number + offset, seed, size)
            articles.append(article)
            spans.append(sentences)
        bulkload.write(Article, articles)
        ids = iter(bulkload.reserve_ids(Claim, sum(sizes)))
        claims, plans = [], []
        for article, sentences in zip(articles, spans, strict=True):
            for start, end, claimant in sentences:
                claim, plan = self.claim(next(ids), article, start, end, claimant)
                claims.append(claim)
                plans.append(plan)
        bulkload.write(Claim, claims)
        events, ledger, notes = [], [], []
        for claim, plan in zip(claims, plans, strict=True):
            for step in plan:
                step["claim_id"] = claim["id"]
            events += plan
            ledger += self.ledger(claim)
            notes += self.notes(claim)
        for model, rows in ((ClaimEvent, events), (ClaimSource, ledger), (Note, notes)):
            for row, pk in zip(rows, bulkload.reserve_ids(model, len(rows)), strict=True):
                row["id"] = pk
            bulkload.write(model, rows)
        for key, rows in (
            ("articles", articles),
            ("claims", claims),
            ("events", events),
            ("sources", ledger),
            ("notes", notes),
        ):
            self.counts[key] += len(rows)

    def fill(self, template: str, words: dict) -> str:
        return template.format(
            who=self.rng.choice(words["who"]),
            thing=self.rng.choice(words["thing"]),
            place=self.rng.choice(words["place"]),
            topic=self.rng.choice(words["topic"]),
            year=self.rng.randint(2005, 2024),
            pct=self.rng.randint(2, 95),
            money=self.rng.randint(2, 900),
            count=self.rng.randint(20, 20_000),
        )

    def article(self, pk: int, number: int, seed: int, size: int) -> tuple[dict, list]:
        language = "de" if self.rng.random() < 0.7 else "en"
        words = self.phrases[language]
        title = f"{self.fill(self.rng.choice(words['titles']), words)} ({seed}-{number})"
        body, sentences = title + "\n", []
        for i in range(size):
            claimant = self.rng.choice(words["who"])
            text = self.fill(self.rng.choice(words["templates"]), {**words, "who": [claimant]})
            if self.rng.randrange(RARE_EVERY) == 0:
                rare = self.rng.choice(self.phrases["rare_words"])
                text = text[:-1] + (f", auch bei {rare}." if language == "de" else f" ({rare}).")
            sentences.append((len(body), len(body) + len(text), claimant))
            body += text
            body += "\n\n" if i % 5 == 4 else " "
            if i % 7 == 3:
                body += self.rng.choice(words["filler"]) + " "
        imported = self.now - timedelta(
            days=self.rng.randint(1, HISTORY_DAYS), seconds=self.rng.randint(0, 86_399)
        )
        article = {
            "id": pk,
            "title": title[:300],
            "url": f"https://news.example.org/{seed}/{number}",
            "outlet": "Example News",
            "language": language,
            "published_at": imported - timedelta(hours=2),
            "body": body,
            "content_hash": content_hash(body),
            "imported_at": imported,
            "updated_at": imported,
        }
        return article, sentences

    def claim(self, pk: int, article: dict, start: int, end: int, claimant: str):
        rng = self.rng
        status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
        created = article["imported_at"] + timedelta(seconds=rng.randint(1, 600))
        editor = rng.choice(self.editors)
        steps = [self.step(None, "create", "", "new", created)]
        when = created
        assignee, rating, verdict = None, None, ""
        published = None

        def later(hours: int) -> object:
            nonlocal when
            when = min(self.now, when + timedelta(hours=rng.uniform(0.2, hours)))
            return when

        if status == "rejected":
            steps.append(
                self.step(editor, "reject", "new", "rejected", later(48), "Not check-worthy.")
            )
        elif status != "new":
            steps.append(self.step(editor, "accept", "new", "queued", later(24)))
        if status in ("in_review", "submitted", "published"):
            assignee = rng.choice(self.reviewers)
            steps.append(
                self.step(
                    assignee,
                    "take",
                    "queued",
                    "in_review",
                    later(72),
                    changes={"assignee": {"from": None, "to": self.usernames[assignee]}},
                )
            )
            if status == "in_review" and rng.random() < 0.2:
                # Submitted once and sent back: the queue shows these with a badge.
                steps.append(self.step(assignee, "submit", "in_review", "submitted", later(48)))
                steps.append(
                    self.step(
                        editor, "send_back", "submitted", "in_review", later(24), "One more source."
                    )
                )
        if status in ("submitted", "published"):
            rating = rng.choice(self.ratings)
            verdict = "The figure does not match the official statistics."
            steps.append(self.step(assignee, "submit", "in_review", "submitted", later(96)))
        if status == "published":
            # Four eyes: a different editor publishes.
            publisher = rng.choice([e for e in self.editors if e != assignee] or self.editors)
            published = later(24)
            steps.append(self.step(publisher, "publish", "submitted", "published", published))
        due = None if rng.random() < 0.2 else created + timedelta(days=3)
        text = article["body"][start:end]
        claim = {
            "id": pk,
            "article_id": article["id"],
            "start": start,
            "end": end,
            "text": text,
            "summary": text[:75],
            "claimant": claimant,
            "language": article["language"],
            "checkworthiness": round(rng.uniform(0.4, 0.99), 2),
            "reasons": ["number", "attributed"],
            "priority": rng.choices(PRIORITIES, weights=PRIORITY_SHARES)[0],
            "status": status,
            "status_changed_at": when,
            "assignee_id": assignee,
            "due_at": due,
            "rating_id": rating,
            "verdict_summary": verdict,
            "verdict_authors": [assignee] if rating else [],
            "created_by_id": editor,
            "created_at": created,
            "updated_at": when,
            "first_published_at": published,
            "last_published_at": published,
            "version": len(steps),
        }
        return claim, steps

    @staticmethod
    def step(actor, action, from_status, to_status, when, comment="", changes=None) -> dict:
        return {
            "actor_id": actor,
            "action": action,
            "from_status": from_status,
            "to_status": to_status,
            "created_at": when,
            "comment": comment,
            "changes": changes or {},
        }

    def ledger(self, claim: dict) -> list[dict]:
        status = claim["status"]
        if status in ("submitted", "published"):
            count = self.rng.randint(1, 3)
        elif status == "in_review":
            count = self.rng.choice([0, 0, 1, 2])
        else:
            return []
        return [
            {
                "claim_id": claim["id"],
                "source_id": source,
                "stance": self.rng.choice(STANCES),
                "excerpt": "Table 3, row 12.",
                "accessed_at": claim["status_changed_at"].date(),
                "added_by_id": claim["assignee_id"],
                "added_at": claim["status_changed_at"],
            }
            for source in self.rng.sample(self.sources, min(count, len(self.sources)))
        ]

    def notes(self, claim: dict) -> list[dict]:
        if claim["assignee_id"] is None or self.rng.random() > 0.25:
            return []
        return [
            {
                "claim_id": claim["id"],
                "author_id": claim["assignee_id"],
                "body": self.rng.choice(self.phrases["notes"]),
                "created_at": claim["status_changed_at"],
            }
        ]
