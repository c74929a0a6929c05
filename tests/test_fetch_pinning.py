"""Outside requests go to the address that was checked, never to a second answer of the DNS.

A name that resolves to a public address when checked and to a private one a moment later
(DNS rebinding) must not reach the private one. The local server stands in for the public
host: `_public` is told to count 127.0.0.1 as public, and the name's second answer is a
private address nothing listens on.
"""

import socket

import pytest

from claims import fetching, webhooks
from claims.models import WebhookDelivery, WebhookEndpoint
from tests.jobs_support import Route

NAME = "news.example.org"

pytestmark = pytest.mark.django_db


@pytest.fixture
def rebinding(settings, monkeypatch):
    """NAME answers 127.0.0.1 first and 10.0.0.7 after; every lookup of NAME is counted."""
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = False
    settings.FACTCHECK_FETCH_TIMEOUT = 2
    settings.FACTCHECK_WEBHOOK_TIMEOUT = 2
    monkeypatch.setattr(fetching, "_public", lambda a: str(a) == "127.0.0.1" or a.is_global)
    real = socket.getaddrinfo
    lookups: list[str] = []

    def answer(host, port, *args, **kwargs):
        if host != NAME:
            return real(host, port, *args, **kwargs)
        lookups.append(host)
        address = "127.0.0.1" if len(lookups) == 1 else "10.0.0.7"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", answer)
    return lookups


def test_a_page_is_fetched_from_the_checked_address_with_its_name(web, rebinding):
    web.page("/story")
    port = web.server.server_port
    fetched = fetching.fetch(f"http://{NAME}:{port}/story")
    assert fetched.status == 200
    assert fetched.url == f"http://{NAME}:{port}/story"
    assert rebinding == [NAME]  # looked up once, when checked
    (request,) = web.requests_to("/story")
    assert request.headers["Host"] == f"{NAME}:{port}"


def test_each_redirect_hop_is_checked_and_pinned_again(web, rebinding):
    port = web.server.server_port
    web.routes["/old"] = Route(302, headers={"Location": f"http://{NAME}:{port}/new"})
    web.page("/new")
    with pytest.raises(fetching.FetchError) as refused:
        fetching.fetch(f"http://{NAME}:{port}/old")
    # The second hop's lookup gave the private address: refused, never requested.
    assert refused.value.code == "private_address"
    assert web.requests_to("/new") == []
    assert rebinding == [NAME, NAME]


def test_a_webhook_is_posted_to_the_checked_address(web, rebinding, make_claim):
    web.routes["/hook"] = Route(204)
    port = web.server.server_port
    endpoint = WebhookEndpoint.objects.create(
        url=f"http://{NAME}:{port}/hook", secret="s", events=["claim.created"]
    )
    make_claim("The port handled 4 million containers in 2025.")
    delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    rebinding.clear()
    webhooks.deliver(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == "delivered"
    (request,) = web.requests_to("/hook")
    assert request.headers["Host"] == f"{NAME}:{port}"
    assert rebinding == [NAME]


def test_https_keeps_the_name_for_the_handshake_and_the_certificate(rebinding):
    url, headers, extensions = fetching.pinned("https://news.example.org/a?b=1")
    assert url == "https://127.0.0.1/a?b=1"
    assert headers == {"Host": "news.example.org"}
    assert extensions == {"sni_hostname": "news.example.org"}


def test_nothing_is_pinned_when_private_addresses_are_allowed(settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    assert fetching.pinned("http://127.0.0.1:8000/x") == ("http://127.0.0.1:8000/x", {}, {})
