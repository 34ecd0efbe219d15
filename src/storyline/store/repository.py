"""Reading and writing articles; one transaction per batch so a crash loses no stored work."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session

from storyline.model import Article, Removal
from storyline.store.database import transaction
from storyline.store.schema import ArticleRow, RevisionRow


class Outcome(StrEnum):
    ADDED = "added"
    REVISED = "revised"  # same URL, changed text: stored as a new revision
    DUPLICATE = "duplicate"


def _removed(article: Article) -> list[dict]:
    return [asdict(r) for r in article.removed]


def _utc(value: datetime | None) -> datetime | None:
    """Times are stored in UTC: SQLite keeps no zone, and would give back the local clock time as if it were UTC."""
    return value.astimezone(UTC) if value is not None else None


def _find_existing(session: Session, article: Article) -> ArticleRow | None:
    """The stored article this one is a copy or revision of: same id, or same text and outlet."""
    row = session.get(ArticleRow, article.id)
    if row is not None:
        return row
    same_text = select(ArticleRow).where(ArticleRow.content_hash == article.content_hash)
    for candidate in session.scalars(same_text):
        # the same text under another outlet is a syndicated copy, kept as its own article
        if candidate.outlet == article.outlet or not article.url or not candidate.url:
            return candidate
    return None


def _revision(article: Article, number: int, now: datetime) -> RevisionRow:
    return RevisionRow(
        article_id=article.id,
        revision=number,
        content_hash=article.content_hash,
        title=article.title,
        published=_utc(article.published),
        text=article.text,
        raw=article.raw,
        removed=_removed(article),
        ingested=now,
    )


def save_article(session: Session, article: Article) -> Outcome:
    now = datetime.now(UTC)
    row = _find_existing(session, article)
    if row is None:
        session.add(
            ArticleRow(
                id=article.id,
                url=article.url,
                outlet=article.outlet,
                title=article.title,
                authors=article.authors,
                published=_utc(article.published),
                language=article.language,
                text=article.text,
                words=article.words,
                content_hash=article.content_hash,
                source=article.source,
                raw=article.raw,
                removed=_removed(article),
                revision=1,
                ingested=now,
            )
        )
        session.flush()  # the revision's foreign key needs the article row first
        session.add(_revision(article, 1, now))
        return Outcome.ADDED
    known = select(RevisionRow.id).where(
        RevisionRow.article_id == row.id, RevisionRow.content_hash == article.content_hash
    )
    if row.content_hash == article.content_hash or session.scalar(known) is not None:
        article.id = row.id  # found by its text under another id: the caller learns which article it is
        return Outcome.DUPLICATE
    row.revision += 1
    row.title, row.text, row.raw = article.title or row.title, article.text, article.raw
    row.published = _utc(article.published) or row.published
    row.words, row.content_hash, row.removed = article.words, article.content_hash, _removed(article)
    row.ingested = now
    article.id = row.id
    session.add(_revision(article, row.revision, now))
    return Outcome.REVISED


def save_batch(engine: Engine, articles: Iterable[Article]) -> list[Outcome]:
    """Store a batch in one transaction: all of it lands, or none of it."""
    with transaction(engine) as session:
        return [save_article(session, article) for article in articles]


def to_article(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        url=row.url,
        title=row.title,
        text=row.text,
        outlet=row.outlet,
        authors=list(row.authors or []),
        published=_aware(row.published),
        language=row.language,
        source=row.source,
        raw=row.raw,
        removed=[Removal(**r) for r in row.removed or []],
    )


def _aware(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; they were stored in UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def list_articles(engine: Engine, ids: Iterable[str] | None = None) -> list[Article]:
    query = select(ArticleRow).order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.id)
    if ids is not None:
        query = query.where(ArticleRow.id.in_(list(ids)))
    with Session(engine) as session:
        return [to_article(row) for row in session.scalars(query)]


def get_article(engine: Engine, key: str) -> Article | None:
    """An article by id, or by a unique id prefix, or by URL."""
    with Session(engine) as session:
        rows = session.scalars(
            select(ArticleRow).where(or_(ArticleRow.id.startswith(key), ArticleRow.url == key)).limit(2)
        ).all()
        return to_article(rows[0]) if len(rows) == 1 else None


def revisions(engine: Engine, article_id: str) -> list[RevisionRow]:
    with Session(engine) as session:
        query = select(RevisionRow).where(RevisionRow.article_id == article_id)
        return list(session.scalars(query.order_by(RevisionRow.revision)))
