"""interview sittings

An interview held over several sittings (interrupted, continued another day, perhaps with
another interpreter) keeps them in `interview.sittings` (`storage.sittings`); an interview
without the column's value is one sitting, as before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sittings", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_column("sittings")
