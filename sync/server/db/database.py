"""Engine creation for SQLite and PostgreSQL, and explicit read/write transactions.

SQLite (the embedded default) gets WAL, foreign keys, `secure_delete` (an erasure leaves no
bytes behind), a busy timeout and `BEGIN IMMEDIATE` for writes, so two writers queue up
instead of failing half-way with SQLITE_BUSY when a read lock is upgraded. PostgreSQL goes
through psycopg 3. Bound parameters are never put into error messages or logs
(`hide_parameters`): they are case data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

from sync.server.errors import ServerError, ServerErrorCode

_WRITE = "dossier_write"
_SCRATCH = "dossier_transaction_scratch"

CommitHook = Callable[[Connection], None]
"""Work a write transaction runs last, just before its commit (`Database.add_commit_hook`)."""


def normalise_url(url: str) -> str:
    """The URL with the driver this service uses (pysqlite, psycopg 3); others are refused."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerError(ServerErrorCode.CONFIG_INVALID, "database url") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+pysqlite").render_as_string(hide_password=False)
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    raise ServerError(ServerErrorCode.CONFIG_INVALID, f"unsupported database {backend}")


def make_engine(url: str, *, busy_timeout_ms: int = 10_000) -> Engine:
    """An engine for `url` with the connection settings this service relies on."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        _create_private_file(make_url(url).database)
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine, busy_timeout_ms)
        return engine
    return create_engine(
        url,
        hide_parameters=True,
        pool_pre_ping=True,  # a restarted PostgreSQL must not turn into 5xx for one request
        connect_args={"options": "-c timezone=UTC"},
    )


def _create_private_file(path: str | None) -> None:
    # The database holds special-category data: owner-only from the first byte. SQLite gives
    # its -wal and -shm files the permissions of the database file.
    if path and path != ":memory:" and not path.startswith("file:") and not os.path.exists(path):
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy (not the sqlite3 module) decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # a committed push survives power loss
            cursor.execute("PRAGMA foreign_keys=ON")
            # Deleted content is overwritten with zeros, not left in free space: an erased
            # case must leave no trace in the file (retention, `services.erasure`).
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front, so the change_log seq read-then-write in a
        # write transaction can never be interleaved with another writer's.
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def transaction_scratch(conn: Connection) -> dict[str, object] | None:
    """Per-transaction state of a `Database.write` block (None outside one).

    Services park work here that must run at the very end of the transaction (the audit
    log's leaf appends). `Connection.info` outlives the transaction (it belongs to the pooled
    DBAPI connection), which is why `write` creates and removes this dict itself: nothing of
    a rolled-back transaction can leak into the next one on the same connection.
    """
    scratch = conn.info.get(_SCRATCH)
    return scratch if isinstance(scratch, dict) else None


class Database:
    """The service's database: one engine and explicit transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._commit_hooks: list[CommitHook] = []

    def add_commit_hook(self, hook: CommitHook) -> None:
        """Run `hook(conn)` at the end of every `write` block that did not raise.

        It runs inside the transaction, after the block's own statements: a lock it takes is
        the last one taken, so it cannot deadlock against locks the block took first.
        """
        self._commit_hooks.append(hook)

    @classmethod
    def from_url(cls, url: str, *, busy_timeout_ms: int = 10_000) -> Database:
        """A Database connected to `url` (see `make_engine`)."""
        return cls(make_engine(url, busy_timeout_ms=busy_timeout_ms))

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction (rolled back at the end: reads never write by accident)."""
        with self.engine.connect() as conn, conn.begin() as tx:
            yield conn
            tx.rollback()

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only transaction in which every statement sees one snapshot.

        PostgreSQL: REPEATABLE READ (the pull's requirement, sync-designs §2.3 — membership,
        high-water mark and data read at one checkpoint). SQLite in WAL mode already reads
        a whole transaction from the snapshot its first read took.
        """
        with self.engine.connect() as plain:
            conn = plain
            if self.dialect == "postgresql":
                conn = plain.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with conn.begin() as tx:
                yield conn
                tx.rollback()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: committed when the block ends, rolled back on an exception."""
        with self.engine.connect() as plain:
            conn = plain.execution_options(**{_WRITE: True})
            conn.info[_SCRATCH] = {}
            try:
                with conn.begin():
                    yield conn
                    for hook in self._commit_hooks:
                        hook(conn)
            finally:
                conn.info.pop(_SCRATCH, None)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
