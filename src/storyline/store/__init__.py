"""The store: SQLite by default, PostgreSQL by URL; schema managed by Alembic."""

from storyline.store.annotations import load_annotations, save_annotations, stale_article_ids
from storyline.store.database import connect, resolve_url, transaction
from storyline.store.repository import (
    Outcome,
    get_article,
    list_articles,
    revisions,
    save_article,
    save_batch,
)

__all__ = [
    "Outcome",
    "connect",
    "get_article",
    "list_articles",
    "load_annotations",
    "resolve_url",
    "revisions",
    "save_annotations",
    "save_article",
    "save_batch",
    "stale_article_ids",
    "transaction",
]
