"""audit records removed by the erasure of their case (retention)

`audit_erasure` lists the audit records (merge records with field values) that the erasure of
a case removed, each under the logged `case.erase` event that removed it, so `admin audit
verify` can tell an erasure from a deletion. See `sync.server.db.audit_tables`.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 23:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_erasure",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Text(), nullable=False),
        sa.Column("erased_by", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source", "source_id", name=op.f("pk_audit_erasure")),
    )
    with op.batch_alter_table("audit_erasure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_erasure_erased_by"), ["erased_by"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_erasure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_erasure_erased_by"))
    op.drop_table("audit_erasure")
