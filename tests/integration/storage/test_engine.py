"""The SQLCipher engine: real encrypted files, real connections (DB-1 … DB-12)."""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.database import Store
from storage.engine import check_sqlcipher, cipher_settings, open_connection
from storage.errors import ErrorCode, StoreError


def _store(path: Path) -> Store:
    return Store(path, bytearray(secrets.token_bytes(32)))


def _open_fds_to(path: Path) -> list[str]:
    fd_dir = Path("/proc/self/fd")
    targets = []
    for fd in fd_dir.iterdir():
        try:
            targets.append(os.readlink(fd))
        except OSError:
            continue
    return [t for t in targets if t.startswith(str(path))]


def test_file_header_is_not_plaintext_sqlite(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.db")
    with store.write() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    store.lock()
    assert not (tmp_path / "s.db").read_bytes().startswith(b"SQLite format 3\x00")


def test_cipher_settings_are_the_v4_defaults(tmp_path: Path) -> None:
    connection = open_connection(tmp_path / "s.db", "x'" + secrets.token_hex(32) + "'")
    try:
        settings = cipher_settings(connection)
        pragmas = {
            name: connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "journal_mode",
                "synchronous",
                "secure_delete",
                "temp_store",
                "foreign_keys",
            )
        }
    finally:
        connection.close()
    assert settings["cipher_page_size"] == "4096"
    assert settings["cipher_use_hmac"] == "1"
    assert settings["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert settings["cipher_kdf_algorithm"] == "PBKDF2_HMAC_SHA512"
    assert settings["cipher_plaintext_header_size"] == "0"
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "secure_delete": 1,
        "temp_store": 2,
        "foreign_keys": 1,
    }


def test_a_different_key_cannot_open_the_file(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.db")
    with store.write() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    store.lock()
    with pytest.raises(StoreError) as caught:
        _store(tmp_path / "s.db").integrity_problems()
    assert caught.value.code is ErrorCode.STORE_CORRUPT


def test_plain_sqlite_without_cipher_is_refused() -> None:
    with pytest.raises(StoreError) as caught:
        check_sqlcipher(sqlite3.connect(":memory:"))
    assert caught.value.code is ErrorCode.SQLCIPHER_MISSING


def test_lock_closes_every_keyed_connection_and_refuses_further_use(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = _store(path)
    with store.write() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    with store.read() as conn:
        conn.execute(text("SELECT * FROM t")).fetchall()
    assert _open_fds_to(path)  # the pool keeps a keyed connection while unlocked
    key = store._key
    store.lock()
    assert _open_fds_to(path) == []
    assert key == bytearray(32)  # wiped in place
    with pytest.raises(StoreError) as caught, store.read():
        pass
    assert caught.value.code is ErrorCode.STORE_LOCKED


def test_failed_write_rolls_back_everything_in_it(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.db")
    with store.write() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT UNIQUE)"))
    with pytest.raises(RuntimeError), store.write() as conn:
        conn.execute(text("INSERT INTO t VALUES ('a')"))
        conn.execute(text("INSERT INTO t VALUES ('b')"))
        raise RuntimeError("boom")
    with store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0


def test_nested_writes_join_one_transaction(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.db")
    with store.write() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    with pytest.raises(RuntimeError), store.write():
        with store.write() as inner:
            inner.execute(text("INSERT INTO t VALUES ('a')"))
        with store.read() as reader:  # a read inside the write sees the write
            assert reader.execute(text("SELECT count(*) FROM t")).scalar() == 1
        raise RuntimeError("abort the outer write")
    with store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
