"""Incremental story clustering: each arriving article joins the best matching story or opens one.

A story keeps running sums of its articles' features (a term centroid, entity weights, places,
event types, a time span). A new article is compared with the stories that share its rarest
words, entities or places (an inverted index, newest stories first), scored on

- text: cosine of IDF-weighted term vectors (IDF from the articles seen so far),
- entities: cosine of IDF-weighted entity-key vectors,
- place: the same or a nearby city counts for, a far one against,
- event type and time: the same main event type counts for; days far apart count against when
  the article is dated; without days to compare (or a date), the years articles name stand in,
- meaning: a high cosine of the headline-and-lead sentence embedding with the story's mean one
  counts for (paraphrases the words miss: "passed away" and "died"), when both have one,

and joins the best story scoring above a threshold. A copy of an article (syndication)
joins that article's story. Two local repairs follow an article's arrival, each touching only
the story it joined: an article left alone in a story of its own, retrieved near the new one,
joins the grown story when that is now its best match (its story ends); and a grown story is
checked for two events merged into one (`stories.split`), the side without its first article
moving to a story of its own. Nothing else moves: `recluster` rebuilds all.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import numpy as np

from storyline.stories.features import ArticleFeatures, PlaceRef, name_key
from storyline.stories.multimap import MultiMap, key_of
from storyline.stories.split import Weights, find_split, similarities
from storyline.stories.syndication import Copy, SyndicationIndex
from storyline.stories.text import TERM_SPACE

CENTROID_TERMS = 400


@dataclass(frozen=True, slots=True)
class Settings:
    """The knobs of the clustering; `recluster` applies changed ones to every stored article."""

    threshold: float = 0.28  # the score an article needs to join a story (or, left alone, one that grew)
    text_weight: float = 0.6  # of text cosine against entity cosine, when both sides have entities
    place_bonus: float = 0.08  # the article's main place near one of the story's main places
    place_penalty: float = 0.12  # both have a main city and they are far apart
    near_km: float = 60.0
    far_km: float = 300.0
    event_bonus: float = 0.04  # the same main event type
    event_penalty: float = 0.06  # different kinds of main event (each confidently classified)
    same_days: int = 3  # anchors this close (days) to the story's span count for it
    far_days: int = 10  # further than this count against it, more so the further
    time_bonus: float = 0.04
    time_penalty: float = 0.15
    year_bonus: float = 0.05  # without days on both sides: a year of the story's is the article's
    year_penalty: float = 0.2  # without days: no year of the story's within far_years of the article's
    far_years: int = 5
    toll_bonus: float = 0.05  # the article reports a death toll a member of the story reports
    victim_penalty: float = 0.1  # the article names its dead, the story names its own, and neither names the other's
    embedding_weight: float = 0.3  # of the embedding cosine above embedding_floor, added to the score
    embedding_floor: float = 0.5  # below this the cosine proves nothing (a side story told differently)
    place_entity_weight: float = 0.7  # a place's weight in the entity cosine: the place adjustment scores it already
    split_ratio: float = 0.7  # a story splits when its two sides are this much less alike across than within
    split_across: float = 0.35  # ... and their mean similarity across is below this
    split_side: int = 3  # the fewest articles on each side of a split
    split_growth: float = 1.25  # a story is checked again when it has grown by this factor
    split_largest: int = 200  # larger stories are not checked (the cost is quadratic; they are settled)
    candidates: int = 40  # stories scored exactly per article
    posting_cap: int = 300  # most recent postings read per index key
    retrieval_terms: int = 12  # rarest strong terms of the article used for retrieval
    retrieval_entities: int = 10

    def to_json(self) -> dict:
        return asdict(self)


# ACLED sub-event types of one kind of happening, which outlets describing the same one may disagree on
FAMILIES = {
    **dict.fromkeys(["Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                     "Violent demonstration", "Mob violence"], "demonstrations"),
    **dict.fromkeys(["Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                     "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                     "Remote explosive/landmine/IED", "Grenade", "Chemical weapon", "Attack",
                     "Abduction/forced disappearance", "Sexual violence"], "political violence"),
    **dict.fromkeys(["Natural disaster", "Man-made disaster"], "disasters"),
}  # fmt: skip


def _family(sub_type: str) -> str:
    return FAMILIES.get(sub_type, sub_type)


@dataclass(slots=True)
class StoryState:
    """Running sums of one story's features."""

    id: str
    number: int
    members: list[str] = field(default_factory=list)
    term_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    term_weights: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    entities: dict[str, float] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)
    places: dict[str, float] = field(default_factory=dict)
    place_refs: dict[str, PlaceRef] = field(default_factory=dict)
    place_names: set[str] = field(default_factory=set)  # the places' names as entity keys spell them
    events: Counter = field(default_factory=Counter)
    first: int | None = None  # day ordinals of the earliest and latest anchor
    last: int | None = None
    reported: tuple[int, int] | None = None  # day ordinals of the first and last publication
    embedding: np.ndarray | None = None  # sum of the members' sentence embeddings
    years: set[int] = field(default_factory=set)  # the members' years
    tolls: set[int] = field(default_factory=set)  # the death tolls the members report
    victims: set[str] = field(default_factory=set)  # surname keys of the dead the members name
    checked: int = 0  # the story's size when it was last checked for a split

    def add(self, f: ArticleFeatures) -> None:
        self.members.append(f.id)
        if f.terms:
            ids = np.fromiter(f.terms.keys(), np.int32, len(f.terms))
            weights = np.fromiter(f.terms.values(), np.float32, len(f.terms))
            ids, inverse = np.unique(np.concatenate([self.term_ids, ids]), return_inverse=True)
            sums = np.bincount(inverse, weights=np.concatenate([self.term_weights, weights])).astype(np.float32)
            if len(ids) > CENTROID_TERMS:
                keep = np.sort(np.argsort(-sums, kind="stable")[:CENTROID_TERMS])
                ids, sums = ids[keep], sums[keep]
            self.term_ids, self.term_weights = ids.astype(np.int32), sums
        for key, (name, weight) in f.entities.items():
            self.entities[key] = self.entities.get(key, 0.0) + weight
            self.entity_names.setdefault(key, name)
        for place in f.places:
            self.places[place.key] = self.places.get(place.key, 0.0) + place.weight
            self.place_refs.setdefault(place.key, place)
            self.place_names.add(name_key(place.name))
        if f.event:
            self.events[f.event] += 1
        if f.toll:
            self.tolls.add(f.toll)
        self.victims.update(f.victims)
        if f.anchor is not None:
            self.first = f.anchor if self.first is None else min(self.first, f.anchor)
            self.last = f.anchor if self.last is None else max(self.last, f.anchor)
        if f.published is not None:
            low, high = self.reported or (f.published, f.published)
            self.reported = (min(low, f.published), max(high, f.published))
        if f.year is not None:
            self.years.add(f.year)
        if f.embedding is not None:
            self.embedding = f.embedding.copy() if self.embedding is None else self.embedding + f.embedding

    def span(self) -> tuple[int | None, int | None]:
        """From the earliest day the story is about to the latest day it was reported."""
        days = [d for d in (self.first, self.last, *(self.reported or ())) if d is not None]
        return (min(days), max(days)) if days else (None, None)

    def main_places(self, count: int = 3) -> list[PlaceRef]:
        ranked = sorted(self.places.items(), key=lambda item: (-item[1], item[0]))[:count]
        return [self.place_refs[key] for key, _ in ranked]

    def main_event(self) -> str | None:
        return self.events.most_common(1)[0][0] if self.events else None


@dataclass(frozen=True, slots=True)
class StorySplit:
    """Articles of `story` moved to the new story `into`, its other event."""

    story: str
    into: str
    moved: list[str]


@dataclass(frozen=True, slots=True)
class Rejoin:
    """An article that was alone in story `left` (now ended) and joined `story`."""

    article: str
    left: str
    story: str
    score: float


@dataclass(slots=True)
class Assignment:
    article: str
    story: str
    opened: bool  # True when the article opened a new story
    score: float  # the score with which it joined (1.0 for copies, 0.0 when it opened the story)
    copy: Copy | None = None
    split: StorySplit | None = None  # the story it joined split in two, after it joined
    rejoined: list[Rejoin] = field(default_factory=list)  # articles left alone that joined its story after it


def _distance_km(a: PlaceRef, b: PlaceRef) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


class StoryIndex:
    """Every story's running state, inverted indexes over them, and the syndication index."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.stories: list[StoryState] = []
        self.by_id: dict[str, StoryState] = {}
        self.story_of: dict[str, int] = {}  # article id -> story number
        self.term_df = np.zeros(TERM_SPACE, np.int32)
        self.entity_df: Counter[str] = Counter()
        self.articles = 0
        self.postings = MultiMap()  # retrieval key -> story numbers
        self.syndication = SyndicationIndex()
        self.frozen_df = False  # True once `warm` has counted every article in advance
        # the stored features of articles by id, which second looks and split checks read; without it, neither
        self.lookup: Callable[[list[str]], dict[str, ArticleFeatures]] | None = None

    def warm(self, items: list[ArticleFeatures]) -> None:
        """Count word and entity frequencies over all `items` up front (a rebuild knows them all)."""
        for f in items:
            if f.terms:
                np.add.at(self.term_df, np.fromiter(f.terms.keys(), np.int32, len(f.terms)), 1)
            self.entity_df.update(f.entities.keys())
        self.articles = len(items)
        self.frozen_df = True

    # --- state ---------------------------------------------------------------------------

    def _idf(self, term_ids: np.ndarray) -> np.ndarray:
        return np.log((self.articles + 1) / (self.term_df[term_ids] + 1)) + 1.0

    def _entity_idf(self, key: str) -> float:
        return math.log((self.articles + 1) / (self.entity_df.get(key, 0) + 1)) + 1.0

    def _retrieval_keys(self, f: ArticleFeatures) -> list[tuple[int, float]]:
        """The article's rarest strong terms, its strongest entities and its main place, as index keys."""
        s = self.settings
        keys: list[tuple[int, float]] = []
        if f.terms:
            ids = np.fromiter(f.terms.keys(), np.int32, len(f.terms))
            idf = self._idf(ids)
            scores = np.fromiter(f.terms.values(), np.float32, len(f.terms)) * idf
            for i in np.argsort(-scores, kind="stable")[: s.retrieval_terms]:
                keys.append((int(ids[i]), float(idf[i])))
        ranked = sorted(f.entities.items(), key=lambda item: -item[1][1] * self._entity_idf(item[0]))
        for key, _ in ranked[: s.retrieval_entities]:
            keys.append((key_of("e:" + key), self._entity_idf(key)))
        if f.places:
            keys.append((key_of("p:" + f.places[0].key), 1.0))
        return keys

    def _record(self, f: ArticleFeatures, story: StoryState) -> None:
        """Add the article to the document frequencies, then to the story."""
        if not self.frozen_df:
            self.articles += 1
            if f.terms:
                np.add.at(self.term_df, np.fromiter(f.terms.keys(), np.int32, len(f.terms)), 1)
            self.entity_df.update(f.entities.keys())
        self._place(f, story)

    def _place(self, f: ArticleFeatures, story: StoryState) -> None:
        """Add the article to the story's sums and the indexes (an article moved leaves stale postings
        behind: they only make its old story a candidate once more)."""
        story.add(f)
        self.story_of[f.id] = story.number
        for key, _ in self._retrieval_keys(f):
            self.postings.add(key, story.number)

    def _open(self, story_id: str) -> StoryState:
        story = StoryState(id=story_id, number=len(self.stories))
        self.stories.append(story)
        self.by_id[story_id] = story
        return story

    def add(self, f: ArticleFeatures, story_id: str, copy_group: str | None = None) -> None:
        """Record a stored assignment as it was made (when loading the index from the store)."""
        story = self.by_id.get(story_id) or self._open(story_id)
        self._record(f, story)
        self.syndication.record(f.id, f.signature, copy_group)

    # --- scoring -------------------------------------------------------------------------

    def _text_similarity(self, f: ArticleFeatures, story: StoryState, q_ids: np.ndarray, q_w: np.ndarray) -> float:
        if not len(q_ids) or not len(story.term_ids):
            return 0.0
        s_w = story.term_weights * self._idf(story.term_ids)
        common, qi, si = np.intersect1d(q_ids, story.term_ids, assume_unique=True, return_indices=True)
        if not len(common):
            return 0.0
        return float(np.dot(q_w[qi], s_w[si]) / (np.linalg.norm(q_w) * np.linalg.norm(s_w)))

    def _entity_similarity(self, f: ArticleFeatures, story: StoryState) -> float | None:
        """The cosine of the entities' weights by their rarity; a place counts for less, as the place adjustment
        weighs it too: one city two reports share is no story of its own (a fire and a taxi strike in Mombasa)."""
        if not f.entities or not story.entities:
            return None
        placed = story.place_names.union(name_key(p.name) for p in f.places)
        share = self.settings.place_entity_weight
        idf = {
            k: self._entity_idf(k) * (share if k in placed else 1.0) for k in f.entities.keys() | story.entities.keys()
        }
        dot = sum(w * idf[k] * story.entities[k] * idf[k] for k, (_, w) in f.entities.items() if k in story.entities)
        qn = math.sqrt(sum((w * idf[k]) ** 2 for k, (_, w) in f.entities.items()))
        sn = math.sqrt(sum((w * idf[k]) ** 2 for k, w in story.entities.items()))
        return dot / (qn * sn) if qn and sn else 0.0

    def _place_adjustment(self, f: ArticleFeatures, story: StoryState) -> float:
        """Near cities count for; far ones against, but only when no city of one is near a city of the other.

        An article's main city is often a birthplace or a headquarters, so one far city alone proves nothing.
        """
        s = self.settings
        mine = [p for p in f.places[:3] if p.precision == "city"]
        theirs = [p for p in story.main_places(4) if p.precision == "city"]
        known = [
            d for d in (0.0 if a.key == b.key else _distance_km(a, b) for a in mine for b in theirs) if d is not None
        ]
        if not known:
            return 0.0
        if min(known) <= s.near_km:
            return s.place_bonus
        main_cities = f.places[0].precision == story.main_places(1)[0].precision == "city"
        if min(known) >= s.far_km and main_cities:
            return -s.place_penalty
        return 0.0

    def _time_adjustment(self, f: ArticleFeatures, story: StoryState) -> float:
        """Close days count for; far ones against only when the article is dated.

        An undated article's day is one its text names, often an earlier event recalled (an arrest
        in a report of the trial): far from the story's days it proves nothing, so its years decide.
        """
        s = self.settings
        if f.anchor is None or story.first is None or story.last is None:
            return self._year_adjustment(f, story)
        gap = max(story.first - f.anchor, f.anchor - story.last, 0)
        if gap <= s.same_days:
            return s.time_bonus
        if f.published is None:
            return self._year_adjustment(f, story)
        if gap > s.far_days:
            return -s.time_penalty * min(3.0, 1.0 + math.log(gap / s.far_days))
        return 0.0

    def _year_adjustment(self, f: ArticleFeatures, story: StoryState) -> float:
        """Undated articles name years: reports of one event name the same ones, a years-apart one does not."""
        s = self.settings
        if f.year is None or not story.years:
            return 0.0
        gap = min(abs(f.year - year) for year in story.years)
        if gap == 0:
            return s.year_bonus
        return -s.year_penalty if gap >= s.far_years else 0.0

    def _event_adjustment(self, f: ArticleFeatures, story: StoryState) -> float:
        """The same sub-type counts for, another kind of happening against; a sibling sub-type proves
        nothing: one protest is "peaceful" to one outlet and a "violent demonstration" to the next."""
        main = story.main_event()
        if not f.event or not main:
            return 0.0
        if f.event == main:
            return self.settings.event_bonus
        return 0.0 if _family(f.event) == _family(main) else -self.settings.event_penalty

    def _victim_adjustment(self, f: ArticleFeatures, story: StoryState) -> float:
        """Two deaths apart: each side names its dead and neither side names the other's, even in passing
        (a report of one killing often names an earlier victim without calling them dead)."""
        if not f.victims or not story.victims or story.victims.intersection(f.victims):
            return 0.0
        if any(v in story.entities for v in f.victims) or any(v in f.entities for v in story.victims):
            return 0.0
        return -self.settings.victim_penalty

    def _embedding_adjustment(self, f: ArticleFeatures, story: StoryState) -> float:
        if f.embedding is None or story.embedding is None:
            return 0.0
        norm = float(np.linalg.norm(story.embedding))
        if not norm:
            return 0.0
        cosine = float(np.dot(f.embedding, story.embedding)) / norm
        return self.settings.embedding_weight * max(0.0, cosine - self.settings.embedding_floor)

    def _query(self, f: ArticleFeatures) -> tuple[np.ndarray, np.ndarray]:
        """The article's term ids and their TF-IDF weights, as every story's score reads them."""
        q_ids = np.fromiter(f.terms.keys(), np.int32, len(f.terms))
        return q_ids, np.fromiter(f.terms.values(), np.float32, len(f.terms)) * self._idf(q_ids)

    def text_similarity(self, f: ArticleFeatures, story: StoryState) -> float:
        return self._text_similarity(f, story, *self._query(f))

    def score(self, f: ArticleFeatures, story: StoryState) -> float:
        return self._score(f, story, *self._query(f))

    def best_story(
        self, f: ArticleFeatures, threshold: float, min_members: int = 1, among: list[StoryState] | None = None
    ) -> tuple[float, StoryState] | None:
        """The retrieved story (of `among`, when already retrieved) of at least `min_members` articles that
        scores highest, if it reaches `threshold`."""
        q_ids, q_w = self._query(f)
        best: tuple[float, StoryState] | None = None
        for story in self.candidates(f) if among is None else among:
            if len(story.members) < min_members:
                continue
            score = self._score(f, story, q_ids, q_w)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, story)
        return best

    def _score(self, f: ArticleFeatures, story: StoryState, q_ids: np.ndarray, q_w: np.ndarray) -> float:
        text = self._text_similarity(f, story, q_ids, q_w)
        entities = self._entity_similarity(f, story)
        w = self.settings.text_weight
        base = text if entities is None else w * text + (1 - w) * entities
        return (
            base
            + self._place_adjustment(f, story)
            + self._time_adjustment(f, story)
            + self._event_adjustment(f, story)
            + self._embedding_adjustment(f, story)
            + (self.settings.toll_bonus if f.toll and f.toll in story.tolls else 0.0)
            + self._victim_adjustment(f, story)
        )

    def candidates(self, f: ArticleFeatures) -> list[StoryState]:
        """Stories sharing the article's rarest terms, entities or place, the most shared first."""
        s = self.settings
        votes: Counter[int] = Counter()
        keys = self._retrieval_keys(f)
        for (_, weight), numbers in zip(keys, self.postings.lookup([k for k, _ in keys], s.posting_cap), strict=True):
            for number in set(numbers):
                votes[number] += weight
        return [self.stories[n] for n, _ in votes.most_common(s.candidates) if self.stories[n].members]

    # --- assignment ----------------------------------------------------------------------

    def assign(self, f: ArticleFeatures) -> Assignment:
        """Put a new article in the best story above the threshold, or open a story with it."""
        if f.id in self.story_of:  # a revision of an article already placed stays in its story
            story = self.stories[self.story_of[f.id]]
            return Assignment(article=f.id, story=story.id, opened=False, score=1.0)
        copy = self.syndication.match(f.signature)
        nearby = self.candidates(f)  # retrieved once: for its own story, then for the second look
        if copy is not None and copy.of in self.story_of:
            best: tuple[float, StoryState] | None = (1.0, self.stories[self.story_of[copy.of]])
        else:
            best = self.best_story(f, self.settings.threshold, among=nearby)
        opened = best is None
        story = self._open(f.id) if best is None else best[1]
        self._record(f, story)
        self.syndication.record(f.id, f.signature, copy.group if copy else None)
        split = None if opened or copy is not None else self._split(story)
        rejoined = [] if opened or split is not None else self._rejoin(story, nearby)
        return Assignment(
            article=f.id,
            story=self.story_id(f.id),
            opened=opened,
            score=0.0 if best is None else round(best[0], 4),
            copy=copy,
            split=split,
            rejoined=rejoined,
        )

    # --- second looks ------------------------------------------------------------------

    def _rejoin(self, story: StoryState, nearby: list[StoryState]) -> list[Rejoin]:
        """Articles alone in a story `nearby` (retrieved for the article that just grew `story`) that now
        score best against `story` join it.

        An early report scored against too little of its story (its later reports were not in yet)
        and opened one of its own; the grown story often matches it well. Its own story ends.
        """
        if self.lookup is None:
            return []
        alone = [c for c in nearby if c is not story and len(c.members) == 1]
        found = self.lookup([c.members[0] for c in alone]) if alone else {}
        rejoined = []
        for single in alone:
            g = found.get(single.members[0])
            if g is None:
                continue
            if self.score(g, story) < self.settings.threshold:  # most are far: one score says so
                continue
            best = self.best_story(g, self.settings.threshold, min_members=2)
            if best is None or best[1] is not story:
                continue
            single.members = []
            del self.by_id[single.id]
            self._place(g, story)
            rejoined.append(Rejoin(article=g.id, left=single.id, story=story.id, score=round(best[0], 4)))
        return rejoined

    def story_id(self, article: str) -> str:
        return self.stories[self.story_of[article]].id

    # --- splitting -----------------------------------------------------------------------

    def _split(self, story: StoryState) -> StorySplit | None:
        """Check a grown story for two events; move the side without its first article to a new story."""
        s = self.settings
        size = len(story.members)
        if self.lookup is None or size < 2 * s.split_side or size > s.split_largest:
            return None
        if size < story.checked * s.split_growth:
            return None
        story.checked = size
        found = self.lookup(story.members)
        if any(m not in found for m in story.members):
            return None
        members = [found[m] for m in story.members]
        weights = Weights(text=s.text_weight, embedding=s.embedding_weight, embedding_floor=s.embedding_floor)
        matrix = similarities(members, self._query, self._entity_idf, weights)
        split = find_split(members, matrix, min_side=s.split_side, max_ratio=s.split_ratio, max_across=s.split_across)
        if split is None:
            return None
        moved = [members[i] for i in split.move]
        kept = StoryState(id=story.id, number=story.number, checked=len(split.keep))
        for i in split.keep:
            kept.add(members[i])
        self.stories[story.number] = self.by_id[story.id] = kept
        into = self._open(moved[0].id if moved[0].id not in self.by_id else f"{moved[0].id}-{story.id}")
        into.checked = len(moved)
        for f in moved:
            self._place(f, into)
        return StorySplit(story=story.id, into=into.id, moved=[f.id for f in moved])

    def members(self, story_id: str) -> list[str]:
        return list(self.by_id[story_id].members)

    def nbytes(self) -> int:
        """A rough count of the memory the index holds."""
        stories = sum(
            s.term_ids.nbytes
            + s.term_weights.nbytes
            + (s.embedding.nbytes if s.embedding is not None else 0)
            + 120 * (len(s.entities) + len(s.places) + len(s.members))
            + 400
            for s in self.stories
        )
        return stories + self.term_df.nbytes + self.postings.nbytes() + self.syndication.nbytes()


def cluster(
    items: list[ArticleFeatures], settings: Settings | None = None, warm: bool = False
) -> tuple[StoryIndex, list[Assignment]]:
    """Cluster articles in the order given, as if each arrived in turn (`index.story_id` has where each ended).

    `warm`: word and entity rarity from all the items from the start, as a rebuild knows them.
    """
    index = StoryIndex(settings)
    if warm:
        index.warm(items)
    by_id = {f.id: f for f in items}
    index.lookup = lambda ids: {i: by_id[i] for i in ids}
    return index, [index.assign(f) for f in items]
