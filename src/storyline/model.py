"""The nouns of Storyline: plain dataclasses passed between stages.

Every annotation keeps its provenance: the article id and character offsets
into the article's clean text, so any fact can be traced to its sentence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)


def normalize_url(url: str) -> str:
    """Canonical form of a URL so trivial variants hash to the same article id."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)))
    path = re.sub(r"/+$", "", parts.path) or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def normalize_text(text: str) -> str:
    """Text reduced to lower-case words, for identity of content regardless of layout."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def article_id(url: str | None, text: str) -> str:
    """Stable id: hash of the normalized URL, or of the normalized text without one."""
    return _digest("url:" + normalize_url(url)) if url else _digest("text:" + normalize_text(text))


def content_hash(text: str) -> str:
    """Hash of the normalized clean text; a changed hash under the same id is a new revision."""
    return _digest(normalize_text(text))


@dataclass(frozen=True, slots=True)
class Removal:
    """Boilerplate cut from an article: kept to show what was cut, where, and why."""

    at: int  # offset in the clean text where the cut text stood
    text: str
    reason: str  # share, related, newsletter, cookie, caption, bio


@dataclass(slots=True)
class Article:
    """One news article as read from a source, with its boilerplate removed."""

    url: str | None
    title: str | None
    text: str
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    language: str | None = None
    source: str = ""  # where it was read from: a path, path#line, a URL, a WARC record
    raw: str = ""  # the input as read (HTML, JSON line, text), kept for re-extraction
    removed: list[Removal] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.url, self.text)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        data.pop("raw")
        data["words"] = self.words
        return data
