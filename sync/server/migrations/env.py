"""Alembic environment of the service: runs on the caller's connection, SQLite or PostgreSQL."""

from __future__ import annotations

from alembic import context

from sync.server.db.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite can't ALTER most things; batch mode rebuilds tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
