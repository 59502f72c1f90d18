"""SQLCipher through SQLAlchemy, configured per `security-baseline.md` §1.2 (DB-1 … DB-12).

The raw data key is given to each new connection in the `creator` hook, as the very first
statement (DB-5): never in the URL, never logged (`hide_parameters`). Transactions are
explicit (DB-12): the driver runs in autocommit mode and we emit BEGIN ourselves.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from storage.errors import ErrorCode, StoreError

MIN_CIPHER_VERSION = (4, 5, 5)

_CONNECTION_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",  # DB-2: v4 defaults, never weakened
    "PRAGMA temp_store = MEMORY",  # DB-4: temp data never reaches the disk unencrypted
    "PRAGMA journal_mode = WAL",  # DB-6
    "PRAGMA synchronous = FULL",  # DB-6: a committed write survives power loss
    "PRAGMA secure_delete = ON",  # DB-7: erased rows don't linger in free pages
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)

# DB-11 (SHOULD): `cipher_memory_security = ON` makes SQLCipher wipe and mlock every allocation
# of the library, not only its key material. It is process-wide and one-way (once ON it stays ON
# until the process ends); when on, it is set on every connection, before the key. Kept OFF (the
# SQLCipher default since 4.5.0) on the figures of `python -m bench.run --only memsec` (bench/
# README.md, "SQLCipher memory security", 28 November 2026, SQLCipher 4.19.0): ON cost 1.2-2.0x
# on writes through the services and 1.6-2.4x (p50) / 2.3-3.8x (p95) on search, far above the
# 25 % we accept; unlock (KDF-bound) barely moved. SQLCipher's own cryptographic allocations are
# wiped and locked either way; what stays unwiped is freed page-cache and statement memory, in
# the same process as Python's unwipable strings of the same data (MEM-1). Test T1 asserts the
# state configured here; the benchmark's child processes set this flag to compare both states,
# nothing else changes it.
MEMORY_SECURITY = False


def _version_tuple(text: str) -> tuple[int, ...]:
    head = text.split(maxsplit=1)[0] if text else ""
    parts = [p for p in head.split(".") if p.isdigit()]
    return tuple(int(p) for p in parts)


def check_sqlcipher(connection: Any) -> str:
    """Assert the driver really is SQLCipher ≥ 4.5.5 with in-memory temp store (DB-1, DB-4).

    With a plain SQLite library `PRAGMA key` is a silent no-op and the store would be written
    in plaintext, so we refuse to run instead.
    """
    row = connection.execute("PRAGMA cipher_version").fetchone()
    version = row[0] if row else ""
    if not version:
        raise StoreError(ErrorCode.SQLCIPHER_MISSING)
    if _version_tuple(version) < MIN_CIPHER_VERSION:
        raise StoreError(ErrorCode.SQLCIPHER_TOO_OLD, version)
    options = {r[0] for r in connection.execute("PRAGMA compile_options").fetchall()}
    if not options & {"TEMP_STORE=2", "TEMP_STORE=3"}:
        raise StoreError(ErrorCode.SQLCIPHER_MISSING, "temp store not in memory")
    return str(version)


def _map_open_error(exc: Exception) -> StoreError:
    message = str(exc).lower()
    if "file is not a database" in message or "malformed" in message:
        return StoreError(ErrorCode.STORE_CORRUPT, type(exc).__name__)
    if "disk is full" in message or getattr(exc, "errno", None) == errno.ENOSPC:
        return StoreError(ErrorCode.DISK_FULL, type(exc).__name__)
    return StoreError(ErrorCode.IO_ERROR, type(exc).__name__)


def open_connection(path: Path, key_pragma: str) -> Any:
    """A keyed, checked and configured DB-API connection to the store at `path`.

    `key_pragma` is the raw-key literal ``x'<64 hex>'``. Any failure closes the connection.
    """
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if MEMORY_SECURITY:  # DB-11: process-wide, touches no file, so it may precede the key
            connection.execute("PRAGMA cipher_memory_security = ON").fetchall()
        connection.execute(f'PRAGMA key = "{key_pragma}"')  # DB-5: first statement on the file
        # The key check: reading the schema fails on a wrong key or a foreign/corrupt file.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_sqlcipher(connection)
        for pragma in _CONNECTION_PRAGMAS:
            connection.execute(pragma).fetchall()
    except StoreError:
        connection.close()
        raise
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        connection.close()
        raise _map_open_error(exc) from None
    return connection


def create_store_engine(path: Path, key_pragma: str, *, pool_size: int = 2) -> Engine:
    """An Engine over the SQLCipher file at `path`; dispose it to drop every keyed connection.

    The pool is small and bounded; `Store.lock()` disposes the engine (DB-10), so no keyed
    connection survives a lock.
    """
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: open_connection(path, key_pragma),
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=30,
        hide_parameters=True,  # DB-5 / LOG-1: no parameter values in errors or logs
        echo=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # DB-12: explicit BEGIN (the driver is in autocommit mode). Writers take the write
        # lock up front so two writers never deadlock upgrading a read lock.
        mode = conn.get_execution_options().get("dossier_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def cipher_settings(connection: Any) -> dict[str, str]:
    """The effective SQLCipher settings of a keyed connection (snapshot-tested, DB-2)."""
    rows = connection.execute("PRAGMA cipher_settings").fetchall()
    settings: dict[str, str] = {}
    for (line,) in rows:
        name, _, value = str(line).removeprefix("PRAGMA ").rstrip(";").partition(" = ")
        settings[name.strip()] = value.strip()
    return settings
