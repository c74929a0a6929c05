import json
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from claims import workflow
from claims.extraction import claim_summary, extract_claims
from claims.models import Article, Claim, Rating
from claims.models.articles import content_hash
from claims.roles import EDITORS, READERS, REVIEWERS

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
ARTICLE_FILE = DEMO_DIR / "ukraine-us-troops.de.txt"
GOLD_FILE = DEMO_DIR / "ukraine-us-troops.de.gold.json"
DEMO_USERS = [
    ("editor", EDITORS, True),
    ("reviewer", REVIEWERS, False),
    ("reviewer2", REVIEWERS, False),
    ("reader", READERS, False),
]


class Command(BaseCommand):
    help = (
        "Load demo users, the seed article and its claims in several workflow states (idempotent)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--password", help="Password for the demo users.")
        parser.add_argument(
            "--force", action="store_true", help="Create demo users even when DEBUG is off."
        )

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: demo users with known passwords do not belong on a live site. "
                "Pass --force if this really is a demo installation."
            )
        password = options["password"] or os.environ.get("FACTCHECK_DEMO_PASSWORD")
        generated = not password
        password = password or secrets.token_urlsafe(12)
        with transaction.atomic():
            users = self._users(password)
            article, created = self._article(users["editor"])
            if created:
                self._claims(article, users)
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        self.stdout.write(
            f"Seed article: /articles/{article.pk}/ ({article.claims.count()} claims)"
        )
        self.stdout.write("Demo logins (username / password):")
        for username, group, _staff in DEMO_USERS:
            self.stdout.write(f"  {username:<10} {password}   ({group})")
        if generated:
            self.stdout.write(
                "The password was generated for this run; "
                "set FACTCHECK_DEMO_PASSWORD to choose one."
            )

    def _users(self, password: str) -> dict:
        users = {}
        for username, group_name, staff in DEMO_USERS:
            user, _ = get_user_model().objects.get_or_create(username=username)
            user.is_staff = staff
            user.set_password(password)
            user.save()
            group, _ = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)
            users[username] = user
        return users

    def _article(self, editor) -> tuple[Article, bool]:
        body = ARTICLE_FILE.read_text(encoding="utf-8")
        existing = Article.objects.filter(content_hash=content_hash(body)).first()
        if existing:
            return existing, False
        article = Article(
            title=body.split("\n", 1)[0].strip(),
            language="de",
            outlet="Demo-Nachrichten",
            url="https://news.example.org/ukraine-us-truppen",
            imported_by=editor,
        )
        article.set_body(body)
        article.save()
        return article, True

    def _claims(self, article: Article, users: dict) -> None:
        """The gold annotation's check-worthy sentences, spread over the workflow."""
        gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))
        scored = {(s.start, s.end): s for s in extract_claims(article.body, "de").sentences}
        editor, reviewer, reviewer2 = users["editor"], users["reviewer"], users["reviewer2"]
        claims: list[Claim] = []
        for sentence in gold["sentences"]:
            if not sentence["checkworthy"]:
                continue
            found = scored.get((sentence["start"], sentence["end"]))
            claims.append(
                workflow.create_claim(
                    editor,
                    text=sentence["text"],
                    language="de",
                    article=article,
                    start=sentence["start"],
                    end=sentence["end"],
                    claimant=sentence["claimant"] or "",
                    summary=claim_summary(sentence["text"]),
                    checkworthiness=found.checkworthiness if found else None,
                    reasons=list(found.reasons) if found else [],
                )
            )
        published, submitted, researching, *rest = claims
        for claim in [published, submitted, researching, *rest[:3]]:
            workflow.perform(claim, "accept", editor)

        self._research(published, reviewer, "mostly_true", 2)
        workflow.perform(published, "submit", reviewer)
        workflow.perform(published, "publish", editor)

        self._research(submitted, reviewer2, "unproven", 1)
        workflow.perform(submitted, "submit", reviewer2)

        workflow.perform(researching, "take", reviewer)
        workflow.add_source(
            researching,
            reviewer,
            url="https://sources.example.org/state-department-briefings",
            title="Press briefings of the U.S. Department of State",
            publisher="U.S. Department of State",
            stance="context",
            excerpt="Transcripts of the Secretary's statements on security guarantees.",
        )
        workflow.add_note(
            researching,
            reviewer,
            body="Alaska meeting: look for the official readout; no primary source for Putin's "
            "agreement yet.",
        )
        workflow.add_note(
            researching,
            reviewer,
            kind="right_of_reply",
            body="Asked the State Department press office for the wording of the statement.",
            contacted_at=researching.created_at.date(),
        )

    def _research(self, claim: Claim, reviewer, rating_code: str, sources: int) -> None:
        workflow.perform(claim, "take", reviewer)
        for number in range(1, sources + 1):
            workflow.add_source(
                claim,
                reviewer,
                url=f"https://sources.example.org/ukraine-security-guarantees-{number}",
                title=f"Report on security guarantees for Ukraine ({number})",
                publisher="Axios",
                stance="supports" if number == 1 else "context",
                excerpt="An adviser said privately that U.S. troops could be part of the guarantees.",  # noqa: E501
            )
        workflow.edit(
            claim,
            reviewer,
            {
                "rating": Rating.objects.get(code=rating_code),
                "verdict_summary": (
                    "The report exists and quotes an adviser anonymously; the administration has "
                    "not confirmed the plan on the record."
                ),
            },
        )
