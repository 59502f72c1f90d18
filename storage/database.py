"""The unlocked store: read()/write() transactions over one SQLCipher file.

A `Store` exists only while a profile is unlocked. `lock()` disposes every keyed connection
(DB-10) and wipes the data key (MEM-1); every later call raises STORE_LOCKED.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, Table, bindparam, event, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from storage.engine import create_store_engine
from storage.errors import ErrorCode, StoreError
from storage.keys import sqlcipher_key_pragma_value, wipe
from storage.tables import meta
from storage.write_batch import GET_META, MetaValue, RawInsert, WriteBatch

# What a write can raise: through SQLAlchemy (wrapped) or from the batch (the driver's own).
_DB_ERRORS = (DBAPIError, sqlcipher3.Error)


def _map_db_error(exc: Exception) -> StoreError:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(orig).lower() if orig else ""
    if "disk is full" in message or "database or disk is full" in message:
        return StoreError(ErrorCode.DISK_FULL, "sqlite")
    if "malformed" in message or "not a database" in message:
        return StoreError(ErrorCode.STORE_CORRUPT, "sqlite")
    return StoreError(ErrorCode.IO_ERROR, type(orig).__name__)


_GET_META = select(meta.c.value).where(meta.c.key == bindparam("key"))
_UPSERT = sqlite_insert(meta)
_SET_META = _UPSERT.on_conflict_do_update(
    index_elements=[meta.c.key], set_={"value": _UPSERT.excluded.value}
)


class Store:
    """An open, keyed store. Obtain one from `storage.profiles.unlock_profile`."""

    def __init__(self, path: Path, data_key: bytearray) -> None:
        self.path = path
        self._key = data_key
        self._key_pragma: str | None = sqlcipher_key_pragma_value(data_key)
        self._engine: Engine | None = create_store_engine(path, self._key_pragma)
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._inserts: dict[str, RawInsert] = {}
        encode = meta.c.value.type._cached_bind_processor(self._engine.dialect)
        self._encode_meta: Callable[[Any], Any] = encode or (lambda value: value)
        # Any statement run through SQLAlchemy first writes what the open write deferred, so
        # it reads (and writes after) a complete transaction (`storage.write_batch`).
        event.listen(self._engine, "before_cursor_execute", self._flush_deferred)

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    def _require_engine(self) -> Engine:
        if self._engine is None:
            raise StoreError(ErrorCode.STORE_LOCKED)
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction (one consistent snapshot); inside a write, reads that write."""
        current = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        engine = self._require_engine()
        try:
            with engine.connect() as conn, conn.begin():
                yield conn
        except _DB_ERRORS as exc:
            raise _map_db_error(exc) from None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: everything inside commits together or not at all.

        Writers are serialised in-process as well as by SQLite's lock, so the per-profile
        counters (mutation sequence, audit chain) advance without races. A write opened
        inside another write on the same thread joins it: `with store.write(): ...` around
        several service calls makes them one transaction.

        Outbox, audit and index rows and the counters are collected in a `WriteBatch` and
        written just before the commit (see `storage.write_batch`).
        """
        current = getattr(self._local, "conn", None)
        if current is not None:
            # Nested write (a batch of service calls): join the open transaction.
            yield current
            return
        engine = self._require_engine()
        with self._write_lock:
            try:
                with engine.connect() as raw:
                    conn = raw.execution_options(dossier_begin="IMMEDIATE")
                    with conn.begin():
                        batch = WriteBatch(conn.connection.driver_connection)
                        self._local.conn, self._local.batch = conn, batch
                        try:
                            yield conn
                            batch.flush()
                        except BaseException:
                            batch.discard()
                            raise
                        finally:
                            self._local.conn = self._local.batch = None
            except _DB_ERRORS as exc:
                raise _map_db_error(exc) from None

    def batch(self, conn: Connection) -> WriteBatch | None:
        """The deferred part of the write transaction `conn` belongs to (None outside one)."""
        if getattr(self._local, "conn", None) is not conn:
            return None
        batch: WriteBatch | None = self._local.batch
        return batch

    def _flush_deferred(self, *_: object) -> None:
        batch: WriteBatch | None = getattr(self._local, "batch", None)
        if batch is not None and batch.pending:
            batch.flush()

    def raw_insert(self, table: Table) -> RawInsert:
        """An INSERT of `table` for `WriteBatch.add`, converting values as SQLAlchemy does."""
        found = self._inserts.get(table.name)
        if found is None:
            found = self._inserts[table.name] = RawInsert(table, self._require_engine().dialect)
        return found

    def raw_key_pragma(self) -> str:
        """The raw key literal, for tools that must open a second keyed connection."""
        if self._key_pragma is None:
            raise StoreError(ErrorCode.STORE_LOCKED)
        return self._key_pragma

    def _outside_transaction(self, sql: str) -> list[Any]:
        # Some statements refuse to run inside a transaction; use the driver directly.
        raw = self._require_engine().raw_connection()
        try:
            return list(raw.driver_connection.execute(sql).fetchall())  # type: ignore[union-attr]
        finally:
            raw.close()

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it (DB-7, before backup/erasure)."""
        self._outside_transaction("PRAGMA wal_checkpoint(TRUNCATE)")

    def vacuum(self) -> None:
        """Rewrite the file so erased rows leave no free pages behind (DB-7)."""
        self._outside_transaction("VACUUM")
        self.checkpoint()

    def integrity_problems(self, *, logical: bool = True) -> list[str]:
        """Problems found by `cipher_integrity_check` (every page's HMAC: tampering) and,
        with `logical`, `integrity_check` (B-tree structure: corruption) (DB-8)."""
        engine = self._require_engine()
        pragmas = ["cipher_integrity_check"] + (["integrity_check"] if logical else [])
        try:
            with engine.connect() as conn:
                found = [r[0] for p in pragmas for r in conn.exec_driver_sql(f"PRAGMA {p}")]
        except _DB_ERRORS as exc:
            raise _map_db_error(exc) from None
        return [str(p) for p in found if p != "ok"]

    def get_meta(self, conn: Connection, key: str, default: object = None) -> object:
        """A value of the store's own bookkeeping (ids, counters, public keys)."""
        value = conn.execute(_GET_META, {"key": key}).scalar()
        return default if value is None else value

    def set_meta(self, conn: Connection, key: str, value: object) -> None:
        """Set a bookkeeping value in the caller's transaction."""
        conn.execute(_SET_META, {"key": key, "value": value})

    def increment_meta(self, conn: Connection, key: str) -> int:
        """Add one to a counter (created at 1) in one statement; returns the new value."""
        row = conn.exec_driver_sql(
            "INSERT INTO store_meta(key, value) VALUES (?, '1') ON CONFLICT(key) "
            "DO UPDATE SET value = json(value + 1) RETURNING value",
            (key,),
        ).scalar_one()
        return int(row)

    def defer_meta(self, conn: Connection, key: str, value: object) -> None:
        """`set_meta`, written once at the end of the write transaction however often set."""
        batch = self.batch(conn)
        if batch is None:
            self.set_meta(conn, key, value)
            return
        batch.deferred("meta:" + key, lambda: MetaValue(key, self._encode_meta)).set(value)

    def next_in_sequence(self, conn: Connection, key: str) -> int:
        """`increment_meta`, counted in memory and written once per write transaction."""
        batch = self.batch(conn)
        if batch is None:
            return self.increment_meta(conn, key)

        def current() -> MetaValue:
            row = batch.execute(GET_META, (key,)).fetchone()
            return MetaValue(key, self._encode_meta, int(row[0]) if row else 0)

        counter = batch.deferred("meta:" + key, current)
        counter.set(int(counter.value) + 1)
        return int(counter.value)

    def lock(self) -> None:
        """Close every keyed connection and wipe the key; the Store is unusable afterwards."""
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()
        self._key_pragma = None
        wipe(self._key)
