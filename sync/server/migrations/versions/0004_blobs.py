"""attachment blobs: complete blobs in chunks, resumable uploads in parts

Complete, hash-verified blobs content-addressed by the plaintext's SHA-256 (`blob`,
`blob_chunk`), and resumable uploads of the laptops' sealed streams, one per hash and
profile (`blob_upload`, `blob_upload_part`). See `sync.server.db.blob_tables`.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-15 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_profile", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "blob_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("chunk_index", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blob.sha256"], name=op.f("fk_blob_chunk_sha256_blob")
        ),
        sa.PrimaryKeyConstraint("sha256", "chunk_index", name=op.f("pk_blob_chunk")),
    )
    op.create_table(
        "blob_upload",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("upload_size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profile.id"], name=op.f("fk_blob_upload_profile_id_profile")
        ),
        sa.PrimaryKeyConstraint("sha256", "profile_id", name=op.f("pk_blob_upload")),
    )
    op.create_table(
        "blob_upload_part",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("byte_offset", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint(
            "sha256", "profile_id", "byte_offset", name=op.f("pk_blob_upload_part")
        ),
    )


def downgrade() -> None:
    op.drop_table("blob_upload_part")
    op.drop_table("blob_upload")
    op.drop_table("blob_chunk")
    op.drop_table("blob")
