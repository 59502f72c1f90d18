"""Throw-away PostgreSQL databases for the benchmarks that run the service on PostgreSQL.

`--pg-url` names a server and a database to connect to as an administrator; each variant gets
a database of its own, created just before it and dropped (`WITH (FORCE)`) right after, so a
run never sees another run's rows and leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError


def pg_unreachable(url: str) -> str | None:
    """Why `url` cannot be used (a short reason without the password), or None if it can."""
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
    except Exception as exc:  # a malformed URL or a missing driver
        return f"not usable: {type(exc).__name__}"
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        return f"not reachable: {type(exc.orig).__name__}"
    finally:
        engine.dispose()
    return None


def pg_place(url: str) -> str:
    """Host, port and database of `url`, for messages (never the user or the password)."""
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


@contextmanager
def throwaway_database(pg_url: str, name: str) -> Iterator[str]:
    """An empty database `name` on the server of `pg_url` for the block; yields its URL."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
