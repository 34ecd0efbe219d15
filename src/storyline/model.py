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


def figure(value: float | None) -> str:
    """A figure as a reader writes it: 1,000,000 rather than 1e+06, 2.5 as it is; "" for none."""
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True, slots=True)
class Removal:
    """Boilerplate cut from an article: kept to show what was cut, where, and why."""

    at: int  # offset in the clean text where the cut text stood
    text: str
    # share, code (a stray style sheet or script line), social, related, newsletter, cookie, correction (a
    # notice about the article itself), copyright, pullquote (a quotation the text gives in full elsewhere),
    # caption, byline, bio, card (a hover card inside a paragraph)
    reason: str


def outlet_from_url(url: str | None) -> str | None:
    """The site's domain when no site name is known."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host or None


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

    @property
    def label(self) -> str:
        """The outlet, or, when no outlet is known, where the article was read from (a file's name, a URL's
        host): what a reader recognizes, where an id would mean nothing to them."""
        if self.outlet:
            return self.outlet
        where = self.url or self.source
        if "://" in where:
            return outlet_from_url(where) or where
        name = where.split("#")[0].rstrip("/").rsplit("/", 1)[-1]
        return name or self.id

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        data.pop("raw")
        data["words"] = self.words
        return data


# --- annotations: what the extraction stage finds in an article's clean text ---------------


@dataclass(slots=True)
class TextSpan:
    """A stretch of an article's clean text: [start, end) character offsets and the text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Place:
    """A place; precision says how exact the point is. A region may have no point, and a place no gazetteer here
    knows ("the town of Kesto") has none, and a country only when the text gives one."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    precision: str  # city | region | country | continent | sea
    geonameid: int | None = None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str  # entity type after correction: PERSON ORG GPE LOC NORP FAC


@dataclass(slots=True)
class Entity:
    """Mentions of one thing within an article, with a canonical name."""

    id: str  # within the article: "e1", "e2", ...
    name: str  # canonical: the fullest form, accents kept ("Miguel Díaz-Canel")
    type: str  # PERSON ORG GPE LOC NORP FAC; NORP mapped to a country becomes GPE-linked
    key: str  # cross-article link: "<TYPE>:<accent-folded lower-case name>"
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None  # for GPE/LOC/FAC and demonyms
    country: str | None = None  # ISO alpha-2 the entity belongs to (demonym or place)


@dataclass(slots=True)
class TimeExpr:
    """A date or time expression resolved against the publication date when possible."""

    start: int
    end: int
    text: str
    label: str  # DATE | TIME
    value: str | None  # ISO date ("2026-01-05"), month ("2019-08"), year, or None
    end_value: str | None = None  # last day of an interval ("2026-01-06"), else None
    granularity: str | None = None  # time | day | days | week | month | year | decade | century
    # the word it dates, as a lemma: "trap" of "were trapped on Monday night", "dig" of "were digging on Tuesday"
    dates: str | None = None


def ends_before(end: str, day: str) -> bool:
    """A time ending at `end` (an ISO day, month or year) is over before `day` begins: "2031-05" is before
    "2031-06-09", "2031-06" is not."""
    return end < day[: len(end)]


@dataclass(slots=True)
class Quantity:
    """A number with what it counts and the role it plays."""

    start: int
    end: int
    text: str  # the number phrase: "more than 30", "thirty-two", "dozens"
    value: float | None  # best value (ACLED: dozens = 12, hundreds = 100)
    low: float | None
    high: float | None
    counted: TextSpan | None  # what it counts: "Cuban nationals"
    kind: str  # count | duration | money | percent | age | ordinal | other
    role: str  # killed | injured | arrested | missing | displaced | other
    part: bool = False  # a part of a total, not a total: "three more", "six of them", "the dead include eight"
    # its clause dates it long before the article ("attacks that killed 130 in November"), or counts over a period
    # since then ("22 candidates have been killed since the start of the campaign")
    earlier: bool = False
    # the end of the time its own clause names (ISO, as fine as that time): "an air strike last week that killed
    # three children" is that week's last day
    dated: str | None = None
    # what the figure measures, when the text names it so that outlets can be compared: "turnout" of "Turnout was
    # 64%", "magnitude" of "a magnitude 5.9 quake"
    measure: str | None = None

    def total(self, role: str, since: str | None = None) -> bool:
        """A whole count in this role ("32 killed"), not a part of one ("three more") nor an earlier event's: what
        tolls are made of. `since` is the day of the happening whose toll is sought: a figure its clause dates
        before that day is another happening's ("revenge for an air strike last week that killed three")."""
        ok = self.kind == "count" and self.value is not None and not self.part
        return self.role == role and ok and not self.before(since)

    def before(self, since: str | None = None) -> bool:
        """Its clause dates it long before the article, or before the day `since` of the happening sought."""
        return self.earlier or (since is not None and self.dated is not None and ends_before(self.dated, since))


@dataclass(slots=True)
class Attribution:
    """Who said what: source, cue and content spans."""

    kind: str  # direct | indirect | according_to | post (a social network's post the page embeds)
    source: TextSpan | None
    cue: TextSpan | None
    content: TextSpan
    speaker: str | None  # resolved canonical name ("Jorge Jraissati") or the phrase ("officials")
    entity: str | None = None  # entity id when resolved
    # what a relative pronoun opening the content stands for: "32 of its nationals" of "who were described …"
    refers: TextSpan | None = None


@dataclass(slots=True)
class Claim:
    """A sentence that asserts something checkable, with its normalized slots."""

    start: int
    end: int
    text: str
    speaker: str | None  # None: the outlet's own voice
    attribution: int | None  # index into Annotations.attributions
    hedges: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # entity ids
    quantities: list[int] = field(default_factory=list)  # indexes into Annotations.quantities
    # indexes into Annotations.times: those that date what it tells, not a yardstick ("the worst since 2019")
    times: list[int] = field(default_factory=list)
    when: int | None = None  # the index of the time that dates what it tells (on its main verb), when one does
    places: list[str] = field(default_factory=list)  # entity ids of places
    background: bool = False  # narrates the past ("killed 31,000 in Bam in 2003"), not the article's news


@dataclass(slots=True)
class Actor:
    name: str
    country: str | None
    kind: str  # state_forces | rebels | political_militia | identity_militia | rioters |
    # protesters | civilians | external_forces | government | other


@dataclass(slots=True)
class Event:
    """An event in ACLED's vocabulary (plus CASE 2021's extra classes)."""

    event_type: str
    sub_event_type: str
    actor1: Actor | None
    actor2: Actor | None
    location: Place | None
    date: str | None
    date_end: str | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    claims: list[int] = field(default_factory=list)  # indexes into Annotations.claims
    # the text names its day; else the day is the one it was told of, or the day the article speaks from
    dated: bool = True
    background: bool = False  # narrates the past, or no event of the article's lead: not its news
    confidence: float = 0.0


@dataclass(slots=True)
class Naming:
    """A noun phrase that names a happening ("peaceful demonstration") or its doers ("armed bandits"): where an
    outlet's choice of words shows."""

    start: int
    end: int
    noun: str  # the noun, lowercased and singular: "protest" for "Protests", "gunman" for "gunmen"
    title: bool = False  # offsets into the headline, not the text


@dataclass(slots=True)
class Annotations:
    """Everything extraction stored for one revision of an article."""

    article_id: str
    content_hash: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)  # headings and captions
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    namings: list[Naming] = field(default_factory=list)

    @property
    def main_event(self) -> Event | None:
        """The event the article reports (events are stored main first), unless all it tells is background."""
        return next((e for e in self.events if not e.background), None)


# --- the dossier: what the comparison stage tells the reader about one story -------------


@dataclass(slots=True)
class FactSource:
    """One sentence supporting a fact, with the way back to it."""

    article: str
    outlet: str | None
    published: str | None
    start: int
    end: int
    text: str
    attributed_to: str | None  # None: the outlet's own voice
    hedges: list[str] = field(default_factory=list)
    value: float | None = None  # the figure this sentence gives, for slot facts


@dataclass(slots=True)
class FactGroup:
    """Claims of several articles that state the same proposition, or give the same figure."""

    text: str  # representative wording
    status: str  # corroborated | single_source | conflicting | updated
    independent_sources: int
    sources: list[FactSource]
    # for figures: killed | injured | arrested | missing | displaced, or what else they measure ("turnout")
    slot: str | None = None
    side: str | None = None  # for figures of one side: "forces" (police, soldiers), "armed" (militants); None: any
    values: list[float] = field(default_factory=list)  # distinct figures, in order of first report
    sequence: list[dict[str, Any]] = field(default_factory=list)  # updates: value, outlet, published
    attributed_to: list[str] = field(default_factory=list)  # speakers; empty: outlets' own voice
    hedged: bool = False
    disputed_by: list[str] = field(default_factory=list)  # parties that deny a report of it ("the army")


@dataclass(slots=True)
class Fatalities:
    low: int | None
    best: int | None
    high: int | None
    note: str = ""
    updated: bool = False  # the figures are one count (revised over time, or told at differing precision), not rival
    # counts: the latest stands


@dataclass(slots=True)
class StoryEvent:
    """The reconciled record of a story's main event, in ACLED's fields."""

    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None  # day | month | year, as a report names it; reported: the day it was told of
    location: Place | None
    actors: list[Actor]
    fatalities: Fatalities
    sources: int  # independent sources reporting the event
    articles: list[str] = field(default_factory=list)
    note: str = ""


@dataclass(slots=True)
class Statement:
    article: str
    outlet: str | None
    kind: str
    cue: str | None
    content: str
    start: int
    end: int
    cue_start: int | None = None  # where the cue stands: a passive's words come before it
    also: list[str] = field(default_factory=list)  # other outlets carrying the same words (syndicated copies)


@dataclass(slots=True)
class Voice:
    """Everything one speaker is reported to have said, across outlets."""

    speaker: str
    entity_key: str | None
    outlets: list[str]
    statements: list[Statement]


@dataclass(slots=True)
class FramingTerm:
    """How one outlet names the story's referent, in its own voice or only in quotes."""

    referent: str  # the noun that names the happening or its doers: "operation", "protest", "gunman", ...
    outlet: str
    term: str
    count: int
    voice: str  # own | quoted
    loaded: bool


@dataclass(slots=True)
class TimelineEntry:
    date: str
    kind: str  # happened | expected (a day after the article's publication) | published
    text: str
    article: str
    outlet: str | None
    date_end: str | None = None


@dataclass(slots=True)
class DossierArticle:
    id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    syndication_group: str | None
    source: str  # independent-source key: articles sharing it count once
    language: str | None = None


@dataclass(slots=True)
class DossierAttribution:
    """One who-said-what row: a flat view of the voices for tools that want a table."""

    speaker: str
    cue: str | None
    content: str
    article: str
    outlet: str | None
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class Dossier:
    """Everything Storyline tells a reader about one story."""

    id: str
    title: str
    independent_sources: int
    articles: list[DossierArticle]
    facts: list[FactGroup]
    events: list[StoryEvent]
    voices: list[Voice]
    framing: list[FramingTerm]
    timeline: list[TimelineEntry]
    attributions: list[DossierAttribution] = field(default_factory=list)


@dataclass(slots=True)
class DossierDocument:
    """The JSON document `storyline dossier --format json` prints (schema: docs/dossier.schema.json)."""

    stories: list[Dossier]
