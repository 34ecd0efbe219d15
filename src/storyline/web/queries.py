"""Read queries behind the API and the pages: stories with filters, articles, entities, events.

Stories come from the `dossiers` table (its columns for filtering and sorting, its JSON for the rest);
which articles a story holds is read from the dossier JSON with the database's own JSON functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select, text, true
from sqlalchemy.orm import Session

from storyline.model import Article
from storyline.store.repository import to_article
from storyline.store.schema import ArticleRow, DossierRow, EntityIndexRow
from storyline.web import search

SORTS = ("latest", "sources", "oldest", "fatalities")


@dataclass(slots=True)
class StoryFilters:
    date_from: date | None = None
    date_to: date | None = None
    place: str | None = None  # place name (substring) or ISO country code
    entity: str | None = None  # entity key ("GPE:mombasa") or name
    event_type: str | None = None  # ACLED event type or sub-event type
    outlet: str | None = None
    q: str | None = None  # full-text over the story's articles and facts
    sort: str = "latest"
    limit: int = 20
    offset: int = 0


def _aware(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if value.tzinfo else value.isoformat() + "+00:00"


def _articles_json(engine: Engine) -> tuple[str, str, str]:
    """SQL for (the FROM item over a dossier's articles, the id expression, the outlet expression)."""
    if engine.dialect.name == "postgresql":
        return (
            "json_array_elements(dossiers.data -> 'articles') AS ja(value)",
            "ja.value ->> 'id'",
            "ja.value ->> 'outlet'",
        )
    return (
        "json_each(dossiers.data, '$.articles') AS ja",
        "json_extract(ja.value, '$.id')",
        "json_extract(ja.value, '$.outlet')",
    )


def story_ids_for_articles(engine: Engine, article_ids: list[str]) -> dict[str, list[str]]:
    """Article id -> ids of the stories whose dossiers hold it."""
    if not article_ids:
        return {}
    source, id_expr, _ = _articles_json(engine)
    names = {f"a{n}": value for n, value in enumerate(article_ids)}
    placeholders = ", ".join(f":{name}" for name in names)
    query = text(
        f"SELECT {id_expr} AS article_id, dossiers.story_id FROM dossiers, {source} "
        f"WHERE {id_expr} IN ({placeholders}) ORDER BY dossiers.story_id"
    )
    found: dict[str, list[str]] = {}
    with engine.connect() as connection:
        for article_id, story_id in connection.execute(query, names):
            found.setdefault(article_id, []).append(story_id)
    return found


def _story_conditions(engine: Engine, f: StoryFilters) -> list[Any]:
    conditions: list[Any] = []
    if f.date_from:
        start = datetime.combine(f.date_from, time.min, tzinfo=UTC)  # days are UTC days, as stored
        conditions.append(func.coalesce(DossierRow.last_published, DossierRow.first_published) >= start)
    if f.date_to:
        end = datetime.combine(f.date_to + timedelta(days=1), time.min, tzinfo=UTC)
        conditions.append(func.coalesce(DossierRow.first_published, DossierRow.last_published) < end)
    if f.place:
        place = f.place.strip()
        options = [func.lower(DossierRow.place).contains(place.casefold(), autoescape=True)]
        if len(place) == 2 and place.isalpha():
            options.append(DossierRow.country == place.upper())
        conditions.append(or_(*options))
    if f.event_type:
        kind = f.event_type.strip().casefold()
        conditions.append(or_(func.lower(DossierRow.event_type) == kind, func.lower(DossierRow.sub_event_type) == kind))
    source, id_expr, outlet_expr = _articles_json(engine)
    if f.outlet:
        conditions.append(
            text(f"EXISTS (SELECT 1 FROM {source} WHERE lower({outlet_expr}) = :outlet_filter)").bindparams(
                outlet_filter=f.outlet.strip().casefold()
            )
        )
    if f.entity:
        conditions.append(
            text(
                f"EXISTS (SELECT 1 FROM {source} JOIN entity_index AS ei ON ei.article_id = {id_expr} "
                "WHERE ei.key = :entity_key OR lower(ei.name) = :entity_name)"
            ).bindparams(entity_key=f.entity.strip(), entity_name=f.entity.strip().casefold())
        )
    if f.q and f.q.strip():
        conditions.append(DossierRow.story_id.in_(sorted(matching_story_ids(engine, f.q)) or [""]))
    return conditions


def matching_story_ids(engine: Engine, query: str, limit: int = 1000) -> set[str]:
    """Stories whose facts, or any of whose articles, match the full-text query."""
    ids = {hit.id for hit in search.search_facts(engine, query, limit=limit)}
    article_ids = [hit.id for hit in search.search_articles(engine, query, limit=limit)]
    for stories in story_ids_for_articles(engine, article_ids).values():
        ids.update(stories)
    return ids


def _order(sort: str) -> list[Any]:
    latest = DossierRow.last_published.desc().nulls_last()
    if sort == "sources":
        return [DossierRow.independent_sources.desc(), DossierRow.articles.desc(), latest, DossierRow.story_id]
    if sort == "oldest":
        return [DossierRow.first_published.asc().nulls_last(), DossierRow.story_id]
    if sort == "fatalities":
        return [DossierRow.fatalities.desc().nulls_last(), latest, DossierRow.story_id]
    return [latest, DossierRow.story_id]


def _places(data: dict[str, Any]) -> list[str]:
    names = []
    for event in data.get("events") or []:
        loc = event.get("location") or {}
        if loc.get("name"):
            label = loc["name"] + (f", {loc['country']}" if loc.get("country") else "")
            if label not in names:
                names.append(label)
    return names


def story_summary(row: DossierRow) -> dict[str, Any]:
    data = row.data or {}
    return {
        "id": row.story_id,
        "title": row.title,
        "first_published": _aware(row.first_published),
        "last_published": _aware(row.last_published),
        "articles": row.articles,
        "outlets": row.outlets,
        "independent_sources": row.independent_sources,
        "event_type": row.event_type,
        "sub_event_type": row.sub_event_type,
        "country": row.country,
        "place": row.place,
        "places": _places(data),
        "fatalities": row.fatalities,
        "outlet_names": sorted({a.get("outlet") for a in data.get("articles") or [] if a.get("outlet")}),
    }


def list_stories(engine: Engine, f: StoryFilters) -> tuple[int, list[dict[str, Any]]]:
    conditions = _story_conditions(engine, f)
    where = and_(true(), *conditions)
    with Session(engine) as session:
        total = session.scalar(select(func.count()).select_from(DossierRow).where(where)) or 0
        rows = session.scalars(
            select(DossierRow).where(where).order_by(*_order(f.sort)).limit(f.limit).offset(f.offset)
        ).all()
        return total, [story_summary(row) for row in rows]


def facets(engine: Engine) -> dict[str, list[str]]:
    """Values offered by the story list's filters."""
    with Session(engine) as session:
        kinds = session.scalars(
            select(DossierRow.event_type)
            .where(DossierRow.event_type.is_not(None))
            .distinct()
            .order_by(DossierRow.event_type)
        ).all()
        outlets = session.scalars(
            select(ArticleRow.outlet).where(ArticleRow.outlet.is_not(None)).distinct().order_by(ArticleRow.outlet)
        ).all()
        countries = session.scalars(
            select(DossierRow.country).where(DossierRow.country.is_not(None)).distinct().order_by(DossierRow.country)
        ).all()
    return {"event_types": list(kinds), "outlets": list(outlets), "countries": list(countries)}


# --- articles ----------------------------------------------------------------------------------


def article_summary(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "words": article.words,
    }


def list_articles(
    engine: Engine, outlet: str | None = None, story: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[Article]]:
    query = select(ArticleRow)
    if outlet:
        query = query.where(func.lower(ArticleRow.outlet) == outlet.strip().casefold())
    if story:
        from storyline.store import load_dossiers

        dossiers = load_dossiers(engine, [story])
        query = query.where(ArticleRow.id.in_([a.id for d in dossiers for a in d.articles] or [""]))
    with Session(engine) as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(ArticleRow.published.desc().nulls_last(), ArticleRow.id).limit(limit).offset(offset)
        ).all()
        return total, [to_article(row) for row in rows]


# --- entities ----------------------------------------------------------------------------------


def list_entities(
    engine: Engine, q: str | None = None, kind: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    articles = func.count(func.distinct(EntityIndexRow.article_id)).label("articles")
    query = select(
        EntityIndexRow.key,
        func.max(EntityIndexRow.name).label("name"),
        func.max(EntityIndexRow.type).label("type"),
        func.max(EntityIndexRow.country).label("country"),
        articles,
        func.sum(EntityIndexRow.mentions).label("mentions"),
    ).group_by(EntityIndexRow.key)
    if q:
        needle = q.strip().casefold()
        query = query.where(
            or_(
                func.lower(EntityIndexRow.name).contains(needle, autoescape=True),
                EntityIndexRow.key.contains(needle, autoescape=True),
            )
        )
    if kind:
        query = query.where(EntityIndexRow.type == kind.strip().upper())
    with Session(engine) as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.execute(
            query.order_by(articles.desc(), func.sum(EntityIndexRow.mentions).desc(), EntityIndexRow.key)
            .limit(limit)
            .offset(offset)
        ).all()
    return total, [
        {
            "key": r.key,
            "name": r.name,
            "type": r.type,
            "country": r.country,
            "articles": int(r.articles),
            "mentions": int(r.mentions or 0),
        }
        for r in rows
    ]


def get_entity(engine: Engine, key: str) -> dict[str, Any] | None:
    with Session(engine) as session:
        rows = session.execute(
            select(EntityIndexRow, ArticleRow)
            .join(ArticleRow, ArticleRow.id == EntityIndexRow.article_id)
            .where(EntityIndexRow.key == key)
            .order_by(ArticleRow.published.desc().nulls_last(), ArticleRow.id)
        ).all()
        if not rows:
            return None
        first = rows[0][0]
        articles = [{**article_summary(to_article(article)), "mentions": entry.mentions} for entry, article in rows]
    stories = story_ids_for_articles(engine, [a["id"] for a in articles])
    return {
        "key": first.key,
        "name": first.name,
        "type": first.type,
        "country": first.country,
        "mentions": sum(a["mentions"] for a in articles),
        "articles": articles,
        "stories": sorted({s for ids in stories.values() for s in ids}),
    }


# --- events ------------------------------------------------------------------------------------


def list_events(engine: Engine, f: StoryFilters) -> tuple[int, list[dict[str, Any]]]:
    """The reconciled events of the stories that pass the filters, one row per event."""
    conditions = _story_conditions(engine, f)
    where = and_(true(), *conditions)
    with Session(engine) as session:
        rows = session.scalars(select(DossierRow).where(where).order_by(*_order(f.sort))).all()
        events = []
        for row in rows:
            for n, event in enumerate((row.data or {}).get("events") or []):
                events.append({"story_id": row.story_id, "story_title": row.title, "index": n, **event})
    return len(events), events[f.offset : f.offset + f.limit]
