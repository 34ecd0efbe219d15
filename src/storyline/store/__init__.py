"""The store: SQLite by default, PostgreSQL by URL; schema managed by Alembic."""

from storyline.store.database import connect, resolve_url
from storyline.store.repository import Outcome, get_article, list_articles, revisions, save_batch

__all__ = ["Outcome", "connect", "get_article", "list_articles", "resolve_url", "revisions", "save_batch"]
