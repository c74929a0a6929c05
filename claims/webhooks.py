"""Signed webhooks: an outbox row per event and endpoint, written with the change, sent by a job.

`record_claim_events` runs from `claims.history._fan_out` and `record_article_imported`
from the importer, both inside the transaction of the change: a rolled-back change leaves
no delivery. The delivery job POSTs the JSON body with

    X-Factcheck-Event: claim.published
    X-Factcheck-Timestamp: 1767225600
    X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the secret>

and retries with exponential backoff; every attempt is logged.
"""

import datetime
import hashlib
import hmac
import json
import time
from collections.abc import Sequence

import httpx
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import fetching, jobs
from claims.fetching import FetchError
from claims.models import (
    DeliveryStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)

MAX_ATTEMPTS = 6
EXCERPT_CHARS = 500


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def events_for(action: str, from_status: str, to_status: str) -> list[str]:
    """The webhook events one history row stands for."""
    if action == "create":
        return [WebhookEvent.CLAIM_CREATED]
    names = []
    if from_status != to_status:
        names.append(WebhookEvent.CLAIM_STATUS_CHANGED)
    if action == "publish":
        names.append(WebhookEvent.CLAIM_PUBLISHED)
    if action == "reopen":
        names.append(WebhookEvent.CLAIM_CORRECTED)
    return names


def _absolute(path: str) -> str:
    return settings.FACTCHECK_PUBLIC_URL.rstrip("/") + path


def claim_payload(event) -> dict:
    claim = event.claim
    return {
        "id": claim.pk,
        "text": claim.text,
        "status": event.to_status,
        "previous_status": event.from_status,
        "action": event.action,
        "comment": event.comment,
        "rating": claim.rating.code if claim.rating_id else None,
        "verdict_summary": claim.verdict_summary,
        "article": claim.article_id,
        "url": _absolute(claim.get_absolute_url()),
    }


def article_payload(article) -> dict:
    return {
        "id": article.pk,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "page": _absolute(article.get_absolute_url()),
    }


def _endpoints() -> list[tuple[int, list[str]]]:
    return list(WebhookEndpoint.objects.filter(active=True).values_list("id", "events"))


def record_claim_events(events: Sequence) -> None:
    endpoints = _endpoints()
    if not endpoints:
        return
    deliveries = []
    for event in events:
        names = events_for(event.action, event.from_status, event.to_status)
        if not names:
            continue
        claim = claim_payload(event)
        for name in names:
            body = {"event": name, "occurred_at": event.created_at.isoformat(), "claim": claim}
            deliveries += [
                WebhookDelivery(endpoint_id=pk, event=name, payload=body)
                for pk, subscribed in endpoints
                if name in subscribed
            ]
    _store(deliveries)


def record_article_imported(article) -> None:
    endpoints = _endpoints()
    name = WebhookEvent.ARTICLE_IMPORTED
    body = {
        "event": name,
        "occurred_at": timezone.now().isoformat(),
        "article": article_payload(article),
    }
    _store(
        [
            WebhookDelivery(endpoint_id=pk, event=name, payload=body)
            for pk, subscribed in endpoints
            if name in subscribed
        ]
    )


def _store(deliveries: list[WebhookDelivery]) -> None:
    if not deliveries:
        return
    from claims.tasks import deliver_webhook

    created = WebhookDelivery.objects.bulk_create(deliveries)
    jobs.enqueue_many_on_commit(deliver_webhook, [(delivery.pk,) for delivery in created])


def redeliver(deliveries) -> int:
    """Send again (admin action): a fresh round of attempts; the old log stays."""
    from claims.tasks import deliver_webhook

    ids = list(deliveries.values_list("pk", flat=True))
    with transaction.atomic():
        WebhookDelivery.objects.filter(pk__in=ids).update(
            status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=None
        )
        jobs.enqueue_many_on_commit(deliver_webhook, [(pk,) for pk in ids])
    return len(ids)


def deliver(delivery_id: int) -> None:
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return
    endpoint = delivery.endpoint
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": fetching.USER_AGENT,
        "X-Factcheck-Event": delivery.event,
        "X-Factcheck-Timestamp": timestamp,
        "X-Factcheck-Signature": sign(endpoint.secret, timestamp, body),
    }
    started = time.monotonic()
    status_code, excerpt, error = None, "", ""
    try:
        target, pin_headers, extensions = fetching.pinned(endpoint.url)
        with (
            httpx.Client(timeout=settings.FACTCHECK_WEBHOOK_TIMEOUT, trust_env=False) as client,
            client.stream(
                "POST",
                target,
                content=body,
                headers={**headers, **pin_headers},
                extensions=extensions,
            ) as response,
        ):
            status_code = response.status_code
            excerpt = _excerpt(response)
    except FetchError as exc:
        error = exc.message
    except httpx.TimeoutException:
        error = _("No answer within the time limit (%(seconds)d s).") % {
            "seconds": settings.FACTCHECK_WEBHOOK_TIMEOUT
        }
    except httpx.HTTPError as exc:
        error = _("Could not connect: %(reason)s.") % {"reason": str(exc) or type(exc).__name__}
    duration_ms = round((time.monotonic() - started) * 1000)
    ok = status_code is not None and 200 <= status_code < 300
    if status_code is not None and not ok:
        error = _("The endpoint answered %(status)d.") % {"status": status_code}
    _record(delivery, ok, status_code, duration_ms, excerpt, error)


def _excerpt(response: httpx.Response) -> str:
    received = b""
    for chunk in response.iter_bytes():
        received += chunk
        if len(received) >= EXCERPT_CHARS * 4:
            break
    return received.decode("utf-8", errors="replace")[:EXCERPT_CHARS]


def _record(delivery, ok: bool, status_code, duration_ms: int, excerpt: str, error: str) -> None:
    from claims.tasks import deliver_webhook

    attempts = delivery.attempts + 1
    fields: dict = {"attempts": attempts, "next_attempt_at": None}
    retry_in = None
    if ok:
        fields.update(status=DeliveryStatus.DELIVERED, delivered_at=timezone.now())
    elif attempts < MAX_ATTEMPTS:
        retry_in = jobs.backoff_seconds(attempts)
        fields["next_attempt_at"] = timezone.now() + datetime.timedelta(seconds=retry_in)
    else:
        fields["status"] = DeliveryStatus.FAILED
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery,
            status_code=status_code,
            duration_ms=duration_ms,
            response_excerpt=excerpt,
            error=error[:1000],
        )
        WebhookDelivery.objects.filter(pk=delivery.pk).update(**fields)
    if retry_in is not None:
        jobs.enqueue_later(deliver_webhook, retry_in, delivery.pk)
