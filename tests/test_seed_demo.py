"""`seed_demo`: the demo desk and the seed article, loaded as often as one likes."""

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from claims.models import Article, Claim, ClaimEvent, Source

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, ...]:
    return (
        User.objects.count(),
        Article.objects.count(),
        Claim.objects.count(),
        ClaimEvent.objects.count(),
        Source.objects.count(),
    )


def test_seed_loads_article_claims_and_users(settings):
    settings.DEBUG = True
    call_command("seed_demo", password="demo-pass")
    article = Article.objects.get()
    claims = list(article.claims.all())
    assert len(claims) == 9
    assert all(article.body[c.start : c.end] == c.text for c in claims)
    assert all(c.claimant for c in claims)
    statuses = {c.status for c in claims}
    assert {"published", "submitted", "in_review", "queued", "new"} <= statuses
    published = article.claims.get(status="published")
    assert published.rating is not None and published.evidence.exists()
    researching = article.claims.get(status="in_review")
    assert researching.evidence.exists() and researching.notes.exists()
    for username, group in [
        ("editor", "editors"),
        ("reviewer", "reviewers"),
        ("reader", "readers"),
    ]:
        user = User.objects.get(username=username)
        assert user.groups.filter(name=group).exists()
        assert user.check_password("demo-pass")


def test_seed_twice_creates_no_duplicates(settings):
    settings.DEBUG = True
    call_command("seed_demo", password="demo-pass")
    first = counts()
    call_command("seed_demo", password="demo-pass")
    assert counts() == first


def test_seed_article_is_the_shipped_demo_text(settings):
    settings.DEBUG = True
    call_command("seed_demo", password="demo-pass")
    from claims.management.commands.seed_demo import ARTICLE_FILE

    assert Article.objects.get().body == ARTICLE_FILE.read_text(encoding="utf-8")


def test_seed_refuses_demo_users_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", password="demo-pass")
    assert counts() == (0, 0, 0, 0, 0)
    call_command("seed_demo", password="demo-pass", force=True)
    assert User.objects.filter(username="editor").exists()


def test_seed_prints_a_generated_password_that_works(settings, capsys, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("FACTCHECK_DEMO_PASSWORD", raising=False)
    call_command("seed_demo")
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.strip().startswith("reviewer "))
    password = line.split()[1]
    assert User.objects.get(username="reviewer").check_password(password)
