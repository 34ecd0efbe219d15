"""RSS and Atom reader: each entry's content, or the linked page when the entry is only a teaser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.feed import read_feed, site_name
from storyline.ingest.fetch import FetchPolicy
from storyline.ingest.sources import read_bytes, read_path
from storyline.model import Article

FIXTURES = Path(__file__).parents[1] / "fixtures"
LOCAL = ReadOptions(fetch=FetchPolicy(timeout=5, allow_private=True))

LINKED_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Night buses return to Velmora</title>
<meta property="og:site_name" content="Velmora Evening Star">
<meta property="article:published_time" content="2025-09-12T20:05:00+02:00">
<meta name="author" content="Tove Arland">
</head><body><article><h1>Night buses return to Velmora</h1>
<p>Night buses returned to the streets of Velmora on Friday after a gap of four years, with three routes linking the
harbour, the university and the hospital until half past two in the morning.</p>
<p>The transport office said the buses would run as a trial until the end of the year, and would be kept if each
carried at least twenty passengers a night on average.</p>
</article></body></html>"""


def teaser_feed(*links: str) -> str:
    items = "".join(
        f"<item><title>Night buses return</title><link>{link}</link>"
        "<description>Three routes run until half past two.</description>"
        "<pubDate>Fri, 12 Sep 2025 20:05:00 +0200</pubDate></item>"
        for link in links
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Velmora Evening Star</title>{items}</channel></rss>'
    )


def test_rss_entries_with_content():
    path = FIXTURES / "velmora-times.rss"
    results = list(read_path(str(path), ReadOptions()))
    assert all(isinstance(r, Article) for r in results), results
    first, second = results
    assert first.title == "Harbour pilots end two-day strike"
    assert first.outlet == "The Velmora Times"  # the channel's title
    assert first.url == "https://velmoratimes.example/harbour/2025/07/08/pilots-end-strike"
    assert first.authors == ["Piet Rautio"]
    assert first.published == datetime(2025, 7, 8, 16, 20, tzinfo=UTC)
    assert first.published.utcoffset() == timedelta(hours=2)
    assert first.text.startswith("The harbour pilots of Velmora returned to work")
    assert "Share this" not in first.text and [r.reason for r in first.removed] == ["share"]
    assert first.source == f"{path}#entry1"
    # the body from <description> when there is no <content:encoded>; the name from an RSS e-mail author
    assert second.text.startswith("The Velmora fish market reopened on Thursday morning")
    assert second.authors == ["Ines Dalca"]
    assert second.source == f"{path}#entry2"


def test_atom_entries_with_html_and_xhtml_content():
    results = list(read_path(str(FIXTURES / "quay-gazette.atom"), ReadOptions()))
    assert all(isinstance(r, Article) for r in results), results
    first, second = results
    assert first.title == "Skarn Point lighthouse goes automatic"
    assert first.outlet == "The Quay Gazette"
    assert first.authors == ["Lotte Brenn"]
    assert first.published == datetime(2025, 8, 1, 20, 0, tzinfo=UTC)  # <published>, not <updated>
    assert first.url == "https://quaygazette.example/2025/08/01/skarn-automatic"
    assert "&lt;p&gt;" not in first.text and "<p>" not in first.text
    assert first.text.startswith("The lighthouse on Skarn Point was switched to automatic")
    assert second.published == datetime(2025, 8, 2, 9, 30, tzinfo=UTC)  # only <updated>
    assert second.authors == []
    assert "twelve crowns" in second.text


def test_a_teaser_entry_is_read_from_its_linked_page(server):
    link = server.add("/2025/09/12/night-buses", LINKED_PAGE)
    results = list(read_bytes(teaser_feed(link).encode(), "star.rss", "star.rss", LOCAL))
    assert len(results) == 1 and isinstance(results[0], Article), results
    article = results[0]
    assert server.requests == ["/2025/09/12/night-buses"]
    assert article.url == link
    assert article.title == "Night buses return to Velmora"
    assert article.outlet == "Velmora Evening Star"
    assert article.authors == ["Tove Arland"]
    assert article.published == datetime(2025, 9, 12, 18, 5, tzinfo=UTC)
    assert "twenty passengers a night" in article.text


def test_a_teaser_entry_links_to_a_loopback_page_refused_without_allow_private(server):
    link = server.add("/2025/09/12/night-buses", LINKED_PAGE)
    results = list(read_bytes(teaser_feed(link).encode(), "star.rss", "star.rss", ReadOptions()))
    assert len(results) == 1 and isinstance(results[0], IngestError)
    assert results[0].item == link
    assert "refusing private or loopback address 127.0.0.1" in results[0].reason
    assert server.requests == []


def test_a_teaser_entry_whose_page_is_missing_fails_alone(server):
    good = server.add("/good", LINKED_PAGE)
    missing = server.url("/gone")
    results = list(read_bytes(teaser_feed(missing, good).encode(), "star.rss", "star.rss", LOCAL))
    assert [type(r).__name__ for r in results] == ["IngestError", "Article"]
    assert (results[0].item, results[0].reason) == (missing, "HTTP 404 Not Found")


def test_a_brief_entry_whose_page_cannot_be_had_is_read_from_the_feed(server):
    brief = (
        "Night buses returned to the streets of Velmora on Friday after a gap of four years, with three routes "
        "linking the harbour, the university and the hospital until half past two in the morning, the transport "
        "office said."
    )
    missing = server.url("/gone")
    feed = teaser_feed(missing).replace("Three routes run until half past two.", brief)
    [article] = list(read_bytes(feed.encode(), "star.rss", "star.rss", LOCAL))
    assert isinstance(article, Article), article
    assert (article.url, article.text, article.outlet) == (missing, brief, "Velmora Evening Star")
    assert server.requests == ["/gone"]


def test_broken_entries_fail_alone():
    body = "<p>" + "The harbour board met again on Monday and agreed on a new schedule for the dredgers. " * 8 + "</p>"
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Gazette</title>
<item><title>No body, no link</title></item>
<item><title>Good</title><link>https://quaygazette.example/good</link><description><![CDATA[{body}]]></description></item>
<item><title>Too short</title><description>Two words</description></item>
</channel></rss>"""
    results = list(read_feed(feed, "gazette.rss"))
    assert [type(r).__name__ for r in results] == ["IngestError", "Article", "IngestError"]
    assert (results[0].item, results[0].reason) == ("gazette.rss#entry1", "entry has no content and no fetchable link")
    assert results[1].url == "https://quaygazette.example/good"
    assert results[2].item == "gazette.rss#entry3"


def test_a_truncated_feed_keeps_the_entries_before_the_cut():
    text = (FIXTURES / "velmora-times.rss").read_text(encoding="utf-8")
    cut = text[: text.index("<title>Velmora fish market")]
    results = list(read_feed(cut, "cut.rss"))
    assert isinstance(results[0], Article) and results[0].title == "Harbour pilots end two-day strike"


def test_a_feed_without_entries_is_an_error():
    results = list(read_feed('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>', "empty.rss"))
    assert len(results) == 1 and isinstance(results[0], IngestError)
    assert results[0].item == "empty.rss" and results[0].reason.startswith("not a readable feed")


@pytest.mark.parametrize(
    ("title", "link", "outlet"),
    [
        ("Coastline Wire — Africa", "https://coastlinewire.example/africa", "Coastline Wire"),
        ("World | The Quay Gazette", "https://www.quaygazette.example/world", "The Quay Gazette"),
        ("Velmora Post: World News", "https://velmorapost.example/", "Velmora Post"),
        # the domain's name opens the outlet's
        ("VBC News - World", "https://www.vbc.co.vl/news", "VBC News"),
        # a title no part of which the domain spells is the outlet's whole name
        ("Harbour Notes - Velmora", "https://notes.example/", "Harbour Notes - Velmora"),
        ("The Velmora Times", None, "The Velmora Times"),
    ],
)
def test_the_outlet_is_the_part_of_the_channels_title_its_domain_names(title: str, link: str | None, outlet: str):
    assert site_name(title, link) == outlet


def test_an_aggregator_s_entry_is_its_source_s_and_the_title_loses_the_source_s_name():
    body = (
        "Night buses returned to the streets of Velmora on Friday after a gap of four years, with three routes "
        "linking the harbour, the university and the hospital until half past two in the morning. The transport "
        "office said the buses would run as a trial until the end of the year."
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Top stories - Newsdesk Aggregator</title>'
        "<link>https://newsdeskaggregator.example/</link><item><title>Night buses return - Velmora Evening Star</title>"
        "<link>https://velmoraeveningstar.example/buses</link>"
        '<source url="https://velmoraeveningstar.example/rss">Velmora Evening Star</source>'
        f"<description>{body}</description><pubDate>Fri, 12 Sep 2025 20:05:00 +0200</pubDate></item>"
        "<item><title>Ferry fares rise</title><link>https://newsdeskaggregator.example/ferry</link>"
        f"<description>{body}</description></item></channel></rss>"
    )
    carried, own = list(read_feed(feed, "top.xml"))
    assert (carried.outlet, carried.title) == ("Velmora Evening Star", "Night buses return")
    assert (own.outlet, own.title) == ("Newsdesk Aggregator", "Ferry fares rise")
