"""Claim lists as CSV: streamed, filtered like their list, readable by the right people."""

import csv
import io
from unittest import mock

import pytest
from django.db import connection
from django.db.models.query import QuerySet
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from claims import exports, workflow
from claims.models import Claim

pytestmark = pytest.mark.django_db


def api(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def read_csv(response) -> list[dict]:
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def bulk_claims(n: int, **fields) -> list[Claim]:
    return Claim.objects.bulk_create(
        Claim(text=f"Behauptung Nummer {i} über 40 Prozent.", language="de", **fields)
        for i in range(n)
    )


def test_api_csv_is_streamed_with_header_and_one_row_per_claim(editor, make_claim):
    first = make_claim("Die Stadt baut 300 Wohnungen.", claimant="Anna Berg")
    make_claim("Der Pegel stieg um 2 Meter.")
    response = api(editor).get("/api/claims/", {"format": "csv"})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert list(rows[0]) == exports.COLUMNS
    assert len(rows) == 2
    row = next(r for r in rows if r["id"] == str(first.pk))
    assert row["text"] == "Die Stadt baut 300 Wohnungen."
    assert row["claimant"] == "Anna Berg"
    assert row["status"] == "new"


def test_api_csv_is_the_whole_filtered_list_not_one_page(editor, make_claim):
    bulk_claims(60)
    bulk_claims(5, priority=4)
    rows = read_csv(api(editor).get("/api/claims/", {"format": "csv", "page_size": 10}))
    assert len(rows) == 65
    urgent = read_csv(api(editor).get("/api/claims/", {"format": "csv", "priority": 4}))
    assert len(urgent) == 5
    assert {r["priority"] for r in urgent} == {"4"}


def test_api_csv_honours_ordering(editor):
    bulk_claims(3, priority=1)
    bulk_claims(2, priority=3)
    rows = read_csv(api(editor).get("/api/claims/", {"format": "csv", "ordering": "-priority"}))
    assert [r["priority"] for r in rows] == ["3", "3", "1", "1", "1"]


@pytest.mark.parametrize("size", [10, 400])
def test_api_csv_runs_constant_queries_and_reads_rows_in_chunks(editor, size):
    bulk_claims(size)
    response = api(editor).get("/api/claims/", {"format": "csv"})
    with (
        mock.patch.object(QuerySet, "iterator", autospec=True, side_effect=QuerySet.iterator) as it,
        CaptureQueriesContext(connection) as queries,
    ):
        rows = read_csv(response)
    assert len(rows) == size
    # One query for all rows, whatever their number: nothing per claim, no prefetches.
    assert len(queries) == 1
    assert it.call_args.kwargs["chunk_size"] == exports.CHUNK_SIZE


def test_api_csv_rows_are_produced_lazily(editor):
    bulk_claims(3)
    response = api(editor).get("/api/claims/", {"format": "csv"})
    lines = iter(response.streaming_content)
    with CaptureQueriesContext(connection) as queries:
        header = next(lines)
    assert header.decode("utf-8-sig").startswith("id,status,text")
    # The header goes out before the claims are read.
    assert len(queries) == 0


def test_cells_that_spreadsheets_run_as_formulas_are_neutralised(editor):
    for text in ['=HYPERLINK("http://evil.example")', "+49 Prozent", "-3 Grad", "@SUM(A1)"]:
        workflow.create_claim(editor, text=text, language="de", claimant="=cmd|' /C calc'!A0")
    rows = read_csv(api(editor).get("/api/claims/", {"format": "csv"}))
    assert {r["text"] for r in rows} == {
        '\'=HYPERLINK("http://evil.example")',
        "'+49 Prozent",
        "'-3 Grad",
        "'@SUM(A1)",
    }
    assert {r["claimant"] for r in rows} == {"'=cmd|' /C calc'!A0"}


def test_reader_may_export_what_they_may_read(reader, make_claim):
    make_claim("Die Stadt baut 300 Wohnungen.")
    assert len(read_csv(api(reader).get("/api/claims/", {"format": "csv"}))) == 1


def test_anonymous_and_outsiders_get_no_csv(outsider, make_claim):
    make_claim("Die Stadt baut 300 Wohnungen.")
    anonymous = api().get("/api/claims/", {"format": "csv"})
    assert anonymous.status_code in (401, 403)
    assert anonymous["Content-Type"].startswith("application/json")
    assert api(outsider).get("/api/claims/", {"format": "csv"}).status_code == 403


def test_bad_filter_on_csv_answers_json_error(editor):
    response = api(editor).get("/api/claims/", {"format": "csv", "priority": "9"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert "priority" in str(response.json())


def test_csv_is_offered_on_the_list_only(editor, make_claim):
    claim = make_claim("Die Stadt baut 300 Wohnungen.")
    assert api(editor).get(f"/api/claims/{claim.pk}/", {"format": "csv"}).status_code == 404


def test_queue_export_carries_the_page_filters(client, reviewer, make_claim):
    keep = make_claim("Die Stadt baut 300 Wohnungen.")
    workflow.perform(keep, "accept", keep.created_by)
    make_claim("Der Pegel stieg um 2 Meter.")
    client.force_login(reviewer)
    page = client.get("/queue/", {"status": "queued"})
    assert 'href="/queue/export.csv?status=queued"' in page.content.decode()
    response = client.get("/queue/export.csv", {"status": "queued"})
    assert response.streaming
    rows = read_csv(response)
    assert [r["id"] for r in rows] == [str(keep.pk)]
    # Without a status the export is what the page shows: for a reviewer, no new claims.
    assert len(read_csv(client.get("/queue/export.csv"))) == 1
    assert len(read_csv(client.get("/queue/export.csv", {"status": "new"}))) == 1


def test_queue_export_needs_a_desk_member(client, outsider):
    assert client.get("/queue/export.csv").status_code == 302
    client.force_login(outsider)
    assert client.get("/queue/export.csv").status_code == 403


def test_queue_export_refuses_bad_filters_with_a_message(client, reviewer):
    client.force_login(reviewer)
    response = client.get("/queue/export.csv", {"status": "nonsense"}, follow=True)
    assert response.redirect_chain
    assert "The filters are not valid" in response.content.decode()


def test_admin_export_link_honours_changelist_filters(client, editor, make_claim):
    urgent = make_claim("Die Stadt baut 300 Wohnungen.", priority=4)
    make_claim("Der Pegel stieg um 2 Meter.")
    client.force_login(editor)
    changelist = client.get("/admin/claims/claim/", {"q": "Wohnungen"}).content.decode()
    assert "/admin/claims/claim/export/?q=Wohnungen" in changelist
    response = client.get("/admin/claims/claim/export/", {"q": "Wohnungen"})
    assert response.streaming
    assert [r["id"] for r in read_csv(response)] == [str(urgent.pk)]


def test_admin_export_action_exports_the_selection(client, editor, make_claim):
    chosen = make_claim("Die Stadt baut 300 Wohnungen.")
    make_claim("Der Pegel stieg um 2 Meter.")
    client.force_login(editor)
    response = client.post(
        "/admin/claims/claim/",
        {"action": "export_csv", "_selected_action": [chosen.pk], "index": 0},
    )
    assert response.streaming
    assert [r["id"] for r in read_csv(response)] == [str(chosen.pk)]


def test_admin_export_is_for_staff_only(client, reviewer):
    client.force_login(reviewer)
    assert client.get("/admin/claims/claim/export/").status_code == 302
