"""Schema migrations of the service (Alembic), for SQLite and PostgreSQL.

`dossier-server migrate` brings a database to the head revision. The service refuses to serve
a database that is behind (run migrate) or ahead (written by a newer service), because either
way its queries would not match the tables.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from sync.server.db.database import Database
from sync.server.errors import ServerError, ServerErrorCode

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_PG_MIGRATION_LOCK = 0x646F7373  # "doss": one migrating worker at a time


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the service schema, bound to `connection` when given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this service knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at (None when it was never migrated)."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database) -> tuple[str | None, str]:
    """Migrate to head; returns (revision before, revision after)."""
    with db.write() as conn:
        if db.dialect == "postgresql":
            # Several workers may start at once; the second waits and then finds head.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        before = current_revision(conn)
        if before is not None and not _known(before):
            raise ServerError(ServerErrorCode.SCHEMA_NEWER, before)
        command.upgrade(alembic_config(conn), "head")
        return before, head_revision()


def check_current(db: Database) -> str:
    """The revision, if it is head; raises SCHEMA_NOT_CURRENT or SCHEMA_NEWER otherwise."""
    with db.read() as conn:
        revision = current_revision(conn)
    if revision == head_revision():
        return revision
    if revision is not None and not _known(revision):
        raise ServerError(ServerErrorCode.SCHEMA_NEWER, revision)
    raise ServerError(ServerErrorCode.SCHEMA_NOT_CURRENT, str(revision))


def _known(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several types for an unknown id
        return False
