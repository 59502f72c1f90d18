"""per-case attachment keys (KEY-6) and an FTS index that forgets what is deleted

`case_key` holds one random key per case wrapping the CEKs of its attachments; existing
attachments stay wrapped by the profile KEK until the next unlock re-wraps them
(`storage.case_keys.adopt_case_keys`). The full-text index gets FTS5's `secure-delete`
option, so a deleted or evicted record's terms leave the index at once instead of lingering
in older segments; `rebuild` drops what earlier deletes left there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 23:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_key",
        sa.Column("case_id", sa.Text(), nullable=False),
        sa.Column("material", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 1)")
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def downgrade() -> None:
    op.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 0)")
    op.drop_table("case_key")
