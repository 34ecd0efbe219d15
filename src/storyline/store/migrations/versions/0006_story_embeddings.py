"""Stories: a sentence embedding of each article's headline and lead, stored with its clustering features.

Computed once when the article is annotated, so a re-cluster reads it instead of running the model.
Rows written before this revision have none: they cluster without it until re-annotated.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("story_features", sa.Column("embedding", sa.LargeBinary))


def downgrade() -> None:
    with op.batch_alter_table("story_features") as batch:
        batch.drop_column("embedding")
