"""The queries of the lists read indexes, so a desk of a million claims answers like a small one.

On PostgreSQL the plans are checked with EXPLAIN (sequential scans and sorts switched off,
so the planner shows which index serves a query even on a tiny test table). SQLite has
no trigram indexes and a simpler planner: there each test checks what SQLite can do (the
same answers, the plain indexes that exist) instead of being skipped.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import search, workflow
from claims.models import Claim
from claims.models.claims import OPEN_STATUSES, QUEUE_ORDER
from claims.paging import CappedCountPaginator, QueuePaginator

pytestmark = pytest.mark.django_db

ON_POSTGRES = connection.vendor == "postgresql"


def plan(queryset, *, sorting: bool = False) -> str:
    if ON_POSTGRES:
        with connection.cursor() as cursor:
            # Tiny tables make a scan cheaper than any index; forbid it for the check.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"SET LOCAL enable_sort = {'on' if sorting else 'off'}")
    return queryset.explain()


def index_names() -> set[str]:
    """Indexes of the claims table, as SQLite's catalogue lists them."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims_claim'"
        )
        return {name for (name,) in cursor.fetchall()}


def _claims(editor, *texts: str) -> list[Claim]:
    return [workflow.create_claim(editor, text=text, language="en") for text in texts]


def test_queue_order_over_open_claims_is_read_from_its_partial_index(editor):
    _claims(editor, "One claim", "Another claim")
    reviewer_view = Claim.objects.filter(status__in=OPEN_STATUSES[1:]).order_by(*QUEUE_ORDER)
    if ON_POSTGRES:
        explained = plan(reviewer_view[:50])
        assert "claim_open_queue_order_idx" in explained
        assert "Sort" not in explained.split("->")[1]
    else:
        assert "claim_open_queue_order_idx" in index_names()
        assert list(reviewer_view) == []  # new claims are not in the reviewers' view


def test_take_next_reads_the_queued_claims_index(editor):
    for claim in _claims(editor, "Queued claim"):
        workflow.perform(claim, "accept", editor)
    queued = Claim.objects.queued().queue_order()[:1]
    if ON_POSTGRES:
        assert "claim_queued_order_idx" in plan(queued)
    else:
        assert "claim_queued_order_idx" in index_names()
        assert queued.get().text == "Queued claim"


def test_newest_first_reads_the_created_index_backwards(editor):
    _claims(editor, "First", "Second")
    newest = Claim.objects.order_by("-created_at", "-id")[:50]
    assert "claim_created_idx" in plan(newest)


def test_fact_checks_newest_first_read_the_publication_index(editor):
    published = Claim.objects.published().order_by("-first_published_at", "-id")[:26]
    if ON_POSTGRES:
        assert "claim_first_published_idx" in plan(published)
    else:
        assert "claim_first_published_idx" in index_names()
        assert list(published) == []


def test_word_search_uses_trigram_indexes_on_postgres(editor):
    wanted, _other = _claims(editor, "Nitrate levels rose sharply", "Unemployment fell")
    found = search.search_claims(Claim.objects.all(), "nitrate")
    assert list(found) == [wanted]
    if ON_POSTGRES:
        explained = plan(found.order_by(), sorting=True)
        for index in ("claim_text_trgm_idx", "claim_claimant_trgm_idx", "claim_summary_trgm_idx"):
            assert index in explained
    else:
        # SQLite has no trigram indexes: the same answer comes from a scan.
        assert "claim_text_trgm_idx" not in index_names()


def test_article_titles_are_searched_as_a_short_id_list_not_a_join(editor, article, make_claim):
    from_article = make_claim()
    _claims(editor, "Unrelated hand-made claim")
    with CaptureQueriesContext(connection) as ctx:
        found = list(search.search_claims(Claim.objects.all(), "wassergesetz", titles=True))
    assert found == [from_article]
    claim_query = ctx.captured_queries[-1]["sql"]
    assert "claims_article" not in claim_query.split("FROM", 1)[1]


def test_capped_count_neither_sorts_nor_counts_past_its_cap(editor):
    _claims(editor, "a", "b", "c")
    paginator = CappedCountPaginator(Claim.objects.order_by("-created_at", "-id"), 2)
    with CaptureQueriesContext(connection) as ctx:
        assert paginator.count == 3
    sql = ctx.captured_queries[0]["sql"].upper()
    assert "ORDER BY" not in sql
    assert "LIMIT" in sql
    small = QueuePaginator(Claim.objects.all(), 2)
    small.cap = 2
    assert small.count == 2 and small.is_capped


def test_admin_changelist_count_has_no_order_by(client, editor):
    _claims(editor, "a", "b")
    client.force_login(editor)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("admin:claims_claim_changelist")).status_code == 200
    counts = [q["sql"].upper() for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]
    assert counts
    assert all("ORDER BY" not in sql for sql in counts if "CLAIMS_CLAIM" in sql)


def test_dashboard_workload_reads_the_held_claims_index(editor, reviewer):
    from claims.dashboard import HELD_STATUSES

    held = Claim.objects.filter(status__in=HELD_STATUSES).values_list("assignee_id").order_by()
    if ON_POSTGRES:
        assert "claim_held_idx" in plan(held, sorting=True)
    else:
        assert "claim_held_idx" in index_names()
        assert list(held) == []


def test_fact_check_lists_skip_unpublished_claims_in_the_publication_indexes(editor):
    """Unpublished claims have no publication date: a newest-first scan starts with them
    (NULLs sort first) unless the query says they are not wanted."""
    from claims.api.public import FactCheckViewSet

    api_list = FactCheckViewSet().get_queryset().order_by("-first_published_at", "-id")[:26]
    if ON_POSTGRES:
        explained = plan(api_list)
        assert "claim_first_published_idx" in explained
        assert "first_published_at IS NOT NULL" in explained
    else:
        assert list(api_list) == []
    assert "first_published_at" in str(api_list.query).split("WHERE")[1]
