"""What story clustering reads of one article: computed once from its text and stored annotations.

Features are plain data, small enough to keep for every stored article and to rebuild the
clustering state from (the store keeps them as JSON next to the MinHash signature).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from storyline.model import Annotations, Article, Entity
from storyline.stories.syndication import signature
from storyline.stories.text import fold, term_vector

ENTITY_TYPES = {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"}
PLACE_PRECISIONS = {"city", "region", "country", "continent", "sea"}
SURNAME_TYPES = {"PERSON"}
GENERATIONS = {"sr", "jr", "ii", "iii", "iv"}
MAX_ENTITIES = 40
EVENT_CONFIDENCE = 1.0  # below this the classifier guesses (off its domain: celebrity deaths, software flaws)
DATE_HORIZON = 45  # resolved dates further than this from publication narrate background, not the story
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
EMBEDDED_CHARS = 400  # the headline and this much of the lead are embedded (~120 word pieces): who, what, where


@dataclass(slots=True)
class PlaceRef:
    key: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str
    weight: float


@dataclass(slots=True)
class ArticleFeatures:
    id: str
    title: str | None
    published: int | None  # day ordinal of publication
    terms: dict[int, float]  # hashed term -> sublinear tf
    entities: dict[str, tuple[str, float]] = field(default_factory=dict)  # key -> (name, weight)
    places: list[PlaceRef] = field(default_factory=list)  # strongest first
    event: str | None = None  # main event sub-type ("Violent demonstration"), None without one
    event_day: int | None = None  # day ordinal of the main event when resolved
    days: tuple[int, int] | None = None  # first and last day the article's resolved dates name
    year: int | None = None  # publication year, else the latest year the text names (written no earlier)
    toll: int | None = None  # the largest number of dead the article reports
    victims: list[str] = field(default_factory=list)  # surname keys of the people it names as killed
    signature: np.ndarray | None = None  # MinHash of the text's 5-shingles
    embedding: np.ndarray | None = None  # unit sentence embedding of headline and lead (float32), None without one

    @property
    def anchor(self) -> int | None:
        """The day this article is about: its main event's date, else its publication day."""
        return self.event_day if self.event_day is not None else self.published

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "published": self.published,
            "terms": [[t, round(w, 3)] for t, w in self.terms.items()],
            "entities": [[k, n, round(w, 3)] for k, (n, w) in self.entities.items()],
            "places": [[p.key, p.name, p.country, p.lat, p.lon, p.precision, round(p.weight, 3)] for p in self.places],
            "event": self.event,
            "event_day": self.event_day,
            "days": list(self.days) if self.days else None,
            "year": self.year,
            "toll": self.toll,
            "victims": self.victims,
        }

    @classmethod
    def from_json(cls, article_id: str, data: dict[str, Any], sig: bytes | None = None) -> ArticleFeatures:
        return cls(
            id=article_id,
            title=data.get("title"),
            published=data.get("published"),
            terms={int(t): float(w) for t, w in data.get("terms", [])},
            entities={k: (n, float(w)) for k, n, w in data.get("entities", [])},
            places=[PlaceRef(*p) for p in data.get("places", [])],
            event=data.get("event"),
            event_day=data.get("event_day"),
            days=tuple(data["days"]) if data.get("days") else None,
            year=data.get("year"),
            toll=data.get("toll"),
            victims=data.get("victims", []),
            signature=np.frombuffer(sig, dtype=np.uint32).copy() if sig else None,
        )

    def signature_bytes(self) -> bytes | None:
        return self.signature.astype(np.uint32).tobytes() if self.signature is not None else None

    def embedding_bytes(self) -> bytes | None:
        """Stored as float16: half the bytes, and cosines change in the fourth decimal."""
        return self.embedding.astype(np.float16).tobytes() if self.embedding is not None else None

    @staticmethod
    def embedding_from(data: bytes | None) -> np.ndarray | None:
        return np.frombuffer(data, dtype=np.float16).astype(np.float32) if data else None


def embedded_text(article: Article) -> str:
    """What is embedded of an article: its headline and the start of its lead, cut at a word."""
    lead = article.text[:EMBEDDED_CHARS]
    if len(article.text) > EMBEDDED_CHARS:
        lead = lead.rsplit(" ", 1)[0]
    return f"{article.title}. {lead}" if article.title else lead


def embed_features(items: list[ArticleFeatures], articles: list[Article]) -> None:
    """Give each of `items` without a vector the sentence embedding of its article, in one batch."""
    todo = [(f, a) for f, a in zip(items, articles, strict=True) if f.embedding is None]
    if not todo:
        return
    from storyline.embeddings import embed  # torch loads only when something is embedded

    vectors = embed([embedded_text(a) for _, a in todo])
    for (f, _), vector in zip(todo, vectors, strict=True):
        f.embedding = vector.astype(np.float16).astype(np.float32)  # as stored: a reload scores the same


def _utc_day(value: datetime | None) -> int | None:
    """The UTC day of a time (as the store keeps it), so a rebuild from the store sees the same day."""
    if value is None:
        return None
    return (value.astimezone(UTC) if value.tzinfo else value).date().toordinal()


def _day(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _place_key(place: Any) -> str:
    if place.geonameid:
        return f"geo:{place.geonameid}"
    return f"place:{place.country or ''}:{place.name.casefold()}"


def name_key(name: str) -> str:
    """A name as the entity keys spell it: folded, without its type."""
    return fold(name).strip()


def _entity_keys(entity: Entity) -> list[tuple[str, float]]:
    """Keys an entity is matched on across articles, with their share of its weight.

    The name without its type: the small model calls one name PERSON here and ORG there.
    A person's last name counts too, at half weight: later mentions shorten "Bettie Page" to
    "Page", and articles differ in which form they take as canonical.
    """
    name = name_key(entity.name)
    keys = [(name, 1.0)]
    if entity.type in SURNAME_TYPES and (surname := _surname(name)) != name and len(surname) > 2:
        keys.append((surname, 0.5))
    return keys


def _surname(name: str) -> str:
    """The last word of a folded name, before a generation ("W. Mark Felt Sr." is "felt")."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".") in GENERATIONS:
        words.pop()
    return words[-1] if words else name


def features(article: Article, annotations: Annotations | None) -> ArticleFeatures:
    """The features of an article from its clean text and (when present) its annotations."""
    published = _utc_day(article.published)
    found = ArticleFeatures(
        id=article.id,
        title=article.title,
        published=published,
        terms=term_vector(article.title, article.text),
        signature=signature(article.text),
        year=date.fromordinal(published).year if published is not None else _latest_year(article),
    )
    if annotations is None:
        return found
    lead = len(article.text) // 3 or 1
    entity_weights: dict[str, float] = {}
    names: dict[str, str] = {}
    places: dict[str, PlaceRef] = {}
    for entity in annotations.entities:
        if entity.type not in ENTITY_TYPES or not entity.mentions:
            continue
        # more mentions, and mentions early in the article, make an entity more central to it
        early = sum(1 for m in entity.mentions if m.start < lead)
        weight = 1.0 + math.log(len(entity.mentions)) + 0.5 * min(early, 2)
        for key, share in _entity_keys(entity):
            entity_weights[key] = entity_weights.get(key, 0.0) + weight * share
            names.setdefault(key, entity.name)
        place = entity.place
        if place is not None and place.precision in PLACE_PRECISIONS:
            key = _place_key(place)
            if key in places:
                places[key].weight += weight
            else:
                places[key] = PlaceRef(key, place.name, place.country, place.lat, place.lon, place.precision, weight)
    strongest = sorted(entity_weights.items(), key=lambda item: (-item[1], item[0]))[:MAX_ENTITIES]
    found.entities = {k: (names[k], w) for k, w in strongest}
    main = annotations.main_event
    if main is not None:
        if main.confidence >= EVENT_CONFIDENCE:
            found.event = main.sub_event_type or main.event_type
        found.event_day = _day(main.date)
        if main.location is not None and main.location.precision in PLACE_PRECISIONS:
            key = _place_key(main.location)
            bonus = 2.0 + max((p.weight for p in places.values()), default=0.0)
            if key in places:
                places[key].weight += bonus
            else:
                loc = main.location
                places[key] = PlaceRef(key, loc.name, loc.country, loc.lat, loc.lon, loc.precision, bonus)
    found.places = sorted(places.values(), key=lambda p: (-p.weight, p.key))[:12]
    past = {i for c in annotations.claims if c.background for i in c.quantities}  # an earlier disaster's toll
    dead = [q.value for i, q in enumerate(annotations.quantities) if q.total("killed") and q.value and i not in past]
    found.toll = int(max(dead)) if dead else None
    found.victims = _victims(annotations, past)
    found.days = _span([_day(t.value) for t in annotations.times], published)
    if found.event_day is None and found.days is not None and published is None:
        found.event_day = _most_named_day(annotations, found.days)
    return found


def _victims(annotations: Annotations, past: set[int]) -> list[str]:
    """Surnames of the people the article names as killed in its own news (not an earlier death recalled)."""
    killed = [q for i, q in enumerate(annotations.quantities) if q.role == "killed" and i not in past]
    return sorted(
        {
            _surname(name_key(e.name))
            for e in annotations.entities
            if e.type == "PERSON"
            for m in e.mentions
            if any(m.start < q.end and q.start < m.end for q in killed)
        }
    )


def _latest_year(article: Article) -> int | None:
    """The latest year an undated article names, up to this one: it was written that year or later."""
    now = datetime.now(UTC).year
    years = [int(m.group()) for m in _YEAR.finditer(f"{article.title or ''} {article.text}")]
    return max((y for y in years if y <= now), default=None)


def _span(days: list[int | None], published: int | None) -> tuple[int, int] | None:
    known = [d for d in days if d is not None]
    if published is not None:
        known = [d for d in known if abs(d - published) <= DATE_HORIZON]
    return (min(known), max(known)) if known else None


def _most_named_day(annotations: Annotations, span: tuple[int, int]) -> int | None:
    """Without a publication date, the day the article names most often (the latest on ties)."""
    counts = Counter(d for d in (_day(t.value) for t in annotations.times) if d is not None)
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]
