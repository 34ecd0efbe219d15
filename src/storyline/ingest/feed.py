"""RSS and Atom feeds: each entry's content, or its linked page when the feed has a summary only."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import feedparser

from storyline.ingest.errors import IngestError
from storyline.ingest.html import read_html
from storyline.model import Article, outlet_from_url

SUMMARY_ONLY_WORDS = 80  # entries shorter than this are teasers: fetch the page if we may
# ... but one this long is a news brief when its page cannot be had: a teaser is a sentence or two
BRIEF_WORDS = 30
# RSS 2.0 <author> is an e-mail address, with the name in brackets when there is one
_EMAIL_AUTHOR = re.compile(r"^\s*\S+@\S+\s*(\((?P<name>[^)]+)\))?\s*$")


def _authors(entry: dict) -> list[str] | None:
    author = (entry.get("author") or "").strip()
    match = _EMAIL_AUTHOR.match(author)
    if match:
        author = (match.group("name") or "").strip()
    return [author] if author else None


# what parts a channel's title: "Coastline Wire — Africa", "Gulf Bulletin - World", "World | Quay Gazette"
_TITLE_PARTS = re.compile(r"\s+[-—–|·]\s+|\s*:\s+")


def site_name(title: str | None, link: str | None) -> str | None:
    """The outlet a channel's title names: of a title in parts ("Gulf Bulletin - World"), the part the site's
    domain spells ("gulfbulletin.example"), else the part that opens with the domain's name ("BBC News" of
    bbc.co.uk); the whole title when none does."""
    if not title:
        return None
    parts = _TITLE_PARTS.split(title.strip())
    host = outlet_from_url(link) or ""
    name = max(host.split(".")[:-1] or [""], key=len)  # "bbc" of bbc.co.uk, "quaygazette" of quaygazette.example

    def letters(part: str) -> str:
        return "".join(c for c in part.casefold().removeprefix("the ") if c.isalnum())

    spelled = [p for p in parts if len(letters(p)) > 2 and letters(p) in host.replace(".", "").replace("-", "")]
    opened = [p for p in parts if len(name) > 2 and letters(p).startswith(name.replace("-", ""))]
    return (spelled or opened or [title])[0].strip() if len(parts) > 1 else title.strip()


def looks_like_feed(text: str) -> bool:
    head = text[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(
    text: str, item: str, fetch_page: Callable[[str], Article] | None = None
) -> Iterator[Article | IngestError]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield IngestError(item, f"not a readable feed ({reason})")
        return
    first_link = next((link for entry in parsed.entries if (link := entry.get("link"))), None)
    site = site_name(parsed.feed.get("title"), parsed.feed.get("link") or first_link)
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{item}#entry{number}"
        link = entry.get("link")
        outlet = _source(entry) or site
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary")
        published = entry.get("published") or entry.get("updated")
        try:
            if (not body or len(body.split()) < SUMMARY_ONLY_WORDS) and link and fetch_page:
                try:
                    yield fetch_page(link)
                    continue
                except IngestError as failed:
                    # a brief, not a teaser: when its page cannot be had, the entry's own text
                    if not body or len(body.split()) < BRIEF_WORDS:
                        raise
                    try:
                        yield _entry_article(entry, body, where, link, outlet, published)
                    except IngestError:
                        raise failed from None
                    continue
            if not body:
                raise IngestError(where, "entry has no content and no fetchable link")
            yield _entry_article(entry, body, where, link, outlet, published)
        except IngestError as exc:
            yield exc


def _source(entry: dict) -> str | None:
    """The outlet an aggregator's entry names as its source (RSS 2.0 `<source>`): the aggregator only carries it."""
    source = entry.get("source") or {}
    return site_name(source.get("title"), source.get("href")) if source.get("title") else None


def _entry_article(
    entry: dict, body: str, where: str, link: str | None, outlet: str | None, published: str | None
) -> Article:
    title = entry.get("title")
    if title and outlet:
        title = re.sub(rf"\s+[-—–|]\s+{re.escape(outlet)}\s*$", "", title)  # "Quake hits Van - Quay Gazette"
    return read_html(
        f"<html><body><article>{body}</article></body></html>",
        where,
        url=link,
        title=title,
        outlet=outlet,
        published=published,
        authors=_authors(entry),
    )
