"""Fetching URLs: a local server answers; timeouts, size cap, content type, redirects and the address policy."""

from __future__ import annotations

import socket
import time

import pytest

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.fetch import FetchPolicy, check_address, fetch
from storyline.ingest.sources import read_url
from storyline.model import Article

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Velmora library reopens</title>
<meta property="og:site_name" content="Velmora Evening Star">
<meta property="article:published_time" content="2025-11-03T10:00:00+01:00"></head>
<body><article><h1>Velmora library reopens</h1>
<p>The city library of Velmora reopened on Monday after eighteen months of repairs to its roof, which had leaked onto
the map room since the winter storms of two years ago.</p>
<p>The café in the reading room, run by Sella Varga, served free coffee to the first hundred visitors.</p>
</article></body></html>"""


def local(**kwargs: object) -> FetchPolicy:
    return FetchPolicy(allow_private=True, **{"timeout": 5.0, **kwargs})  # type: ignore[arg-type]


def read_one(url: str, policy: FetchPolicy) -> Article | IngestError:
    results = list(read_url(url, ReadOptions(max_bytes=policy.max_bytes, fetch=policy)))
    assert len(results) == 1, results
    return results[0]


def error_of(url: str, policy: FetchPolicy) -> IngestError:
    result = read_one(url, policy)
    assert isinstance(result, IngestError), result
    return result


def test_a_page_is_fetched_and_read(server):
    url = server.add("/2025/11/03/library", PAGE)
    article = read_one(url, local())
    assert isinstance(article, Article), article
    assert article.url == url
    assert article.source == url
    assert article.title == "Velmora library reopens"
    assert article.outlet == "Velmora Evening Star"
    assert "eighteen months of repairs" in article.text
    assert server.requests == ["/2025/11/03/library"]


def test_the_declared_charset_is_used(server):
    url = server.add("/latin1", PAGE.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    article = read_one(url, local())
    assert isinstance(article, Article) and "The café in the reading room" in article.text


def test_a_feed_url_gives_its_entries(server):
    body = "<p>" + "The harbour board of Velmora met on Monday and agreed a new schedule. " * 10 + "</p>"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Velmora Evening Star</title>'
        f"<item><title>Board meets</title><link>https://eveningstar.example/board</link>"
        f"<description><![CDATA[{body}]]></description></item></channel></rss>"
    )
    url = server.add("/feed", feed, content_type="application/rss+xml")
    results = list(read_url(url, ReadOptions(fetch=local())))
    assert [type(r).__name__ for r in results] == ["Article"]
    assert results[0].url == "https://eveningstar.example/board"
    assert results[0].outlet == "Velmora Evening Star"


def test_redirects_within_the_bound_are_followed(server):
    final = server.add("/final", PAGE)
    server.add("/hop2", status=301, headers={"Location": "/final"})
    start = server.add("/hop1", status=302, headers={"Location": server.url("/hop2")})
    article = read_one(start, local())
    assert isinstance(article, Article)
    assert article.url == final  # the address after the redirects
    assert server.requests == ["/hop1", "/hop2", "/final"]


def test_a_redirect_loop_stops_at_the_bound(server):
    url = server.add("/loop", status=302, headers={"Location": "/loop"})
    error = error_of(url, local(max_redirects=3))
    assert error.reason == "more than 3 redirects"
    assert len(server.requests) == 4


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_http_errors(server, status: int, reason: str):
    url = server.add(f"/status/{status}", "<html><body><p>Oops</p></body></html>", status=status)
    error = error_of(url, local())
    assert (error.item, error.reason) == (url, reason)


def test_a_slow_answer_times_out(server):
    url = server.add("/slow", PAGE, delay=3.0)
    started = time.monotonic()
    error = error_of(url, local(timeout=0.3))
    assert time.monotonic() - started < 2.5  # well before the server would answer
    assert (error.item, error.reason) == (url, "timed out after 0.3 s")


def test_a_wrong_content_type_is_refused(server):
    url = server.add("/report.pdf", b"%PDF-1.7 not an article", content_type="application/pdf")
    assert error_of(url, local()).reason == "unsupported content type application/pdf"


@pytest.mark.parametrize("content_length", [True, False], ids=["declared", "streamed"])
def test_a_body_over_the_size_cap_is_refused(server, content_length: bool):
    url = server.add("/big", PAGE + "<!--" + "x" * 50_000 + "-->", content_length=content_length)
    assert error_of(url, local(max_bytes=10_000)).reason == "response larger than 10000 bytes"
    assert isinstance(read_one(url, local(max_bytes=100_000)), Article)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_refused_without_allow_private(server, host: str):
    url = server.add("/2025/11/03/library", PAGE).replace("127.0.0.1", host)
    error = error_of(url, FetchPolicy(timeout=5.0))
    assert error.item == url
    assert error.reason.startswith("refusing private or loopback address")
    assert error.reason.endswith("(use --allow-private)")
    assert server.requests == []  # refused before connecting


@pytest.mark.parametrize(
    "url", ["http://10.1.2.3/a", "http://192.168.0.10/a", "http://169.254.169.254/latest", "http://[::1]/a"]
)
def test_private_and_link_local_addresses_are_refused(url: str):
    with pytest.raises(IngestError, match="refusing private or loopback address"):
        check_address(url, allow_private=False)
    check_address(url, allow_private=True)  # allowed when asked for


@pytest.mark.parametrize("url", ["ftp://files.example/a.html", "file:///etc/passwd", "http:///nohost"])
def test_only_http_and_https_are_fetched(url: str):
    with pytest.raises(IngestError, match="only http and https URLs can be fetched"):
        fetch(url, FetchPolicy(allow_private=True))


def test_a_refused_connection_is_an_error_not_a_crash():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # a port nothing listens on once the probe is closed
    error = error_of(f"http://127.0.0.1:{port}/x", local())
    assert error.reason.startswith("request failed (ConnectError")
