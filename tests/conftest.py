"""The people of the desk and a small article, shared by every test file."""

import pytest
from django.contrib.auth.models import Group, User

from claims import workflow
from claims.models import Article, Claim, Rating
from claims.models.articles import content_hash
from claims.roles import EDITORS, READERS, REVIEWERS
from tests.browser_support import chromium_browser, new_page  # noqa: F401  (fixtures)
from tests.jobs_support import job_settings, web  # noqa: F401  (fixtures)

ARTICLE_BODY = (
    "Stadtrat beschließt neues Wassergesetz\n"
    "Laut dem Umweltamt lag der Nitratwert im Mai bei 48 Milligramm pro Liter. "
    "Bürgermeisterin Anna Berg sagte, die Stadt habe 2,4 Millionen Euro investiert. "
    "Das ist ein gutes Zeichen für alle."
)


@pytest.fixture(autouse=True)
def _migration_data_for_transactional_tests(request):
    """Give transactional tests the groups and rating scale the migrations create.

    A transactional test ends by emptying every table, migration data included, so each
    one puts that data back first by running the migration's idempotent data step.
    """
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    from importlib import import_module

    from django.apps import apps

    migration = import_module("claims.migrations.0002_groups_and_rating_scale")
    app_config = apps.get_app_config("claims")
    models_module = app_config.models_module
    try:
        migration.forwards(apps, None)
    finally:
        # forwards() flags the app as having models for create_permissions; undo that.
        app_config.models_module = models_module


def _member(django_user_model, username: str, *groups: str, **extra) -> User:
    user = django_user_model.objects.create_user(username=username, password="pw", **extra)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def editor(django_user_model):
    return _member(django_user_model, "ed", EDITORS, is_staff=True)


@pytest.fixture
def editor2(django_user_model):
    return _member(django_user_model, "ed2", EDITORS, is_staff=True)


@pytest.fixture
def reviewer(django_user_model):
    return _member(django_user_model, "rev", REVIEWERS)


@pytest.fixture
def reviewer2(django_user_model):
    return _member(django_user_model, "rev2", REVIEWERS)


@pytest.fixture
def reader(django_user_model):
    return _member(django_user_model, "read", READERS)


@pytest.fixture
def outsider(django_user_model):
    return _member(django_user_model, "nobody")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "pw")


@pytest.fixture
def article(db, editor) -> Article:
    art = Article(title="Stadtrat beschließt neues Wassergesetz", language="de", imported_by=editor)
    art.set_body(ARTICLE_BODY)
    art.url = "https://news.example.org/wasser"
    art.save()
    assert content_hash(art.body) == art.content_hash
    return art


@pytest.fixture
def make_claim(db, editor, article):
    """A claim from the test article's n-th sentence-like span, or a hand-entered one."""

    def make(text: str | None = None, *, by=None, **fields) -> Claim:
        if text is None:
            sentence = "Laut dem Umweltamt lag der Nitratwert im Mai bei 48 Milligramm pro Liter."
            taken = set(article.claims.values_list("start", flat=True))
            start = article.body.find(sentence)
            if start in taken:
                sentence = (
                    "Bürgermeisterin Anna Berg sagte, die Stadt habe 2,4 Millionen Euro investiert."
                )
                start = article.body.find(sentence)
            # Like the importer, an article's claim comes with its short form.
            fields.setdefault("summary", sentence[:75])
            return workflow.create_claim(
                by or editor,
                text=sentence,
                language="de",
                article=article,
                start=start,
                end=start + len(sentence),
                **fields,
            )
        return workflow.create_claim(by or editor, text=text, language="de", **fields)

    return make


@pytest.fixture
def rating(db) -> Rating:
    return Rating.objects.get(code="false")


def advance(claim: Claim, to: str, *, editor, reviewer, rating=None) -> Claim:
    """Walk a claim through the workflow to the wanted status, as the desk would."""
    path = ["new", "queued", "in_review", "submitted", "published"]
    if to == "rejected":
        return workflow.perform(claim, "reject", editor, comment="Not check-worthy.")
    for status in path[path.index(claim.status) + 1 : path.index(to) + 1]:
        if status == "queued":
            workflow.perform(claim, "accept", editor)
        elif status == "in_review":
            workflow.perform(claim, "take", reviewer)
        elif status == "submitted":
            verdict = {
                "rating": rating or Rating.objects.get(code="false"),
                "verdict_summary": "Wrong.",
            }
            if not claim.summary:
                # Publishing needs the short form; the assignee may write it in review.
                verdict["summary"] = claim.text[:75]
            workflow.edit(claim, reviewer, verdict)
            workflow.add_source(
                claim, reviewer, url=f"https://evidence.example.org/{claim.pk}", stance="refutes"
            )
            workflow.perform(claim, "submit", reviewer)
        elif status == "published":
            workflow.perform(claim, "publish", editor)
    return claim


@pytest.fixture
def claim_in(editor, reviewer, make_claim):
    """claim_in("submitted") gives a fresh claim already walked to that status."""

    def make(status: str, **kwargs) -> Claim:
        return advance(make_claim(**kwargs), status, editor=editor, reviewer=reviewer)

    return make
