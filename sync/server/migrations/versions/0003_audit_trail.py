"""audit trail: Merkle log, signed heads, device chains

The service's append-only Merkle log of audit records (AUD-3) with its stored subtrees and
signed tree heads; the laptops' chained audit entries (AUD-2) with a checkpoint and flags per
profile; indexes for the auditor's queries. The log's one state row gets a random origin id,
so heads of one installation can never pass for heads of another.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08 10:00:00
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("log_id", sa.Text(), nullable=False),
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("frontier", sa.LargeBinary(), nullable=False),
        sa.Column("signed_size", sa.BigInteger(), nullable=False),
        sa.Column("signed_timestamp_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log_state")),
    )
    op.create_table(
        "audit_leaf",
        sa.Column("leaf_index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("leaf_hash", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Text(), nullable=False),
        sa.Column("appended_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("leaf_index", name=op.f("pk_audit_leaf")),
        sa.UniqueConstraint("source", "source_id", name=op.f("uq_audit_leaf_source_source_id")),
    )
    op.create_table(
        "audit_node",
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("node_index", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("level", "node_index", name=op.f("pk_audit_node")),
    )
    op.create_table(
        "audit_tree_head",
        sa.Column("tree_size", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("root_hash", sa.LargeBinary(), nullable=False),
        sa.Column("timestamp_ms", sa.BigInteger(), nullable=False),
        sa.Column("log_id", sa.Text(), nullable=False),
        sa.Column("key_id", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("tree_size", name=op.f("pk_audit_tree_head")),
    )
    _device_tables()
    _query_indexes()
    _seed_state()


def _device_tables() -> None:
    op.create_table(
        "device_audit_event",
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("chain_id", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("object_type", sa.Text(), nullable=False),
        sa.Column("object_id", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.Text(), nullable=False),
        sa.Column("occurred_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("chain_hash", sa.LargeBinary(), nullable=False),
        sa.Column("mac", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_device_audit_event_profile_id_profile")
        ),
        sa.PrimaryKeyConstraint("profile_id", "seq", name=op.f("pk_device_audit_event")),
    )
    with op.batch_alter_table("device_audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_audit_event_actor"), ["actor"])
        batch_op.create_index(batch_op.f("ix_device_audit_event_device_id"), ["device_id"])
        batch_op.create_index(batch_op.f("ix_device_audit_event_occurred_utc"), ["occurred_utc"])
        batch_op.create_index("ix_device_audit_event_object", ["object_type", "object_id"])
    op.create_table(
        "device_audit_checkpoint",
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("chain_id", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("head_hash", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_device_audit_checkpoint_profile_id_profile"),
        ),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_device_audit_checkpoint")),
    )
    op.create_table(
        "device_audit_flag",
        sa.Column("flag_id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("expected_hash", sa.LargeBinary(), nullable=True),
        sa.Column("received_hash", sa.LargeBinary(), nullable=True),
        sa.Column("entry", sa.JSON(), nullable=True),
        sa.Column("flagged_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_device_audit_flag_profile_id_profile")
        ),
        sa.PrimaryKeyConstraint("flag_id", name=op.f("pk_device_audit_flag")),
        sa.UniqueConstraint(
            "profile_id", "code", "seq", name=op.f("uq_device_audit_flag_profile_id_code_seq")
        ),
    )


def _query_indexes() -> None:
    with op.batch_alter_table("server_audit", schema=None) as batch_op:
        batch_op.create_index("ix_server_audit_object", ["object_type", "object_id"])
        batch_op.create_index("ix_server_audit_actor_id", ["actor_id"])
        batch_op.create_index("ix_server_audit_occurred_at", ["occurred_at"])
    with op.batch_alter_table("merge_audit", schema=None) as batch_op:
        batch_op.create_index("ix_merge_audit_user_id", ["user_id"])
        batch_op.create_index("ix_merge_audit_server_time", ["server_time"])


def _seed_state() -> None:
    state = sa.table(
        "audit_log_state",
        sa.column("id", sa.Integer()),
        sa.column("log_id", sa.Text()),
        sa.column("tree_size", sa.BigInteger()),
        sa.column("frontier", sa.LargeBinary()),
        sa.column("signed_size", sa.BigInteger()),
        sa.column("signed_timestamp_ms", sa.BigInteger()),
    )
    # signed_size -1: no head yet, so even the empty log gets one signed on first request.
    op.bulk_insert(
        state,
        [
            {
                "id": 1,
                "log_id": f"dossier-audit/{secrets.token_hex(8)}",
                "tree_size": 0,
                "frontier": b"",
                "signed_size": -1,
                "signed_timestamp_ms": 0,
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("merge_audit", schema=None) as batch_op:
        batch_op.drop_index("ix_merge_audit_server_time")
        batch_op.drop_index("ix_merge_audit_user_id")
    with op.batch_alter_table("server_audit", schema=None) as batch_op:
        batch_op.drop_index("ix_server_audit_occurred_at")
        batch_op.drop_index("ix_server_audit_actor_id")
        batch_op.drop_index("ix_server_audit_object")
    op.drop_table("device_audit_flag")
    op.drop_table("device_audit_checkpoint")
    op.drop_table("device_audit_event")
    op.drop_table("audit_tree_head")
    op.drop_table("audit_node")
    op.drop_table("audit_leaf")
    op.drop_table("audit_log_state")
