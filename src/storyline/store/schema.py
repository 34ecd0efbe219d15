"""Tables of the store. Alembic migrations under `migrations/` create and evolve them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True), dict: JSON, list: JSON}  # noqa: RUF012


class ArticleRow(Base):
    """The latest revision of each article; older revisions live in `article_revisions`."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list] = mapped_column(default=list)
    published: Mapped[datetime | None] = mapped_column(index=True)
    language: Mapped[str | None] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    words: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(16), index=True)
    source: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    removed: Mapped[list] = mapped_column(default=list)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    ingested: Mapped[datetime]


class RevisionRow(Base):
    """Every version of an article ever stored, the current one included."""

    __tablename__ = "article_revisions"
    __table_args__ = (UniqueConstraint("article_id", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None]
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    removed: Mapped[list] = mapped_column(default=list)
    ingested: Mapped[datetime]


class AnnotationRow(Base):
    """What extraction found in the current revision of an article, as one JSON document."""

    __tablename__ = "annotations"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict]
    created: Mapped[datetime]


class EntityIndexRow(Base):
    """Which linked entities (by key) appear in which article, and how often."""

    __tablename__ = "entity_index"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True, index=True)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(12))
    mentions: Mapped[int] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(2))


class DossierRow(Base):
    """A story's dossier as JSON, with the columns the story list filters and sorts on."""

    __tablename__ = "dossiers"

    story_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    first_published: Mapped[datetime | None]
    last_published: Mapped[datetime | None] = mapped_column(index=True)
    articles: Mapped[int] = mapped_column(Integer)
    outlets: Mapped[int] = mapped_column(Integer)
    independent_sources: Mapped[int] = mapped_column(Integer)
    event_type: Mapped[str | None] = mapped_column(String(60))
    sub_event_type: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str | None] = mapped_column(String(2))
    place: Mapped[str | None] = mapped_column(Text)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict]
    updated: Mapped[datetime]


# --- stories: syndication groups and story clusters (issue 4) ----------------------------------


class StoryFeaturesRow(Base):
    """What story clustering reads of an article (terms, entities, places, dates), its MinHash and embedding."""

    __tablename__ = "story_features"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict]
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)  # float16 headline-and-lead sentence embedding


class StoryRow(Base):
    """One story: its title and summary as of its latest article."""

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)  # the id of the article that opened it
    title: Mapped[str | None] = mapped_column(Text)
    first_day: Mapped[str | None] = mapped_column(String(10), index=True)
    last_day: Mapped[str | None] = mapped_column(String(10), index=True)
    articles: Mapped[int] = mapped_column(Integer)
    sources: Mapped[int] = mapped_column(Integer)  # independent sources: outlets and copy groups counted once
    data: Mapped[dict]  # key entities, places, event types
    updated: Mapped[datetime]


class StoryArticleRow(Base):
    """Which story each article belongs to, in the order articles were assigned."""

    __tablename__ = "story_articles"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    score: Mapped[float] = mapped_column(Float)
    assigned: Mapped[datetime]


class SyndicationRow(Base):
    """Copies of one text: each member of a group of two or more, with the group's id (its first member)."""

    __tablename__ = "syndication"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(16), index=True)
    of_article: Mapped[str | None] = mapped_column(String(16))  # the earlier copy it matched
    similarity: Mapped[float | None] = mapped_column(Float)  # estimated Jaccard of 5-shingles
