"""HTML pages: trafilatura for the body and metadata, htmldate when no date is found."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from typing import Any

import htmldate
import trafilatura
from lxml import html as lxml_html

from storyline.ingest.article import build_article, parse_datetime
from storyline.ingest.errors import IngestError
from storyline.model import Article

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publish-date",
    "dc.date.issued",
    "date",
)


def _linked_data(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    """The schema.org objects of the page's JSON-LD scripts, nested ones (`@graph`, lists) included, in order; a
    script that is no valid JSON, or nests deeper than the parser goes, is skipped, as browsers do."""
    queue: deque[Any] = deque()
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            queue.append(json.loads(script))
        except (ValueError, RecursionError):
            continue
    while queue:
        node = queue.popleft()
        if isinstance(node, list):
            queue.extend(node)
        elif isinstance(node, dict):
            yield node
            queue.extend(v for k, v in node.items() if k == "@graph")


def _article_data(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The page's JSON-LD article (NewsArticle, Article, ReportageNewsArticle…): the first object with a
    publication date."""
    return next((node for node in _linked_data(tree) if isinstance(node.get("datePublished"), str)), {})


def _published_meta(tree: lxml_html.HtmlElement, linked: dict[str, Any]) -> str | None:
    """The publication time with its clock and zone, which trafilatura reduces to a day: from the meta tags, else
    the JSON-LD article, else a `<time>` element; a placeholder ("0001-01-01") is none."""
    metas = (
        found[0]
        for name in _PUBLISHED_META
        for attr in ("property", "name", "itemprop")
        if (found := tree.xpath(f'//meta[@{attr}="{name}"]/@content'))
    )
    times = tree.xpath("//time[@datetime]/@datetime")[:1]
    candidates = (str(c).strip() for c in (*metas, linked.get("datePublished"), *times) if c)
    return next((c for c in candidates if parse_datetime(c) is not None), None)


def _linked_url(linked: dict[str, Any]) -> str | None:
    """The JSON-LD article's own address: its `url`, else the page it is the main entity of."""
    page = linked.get("mainEntityOfPage")
    for url in (linked.get("url"), page.get("@id") if isinstance(page, dict) else page):
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            return url
    return None


def extract_body(page: str, url: str | None = None) -> str:
    """The article body as plain text, as trafilatura extracts it (used by the evaluation too)."""
    return trafilatura.extract(page, url=url, include_comments=False, include_tables=True) or ""


def read_html(page: str, item: str, url: str | None = None, **known: object) -> Article:
    """Read one HTML page; `known` metadata (from a feed or JSON line) wins over the page's."""
    if not re.search(r"<\s*(html|body|p|div|article)\b", page[:20000], re.I):
        raise IngestError(item, "not an HTML page (no html, body or paragraph element)")
    try:
        extracted = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False)
        doc = extracted.as_dict() if extracted is not None else None
        # lxml refuses a str that keeps its XML declaration (<?xml ... encoding=...?>, as XHTML pages have)
        tree = lxml_html.fromstring(_XML_DECLARATION.sub("", page, count=1))
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise IngestError(item, f"malformed HTML ({exc.__class__.__name__}: {exc})") from exc
    if not doc or not (doc.get("text") or "").strip():
        raise IngestError(item, "no article text found in the HTML")
    linked = _article_data(tree)
    published = known.pop("published", None) or _published_meta(tree, linked)
    if not published:
        published = doc.get("date") or htmldate.find_date(page, url=url, original_date=True)
    author = doc.get("author") or ""
    return build_article(
        item=item,
        text=doc["text"],
        raw=page,
        url=str(known.pop("url", None) or url or doc.get("url") or _linked_url(linked) or "") or None,
        title=known.pop("title", None) or doc.get("title"),
        outlet=known.pop("outlet", None) or doc.get("sitename") or None,
        authors=known.pop("authors", None) or [a for a in re.split(r";|,| and ", author) if a.strip()],
        published=published,
        language=known.pop("language", None) or tree.get("lang", "").split("-")[0] or None,
    )
