"""Plain-text articles, with an optional front-matter header of `key: value` lines."""

from __future__ import annotations

import re

from storyline.ingest.article import build_article, time_stamp
from storyline.ingest.clean import byline_names
from storyline.model import Article

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
# the same header without its rules, as mail and many scrapers write one: two or more lines of the keys read below,
# then a blank line ("Title: …", "Outlet: …", "Published: …")
_BARE_HEADER = re.compile(
    r"\A((?:(?:title|outlet|site|url|published|date|author|language)[ \t]*:[^\n]*\n){2,})[ \t]*\n", re.I
)
_SHARE_SITE = re.compile(r"^share this @([\w.-]+\.[a-z]{2,})\s*$", re.I | re.M)


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a header of `key: value` lines from the body: `---` delimited, or known keys up to a blank line."""
    match = _FRONT_MATTER.match(text) or _BARE_HEADER.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip()
    return meta, text[match.end() :]


def read_text(text: str, item: str) -> Article:
    meta, body = parse_front_matter(text)
    title = meta.get("title")
    published = meta.get("published") or meta.get("date")
    if not title:
        # no header: a time stamp on the first line dates the article, then the first line is the title unless
        # it is page furniture
        first, _, rest = body.strip().partition("\n")
        stamp = time_stamp(first)
        if stamp is not None:
            published = published or stamp
            first, _, rest = rest.strip().partition("\n")
        headline = not first.rstrip().endswith((".", "”", '"')) and not _SHARE_SITE.match(first)
        if len(first) <= 200 and headline and not byline_names(first):
            title, body = first.strip(), rest
    site = _SHARE_SITE.search(text)
    return build_article(
        item=item,
        text=body,
        raw=text,
        url=meta.get("url"),
        title=title,
        outlet=meta.get("outlet") or meta.get("site") or (site.group(1).lower() if site else None),
        authors=[a for a in re.split(r",| and ", meta.get("author", "")) if a.strip()],
        published=published,
        language=meta.get("language"),
    )
