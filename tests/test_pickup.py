"""Taking the next claim: one statement on PostgreSQL, always with its history row."""

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from claims import workflow
from claims.models import Claim, ClaimEvent, Priority, WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db

ON_POSTGRES = connection.vendor == "postgresql"


def _queued(editor, text: str, **fields) -> Claim:
    claim = workflow.create_claim(editor, text=text, language="en", **fields)
    return workflow.perform(claim, "accept", editor)


def _statements(ctx) -> list[str]:
    # Savepoints are transaction bookkeeping, not work.
    return [q["sql"] for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()]


def test_take_next_assigns_the_most_urgent_claim_and_records_it(editor, reviewer):
    _queued(editor, "Low one", priority=Priority.LOW)
    urgent = _queued(editor, "Urgent one", priority=Priority.URGENT)
    taken = workflow.take_next(reviewer)
    assert taken.pk == urgent.pk
    assert (taken.status, taken.assignee, taken.version) == ("in_review", reviewer, 3)
    urgent.refresh_from_db()
    assert (urgent.status, urgent.assignee_id, urgent.version) == ("in_review", reviewer.pk, 3)
    event = ClaimEvent.objects.filter(claim=urgent).order_by("-id").first()
    assert (event.action, event.from_status, event.to_status, event.actor) == (
        "take",
        "queued",
        "in_review",
        reviewer,
    )
    assert event.changes == {"assignee": {"from": None, "to": "rev"}}
    assert urgent.status_changed_at >= event.created_at.replace(microsecond=0)


def test_take_next_on_an_empty_queue_changes_nothing(editor, reviewer):
    workflow.create_claim(editor, text="Still new", language="en")
    events = ClaimEvent.objects.count()
    assert workflow.take_next(reviewer) is None
    assert ClaimEvent.objects.count() == events


def test_take_next_is_one_statement_on_postgres(editor, reviewer):
    _queued(editor, "Waiting claim")
    reviewer.groups.all()  # warm nothing: the role check is one query of its own
    with CaptureQueriesContext(connection) as ctx:
        workflow.take_next(reviewer)
    writes = [sql for sql in _statements(ctx) if "claims_claim" in sql]
    if ON_POSTGRES:
        assert len(writes) == 1
        assert "FOR UPDATE SKIP LOCKED" in writes[0]
        assert "INSERT INTO" in writes[0] and "UPDATE" in writes[0]
    else:
        # SQLite takes the database's write lock at BEGIN and goes through perform().
        assert any(sql.startswith("UPDATE") for sql in writes)


def test_api_answer_does_not_read_the_claim_again(editor, reviewer):
    claim = _queued(editor, "Waiting claim")
    workflow.add_note(claim, editor, body="Background for whoever takes it.")
    client = APIClient()
    client.force_authenticate(reviewer)
    with CaptureQueriesContext(connection) as ctx:
        response = client.post("/api/queue/next/")
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["status"], body["assignee"]) == (claim.pk, "in_review", "rev")
    assert [n["body"] for n in body["notes"]] == ["Background for whoever takes it."]
    assert [e["action"] for e in body["history"]] == ["create", "accept", "take"]
    assert response["ETag"] == f'"{body["version"]}"'
    rereads = [
        sql
        for sql in _statements(ctx)
        if sql.startswith("SELECT") and 'FROM "claims_claim" ' in sql and "LIMIT 21" in sql
    ]
    if ON_POSTGRES:
        assert rereads == []
        assert len(_statements(ctx)) <= 10
    else:
        # SQLite goes through perform(), which locks and reads the row back.
        assert len(rereads) == 2


def test_api_queue_next_query_count_does_not_grow_with_the_queue(editor, reviewer):
    client = APIClient()
    client.force_authenticate(reviewer)
    _queued(editor, "Warm-up")
    _queued(editor, "First")
    assert client.post("/api/queue/next/").status_code == 200  # the caller's roles are cached
    with CaptureQueriesContext(connection) as small:
        assert client.post("/api/queue/next/").status_code == 200
    for i in range(20):
        _queued(editor, f"Claim {i}")
    with CaptureQueriesContext(connection) as large:
        assert client.post("/api/queue/next/").status_code == 200
    assert len(large) == len(small)


class _Commits:
    """Counts the commits Django sends on the connection (BEGIN and COMMIT are not logged)."""

    def __init__(self, monkeypatch) -> None:
        self.count = 0
        original = connection._commit

        def counted() -> None:
            self.count += 1
            original()

        monkeypatch.setattr(connection, "_commit", counted)


def _endpoint(events: list[str], active: bool = True) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        url="http://127.0.0.1:9/hook", secret="s", events=events, active=active
    )


@pytest.mark.django_db(transaction=True)
def test_take_next_outside_a_transaction_is_one_statement_and_no_commit(
    editor, reviewer, monkeypatch
):
    _endpoint(["claim.published"])  # not an event a take stands for
    _endpoint(["claim.status_changed"], active=False)
    claim = _queued(editor, "Waiting claim")
    reviewer.groups.all()
    commits = _Commits(monkeypatch)
    with CaptureQueriesContext(connection) as ctx:
        taken = workflow.take_next(reviewer)
    assert taken.pk == claim.pk
    assert ClaimEvent.objects.filter(claim=claim, action="take").count() == 1
    assert not WebhookDelivery.objects.exists()
    work = [sql for sql in _statements(ctx) if "auth_" not in sql]
    if ON_POSTGRES:
        # The statement commits by itself: no BEGIN, no webhook lookup, no COMMIT.
        assert len(work) == 1 and "FOR UPDATE SKIP LOCKED" in work[0]
        assert commits.count == 0
    else:
        assert commits.count == 1


@pytest.mark.django_db(transaction=True)
def test_take_next_writes_the_outbox_row_with_the_take_when_an_endpoint_listens(editor, reviewer):
    endpoint = _endpoint(["claim.status_changed"])
    claim = _queued(editor, "Waiting claim")
    WebhookDelivery.objects.all().delete()  # the accept's own delivery
    taken = workflow.take_next(reviewer)
    assert taken.pk == claim.pk
    taken.refresh_from_db()
    assert (taken.status, taken.assignee_id) == ("in_review", reviewer.pk)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.endpoint_id, delivery.event) == (endpoint.pk, "claim.status_changed")
    assert delivery.payload["claim"]["id"] == claim.pk
    assert delivery.payload["claim"]["action"] == "take"
    assert ClaimEvent.objects.filter(claim=claim, action="take").count() == 1


@pytest.mark.django_db(transaction=True)
def test_take_next_outside_a_transaction_on_an_empty_queue_leaves_no_pass_behind(editor, reviewer):
    workflow.create_claim(editor, text="Still new", language="en")
    assert workflow.take_next(reviewer) is None
    # The status guard still refuses a write around the workflow afterwards.
    with pytest.raises(DatabaseError):
        Claim.objects.update(status="published")


def test_server_bound_statements_are_prepared_unless_turned_off(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from factcheck import settings

    monkeypatch.setenv("DATABASE_URL", "postgres://u@db.example.org:5432/desk")
    assert settings._database()["OPTIONS"]["prepare_threshold"] == 5
    monkeypatch.setenv("DATABASE_PREPARE_THRESHOLD", "")
    assert settings._database()["OPTIONS"]["prepare_threshold"] is None
    monkeypatch.setenv("DATABASE_PREPARE_THRESHOLD", "often")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_PREPARE_THRESHOLD"):
        settings._database()


@pytest.mark.django_db(transaction=True)
def test_repeated_pickups_reuse_one_prepared_statement(editor, reviewer):
    for i in range(8):
        _queued(editor, f"Waiting claim {i}")
    for _ in range(7):
        assert workflow.take_next(reviewer) is not None
    if ON_POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
                ["%FOR UPDATE SKIP LOCKED%"],
            )
            assert cursor.fetchone()[0] == 1
    else:
        assert Claim.objects.filter(status="in_review").count() == 7
