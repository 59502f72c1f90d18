"""Alembic environment for the local store: always runs on the caller's keyed connection."""

from __future__ import annotations

from alembic import context

from storage.tables import metadata


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # The FTS5 virtual table and its shadow tables are managed by raw DDL, not by metadata.
    return not (type_ == "table" and name is not None and name.startswith("search_fts"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite can't ALTER most things; batch mode rebuilds tables
    compare_type=True,
    include_name=_include_name,
)
with context.begin_transaction():
    context.run_migrations()
