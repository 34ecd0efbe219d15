"""Turn what a reader found (text and metadata) into a clean Article."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import py3langid
from dateutil import parser as dateutil_parser
from ftfy import fix_encoding
from ftfy.badness import is_bad

from storyline.ingest.clean import byline_names, strip_boilerplate
from storyline.ingest.errors import IngestError
from storyline.model import Article, Removal, outlet_from_url

MIN_WORDS = 5
MAX_OUTLET = 200  # the store's column width
# publication years outside these are a template's placeholder ("0001-01-01T00:00:00Z"), not a date
PLAUSIBLE_YEARS = range(1800, 9000)
LANGUAGE_WORDS = 50  # from this many words the text tells its own language better than a page declares it
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
        # a US zone without its season ("8:20 AM ET"): standard time, an hour off in summer at most
        "ET": -5,
        "CT": -6,
        "MT": -7,
        "PT": -8,
    }.items()
}


# a time stamp standing where a headline should ("Posted: Nov 27, 2005 8:20 AM ET", "Friday, November 11, 2011")
_STAMP_LABEL = re.compile(r"\b(?:last\s+|first\s+)?(?:updated|posted|published|modified)(?:\s+(?:on|at))?\s*:?", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b")
_MONTHS = {name.lower() for names in (calendar.month_name, calendar.month_abbr) for name in names if name} | {"sept"}
_STAMP_WORDS = (
    _MONTHS
    | {name.lower() for names in (calendar.day_name, calendar.day_abbr) for name in names}
    | {zone.lower() for zone in _ZONES}
    | {"am", "pm", "a.m", "p.m", "at", "hrs", "st", "nd", "rd", "th"}
)


def time_stamp(line: str | None) -> datetime | None:
    """The time a line gives when it is nothing but a time stamp (its first, if it holds two), else None."""
    if not line or len(line) > 120:
        return None
    stamps = [part.strip(" |,-") for part in _STAMP_LABEL.split(line) if part.strip(" |,-")]
    words = [w.lower().rstrip(".") for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_])*\.?|\d+", " ".join(stamps))]
    first = stamps[0].lower() if stamps else ""
    month = any(w.rstrip(".") in _MONTHS for w in re.findall(r"[a-z]+", first))
    if not (_NUMERIC_DATE.search(first) or (month and _YEAR.search(first))):
        return None  # a stamp without its day and year ("Updated at 5 pm", "2019") cannot date the article
    if not all(w.isdigit() or w in _STAMP_WORDS for w in words):
        return None
    try:
        parsed = dateutil_parser.parse(stamps[0], tzinfos=_ZONES, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _stamped(removed: list[Removal]) -> datetime | None:
    """The time the page's own stamp lines give ("Published: April 10, 2007"), which were cut as furniture: its
    publication before its last update."""
    stamps = [r.text for r in removed if r.reason == "timestamp"]
    published = [text for text in stamps if not text.casefold().removeprefix("last ").startswith("updated")]
    return next((stamp for text in [*published, *stamps] if (stamp := time_stamp(text)) is not None), None)


def parse_datetime(value: object) -> datetime | None:
    """A timezone-aware datetime from an ISO string, RFC 822 string or datetime; UTC if naive; None for what is
    no date or a placeholder's (`PLAUSIBLE_YEARS`)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = dateutil_parser.parse(str(value), tzinfos=_ZONES)
        except (ValueError, OverflowError):
            return None
    if parsed.year not in PLAUSIBLE_YEARS:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def detect_language(text: str) -> str | None:
    if not text.strip():
        return None
    language, _ = py3langid.classify(text[:5000])
    return language


def _language(declared: str | None, text: str) -> str | None:
    """The text's own language once there is enough of it to tell; a declared one only below that. Pages
    declare what their template says: a German page marked "en", an English one marked "de"."""
    if len(text.split()) >= LANGUAGE_WORDS or not (code := _language_code(declared)):
        return detect_language(text)
    return code


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
    clean, removed = strip_boilerplate(_legible(text), authors or ())
    if not authors:  # the names of a byline the text opened with
        authors = [name for r in removed if r.reason == "byline" for name in byline_names(r.text)]
    if (words := len(clean.split())) < MIN_WORDS:
        if removed:  # say why, as a text of nothing but a style sheet or share buttons is not empty
            kinds = ", ".join(sorted({r.reason for r in removed}))
            raise IngestError(item, f"no article text left once page furniture was removed ({kinds})")
        if words:  # a line or two is a headline or a teaser, not an article
            raise IngestError(item, f"article text too short ({words} word{'s' * (words > 1)}; at least {MIN_WORDS})")
        raise IngestError(item, "no article text found")
    title = _legible(title).strip() or None
    published = published or _stamped(removed)
    stamp = time_stamp(title)
    if stamp is not None:  # a page's time stamp taken for its headline: it dates the article, it does not title it
        title, published = None, published or stamp
    first, _, rest = clean.partition("\n")
    stamp = time_stamp(first)
    if stamp is not None and len(rest.split()) >= MIN_WORDS:  # a stamp opening the body is page furniture too
        clean, published = rest.lstrip("\n"), published or stamp
    return Article(
        url=url or None,
        title=title,
        text=clean,
        outlet=(_no_nul(outlet).strip() or outlet_from_url(url) or "")[:MAX_OUTLET] or None,
        authors=[_legible(a).strip() for a in authors or [] if a and a.strip()],
        published=parse_datetime(published),
        language=_language(language, clean),
        source=item,
        raw=_no_nul(raw),
        removed=removed,
    )


def _no_nul(value: str | None) -> str:
    """Text without NUL characters, which PostgreSQL cannot store in a text column."""
    return (value or "").replace("\x00", "")


def _legible(value: str | None) -> str:
    """Text as its author wrote it: no NUL, composed characters (NFC: one "é", not "e" and an accent), and mojibake
    undone ("GuantÃ¡namo", UTF-8 read as Windows-1252 somewhere upstream, is "Guantánamo" again, a name the
    gazetteer and the parser know; composing first lets it be seen in text decomposed after the damage). The raw
    input is kept."""
    text = unicodedata.normalize("NFC", _no_nul(value))
    return fix_encoding(text) if is_bad(text) else text


def _language_code(value: str | None) -> str | None:
    """The primary subtag of a language tag ("en-GB" -> "en"); None for anything else, to be detected."""
    match = _LANGUAGE_TAG.match((value or "").strip())
    return match.group(1).lower() if match else None
