"""change-log retention horizon per bucket, and the history of ended assignments

`bucket_horizon` records, per bucket, up to where compaction removed tombstones; a pull with
an older cursor gets the bucket as a snapshot (`cursor_expired`, F26). `assignment_history`
keeps assignments that ended, so an edit made offline while the case was still assigned is
accepted after a reassignment (F31). See `sync.server.db.horizon_tables`.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-17 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bucket_horizon",
        sa.Column("bucket", sa.Text(), nullable=False),
        sa.Column("horizon_seq", sa.BigInteger(), nullable=False),
        sa.Column("compacted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_bucket_horizon")),
    )
    op.create_table(
        "assignment_history",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("unassigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name=op.f("fk_assignment_history_case_id_case")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_assignment_history_user_id_user_account"),
        ),
    )
    with op.batch_alter_table("assignment_history", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assignment_history_case_id_user_id", ["case_id", "user_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("assignment_history", schema=None) as batch_op:
        batch_op.drop_index("ix_assignment_history_case_id_user_id")
    op.drop_table("assignment_history")
    op.drop_table("bucket_horizon")
