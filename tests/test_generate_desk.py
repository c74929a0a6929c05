"""manage.py generate_desk: a synthetic desk that obeys every rule of the workflow."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.db.models import Count

from claims.models import Article, Claim, ClaimEvent, ClaimSource, Note, Status
from claims.models.claims import UNASSIGNED_STATUSES, VERDICT_STATUSES
from claims.rulebook import is_editor, is_reviewer

pytestmark = pytest.mark.django_db

CLAIMS = 450


@pytest.fixture
def desk(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("generate_desk", claims=CLAIMS, seed=7, stdout=out)
    return out.getvalue()


def test_generates_the_asked_number_of_claims_about_100_per_article(desk):
    assert f"Generated {CLAIMS} claims in 5 articles" in desk
    assert Claim.objects.count() == CLAIMS
    per_article = sorted(Article.objects.annotate(n=Count("claims")).values_list("n", flat=True))
    assert per_article == [50, 100, 100, 100, 100]


def test_every_status_is_represented(desk):
    spread = Counter(Claim.objects.values_list("status", flat=True))
    assert set(spread) == set(Status.values)
    assert spread[Status.PUBLISHED] > spread[Status.SUBMITTED]


def test_claims_are_exact_spans_of_their_articles(desk):
    for claim in Claim.objects.select_related("article"):
        assert claim.article.body[claim.start : claim.end] == claim.text
        assert len(claim.summary) <= 75


def test_workflow_invariants_hold(desk):
    for claim in Claim.objects.select_related("assignee"):
        if claim.status in UNASSIGNED_STATUSES:
            assert claim.assignee is None
        else:
            assert is_reviewer(claim.assignee)
        if claim.status in VERDICT_STATUSES:
            assert claim.rating_id and claim.verdict_summary
            assert claim.evidence.exists()
        assert (claim.first_published_at is not None) == (claim.status == Status.PUBLISHED)
        assert claim.created_at <= claim.status_changed_at <= claim.updated_at


def test_history_walks_each_claim_to_its_status(desk):
    events = ClaimEvent.objects.order_by("claim_id", "created_at", "id")
    walks: dict[int, list[ClaimEvent]] = {}
    for event in events:
        walks.setdefault(event.claim_id, []).append(event)
    claims = {c.pk: c for c in Claim.objects.all()}
    assert set(walks) == set(claims)
    for claim_id, walk in walks.items():
        claim = claims[claim_id]
        assert walk[0].action == "create"
        for before, after in zip(walk, walk[1:], strict=False):
            assert after.from_status == before.to_status
        assert walk[-1].to_status == claim.status
        assert claim.version == len(walk)
        publish = [e for e in walk if e.action == "publish"]
        if publish:
            # Four eyes: whoever published did not review the claim, and is an editor.
            assert publish[0].actor_id != claim.assignee_id
            assert is_editor(publish[0].actor)
            assert publish[0].created_at == claim.first_published_at


def test_sources_and_notes_on_a_fraction(desk):
    assert 0 < ClaimSource.objects.values("claim").distinct().count() < CLAIMS
    assert 0 < Note.objects.count() < CLAIMS


def test_a_second_run_adds_to_the_desk(desk):
    call_command("generate_desk", claims=120, seed=7, stdout=StringIO())
    assert Claim.objects.count() == CLAIMS + 120


def test_refuses_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("generate_desk", claims=10, stdout=StringIO())
    assert not Claim.objects.exists()
    call_command("generate_desk", claims=10, force=True, stdout=StringIO())
    assert Claim.objects.count() == 10


def test_refuses_a_count_below_one(settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_desk", claims=0, stdout=StringIO())


def test_generated_timestamps_do_not_leak_into_later_saves(desk, editor):
    """The generator switches auto_now off only while it writes."""
    from claims import workflow

    claim = workflow.create_claim(editor, text="A claim made after generating", language="en")
    assert claim.created_at is not None and claim.updated_at is not None


def schema() -> list[tuple[str, str]]:
    """Every index and constraint of the database with its definition."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                """SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
                   UNION ALL
                   SELECT conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
                   FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                   ORDER BY 1"""
            )
        else:
            cursor.execute(
                "SELECT name, COALESCE(sql, '') FROM sqlite_master "
                "WHERE type IN ('index', 'trigger', 'table') ORDER BY name"
            )
        return cursor.fetchall()


def test_loading_an_empty_desk_leaves_the_schema_as_the_migrations_made_it(settings):
    """On PostgreSQL the load drops secondary indexes and foreign keys and builds them again."""
    settings.DEBUG = True
    before = schema()
    assert any(name == "claim_text_trgm_idx" for name, _ in before) == (
        connection.vendor == "postgresql"
    )
    call_command("generate_desk", claims=250, seed=3, stdout=StringIO())
    assert schema() == before


def test_generated_desk_keeps_the_status_guard(desk):
    with pytest.raises(DatabaseError, match="only through claims.workflow"), transaction.atomic():
        Claim.objects.filter(status=Status.NEW).update(status=Status.PUBLISHED)
