"""the clock skew each device showed at its last contact

`device.clock_skew_ms` is the laptop's wall clock minus the service's at the last contact
that carried a `Dossier-Client-Time` header (positive: the laptop is ahead), and
`device.clock_checked_at` the service time of that contact. `dossier-server admin devices
clock-skew` reports them (sync-designs §2.5: a skew above 5 minutes is reported, pushes are
still accepted).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 23:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("device", sa.Column("clock_skew_ms", sa.BigInteger(), nullable=True))
    op.add_column(
        "device", sa.Column("clock_checked_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("clock_checked_at")
        batch.drop_column("clock_skew_ms")
