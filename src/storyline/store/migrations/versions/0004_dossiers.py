"""Dossiers: the comparison stage's result per story, kept for the views and the API.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossiers",
        sa.Column("story_id", sa.String(32), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("first_published", sa.DateTime(timezone=True)),
        sa.Column("last_published", sa.DateTime(timezone=True)),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("outlets", sa.Integer, nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("event_type", sa.String(60)),
        sa.Column("sub_event_type", sa.String(80)),
        sa.Column("country", sa.String(2)),
        sa.Column("place", sa.Text),
        sa.Column("fatalities", sa.Integer),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_dossiers_last_published", "dossiers", ["last_published"])


def downgrade() -> None:
    op.drop_table("dossiers")
