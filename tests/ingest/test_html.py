"""HTML reader: trafilatura's body and metadata, the page's own publication time, the language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.html import read_html
from storyline.ingest.sources import read_path
from storyline.model import Article, article_id

FIXTURES = Path(__file__).parents[1] / "fixtures"
BODY = (
    "<p>The harbour board of Velmora agreed on Thursday to dredge the old fishing basin for the first time "
    "in thirty years, after two trawlers ran aground there in the spring.</p>"
    "<p>Work will begin in October and take about six weeks, the board's chair, Halvard Noor, told reporters.</p>"
)


def page(head: str = "", body: str = BODY, html_attrs: str = "") -> str:
    return f"<!DOCTYPE html><html{html_attrs}><head>{head}</head><body><article>{body}</article></body></html>"


def test_page_body_and_metadata():
    path = FIXTURES / "lantern-ferry.html"
    results = list(read_path(str(path), ReadOptions()))
    assert len(results) == 1 and isinstance(results[0], Article), results
    article = results[0]
    assert article.title == "Ferry service to Corran Isle resumes after storm repairs"
    assert article.outlet == "The Lantern Post"  # og:site_name
    assert article.authors == ["Maren Holt"]
    # the full time with its zone from article:published_time, not only the day
    assert article.published == datetime(2025, 6, 14, 7, 30, tzinfo=UTC)
    assert article.published.utcoffset() == timedelta(hours=2)
    assert article.url == "https://lanternpost.example/news/2025/06/14/corran-ferry-resumes"  # canonical
    assert article.id == article_id(article.url, "")
    assert article.language == "en"  # from <html lang="en-GB">
    assert "first passengers in nine days" in article.text
    assert "cost the council about forty thousand crowns" in article.text
    # page furniture: navigation, cookie banner, footer, share line, related, newsletter, bio
    for furniture in (
        "Home",
        "We use cookies",
        "All rights reserved",
        "Share this",
        "Related:",
        "newsletter",
        "staff reporter",
    ):
        assert furniture not in article.text, furniture
    # prose that starts with "Share" is kept
    assert "Share prices of the ferry operator" in article.text
    assert {r.reason for r in article.removed} >= {"share", "related", "newsletter", "bio"}
    assert article.raw == path.read_text(encoding="utf-8")


def test_outlet_falls_back_to_the_domain_and_language_is_detected():
    head = '<link rel="canonical" href="https://www.quaygazette.example/harbour/dredging">'
    article = read_html(page(head), "dredging.html")
    assert article.url == "https://www.quaygazette.example/harbour/dredging"
    assert article.outlet == "quaygazette.example"  # no site name: the domain, without "www."
    assert article.language == "en"


def test_url_given_by_the_caller_wins_and_gives_the_outlet_domain():
    article = read_html(page(), "x", url="https://news.velmora.example/a/1")
    assert article.url == "https://news.velmora.example/a/1"
    assert article.outlet == "news.velmora.example"


def test_published_from_time_element_and_from_htmldate():
    timed = page(body=BODY + '<p>Posted <time datetime="2025-03-04T18:00:00-05:00">4 March</time></p>')
    assert read_html(timed, "t").published == datetime(2025, 3, 4, 23, 0, tzinfo=UTC)
    dated = page(head='<meta name="date" content="2024-11-20">')
    assert read_html(dated, "d").published == datetime(2024, 11, 20, tzinfo=UTC)
    undated = page(body="<p>Published 2023-09-15</p>" + BODY)
    published = read_html(undated, "u").published
    assert published is not None and published.date().isoformat() == "2023-09-15"
    assert published.tzinfo is not None


def test_published_time_and_url_from_the_pages_json_ld():
    linked = (
        '<script type="application/ld+json">{not json}</script>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Quay Gazette"},'
        '{"@type": "NewsArticle", "headline": "Dredging agreed", "datePublished": "2025-05-08T09:05:00+03:00",'
        ' "mainEntityOfPage": {"@id": "https://quaygazette.example/harbour/dredging"}}]}</script>'
    )
    article = read_html(page(head=linked), "dredging.html")
    # the clock and zone, which the day trafilatura finds would lose
    assert article.published == datetime(2025, 5, 8, 6, 5, tzinfo=UTC)
    assert article.url == "https://quaygazette.example/harbour/dredging"
    # the meta tag, where a page has both, wins
    both = page(head=linked + '<meta property="article:published_time" content="2025-05-08T10:00:00+00:00">')
    assert read_html(both, "both.html").published == datetime(2025, 5, 8, 10, tzinfo=UTC)
    # a template's placeholder is no date: the next the page gives stands
    placeholder = linked.replace("2025-05-08T09:05:00+03:00", "0001-01-01T00:00:00Z")
    timed = page(head=placeholder, body=BODY + '<p><time datetime="2025-05-08T07:00:00Z">8 May</time></p>')
    assert read_html(timed, "timed.html").published == datetime(2025, 5, 8, 7, tzinfo=UTC)
    # JSON nested deeper than the parser goes is skipped like broken JSON, and the page is still read
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    assert read_html(page(head=deep + linked), "deep.html").published == datetime(2025, 5, 8, 6, 5, tzinfo=UTC)


def test_metadata_known_from_the_feed_or_json_line_wins():
    head = (
        '<meta property="og:site_name" content="Page Name">'
        '<meta property="article:published_time" content="2025-01-01T00:00:00Z">'
    )
    article = read_html(
        page(head),
        "x",
        url="https://feed.example/item",
        title="Feed title",
        outlet="Feed Outlet",
        published="2025-02-02T10:00:00+00:00",
        authors=["Feed Author"],
        language="xx",
    )
    assert (article.title, article.outlet, article.authors, article.language) == (
        "Feed title",
        "Feed Outlet",
        ["Feed Author"],
        "xx",
    )
    assert article.published == datetime(2025, 2, 2, 10, tzinfo=UTC)


def test_xhtml_with_an_xml_declaration_is_read():
    xhtml = (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Dredging</title>'
        '<meta property="og:site_name" content="The Quay Gazette"/></head>'
        f"<body><article>{BODY}</article></body></html>"
    )
    article = read_html(xhtml, "page.xhtml")
    assert article.outlet == "The Quay Gazette"
    assert article.language == "en"
    assert "dredge the old fishing basin" in article.text


def test_broken_markup_with_text_is_recovered():
    broken = "<html><body><div><p>The harbour board of Velmora met on <b>Tuesday and <i>agreed to raise fees again"
    article = read_html(broken, "broken.html")
    assert article.text == "The harbour board of Velmora met on Tuesday and agreed to raise fees again"


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("<<<>>><</>", "not an HTML page (no html, body or paragraph element)"),
        ("<html><head><title>x</title></head><body><div></div></body></html>", "no article text found in the HTML"),
        ("<html><body><!-- unterminated comment <p>" + "word " * 40, "no article text found in the HTML"),
    ],
)
def test_pages_without_an_article_are_refused(markup: str, reason: str):
    with pytest.raises(IngestError) as caught:
        read_html(markup, "bad.html")
    assert (caught.value.item, caught.value.reason) == ("bad.html", reason)


GERMAN = (
    "<p>Der Hafenrat von Velmora hat am Donnerstag beschlossen, das alte Fischerbecken zum ersten Mal seit dreißig "
    "Jahren auszubaggern, nachdem im Frühjahr zwei Trawler dort auf Grund gelaufen waren.</p>"
    "<p>Die Arbeiten sollen im Oktober beginnen und etwa sechs Wochen dauern, sagte die Vorsitzende des Rates, "
    "Halvard Noor, vor Journalisten. Die Fischer der Stadt begrüßten die Entscheidung, warnten aber vor höheren "
    "Gebühren, die der Rat schon im letzten Jahr erhöht hatte.</p>"
)


def test_the_text_s_own_language_wins_over_the_page_s_declared_one():
    """Pages declare what their template says; from a paragraph or two the text tells its own language."""
    assert len(GERMAN.split()) > 50
    assert read_html(page(body=GERMAN, html_attrs=' lang="en"'), "de.html").language == "de"
    long_english = BODY + BODY.replace("Thursday", "Friday") + BODY.replace("October", "November")
    assert read_html(page(body=long_english, html_attrs=' lang="de"'), "en.html").language == "en"
    assert read_html(page(html_attrs=' lang="de"'), "short.html").language == "de"  # too little text to tell
