"""Fetch pages and feeds over HTTP(S) with timeouts, a size cap and an address policy."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from storyline import __version__
from storyline.ingest.errors import IngestError

ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "text/plain",
    "application/x-ndjson",
    "application/jsonl",
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    timeout: float = 15.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes


def check_address(url: str, allow_private: bool) -> None:
    """Refuse non-HTTP schemes, and hosts resolving to private, loopback or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestError(url, "only http and https URLs can be fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise IngestError(url, f"cannot resolve host {parts.hostname} ({exc.strerror})") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise IngestError(url, f"refusing private or loopback address {address} (use --allow-private)")


def fetch(url: str, policy: FetchPolicy = FetchPolicy(), client: httpx.Client | None = None) -> Fetched:
    """GET a URL, following at most `max_redirects` redirects, each checked against the policy."""
    headers = {"User-Agent": f"storyline/{__version__} (+https://github.com/storyline)"}
    owned = client is None
    client = client or httpx.Client(timeout=policy.timeout, follow_redirects=False, headers=headers)
    try:
        for _ in range(policy.max_redirects + 1):
            check_address(url, policy.allow_private)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                    mime = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if mime and mime not in ACCEPTED_TYPES:
                        raise IngestError(url, f"unsupported content type {mime}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                        raise IngestError(url, f"response larger than {policy.max_bytes} bytes")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > policy.max_bytes:
                            raise IngestError(url, f"response larger than {policy.max_bytes} bytes")
                    return Fetched(str(response.url), mime, response.charset_encoding, bytes(body))
            except httpx.TimeoutException as exc:
                raise IngestError(url, f"timed out after {policy.timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise IngestError(url, f"request failed ({exc.__class__.__name__}: {exc})") from exc
        raise IngestError(url, f"more than {policy.max_redirects} redirects")
    finally:
        if owned:
            client.close()
