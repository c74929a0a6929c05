"""Only the workflow writes a claim's status: every other spelling is refused by the database."""

import pytest
from django.db import DatabaseError, connection, transaction

from claims import workflow
from claims.models import Claim
from claims.statusguard import status_writes

pytestmark = pytest.mark.django_db


def _update(claim):
    Claim.objects.filter(pk=claim.pk).update(status="rejected")


def _update_raw_dict(claim):
    Claim.objects.filter(pk=claim.pk).update(**{"status": "rejected"})


def _update_all(claim):
    Claim.objects.all().update(status="rejected")


def _save(claim):
    claim.status = "rejected"
    claim.save()


def _save_update_fields(claim):
    claim.status = "rejected"
    claim.save(update_fields=["status"])


def _bulk_update(claim):
    claim.status = "rejected"
    Claim.objects.bulk_update([claim], ["status"])


def _update_or_create(claim):
    Claim.objects.update_or_create(pk=claim.pk, defaults={"status": "rejected"})


def _raw_sql(claim):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_claim SET status = 'rejected' WHERE id = %s", [claim.pk])


def _create_with_status(claim):
    Claim.objects.create(text="Neu und gleich abgelehnt.", language="de", status="rejected")


def _save_new_with_status(claim):
    Claim(text="Neu und gleich abgelehnt.", language="de", status="rejected").save()


def _bulk_create_with_status(claim):
    Claim.objects.bulk_create([Claim(text="Abgelehnt.", language="de", status="rejected")])


def _raw_insert(claim):
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO claims_claim (text, summary, claimant, source_url, language, reasons,"
            " priority, status, status_changed_at, verdict_summary, anchor_lost, created_at,"
            " updated_at, version, verdict_authors)"
            " VALUES ('x', '', '', '', 'de', '[]', 2, 'rejected', %s, '', false, %s, %s, 1, '[]')",
            [claim.created_at, claim.created_at, claim.created_at],
        )


SPELLINGS = [
    _update,
    _update_raw_dict,
    _update_all,
    _save,
    _save_update_fields,
    _bulk_update,
    _update_or_create,
    _raw_sql,
    _create_with_status,
    _save_new_with_status,
    _bulk_create_with_status,
    _raw_insert,
]


@pytest.mark.parametrize("write", SPELLINGS, ids=lambda f: f.__name__.strip("_"))
def test_every_way_around_the_workflow_is_refused(make_claim, write):
    claim = make_claim()
    with pytest.raises(DatabaseError) as info, transaction.atomic():
        write(claim)
    assert "claims.workflow" in str(info.value)
    claim.refresh_from_db()
    assert claim.status == "new"
    assert Claim.objects.count() == 1


def test_other_fields_are_written_as_before(make_claim):
    claim = make_claim()
    Claim.objects.filter(pk=claim.pk).update(priority=4, status="new")
    claim.refresh_from_db()
    assert claim.priority == 4


def test_new_claims_in_bulk_pass(editor):
    Claim.objects.bulk_create([Claim(text=f"Satz {i}.", language="de") for i in range(3)])
    assert Claim.objects.filter(status="new").count() == 3


def test_the_workflow_changes_status(make_claim, editor):
    claim = workflow.perform(make_claim(), "accept", editor)
    assert claim.status == "queued"


def test_the_pass_ends_with_the_workflow_call(make_claim, editor):
    claim = make_claim()
    with transaction.atomic():
        workflow.perform(claim, "accept", editor)
        # Same transaction, after the workflow: no pass left behind.
        with pytest.raises(DatabaseError), transaction.atomic():
            _update(claim)
    claim.refresh_from_db()
    assert claim.status == "queued"


@pytest.mark.django_db(transaction=True)
def test_the_pass_needs_a_transaction():
    with pytest.raises(RuntimeError), status_writes():
        pass
