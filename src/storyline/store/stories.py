"""Stories in the store: clustering features, story membership, syndication groups, summaries.

The clustering itself (storyline.stories) works on an in-memory `StoryIndex`. This module
keeps one index per database in the process, built from the stored features and memberships
and brought up to date (by reading only what other processes added) before each batch. An
index changed by a transaction that did not commit is thrown away and rebuilt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, delete, event, func, select
from sqlalchemy.orm import Session

from storyline.model import Annotations, Article
from storyline.store.annotations import annotations_from
from storyline.store.dossiers import delete_dossiers
from storyline.store.repository import to_article
from storyline.store.schema import (
    AnnotationRow,
    ArticleRow,
    DossierRow,
    StoryArticleRow,
    StoryFeaturesRow,
    StoryRow,
    SyndicationRow,
)
from storyline.stories import ArticleFeatures, Assignment, Settings, StoryIndex
from storyline.stories.text import after_dateline, fold

TITLE_MEMBERS = 200  # the most recent members considered for a story's headline
KEY_ENTITIES = 8
KEY_PLACES = 4


# --- features --------------------------------------------------------------------------------


def save_features(session: Session, items: list[ArticleFeatures], hashes: dict[str, str]) -> None:
    for f in items:
        session.merge(
            StoryFeaturesRow(
                article_id=f.id,
                content_hash=hashes.get(f.id, ""),
                data=f.to_json(),
                signature=f.signature_bytes(),
                embedding=f.embedding_bytes(),
            )
        )


def load_features(session: Session, article_ids: list[str] | None = None) -> dict[str, ArticleFeatures]:
    query = select(StoryFeaturesRow)
    if article_ids is not None:
        query = query.where(StoryFeaturesRow.article_id.in_(article_ids))
    found = {}
    for r in session.scalars(query):
        f = found[r.article_id] = ArticleFeatures.from_json(r.article_id, r.data, r.signature)
        f.embedding = ArticleFeatures.embedding_from(r.embedding)
    return found


def stored_embeddings(session: Session, hashes: dict[str, str]) -> dict[str, bytes]:
    """The stored embeddings of these articles (id -> content hash) that were made from their current text."""
    query = select(StoryFeaturesRow.article_id, StoryFeaturesRow.content_hash, StoryFeaturesRow.embedding).where(
        StoryFeaturesRow.article_id.in_(list(hashes)), StoryFeaturesRow.embedding.is_not(None)
    )
    return {i: data for i, h, data in session.execute(query) if hashes[i] == h}


def assigned(session: Session, article_ids: list[str]) -> set[str]:
    query = select(StoryArticleRow.article_id).where(StoryArticleRow.article_id.in_(article_ids))
    return set(session.scalars(query))


# --- the index, kept in step with the store ----------------------------------------------------


@dataclass(slots=True)
class _Cached:
    index: StoryIndex
    count: int
    seq: int
    pending: int | None = None  # id() of the session whose uncommitted changes the index holds


_CACHE: dict[str, _Cached] = {}


def _key(session: Session) -> str:
    return str(session.get_bind().url)


def _state(session: Session) -> tuple[int, int]:
    count, seq = session.execute(select(func.count(), func.max(StoryArticleRow.seq))).one()
    return int(count), int(seq or 0)


def _sizes(session: Session) -> dict[str, int]:
    """Each story's number of articles. After another process split a story, an index that replayed
    only the new rows holds the moved articles in their old story, so the sizes tell it."""
    query = select(StoryArticleRow.story_id, func.count()).group_by(StoryArticleRow.story_id)
    return {story: int(count) for story, count in session.execute(query)}


def _rows_after(session: Session, seq: int) -> list[tuple[StoryArticleRow, str | None]]:
    query = (
        select(StoryArticleRow, SyndicationRow.group_id)
        .outerjoin(SyndicationRow, SyndicationRow.article_id == StoryArticleRow.article_id)
        .where(StoryArticleRow.seq > seq)
        .order_by(StoryArticleRow.seq)
    )
    return [(row, group) for row, group in session.execute(query)]


def _replay(session: Session, index: StoryIndex, rows: list[tuple[StoryArticleRow, str | None]]) -> None:
    chunk = 2000
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        found = load_features(session, [r.article_id for r, _ in part])
        for row, group in part:
            f = found.get(row.article_id) or ArticleFeatures(id=row.article_id, title=None, published=None, terms={})
            index.add(f, row.story_id, copy_group=group)


def story_index(session: Session, settings: Settings | None = None) -> StoryIndex:
    """The process's index of this store's stories, brought up to date inside `session`."""
    key = _key(session)
    count, seq = _state(session)
    cached = _CACHE.get(key)
    if cached is not None and cached.pending not in (None, id(session)):
        cached = None  # changed by a transaction that never committed
    if cached is not None and settings is not None and cached.index.settings != settings:
        cached = None
    if cached is not None and (cached.count, cached.seq) != (count, seq):
        tail = _rows_after(session, cached.seq) if count > cached.count else []
        if len(tail) == count - cached.count and cached.pending is None:
            _replay(session, cached.index, tail)
            cached.count, cached.seq = count, seq
            if {k: len(s.members) for k, s in cached.index.by_id.items()} != _sizes(session):  # a story split
                cached = None
        else:
            cached = None
    if cached is None:
        index = StoryIndex(settings)
        _replay(session, index, _rows_after(session, 0))
        cached = _CACHE[key] = _Cached(index, count, seq)
    return cached.index


def _mark_pending(session: Session, count: int, seq: int) -> None:
    """Note that the index holds this session's uncommitted changes: kept on commit, dropped on rollback."""
    key = _key(session)
    cached = _CACHE[key]
    cached.count, cached.seq, cached.pending = count, seq, id(session)
    if session.info.get("story_index_watched"):
        return
    session.info["story_index_watched"] = True

    def committed(_session: Session) -> None:
        if _CACHE.get(key) is cached:
            cached.pending = None

    def rolled_back(_session: Session) -> None:
        if _CACHE.get(key) is cached and cached.pending == id(session):
            del _CACHE[key]

    event.listen(session, "after_commit", committed, once=True)
    event.listen(session, "after_rollback", rolled_back, once=True)


def forget(engine: Engine | None = None) -> None:
    """Drop the cached index of one store (or of all): the next batch rebuilds it from the store."""
    if engine is None:
        _CACHE.clear()
    else:
        _CACHE.pop(str(engine.url), None)


# --- writing assignments -----------------------------------------------------------------------


def assign(session: Session, items: list[ArticleFeatures], hashes: dict[str, str]) -> list[Assignment]:
    """Store the features of new articles, place each in a story in order, and store the outcome."""
    index = story_index(session)
    save_features(session, items, hashes)
    count, seq = _state(session)
    placed = assigned(session, [f.id for f in items])
    index.lookup = lambda ids: load_features(session, ids)  # second looks and split checks read stored members
    try:
        assignments = [index.assign(f) for f in items]
    finally:
        index.lookup = None
    _mark_pending(session, count, seq)
    fresh: dict[str, Assignment] = {}  # a batch may hold an article and its revision: placed once
    for a in assignments:
        if a.article not in placed:
            fresh.setdefault(a.article, a)
    record(session, index, list(fresh.values()), seq, reshaped(assignments))
    _mark_pending(session, count + len(fresh), seq + len(fresh))
    return assignments


@dataclass(slots=True)
class Reshaped:
    """What the batch's second looks and splits changed besides the batch's own memberships."""

    moved: list[str]  # articles now in another story
    stories: list[str]  # stories that gained or lost articles this way
    ended: list[str]  # stories left empty


def reshaped(assignments: list[Assignment]) -> Reshaped:
    moved: dict[str, None] = {}
    stories: dict[str, None] = {}
    ended: dict[str, None] = {}
    for a in assignments:
        if a.split is not None:
            moved.update(dict.fromkeys(a.split.moved))
            stories.update(dict.fromkeys([a.split.story, a.split.into]))
        for r in a.rejoined:
            moved[r.article] = None
            stories[r.story] = None
            ended[r.left] = None
    return Reshaped(list(moved), list(stories), list(ended))


def record(
    session: Session, index: StoryIndex, assignments: list[Assignment], seq: int, changes: Reshaped | None = None
) -> None:
    """Write story memberships and copy groups for `assignments` and the moves of `changes`, then the
    touched stories' summaries. Memberships are the index's as it ends: a later move may have changed
    where an article of the batch is."""
    changes = changes or Reshaped([], [], [])
    now = datetime.now(UTC)
    live = [s for s in changes.stories if s in index.by_id]
    touched = list(dict.fromkeys([index.story_id(a.article) for a in assignments] + live))
    existing = set(session.scalars(select(StoryRow.id).where(StoryRow.id.in_(touched))))
    for story_id in touched:
        if story_id not in existing:
            session.add(StoryRow(id=story_id, title=None, articles=0, sources=0, data={}, updated=now))
    session.flush()
    new = {a.article for a in assignments}
    for moved in changes.moved:
        row = session.get(StoryArticleRow, moved) if moved not in new else None
        if row is not None:
            row.story_id = index.story_id(moved)
    for offset, a in enumerate(assignments, start=1):
        session.add(
            StoryArticleRow(
                article_id=a.article, story_id=index.story_id(a.article), seq=seq + offset, score=a.score, assigned=now
            )
        )
        if a.copy is not None:
            if session.get(SyndicationRow, a.copy.group) is None:
                session.add(SyndicationRow(article_id=a.copy.group, group_id=a.copy.group))
            session.add(
                SyndicationRow(
                    article_id=a.article, group_id=a.copy.group, of_article=a.copy.of, similarity=a.copy.similarity
                )
            )
    session.flush()
    ended = [s for s in changes.ended if s not in index.by_id]
    if ended:
        session.execute(delete(StoryRow).where(StoryRow.id.in_(ended)))
        delete_dossiers(session, ended)
    summarize(session, index, touched, now)


def _day_iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None


def _independent_sources(outlets: dict[str, str | None], groups: dict[str, str]) -> int:
    """Outlets count once and so do copy groups; an outlet and a group it shares merge."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for article, outlet in outlets.items():
        keys = [f"a:{article}"]
        if outlet:
            keys.append("o:" + outlet.casefold().strip())
        if article in groups:
            keys.append("g:" + groups[article])
        for other in keys[1:]:
            parent[find(keys[0])] = find(other)
        find(keys[0])
    return len({find(f"a:{a}") for a in outlets})


def summarize(session: Session, index: StoryIndex, story_ids: list[str], now: datetime | None = None) -> None:
    """Recompute the stored summary of each story: headline, key entities and places, span, sources."""
    now = now or datetime.now(UTC)
    for story_id in story_ids:
        state = index.by_id[story_id]
        members = state.members
        query = select(ArticleRow.id, ArticleRow.outlet).where(ArticleRow.id.in_(members))
        outlets = dict(session.execute(query).all())
        recent = load_features(session, members[-TITLE_MEMBERS:])
        titled = [f for f in recent.values() if f.title]
        best = max(titled, key=lambda f: (index.text_similarity(f, state), f.id), default=None)
        entities = sorted(state.entities.items(), key=lambda item: (-item[1], item[0]))
        places = {fold(p.name) for p in state.place_refs.values()}
        # a person's surname is a key of its own (`stories.features`): the name is listed once, by its full key
        named: dict[str, tuple[str, float]] = {}
        for k, w in entities:
            if k not in places:
                named.setdefault(state.entity_names.get(k, k), (k, w))
        people = list(named.values())[:KEY_ENTITIES]
        row = session.get(StoryRow, story_id)
        assert row is not None
        row.title = best.title if best else _fallback_title(session, members[0])
        row.first_day, row.last_day = (_day_iso(day) for day in state.span())
        row.articles = len(members)
        row.sources = _independent_sources(outlets, index.syndication.groups)
        row.data = {
            "entities": [{"key": k, "name": state.entity_names.get(k, k), "weight": round(w, 2)} for k, w in people],
            "places": [
                {"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon, "precision": p.precision}
                for p in state.main_places(KEY_PLACES)
            ],
            "event_type": state.main_event(),
            "event_types": dict(state.events.most_common()),
        }
        row.updated = now


def _fallback_title(session: Session, article_id: str) -> str | None:
    """Without any headline, the lead of the story's first article."""
    return lead_title(session.scalar(select(ArticleRow.text).where(ArticleRow.id == article_id)) or "")


TITLE_LENGTH = 100
_CLAUSE_END = re.compile(r"[,;:]\s|\s[—–-]\s")


def lead_title(text: str) -> str | None:
    """A headline made from a text's first sentence: whole when short, else cut where its first clause ends
    ("Cuba has confirmed the deaths of 32 of its nationals, who were…" → up to the comma), else at a word."""
    line = text.strip().split("\n", 1)[0]
    first = line[after_dateline(line, 0) :]  # "MOMBASA, Kenya —" says where, not what
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", first, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= TITLE_LENGTH:
        return sentence or None
    cuts = [m.start() for m in _CLAUSE_END.finditer(sentence, 0, TITLE_LENGTH) if m.start() >= TITLE_LENGTH // 3]
    if cuts:
        return sentence[: cuts[0]]
    return sentence[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "…"


# --- rebuilding --------------------------------------------------------------------------------


def arrival_order(session: Session) -> list[str]:
    """Stored article ids in the order they were assigned, then unassigned ones by ingestion time."""
    query = (
        select(ArticleRow.id)
        .outerjoin(StoryArticleRow, StoryArticleRow.article_id == ArticleRow.id)
        .order_by(StoryArticleRow.seq.is_(None), StoryArticleRow.seq, ArticleRow.ingested, ArticleRow.id)
    )
    return list(session.scalars(query))


def annotated(session: Session, article_ids: list[str]) -> list[tuple[Article, Annotations]]:
    """The articles (in the order given) whose stored annotations are those of their current text."""
    query = (
        select(ArticleRow, AnnotationRow.data)
        .join(AnnotationRow, AnnotationRow.article_id == ArticleRow.id)
        .where(ArticleRow.id.in_(article_ids), AnnotationRow.content_hash == ArticleRow.content_hash)
    )
    found = {row.id: (to_article(row), annotations_from(data)) for row, data in session.execute(query)}
    return [found[i] for i in article_ids if i in found]


def replace(session: Session, index: StoryIndex, assignments: list[Assignment]) -> None:
    """Replace every story, membership and copy group with a rebuild's.

    Sequence numbers go on from the old ones, so another process's cached index sees that
    rows it never read appeared, and rebuilds rather than replaying them onto old stories.
    """
    _, seq = _state(session)
    session.execute(delete(SyndicationRow))
    session.execute(delete(StoryArticleRow))
    session.execute(delete(StoryRow))
    session.flush()
    record(session, index, assignments, seq)
    _CACHE[_key(session)] = _Cached(index, len(assignments), seq + len(assignments))
    _mark_pending(session, len(assignments), seq + len(assignments))


# --- reading -----------------------------------------------------------------------------------


def _story_json(row: StoryRow, reconciled: str | None = None) -> dict[str, Any]:
    """A story's summary; its event type is the dossier's reconciled one (`reconciled`) when the story has a
    dossier, else the type most of its articles' main events have."""
    return {
        "id": row.id,
        "title": row.title,
        "first_day": row.first_day,
        "last_day": row.last_day,
        "articles": row.articles,
        "sources": row.sources,
        "entities": [e["name"] for e in row.data.get("entities", [])],
        "places": row.data.get("places", []),
        "event_type": reconciled or row.data.get("event_type"),
    }


def list_stories(engine: Engine) -> list[dict[str, Any]]:
    """Every story, the latest first."""
    query = (
        select(StoryRow, DossierRow.sub_event_type)
        .outerjoin(DossierRow, DossierRow.story_id == StoryRow.id)
        .order_by(StoryRow.last_day.is_(None), StoryRow.last_day.desc(), StoryRow.updated.desc())
    )
    with Session(engine) as session:
        return [_story_json(row, reconciled) for row, reconciled in session.execute(query)]


def find_story(engine: Engine, story_id: str) -> str | None:
    """The story with this id or unique id prefix, or the story of the article with this id."""
    with Session(engine) as session:
        if session.get(StoryRow, story_id) is not None:
            return story_id
        prefix = select(StoryRow.id).where(StoryRow.id.startswith(story_id, autoescape=True)).limit(2)
        matches = list(session.scalars(prefix))
        if len(matches) == 1:
            return matches[0]
        return session.scalar(select(StoryArticleRow.story_id).where(StoryArticleRow.article_id == story_id))


def get_story(engine: Engine, story_id: str) -> dict[str, Any] | None:
    """One story with its articles (oldest first) and each article's copy group."""
    found = find_story(engine, story_id)
    if found is None:
        return None
    with Session(engine) as session:
        row = session.get(StoryRow, found)
        assert row is not None
        query = (
            select(ArticleRow, StoryArticleRow, SyndicationRow)
            .join(StoryArticleRow, StoryArticleRow.article_id == ArticleRow.id)
            .outerjoin(SyndicationRow, SyndicationRow.article_id == ArticleRow.id)
            .where(StoryArticleRow.story_id == found)
            .order_by(ArticleRow.published.is_(None), ArticleRow.published, StoryArticleRow.seq)
        )
        articles = [
            {
                "id": a.id,
                "outlet": a.outlet,
                "title": a.title,
                "url": a.url,
                "published": a.published.replace(tzinfo=a.published.tzinfo or UTC).isoformat() if a.published else None,
                "syndication_group": s.group_id if s else None,
                "copy_of": s.of_article if s else None,
                "copy_similarity": s.similarity if s else None,
                "score": m.score,
            }
            for a, m, s in session.execute(query)
        ]
        story = _story_json(row, session.scalar(select(DossierRow.sub_event_type).where(DossierRow.story_id == row.id)))
        story["entities"] = row.data.get("entities", [])
        story["event_types"] = row.data.get("event_types", {})
        story["articles"] = articles
        groups: dict[str, list[str]] = {}
        for a in articles:
            if a["syndication_group"]:
                groups.setdefault(a["syndication_group"], []).append(a["id"])
        story["syndication_groups"] = [{"id": g, "articles": ids} for g, ids in groups.items()]
        return story


def syndication_groups(engine: Engine, article_ids: list[str] | None = None) -> dict[str, str]:
    """Article id -> copy group id, for articles that have a copy."""
    query = select(SyndicationRow.article_id, SyndicationRow.group_id)
    if article_ids is not None:
        query = query.where(SyndicationRow.article_id.in_(article_ids))
    with Session(engine) as session:
        return dict(session.execute(query).all())


def story_members(engine: Engine, story_id: str) -> list[str]:
    """The ids of a story's articles, in the order they were assigned."""
    query = select(StoryArticleRow.article_id).where(StoryArticleRow.story_id == story_id).order_by(StoryArticleRow.seq)
    with Session(engine) as session:
        return list(session.scalars(query))


def stories_of(engine: Engine, article_ids: list[str]) -> list[str]:
    """The stories these articles are in, each once, in the order of the articles."""
    query = select(StoryArticleRow.article_id, StoryArticleRow.story_id).where(
        StoryArticleRow.article_id.in_(article_ids)
    )
    with Session(engine) as session:
        found = dict(session.execute(query).all())
    return list(dict.fromkeys(found[a] for a in article_ids if a in found))
