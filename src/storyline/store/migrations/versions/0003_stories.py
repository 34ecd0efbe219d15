"""Stories: clustering features per article, stories, story membership, syndication groups.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _article_id() -> sa.Column:
    return sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "story_features",
        _article_id(),
        sa.Column("content_hash", sa.String(16), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("signature", sa.LargeBinary),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("first_day", sa.String(10)),
        sa.Column("last_day", sa.String(10)),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated", TZ, nullable=False),
    )
    op.create_index("ix_stories_first_day", "stories", ["first_day"])
    op.create_index("ix_stories_last_day", "stories", ["last_day"])
    op.create_table(
        "story_articles",
        _article_id(),
        sa.Column("story_id", sa.String(16), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("assigned", TZ, nullable=False),
    )
    op.create_index("ix_story_articles_story_id", "story_articles", ["story_id"])
    op.create_table(
        "syndication",
        _article_id(),
        sa.Column("group_id", sa.String(16), nullable=False),
        sa.Column("of_article", sa.String(16)),
        sa.Column("similarity", sa.Float),
    )
    op.create_index("ix_syndication_group_id", "syndication", ["group_id"])


def downgrade() -> None:
    op.drop_table("syndication")
    op.drop_table("story_articles")
    op.drop_table("stories")
    op.drop_table("story_features")
