"""Annotations per article, and an index of entities for linking across articles.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "annotations",
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("content_hash", sa.String(16), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "entity_index",
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("country", sa.String(2)),
    )
    op.create_index("ix_entity_index_key", "entity_index", ["key"])


def downgrade() -> None:
    op.drop_table("entity_index")
    op.drop_table("annotations")
