"""GET /api/claims/ builds its JSON from plain rows, exactly as the serializer would."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.request import Request
from rest_framework.test import APIClient, APIRequestFactory

from claims import workflow
from claims.api.serializers import ClaimSerializer
from claims.api.views import claims_for_detail
from claims.models import Claim, Rating

pytestmark = pytest.mark.django_db


def _desk(editor, reviewer, editor2, make_claim) -> list[Claim]:
    """Claims in every shape the list shows: ledgers, verdicts, publication, dates."""
    published = make_claim()
    for status in ("queued", "in_review"):
        workflow.perform(published, "accept" if status == "queued" else "take", editor)
    workflow.edit(
        published,
        editor,
        {"rating": Rating.objects.get(code="mostly_false"), "verdict_summary": "No."},
    )
    workflow.add_source(
        published, editor, url="https://stats.example.org/a", stance="refutes", title="Stats"
    )
    workflow.add_note(published, editor, body="Called the office.")
    workflow.perform(published, "submit", editor)
    workflow.perform(published, "publish", editor2)
    other = workflow.create_claim(
        editor, text="Hand-made claim", language="en", claimant="Someone", priority=4
    )
    other.similar_claims.add(published)
    held = workflow.create_claim(editor, text="Held claim", language="en")
    held = workflow.perform(held, "accept", editor)
    held = workflow.perform(held, "take", reviewer)
    return [published, other, held]


def _plain(data):
    """The serializer's ReturnDict/OrderedDict as plain JSON values."""
    import json

    from rest_framework.utils.encoders import JSONEncoder

    return json.loads(json.dumps(data, cls=JSONEncoder))


def test_list_json_equals_the_serializer_output(editor, editor2, reviewer, make_claim):
    claims = _desk(editor, reviewer, editor2, make_claim)
    client = APIClient()
    client.force_authenticate(reviewer)
    listed = {row["id"]: row for row in client.get("/api/claims/").json()["results"]}
    drf_request = Request(APIRequestFactory().get("/api/claims/"))
    drf_request.user = reviewer
    for claim in claims_for_detail().filter(pk__in=[c.pk for c in claims]):
        expected = ClaimSerializer(claim, context={"request": drf_request}).data
        assert list(listed[claim.pk]) == list(expected)
        assert listed[claim.pk] == _plain(expected)


def test_list_reads_no_user_or_rating_rows(editor, editor2, reviewer, make_claim):
    _desk(editor, reviewer, editor2, make_claim)
    client = APIClient()
    client.force_authenticate(editor)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/api/claims/").status_code == 200
    claim_query = next(q["sql"] for q in ctx.captured_queries if 'FROM "claims_claim"' in q["sql"])
    assert '"auth_user"."password"' not in claim_query
    assert '"claims_rating"."definition_en"' not in claim_query
    assert '"claims_article"' not in claim_query


def test_list_pages_follow_the_cursor_in_every_order(editor, reviewer):
    for i in range(7):
        workflow.create_claim(editor, text=f"Claim {i}", language="en", priority=1 + i % 4)
    client = APIClient()
    client.force_authenticate(editor)
    for ordering in ("-created_at", "priority", "-due_at", "updated_at"):
        seen, url = [], "/api/claims/"
        params = {"page_size": 3, "ordering": ordering}
        while url:
            body = client.get(url, params).json()
            seen += [row["id"] for row in body["results"]]
            url, params = body["next"], None
        assert sorted(seen) == sorted(Claim.objects.values_list("id", flat=True))
        assert len(seen) == 7
