"""Turn what a reader found (text and metadata) into a clean Article."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import py3langid
from dateutil import parser as dateutil_parser

from storyline.ingest.clean import strip_boilerplate
from storyline.ingest.errors import IngestError
from storyline.model import Article, outlet_from_url

MIN_WORDS = 5
MAX_OUTLET = 200  # the store's column width
_LANGUAGE_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*$")
# zone abbreviations seen in feeds and bylines, which dateutil does not resolve by itself
_ZONES = {
    name: timezone(timedelta(hours=hours))
    for name, hours in {
        "UTC": 0,
        "GMT": 0,
        "Z": 0,
        "BST": 1,
        "CET": 1,
        "CEST": 2,
        "EET": 2,
        "EEST": 3,
        "EAT": 3,
        "IST": 5.5,
        "EST": -5,
        "EDT": -4,
        "CST": -6,
        "CDT": -5,
        "MST": -7,
        "MDT": -6,
        "PST": -8,
        "PDT": -7,
    }.items()
}


def parse_datetime(value: object) -> datetime | None:
    """A timezone-aware datetime from an ISO string, RFC 822 string or datetime; UTC if naive."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = dateutil_parser.parse(str(value), tzinfos=_ZONES)
        except (ValueError, OverflowError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def detect_language(text: str) -> str | None:
    if not text.strip():
        return None
    language, _ = py3langid.classify(text[:5000])
    return language


def build_article(
    *,
    item: str,
    text: str,
    raw: str,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    authors: list[str] | None = None,
    published: object = None,
    language: str | None = None,
) -> Article:
    """Clean the body, fill in what metadata can be inferred, and refuse empty articles."""
    clean, removed = strip_boilerplate(_no_nul(text), authors or ())
    if len(clean.split()) < MIN_WORDS:
        raise IngestError(item, "no article text found")
    title = _no_nul(title).strip() or None
    return Article(
        url=url or None,
        title=title,
        text=clean,
        outlet=(_no_nul(outlet).strip() or outlet_from_url(url) or "")[:MAX_OUTLET] or None,
        authors=[_no_nul(a).strip() for a in authors or [] if a and a.strip()],
        published=parse_datetime(published),
        language=_language_code(language) or detect_language(clean),
        source=item,
        raw=_no_nul(raw),
        removed=removed,
    )


def _no_nul(value: str | None) -> str:
    """Text without NUL characters, which PostgreSQL cannot store in a text column."""
    return (value or "").replace("\x00", "")


def _language_code(value: str | None) -> str | None:
    """The primary subtag of a language tag ("en-GB" -> "en"); None for anything else, to be detected."""
    match = _LANGUAGE_TAG.match((value or "").strip())
    return match.group(1).lower() if match else None
