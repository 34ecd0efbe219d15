"""Time to place one article in a story when the store already holds 1k, 10k, 100k articles.

Parsing 100k texts would take hours and measure spaCy, not clustering, so the stores are
synthetic features shaped like real ones: events with a few to a few dozen articles over two
years, Zipf-distributed background words and entities shared across events, a city per
event, a sentence embedding near its event's direction, and one article in twelve a
near-copy of an earlier one. The index is loaded the way
the store loads it (recorded assignments), then fresh articles, half continuing recent
events and half new ones, are assigned one at a time and timed.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from storyline.embeddings import DIMENSIONS
from storyline.stories.cluster import StoryIndex
from storyline.stories.features import ArticleFeatures, PlaceRef
from storyline.stories.syndication import NUM_PERM
from storyline.stories.text import TERM_SPACE

SIZES = (1_000, 10_000, 100_000)
PROBES = 400
DAYS = 730
VOCABULARY = 60_000
ENTITIES = 30_000
CITIES = 3_000
EVENT_TYPES = 25
COPY_SHARE = 1 / 12


@dataclass(slots=True)
class _Event:
    number: int
    terms: np.ndarray
    entities: list[str]
    city: PlaceRef
    kind: str
    day: int
    meaning: np.ndarray  # the direction its articles' embeddings lie near


def _unit(vector: np.ndarray) -> np.ndarray:
    """As stored: float16 precision, unit length."""
    return (vector / np.linalg.norm(vector)).astype(np.float16).astype(np.float32)


class Corpus:
    """A stream of synthetic article features from one seed, events first come first served."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.vocabulary = self.rng.choice(TERM_SPACE, VOCABULARY, replace=False).astype(np.int32)
        lat, lon = self.rng.uniform(-50, 60, CITIES), self.rng.uniform(-120, 150, CITIES)
        self.cities = [
            PlaceRef(f"geo:{i}", f"City {i}", f"C{i % 90}", float(lat[i]), float(lon[i]), "city", 1.0)
            for i in range(CITIES)
        ]
        self.news = self.rng.standard_normal(DIMENSIONS)  # what all news has in common: cosines are not ~0
        self.events: list[_Event] = []
        self.originals: dict[int, list[ArticleFeatures]] = {}
        self.count = 0

    def _zipf(self, n: int, size: int) -> np.ndarray:
        return (self.rng.zipf(1.25, size) - 1) % n

    def new_event(self, day: int) -> _Event:
        e = _Event(
            number=len(self.events),
            terms=self.rng.choice(TERM_SPACE, 25).astype(np.int32),
            entities=[f"PERSON:e{i}" for i in self._zipf(ENTITIES, 6)],
            city=self.cities[int(self._zipf(CITIES, 1)[0])],
            kind=f"Type {int(self._zipf(EVENT_TYPES, 1)[0])}",
            day=day,
            meaning=self.rng.standard_normal(DIMENSIONS),
        )
        self.events.append(e)
        return e

    def article(self, event: _Event) -> ArticleFeatures:
        """One article about `event`: a near-copy of an earlier one now and then, else its own wording."""
        self.count += 1
        rng = self.rng
        earlier = self.originals.get(event.number, [])
        day = event.day + int(rng.integers(0, 4))
        if earlier and rng.random() < COPY_SHARE * 2:  # copies only exist for events with an original
            source = earlier[int(rng.integers(len(earlier)))]
            signature = source.signature.copy() if source.signature is not None else None
            if signature is not None:
                signature[rng.choice(NUM_PERM, 5, replace=False)] = rng.integers(0, 2**32, 5, dtype=np.uint32)
            return ArticleFeatures(
                id=f"a{self.count:08d}",
                title=source.title,
                published=day,
                terms=dict(source.terms),
                entities=dict(source.entities),
                places=list(source.places),
                event=source.event,
                event_day=source.event_day,
                days=source.days,
                signature=signature,
                embedding=source.embedding,
            )
        topic = rng.choice(event.terms, 14, replace=False)
        background = self.vocabulary[self._zipf(VOCABULARY, 110)]
        ids, counts = np.unique(np.concatenate([topic, topic[:6], background]), return_counts=True)
        entities = [*event.entities[: int(rng.integers(3, 7))], *(f"ORG:e{i}" for i in self._zipf(ENTITIES, 3))]
        country = PlaceRef(
            f"country:{event.city.country}", str(event.city.country), event.city.country, None, None, "country", 1.0
        )
        f = ArticleFeatures(
            id=f"a{self.count:08d}",
            title=f"Event {event.number} headline",
            published=day,
            terms=dict(zip(ids.tolist(), (1.0 + np.log(counts)).tolist(), strict=True)),
            entities={k: (k.split(":", 1)[1], 1.0 + float(rng.random() * 2)) for k in entities},
            places=[PlaceRef(**{**_fields(event.city), "weight": 4.0}), country],
            event=event.kind if rng.random() < 0.9 else f"Type {int(rng.integers(EVENT_TYPES))}",
            event_day=event.day if rng.random() < 0.6 else None,
            days=(event.day - 1, day),
            signature=rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32),
            embedding=_unit(0.5 * self.news + event.meaning + 0.8 * rng.standard_normal(DIMENSIONS)),
        )
        earlier.append(f)
        self.originals[event.number] = earlier
        return f

    def stream(self, count: int) -> Iterator[tuple[ArticleFeatures, int]]:
        """`count` articles with the event each is about, in publication order."""
        per_day = max(1, count // DAYS)
        open_events: list[_Event] = []
        day = 0
        for i in range(count):
            if i and i % per_day == 0 and day < DAYS - 1:
                day += 1
                open_events = [e for e in open_events if day - e.day <= 5]
                self.originals = {e.number: self.originals.get(e.number, []) for e in open_events}
            if not open_events or self.rng.random() < 0.2:
                open_events.append(self.new_event(day))
            event = open_events[int(self._zipf(len(open_events), 1)[0]) % len(open_events)]
            yield self.article(event), event.number


def _fields(place: PlaceRef) -> dict[str, object]:
    return {name: getattr(place, name) for name in PlaceRef.__slots__}


def build(corpus: Corpus, size: int) -> StoryIndex:
    """An index holding `size` stored articles, loaded as the store loads recorded assignments."""
    index = StoryIndex()
    stories: dict[int, str] = {}
    for f, event in corpus.stream(size):
        story = stories.setdefault(event, f.id)
        copy = index.syndication.match(f.signature)
        index.add(f, story, copy_group=copy.group if copy else None)
    return index


def _open_articles(corpus: Corpus, ids: list[str]) -> dict[str, ArticleFeatures]:
    """The features of these articles where the corpus still holds them (the articles of open events)."""
    wanted = set(ids)
    return {f.id: f for articles in corpus.originals.values() for f in articles if f.id in wanted}


def probes(corpus: Corpus, count: int) -> list[ArticleFeatures]:
    """Fresh articles after the stored ones: half about the latest events, half about new ones."""
    recent = corpus.events[-50:]
    last_day = max(e.day for e in recent)
    found = []
    for i in range(count):
        event = recent[int(corpus.rng.integers(len(recent)))] if i % 2 else corpus.new_event(last_day)
        found.append(corpus.article(event))
    return found


@contextmanager
def one_core() -> Iterator[None]:
    """Run pinned to one CPU (where the platform allows), as the target is stated for one core."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def _rss() -> int:
    """The process's resident memory in bytes: current where Linux tells it, else the peak."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def measure(size: int, seed: int = 7, count: int = PROBES) -> dict[str, object]:
    """One store size, in a fresh process so its memory is that store's alone."""
    corpus = Corpus(seed)
    baseline = _rss()
    started = time.perf_counter()
    index = build(corpus, size)
    load_seconds = time.perf_counter() - started
    stories = len(index.by_id)
    index.lookup = lambda ids: _open_articles(corpus, ids)  # split checks read members, as the store loads them
    fresh = probes(corpus, count + 20)
    for f in fresh[:20]:  # the first calls pay for caches warming up
        index.assign(f)
    times, opened, split, rejoined = [], 0, 0, 0
    for f in fresh[20:]:
        started = time.perf_counter_ns()
        placed = index.assign(f)
        times.append(time.perf_counter_ns() - started)
        opened += placed.opened
        split += placed.split is not None
        rejoined += len(placed.rejoined)
    ms = np.array(times) / 1e6
    return {
        "articles": size,
        "stories": stories,
        "probes_opening_a_story": opened,
        "probes_splitting_a_story": split,
        "articles_rejoining_a_story": rejoined,
        "p50_ms": round(float(np.percentile(ms, 50)), 3),
        "p99_ms": round(float(np.percentile(ms, 99)), 3),
        "max_ms": round(float(ms.max()), 3),
        "index_mb": round(index.nbytes() / 2**20, 1),
        "rss_growth_mb": round((_rss() - baseline) / 2**20, 1),
        "load_seconds": round(load_seconds, 2),
    }


def bench(sizes: list[int] | None = None, seed: int = 7, count: int = PROBES) -> dict[str, object]:
    """Assignment latency and memory at each store size, on one core, each size in its own process."""
    runs = []
    with one_core():
        for size in sizes or SIZES:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                runs.append(pool.submit(measure, size, seed, count).result())
    return {"probes": count, "seed": seed, "one_core": hasattr(os, "sched_setaffinity"), "sizes": runs}
