"""push, pull and conflicts

What applying pushed mutations needs beyond the initial schema: the version at which each row
was last archived (the merge's concurrency test for archive vs edit), conflict records that
sync (clocks, superseded conflict, a version laptops compare), and per-mutation status, case
and commit seq (rejection listings and pull acks). Frozen: the entity tables are named here,
not derived from the schema of the day.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ENTITY_TABLES = (
    "case",
    "person",
    "case_person",
    "identity_document",
    "interview",
    "note",
    "task",
    "attachment",
    "return_assistance",
)


def upgrade() -> None:
    for name in _ENTITY_TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("archive_version", sa.BigInteger(), server_default="0", nullable=False)
            )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_hlc", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("server_hlc", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("supersedes", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("version", sa.BigInteger(), server_default="1", nullable=False)
        )
    with op.batch_alter_table("mutation_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.Text(), server_default="applied", nullable=False)
        )
        batch_op.add_column(sa.Column("case_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("commit_seq", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_mutation_log_case_id"), ["case_id"], unique=False)
    with op.batch_alter_table("merge_audit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_merge_audit_conflict_id"), ["conflict_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("merge_audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_audit_conflict_id"))
    with op.batch_alter_table("mutation_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mutation_log_case_id"))
        batch_op.drop_column("commit_seq")
        batch_op.drop_column("case_id")
        batch_op.drop_column("status")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("supersedes")
        batch_op.drop_column("server_hlc")
        batch_op.drop_column("client_hlc")
    for name in reversed(_ENTITY_TABLES):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("archive_version")
