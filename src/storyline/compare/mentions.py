"""Align event mentions across articles: which words of a story's articles name the same happening.

A mention is the word (or phrase) naming an event in one sentence of one article: its trigger
("quake", "checked into"). Two mentions are taken for one event on four kinds of evidence:

- the trigger: the same word up to inflection and derivation ("shoot", "shooting", "shootings"),
  or words the event-type cue lexicon puts in one class ("quake", "earthquake");
- the sentences: the claim similarity of `facts.similarity` (word and character TF-IDF);
- the articles: two reports of one story name it among much else they share (word TF-IDF of
  the whole texts, blended with the cosine of the entities they name, as story clustering
  does), which keeps apart like events of different stories ("an earthquake");
- what the sentences name: people and organisations in common, different days and different
  places (both sentences naming one, none shared), the sentences' event sub-types. These are
  off by default: on ECB+ (docs/figures.md) none of them improved the grouping once the
  articles' similarity is counted, and different places hurt ("Newport Beach" / "California").

Mentions are grouped average-link above a threshold (`facts.average_link`); two mentions of one
sentence never join.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from storyline.compare.facts import average_link, similarity
from storyline.model import Annotations

SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ees", "ee", "ers", "er", "ed", "es")
SUFFIXES += ("s", "ate", "al")
MIN_STEM = 3  # a suffix comes off only when this much is left
CONTEXT_TYPES = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}  # entities that tell stories apart
MIN_PREFIX = 5  # a stem this long that begins another ("nomin" / "nominat") names the same act


@dataclass(frozen=True, slots=True)
class Settings:
    """Weights of the evidence and the threshold of the grouping."""

    trigger: float = 0.5  # same trigger word (up to inflection and derivation)
    trigger_class: float = 0.5  # both triggers in one class of the event-type cue lexicon
    sentence: float = 0.25  # claim similarity of the two sentences
    article: float = 0.25  # similarity of the two articles
    article_entities: float = 0.4  # share of the entity cosine in it (story clustering's text weight is 0.6)
    entities: float = 0.0  # share of the named people and organisations in common
    day_conflict: float = 0.0  # both sentences name days, none in common
    place_conflict: float = 0.0  # both sentences name places, none in common
    event_type: float = 0.0  # the two sentences classified as one event sub-type
    threshold: float = 0.55


DEFAULT = Settings()


@dataclass(frozen=True, slots=True)
class MentionRef:
    """One event mention and what its sentence tells about it."""

    article: str  # article id
    sentence: int  # the sentence's number in its article: mentions of one sentence never join
    text: str  # the sentence
    trigger: str  # lemma of the mention's head word ("check" for "checked into")
    words: str = ""  # the mention as written, for the cue lexicon
    entities: frozenset[str] = field(default_factory=frozenset)  # entity keys of people and organisations
    places: frozenset[str] = field(default_factory=frozenset)  # place keys (geonames id, else name)
    days: frozenset[str] = field(default_factory=frozenset)  # ISO days the sentence resolves
    event_type: str | None = None  # the sentence's event sub-type, when classified


def trigger_stem(word: str) -> str:
    """The word less one derivational or inflectional suffix: "shootings" -> "shoot", "nominee" -> "nomin"."""
    word = word.casefold()
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def same_trigger(a: str, b: str) -> bool:
    if a.casefold() == b.casefold():
        return True
    short, long = sorted((trigger_stem(a), trigger_stem(b)), key=len)
    return short == long or (len(short) >= MIN_PREFIX and long.startswith(short))


@cache
def trigger_classes(words: str) -> frozenset[str]:
    """The event-type cue classes the mention's words hit ("quake" -> natural disaster), if any."""
    try:
        from storyline.extract.event_types import _cues
    except ImportError:  # pragma: no cover - the cue lexicon ships with the classifier
        return frozenset()
    return frozenset(_cues(words)) if words else frozenset()


def _cosines(vectorizer: TfidfVectorizer, documents: list) -> np.ndarray:
    try:
        vectors = normalize(vectorizer.fit_transform(documents))
    except ValueError:  # nothing left to compare: no words, no entities
        return np.eye(len(documents))
    return (vectors @ vectors.T).toarray()


def article_similarity(
    texts: list[str], entities: list[list[str]] | None = None, entity_weight: float = DEFAULT.article_entities
) -> np.ndarray:
    """Cosine of the articles' word TF-IDF vectors (stop words out, sublinear counts), blended with
    the cosine of their entity-key TF-IDF vectors when the entities are given (one key per mention)."""
    if not texts:
        return np.zeros((0, 0))
    words = _cosines(TfidfVectorizer(stop_words="english", sublinear_tf=True), texts)
    if entities is None or not entity_weight:
        return words
    keys = _cosines(TfidfVectorizer(analyzer=list, sublinear_tf=True), [list(e) for e in entities])
    return (1 - entity_weight) * words + entity_weight * keys


def named_entities(annotations: Annotations | None) -> list[str]:
    """The entity keys an article names, one per mention, for `article_similarity`."""
    if annotations is None:
        return []
    return [e.key for e in annotations.entities if e.type in CONTEXT_TYPES for _ in e.mentions]


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _conflict(a: frozenset[str], b: frozenset[str]) -> float:
    return 1.0 if a and b and not (a & b) else 0.0


def mention_similarity(
    refs: list[MentionRef],
    articles: dict[str, str] | None = None,
    settings: Settings = DEFAULT,
    entities: dict[str, list[str]] | None = None,
) -> np.ndarray:
    """Pairwise evidence that two mentions name one event; -1 for two mentions of one sentence.

    `articles` maps article ids to their texts and `entities` to the entity keys they name (one
    per mention); without texts the articles' similarity is left out.
    """
    n = len(refs)
    if not n:
        return np.zeros((0, 0))
    s = settings
    sentences = sorted({(r.article, r.sentence) for r in refs})
    where = {key: i for i, key in enumerate(sentences)}
    sentence_of = np.array([where[(r.article, r.sentence)] for r in refs])
    texts = {(r.article, r.sentence): r.text for r in refs}
    sentence_sim = similarity([texts[key] for key in sentences])[np.ix_(sentence_of, sentence_of)]
    score = s.sentence * sentence_sim
    if articles and s.article:
        ids = sorted({r.article for r in refs})
        index = {a: i for i, a in enumerate(ids)}
        article_of = np.array([index[r.article] for r in refs])
        named = [entities.get(a, []) for a in ids] if entities is not None else None
        context = article_similarity([articles.get(a, "") for a in ids], named, s.article_entities)
        score += s.article * context[np.ix_(article_of, article_of)]
    classes = [trigger_classes(r.words) for r in refs]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = refs[i], refs[j]
            value = 0.0
            if same_trigger(a.trigger, b.trigger):
                value += s.trigger
            elif classes[i] & classes[j]:
                value += s.trigger_class
            if s.entities:
                value += s.entities * _overlap(a.entities, b.entities)
            if s.day_conflict:
                value -= s.day_conflict * _conflict(a.days, b.days)
            if s.place_conflict:
                value -= s.place_conflict * _conflict(a.places, b.places)
            if s.event_type and a.event_type and b.event_type:
                value += s.event_type * (1.0 if a.event_type == b.event_type else -1.0)
            score[i, j] += value
            score[j, i] += value
    same_sentence = sentence_of[:, None] == sentence_of[None, :]
    score[same_sentence] = -1.0
    np.fill_diagonal(score, 1.0)
    return score


def cluster_mentions(
    refs: list[MentionRef],
    articles: dict[str, str] | None = None,
    settings: Settings = DEFAULT,
    entities: dict[str, list[str]] | None = None,
) -> list[list[int]]:
    """Groups of mentions naming one event, as lists of indexes into `refs`."""
    return average_link(mention_similarity(refs, articles, settings, entities), settings.threshold)
