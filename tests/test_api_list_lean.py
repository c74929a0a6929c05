"""GET /api/claims/ builds its JSON from plain rows, exactly as the serializer would."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.request import Request
from rest_framework.test import APIClient, APIRequestFactory

from claims import workflow
from claims.api.serializers import ClaimSerializer
from claims.api.views import claims_for_detail
from claims.models import Claim, Note, Rating
from tests.conftest import advance

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


def _every_status(editor, editor2, reviewer, reviewer2, claim_in, make_claim) -> None:
    """A desk with a claim in every status, held by different people, with and without
    ledgers, due dates (past, future, none), a duplicate, similar claims and a
    right-of-reply note with its dates; text outside ASCII and a UTC timestamp."""
    workflow.create_claim(editor, text="Neu: „Zölle“ steigen um 3 % – laut Amt", language="de")
    queued = workflow.create_claim(editor, text="Queued claim", language="en", priority=1)
    workflow.perform(queued, "accept", editor)
    workflow.edit(queued, editor, {"due_at": timezone.now() - dt.timedelta(days=2)})
    mine = claim_in("in_review")
    workflow.edit(mine, editor, {"due_at": dt.datetime(2031, 7, 1, 12, 30, tzinfo=dt.UTC)})
    workflow.add_note(
        mine,
        reviewer,
        body="Asked the office.",
        kind=Note.Kind.RIGHT_OF_REPLY,
        contacted_at=dt.date(2026, 3, 2),
        replied_at=dt.date(2026, 3, 4),
    )
    theirs = workflow.create_claim(editor, text="Held by someone else", language="en")
    workflow.perform(theirs, "accept", editor)
    workflow.perform(theirs, "take", reviewer2)
    workflow.add_source(
        theirs,
        reviewer2,
        url="https://stats.example.org/b",
        stance="supports",
        title="Zahlen",
        publisher="Amt",
        published_on=dt.date(2025, 12, 24),
        accessed_at=dt.date(2026, 1, 5),
        excerpt="ein Auszug",
    )
    submitted = claim_in("submitted")
    # The editor wrote this verdict: four-eyes keeps "publish" from them on this one only.
    co_written = claim_in("in_review", text="Verdict written by an editor")
    workflow.edit(
        co_written,
        editor,
        {"rating": Rating.objects.get(code="false"), "verdict_summary": "Wrong."},
    )
    advance(co_written, "submitted", editor=editor, reviewer=reviewer)
    published = claim_in("published", text="Hand-made claim, published")
    workflow.add_note(published, editor2, body="Published after a second look.")
    submitted.similar_claims.add(published, theirs)
    original = workflow.create_claim(editor, text="Earlier claim", language="en")
    duplicate = workflow.create_claim(editor, text="Same claim again", language="en")
    workflow.perform(duplicate, "reject_duplicate", editor, duplicate_of=original)
    rejected = workflow.create_claim(editor, text="Not worth checking", language="en")
    workflow.perform(rejected, "reject", editor, comment="Opinion.")
    assert set(Claim.objects.values_list("status", flat=True)) == {
        "new",
        "queued",
        "in_review",
        "submitted",
        "published",
        "rejected",
    }


@pytest.mark.parametrize("who", ["editor", "editor2", "reviewer", "reviewer2", "reader"])
def test_list_body_is_byte_for_byte_the_full_serializers(
    who, request, editor, editor2, reviewer, reviewer2, claim_in, make_claim
):
    _every_status(editor, editor2, reviewer, reviewer2, claim_in, make_claim)
    user = request.getfixturevalue(who)
    client = APIClient()
    client.force_authenticate(user)
    response = client.get("/api/claims/", {"page_size": 100})
    body = response.json()
    order = [row["id"] for row in body["results"]]
    if who == "editor":
        # The page holds claims alike in status but not in what this user may do.
        offered = {
            tuple(r["available_actions"]) for r in body["results"] if r["status"] == "submitted"
        }
        assert len(offered) == 2
    assert len(order) == Claim.objects.count()
    drf_request = Request(APIRequestFactory().get("/api/claims/", {"page_size": 100}))
    drf_request.user = user
    full = claims_for_detail().in_bulk(order)
    expected = {
        "next": body["next"],
        "previous": body["previous"],
        "results": [
            ClaimSerializer(full[pk], context={"request": drf_request}).data for pk in order
        ],
    }
    rendered = response.accepted_renderer.render(
        expected, response.accepted_media_type, response.renderer_context
    )
    assert response.content == rendered
