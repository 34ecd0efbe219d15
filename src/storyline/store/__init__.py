"""The store: SQLite by default, PostgreSQL by URL; schema managed by Alembic."""

from storyline.store.annotations import load_annotations, save_annotations, stale_article_ids
from storyline.store.database import connect, resolve_url, transaction
from storyline.store.dossiers import delete_dossiers, dossier_ids, load_dossiers, save_dossier
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
    "delete_dossiers",
    "dossier_ids",
    "get_article",
    "list_articles",
    "load_annotations",
    "load_dossiers",
    "resolve_url",
    "revisions",
    "save_annotations",
    "save_article",
    "save_batch",
    "save_dossier",
    "stale_article_ids",
    "transaction",
]
