"""the laptops' audit chain MAC keys, so the service checks their MACs

`device_audit_key` holds, per profile that sent a chain-key grant with an upload, the MAC key
evolved to where the verified chain ends; profiles without one keep hash-only checking.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 02:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_audit_key",
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("chain_id", sa.Text(), nullable=False),
        sa.Column("granted_seq", sa.BigInteger(), nullable=False),
        sa.Column("grant_digest", sa.LargeBinary(), nullable=False),
        sa.Column("key_seq", sa.BigInteger(), nullable=False),
        sa.Column("key_head", sa.LargeBinary(), nullable=False),
        sa.Column("chain_key", sa.LargeBinary(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_device_audit_key_profile_id_profile")
        ),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_device_audit_key")),
    )


def downgrade() -> None:
    op.drop_table("device_audit_key")
