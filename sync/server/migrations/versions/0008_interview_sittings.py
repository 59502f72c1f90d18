"""interview sittings

`interview.sittings` (`storage.schema.INTERVIEW`, `storage.sittings`): the sittings of an
interview that was interrupted and continued; empty for an interview held in one sitting.

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-28 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sittings", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_column("sittings")
