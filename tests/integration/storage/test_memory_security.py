"""T1, DB-11: SQLCipher's `cipher_memory_security` is in the state `storage.engine` configures.

The setting is process-wide and one-way, so the configured state is checked in this (the test)
process, and turning it ON is checked in a fresh child process where it cannot leak into other
tests.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

import storage.engine
from storage.database import Store
from storage.engine import open_connection

_ROOT = Path(__file__).resolve().parents[3]

_CHILD = """
import sys
from pathlib import Path
import storage.engine
from storage.engine import open_connection

storage.engine.MEMORY_SECURITY = True
path, key = Path(sys.argv[1]), sys.argv[2]
connection = open_connection(path, key)
connection.execute("CREATE TABLE t (x TEXT)")
connection.execute("INSERT INTO t VALUES ('kept')")
print(connection.execute("PRAGMA cipher_memory_security").fetchone()[0])
connection.close()
again = open_connection(path, key)
print(again.execute("SELECT x FROM t").fetchone()[0])
again.close()
"""


def _key() -> str:
    return "x'" + secrets.token_hex(32) + "'"


def test_a_store_connection_reports_the_configured_memory_security(tmp_path: Path) -> None:
    expected = 1 if storage.engine.MEMORY_SECURITY else 0
    store = Store(tmp_path / "s.db", bytearray(secrets.token_bytes(32)))
    try:
        with store.write() as conn:
            conn.execute(text("CREATE TABLE t (x TEXT)"))
            through_store = conn.execute(text("PRAGMA cipher_memory_security")).scalar_one()
    finally:
        store.lock()
    raw = open_connection(tmp_path / "raw.db", _key())
    try:
        through_raw = raw.execute("PRAGMA cipher_memory_security").fetchone()[0]
    finally:
        raw.close()
    assert (int(through_store), int(through_raw)) == (expected, expected)


def test_turned_on_it_is_set_before_the_key_and_the_store_still_works(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "s.db"), _key()],
        capture_output=True,
        text=True,
        cwd=_ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "kept"]
