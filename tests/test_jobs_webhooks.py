"""Webhooks: outbox rows in the change's transaction, signed deliveries by jobs, retries, log."""

import hashlib
import hmac
import json
import time

import pytest
from django.db import transaction
from rest_framework import status
from rest_framework.test import APIClient

from claims import webhooks, workflow
from claims.models import WebhookDelivery, WebhookEndpoint
from tests.conftest import advance
from tests.jobs_support import Route, run_jobs

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("job_settings")]

SECRET = "a-long-shared-secret-for-tests"
ALL_EVENTS = [
    "claim.created",
    "claim.status_changed",
    "claim.published",
    "claim.corrected",
    "article.imported",
]


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def receiver(web):
    web.routes["/hook"] = Route(200, b"thanks")
    return web


def endpoint(web, events=ALL_EVENTS, path="/hook") -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(url=web.url(path), secret=SECRET, events=events)


def test_editor_registers_an_endpoint_and_the_secret_is_never_shown(web, editor):
    response = api(editor).post(
        "/api/webhooks/",
        {"url": web.url("/hook"), "secret": SECRET, "events": ["claim.published"]},
        format="json",
    )
    assert response.status_code == status.HTTP_201_CREATED, response.content
    assert "secret" not in response.json()
    listed = api(editor).get("/api/webhooks/").json()["results"]
    assert listed[0]["events"] == ["claim.published"] and "secret" not in listed[0]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "http://x.example/h", "secret": SECRET, "events": ["claim.deleted"]}, "events"),
        ({"url": "http://x.example/h", "secret": SECRET, "events": []}, "events"),
        ({"url": "http://x.example/h", "secret": "short", "events": ["claim.created"]}, "secret"),
        ({"url": "ftp://x.example/h", "secret": SECRET, "events": ["claim.created"]}, "url"),
    ],
)
def test_bad_endpoints_are_refused_with_the_field_named(editor, body, field):
    response = api(editor).post("/api/webhooks/", body, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert field in response.json()["error"]["fields"]
    assert not WebhookEndpoint.objects.exists()


def test_reviewers_cannot_manage_webhooks(reviewer):
    assert api(reviewer).get("/api/webhooks/").status_code == status.HTTP_403_FORBIDDEN


def test_a_claim_change_is_delivered_signed(receiver, editor, make_claim):
    endpoint(receiver)
    claim = make_claim()
    workflow.perform(claim, "accept", editor)
    assert not receiver.requests_to("/hook")  # nothing is sent inside the workflow
    run_jobs()
    sent = receiver.requests_to("/hook")
    events = [r.headers["X-Factcheck-Event"] for r in sent]
    assert sorted(events) == ["claim.created", "claim.status_changed"]
    for request in sent:
        timestamp = request.headers["X-Factcheck-Timestamp"]
        assert abs(int(timestamp) - time.time()) < 60
        expected = hmac.new(
            SECRET.encode(), timestamp.encode() + b"." + request.body, hashlib.sha256
        ).hexdigest()
        assert request.headers["X-Factcheck-Signature"] == f"sha256={expected}"
        assert request.headers["Content-Type"] == "application/json"
    change = json.loads(next(r.body for r in sent if b"status_changed" in r.body))
    assert set(change) == {"event", "occurred_at", "claim"}
    assert change["claim"]["id"] == claim.pk and change["claim"]["status"] == "queued"
    assert change["claim"]["previous_status"] == "new"
    assert WebhookDelivery.objects.filter(status="delivered").count() == 2


def test_publish_and_reopen_send_their_own_events(receiver, editor, editor2, reviewer, make_claim):
    endpoint(receiver, events=["claim.published", "claim.corrected"])
    claim = advance(make_claim(), "published", editor=editor2, reviewer=reviewer)
    workflow.perform(claim, "reopen", editor, comment="The figure was for 2024, not 2025.")
    run_jobs()
    events = [r.headers["X-Factcheck-Event"] for r in receiver.requests_to("/hook")]
    assert events.count("claim.published") == 1 and events.count("claim.corrected") == 1
    assert len(events) == 2  # not subscribed to the rest


def test_a_rolled_back_change_sends_nothing(receiver, editor, make_claim):
    endpoint(receiver)
    claim = make_claim()
    WebhookDelivery.objects.all().delete()
    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.perform(claim, "accept", editor)
        raise RuntimeError("the request failed after the action")
    assert not WebhookDelivery.objects.exists()
    run_jobs()
    assert not receiver.requests_to("/hook")


def test_an_imported_article_is_announced(receiver, editor):
    endpoint(receiver, events=["article.imported"])
    body = "Stadt investiert Millionen\nDie Stadt hat 2025 rund 4 Millionen Euro investiert."
    api(editor).post("/api/articles/", {"body": body, "language": "de"}, format="json")
    run_jobs()
    (request,) = receiver.requests_to("/hook")
    payload = json.loads(request.body)
    assert payload["event"] == "article.imported"
    assert payload["article"]["title"] == "Stadt investiert Millionen"


def test_an_endpoint_answering_500_is_retried_then_marked_failed(settings, web, editor, make_claim):
    web.routes["/hook"] = Route(500, b"internal error: database down")
    endpoint(web, events=["claim.created"])
    make_claim()
    run_jobs()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.attempts == webhooks.MAX_ATTEMPTS
    log = list(delivery.attempt_log.all())
    assert len(log) == webhooks.MAX_ATTEMPTS
    assert log[0].status_code == 500 and "database down" in log[0].response_excerpt
    assert "answered 500" in log[0].error


def test_a_failed_delivery_is_redelivered_from_the_admin(client, web, superuser, make_claim):
    web.routes["/hook"] = Route(500, b"")
    endpoint(web, events=["claim.created"])
    make_claim()
    run_jobs()
    delivery = WebhookDelivery.objects.get()
    web.routes["/hook"] = Route(204)
    client.force_login(superuser)
    response = client.post(
        "/admin/claims/webhookdelivery/",
        {"action": "redeliver", "_selected_action": [delivery.pk]},
    )
    assert response.status_code == 302
    run_jobs()
    delivery.refresh_from_db()
    assert delivery.status == "delivered"
    assert delivery.attempt_log.count() == webhooks.MAX_ATTEMPTS + 1


def test_an_endpoint_that_never_answers_does_not_slow_the_workflow(
    settings, web, editor, make_claim
):
    settings.FACTCHECK_WEBHOOK_TIMEOUT = 1
    web.routes["/slow"] = Route(200, b"late", delay=5)
    endpoint(web, events=["claim.created", "claim.status_changed"], path="/slow")
    started = time.monotonic()
    claim = make_claim()
    workflow.perform(claim, "accept", editor)
    assert time.monotonic() - started < 1  # the workflow only wrote outbox rows
    settings.FACTCHECK_JOB_RETRY_SECONDS = 3600  # one attempt each in this test
    run_jobs()
    for delivery in WebhookDelivery.objects.all():
        assert delivery.status == "pending" and delivery.attempts == 1
        (attempt,) = delivery.attempt_log.all()
        assert (
            attempt.status_code is None and "No answer within the time limit (1 s)" in attempt.error
        )
        assert 900 <= attempt.duration_ms < 3000
        assert delivery.next_attempt_at is not None


def test_inactive_endpoints_get_nothing(receiver, make_claim):
    WebhookEndpoint.objects.create(
        url=receiver.url("/hook"), secret=SECRET, events=ALL_EVENTS, active=False
    )
    make_claim()
    assert not WebhookDelivery.objects.exists()
