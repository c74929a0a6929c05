"""Fetching pages from the web within limits: time, size, content types, redirects, addresses.

Every outside request of the tracker (pages imported by URL, feeds, evidence snapshots)
goes through `fetch`. A refusal is a `FetchError` with a code and a sentence for the desk;
`transient` tells the job whether trying again later may help.
"""

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    # Many servers label feeds as plain text or HTML; the feed parser decides.
    "text/plain",
    "text/html",
)
USER_AGENT = "FactcheckTracker/1.0 (+fetches pages cited or imported by a fact-checking desk)"


class FetchError(Exception):
    def __init__(self, message: str, *, code: str, transient: bool = False):
        super().__init__(message)
        self.message = message
        self.code = code
        self.transient = transient


@dataclass
class Fetched:
    requested_url: str
    url: str  # after redirects
    status: int
    content_type: str = ""
    charset: str | None = None
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> None:
    """Refuse what is not an http(s) URL or, unless allowed, names a private address.

    Only literal addresses and `localhost` are refused here, so forms can answer at
    once; names are resolved and checked when fetched.
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:
        raise FetchError(_("This is not a valid web address."), code="bad_url") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(_("Give an http or https address."), code="bad_scheme")
    if settings.FACTCHECK_FETCH_ALLOW_PRIVATE:
        return
    host = parts.hostname
    if host == "localhost" or host.endswith(".localhost"):
        raise _private(host)
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return
    if not _public(address):
        raise _private(host)


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    return address.is_global and not address.is_multicast


def _private(host: str) -> FetchError:
    return FetchError(
        _("%(host)s is a private or local address; the tracker only fetches public pages.")
        % {"host": host},
        code="private_address",
    )


def check_address(url: str) -> str | None:
    """`check_url`, and every address the host resolves to must be public (unless allowed).

    Returns the address to connect to, or None when private addresses are allowed (then
    nothing needs pinning).
    """
    check_url(url)
    if settings.FACTCHECK_FETCH_ALLOW_PRIVATE:
        return None
    parts = urlsplit(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(
            _("The host %(host)s could not be found.") % {"host": parts.hostname},
            code="unknown_host",
            transient=True,
        ) from None
    addresses = [info[4][0].split("%")[0] for info in infos]
    # Every address the name resolves to must be public: the client may pick any of them.
    for address in addresses:
        if not _public(ipaddress.ip_address(address)):
            raise _private(parts.hostname)
    return addresses[0]


def pinned(url: str) -> tuple[str, dict[str, str], dict]:
    """Check `url` and say how to reach the address that was checked, not another.

    Resolving the name again when connecting would let a name that answered with a public
    address first answer with a private one next (DNS rebinding). So the request goes to
    the checked address itself, with the name in the Host header and, for https, in the
    TLS handshake, where the certificate is still verified against the name.
    Returns the URL to request, the headers to add and httpx request extensions.
    """
    address = check_address(url)
    if address is None:
        return url, {}, {}
    named = httpx.URL(url)
    headers = {"Host": named.netloc.decode("ascii")}
    extensions = {"sni_hostname": named.raw_host.decode("ascii")} if named.scheme == "https" else {}
    return str(named.copy_with(host=address)), headers, extensions


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = HTML_TYPES,
    headers: dict[str, str] | None = None,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> Fetched:
    """GET `url`, following at most MAX_REDIRECTS redirects, each hop checked again."""
    max_bytes = max_bytes or settings.FACTCHECK_FETCH_MAX_BYTES
    timeout = timeout or settings.FACTCHECK_FETCH_TIMEOUT
    request_headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"}
    request_headers.update(headers or {})
    current = url
    deadline = time.monotonic() + timeout * 2
    with httpx.Client(follow_redirects=False, timeout=timeout, trust_env=False) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            target, pin_headers, extensions = pinned(current)
            try:
                with client.stream(
                    "GET", target, headers={**request_headers, **pin_headers}, extensions=extensions
                ) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        if not location:
                            raise FetchError(
                                _("The server answered with a redirect to nowhere."),
                                code="bad_redirect",
                            )
                        current = urljoin(current, location)
                        continue
                    return _read(url, current, response, accept, max_bytes, deadline)
            except httpx.TimeoutException:
                raise FetchError(
                    _("The server did not answer within %(seconds)d seconds.")
                    % {"seconds": timeout},
                    code="timeout",
                    transient=True,
                ) from None
            except httpx.HTTPError as exc:
                raise FetchError(
                    _("The page could not be fetched: %(reason)s.")
                    % {"reason": str(exc) or type(exc).__name__},
                    code="unreachable",
                    transient=True,
                ) from None
    raise FetchError(
        _("The page redirects more than %(count)d times; stopped there.")
        % {"count": MAX_REDIRECTS},
        code="too_many_redirects",
    )


def _read(
    requested: str,
    url: str,
    response: httpx.Response,
    accept: tuple[str, ...],
    max_bytes: int,
    deadline: float,
) -> Fetched:
    headers = {k.lower(): v for k, v in response.headers.items()}
    if response.status_code == 304:
        return Fetched(requested, url, 304, headers=headers)
    if response.status_code >= 400:
        raise FetchError(
            _("The server answered %(status)d (%(reason)s).")
            % {"status": response.status_code, "reason": response.reason_phrase},
            code=f"http_{response.status_code}",
            # Server errors and rate limits pass; a missing page stays missing.
            transient=response.status_code >= 500 or response.status_code == 429,
        )
    mime, _sep, params = headers.get("content-type", "").partition(";")
    mime = mime.strip().lower()
    if mime not in accept:
        raise FetchError(
            _("The address gives “%(type)s”, not a web page the tracker can read.")
            % {"type": mime or _("no content type")},
            code="unsupported_type",
        )
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        if time.monotonic() > deadline:
            raise FetchError(
                _("The page arrived too slowly; stopped."), code="timeout", transient=True
            )
        chunks.append(chunk)
    charset = None
    for param in params.split(";"):
        key, _eq, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return Fetched(
        requested,
        url,
        response.status_code,
        content_type=mime,
        charset=charset,
        content=b"".join(chunks),
        headers=headers,
    )


def _too_large(max_bytes: int) -> FetchError:
    return FetchError(
        _("The page is larger than %(size)s; the tracker does not fetch it.")
        % {"size": filesizeformat(max_bytes)},
        code="too_large",
    )
