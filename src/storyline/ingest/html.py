"""HTML pages: trafilatura for the body and metadata, htmldate when no date is found."""

from __future__ import annotations

import re

import htmldate
import trafilatura
from lxml import html as lxml_html

from storyline.ingest.article import build_article
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


def _published_meta(tree: lxml_html.HtmlElement) -> str | None:
    """The publication time with its clock and zone, which trafilatura reduces to a day."""
    for name in _PUBLISHED_META:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    found = tree.xpath("//time[@datetime]/@datetime")
    return found[0] if found else None


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
    published = known.pop("published", None) or _published_meta(tree)
    if not published:
        published = doc.get("date") or htmldate.find_date(page, url=url, original_date=True)
    author = doc.get("author") or ""
    return build_article(
        item=item,
        text=doc["text"],
        raw=page,
        url=str(known.pop("url", None) or url or doc.get("url") or "") or None,
        title=known.pop("title", None) or doc.get("title"),
        outlet=known.pop("outlet", None) or doc.get("sitename") or None,
        authors=known.pop("authors", None) or [a for a in re.split(r";|,| and ", author) if a.strip()],
        published=published,
        language=known.pop("language", None) or tree.get("lang", "").split("-")[0] or None,
    )
