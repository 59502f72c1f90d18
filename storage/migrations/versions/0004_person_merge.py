"""duplicate persons: merge decisions and local candidates

`person_merge` records a caseworker's decision about two person records (merged, or not the
same person) and syncs like every entity; `person_match` holds the duplicate candidates this
laptop found, derived and local only.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-16 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_merge",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Text(), nullable=True),
        sa.Column("other_person_id", sa.Text(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sync_state", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.Column("updated_hlc", sa.Text(), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person_merge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_merge_case_id"), ["case_id"], unique=False)
    op.create_table(
        "person_match",
        sa.Column("person_id", sa.Text(), nullable=False),
        sa.Column("other_person_id", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("found_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "other_person_id"),
    )
    with op.batch_alter_table("person_match", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_match_other_person_id"), ["other_person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("person_match", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_match_other_person_id"))
    op.drop_table("person_match")
    with op.batch_alter_table("person_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_merge_case_id"))
    op.drop_table("person_merge")
