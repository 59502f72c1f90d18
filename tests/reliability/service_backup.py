"""Back up and restore the service's database the way IT does it (T19), for the restore drill.

SQLite: the online backup API (a consistent copy while the service runs), restored with the
same API over the live file. PostgreSQL: `CREATE DATABASE … TEMPLATE …` (a file-level copy;
it needs the source without connections, so the service's pool is closed first), restored by
dropping the live database and creating it again from the copy. Both end with the service's
pool closed: its next request connects to the restored data, as a restarted service would.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fastapi import FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url


@dataclass(frozen=True)
class Backup:
    """Where a backup of the service database is kept (a file, or a database name)."""

    url: URL
    copy: str


def _live(app: FastAPI) -> URL:
    db = app.state.context.db
    url = make_url(db.engine.url.render_as_string(hide_password=False))
    db.dispose()
    return url


def take_backup(app: FastAPI) -> Backup:
    """A consistent copy of the service database as it is now."""
    url = _live(app)
    assert url.database is not None
    if url.get_backend_name() == "sqlite":
        copy = f"{url.database}.backup"
        with sqlite3.connect(url.database) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        source.close()
        target.close()
        return Backup(url, copy)
    copy = f"{url.database}_backup"
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{url.database}"'))
    engine.dispose()
    return Backup(url, copy)


def restore_backup(app: FastAPI, backup: Backup) -> None:
    """Replace the live database by the backup (what a restore does to the service)."""
    url = _live(app)
    assert url.database is not None
    if url.get_backend_name() == "sqlite":
        with sqlite3.connect(backup.copy) as source, sqlite3.connect(url.database) as target:
            source.backup(target)
        source.close()
        target.close()
        return
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{url.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{url.database}" TEMPLATE "{backup.copy}"'))
        conn.execute(text(f'DROP DATABASE "{backup.copy}"'))
    engine.dispose()


def drop_backup(backup: Backup) -> None:
    """Remove the copy (a PostgreSQL database outlives the test otherwise)."""
    if backup.url.get_backend_name() == "sqlite":
        return
    engine = create_engine(backup.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{backup.copy}" WITH (FORCE)'))
    engine.dispose()
