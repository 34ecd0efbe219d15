"""Reading and writing annotations; later stages read these and never re-parse."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from functools import cache

from pydantic import TypeAdapter
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from storyline.model import Annotations
from storyline.store.schema import AnnotationRow, ArticleRow, EntityIndexRow


@cache
def _adapter() -> TypeAdapter[Annotations]:
    return TypeAdapter(Annotations)


def annotations_from(data: dict) -> Annotations:
    """Stored annotations (the JSON of one row) back as the dataclasses."""
    return _adapter().validate_python(data)


def save_annotations(session: Session, annotations: Annotations) -> None:
    """Replace an article's annotations and its rows in the entity index."""
    session.execute(delete(EntityIndexRow).where(EntityIndexRow.article_id == annotations.article_id))
    session.merge(
        AnnotationRow(
            article_id=annotations.article_id,
            content_hash=annotations.content_hash,
            data=asdict(annotations),
            created=datetime.now(UTC),
        )
    )
    seen: dict[str, EntityIndexRow] = {}
    for entity in annotations.entities:
        row = seen.get(entity.key)
        if row is None:
            seen[entity.key] = EntityIndexRow(
                article_id=annotations.article_id,
                key=entity.key[:300],
                name=entity.name,
                type=entity.type,
                mentions=len(entity.mentions),
                country=entity.country,
            )
        else:
            row.mentions += len(entity.mentions)
    session.add_all(seen.values())


def load_annotations(engine: Engine, article_ids: Iterable[str] | None = None) -> dict[str, Annotations]:
    query = select(AnnotationRow)
    if article_ids is not None:
        query = query.where(AnnotationRow.article_id.in_(list(article_ids)))
    with Session(engine) as session:
        return {row.article_id: _adapter().validate_python(row.data) for row in session.scalars(query)}


def stale_article_ids(engine: Engine) -> list[str]:
    """Articles with no annotations, or annotations of an older revision, in publication order (the order
    `extract` places them in stories, as if they arrived in it)."""
    query = (
        select(ArticleRow.id)
        .outerjoin(AnnotationRow, AnnotationRow.article_id == ArticleRow.id)
        .where((AnnotationRow.article_id.is_(None)) | (AnnotationRow.content_hash != ArticleRow.content_hash))
        .order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.id)
    )
    with Session(engine) as session:
        return list(session.scalars(query))
