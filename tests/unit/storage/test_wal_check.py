"""The `-wal` check before unlock: damage no crash can leave is found, crash leftovers pass.

Real WAL files, written by SQLite itself (the stdlib driver: the WAL format does not depend on
the cipher), copied while the writer still holds them.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from storage.wal_check import FRAME_HEADER_BYTES, HEADER_BYTES, wal_damage

PAGE = 4096
FRAME = FRAME_HEADER_BYTES + PAGE


def _wal(tmp_path: Path, commits: int = 6) -> Path:
    """A `-wal` with `commits` committed transactions, copied while the database is open."""
    db = tmp_path / "source.db"
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size = {PAGE}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE t (x TEXT)")
        for n in range(commits):
            conn.execute("INSERT INTO t VALUES (?)", (f"row {n} " * 300,))
        target = tmp_path / "copy.db-wal"
        shutil.copyfile(db.with_name(db.name + "-wal"), target)
    finally:
        conn.close()
    return target


def _frames(path: Path) -> int:
    return (path.stat().st_size - HEADER_BYTES) // FRAME


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_an_intact_wal_and_a_missing_or_empty_one_pass(tmp_path: Path) -> None:
    wal = _wal(tmp_path)
    assert _frames(wal) >= 6
    assert wal_damage(wal) is None
    assert wal_damage(tmp_path / "absent.db-wal") is None
    (tmp_path / "empty.db-wal").write_bytes(b"")
    assert wal_damage(tmp_path / "empty.db-wal") is None


def test_a_short_last_frame_from_a_killed_writer_passes(tmp_path: Path) -> None:
    wal = _wal(tmp_path)
    with wal.open("r+b") as handle:
        handle.truncate(wal.stat().st_size - 1000)
    assert wal_damage(wal) is None


@pytest.mark.parametrize("where", ["page", "page number", "checksum"])
def test_a_damaged_frame_with_frames_after_it_is_refused(tmp_path: Path, where: str) -> None:
    wal = _wal(tmp_path)
    start = HEADER_BYTES + 1 * FRAME
    offset = {"page": FRAME_HEADER_BYTES + 100, "page number": 3, "checksum": 17}[where]
    _flip(wal, start + offset)
    assert wal_damage(wal) == "wal frame 1: checksum"


def test_a_damaged_frame_salt_with_frames_after_it_is_refused(tmp_path: Path) -> None:
    wal = _wal(tmp_path)
    _flip(wal, HEADER_BYTES + 2 * FRAME + 9)
    assert wal_damage(wal) == "wal frame 2: salt"


def test_a_damaged_header_is_refused(tmp_path: Path) -> None:
    wal = _wal(tmp_path)
    _flip(wal, 18)  # inside salt-1
    assert wal_damage(wal) == "wal header"


def test_damage_in_the_last_frame_looks_like_a_crash_and_passes(tmp_path: Path) -> None:
    """The documented limit: a torn last frame after a power loss looks the same."""
    wal = _wal(tmp_path)
    _flip(wal, HEADER_BYTES + (_frames(wal) - 1) * FRAME + FRAME_HEADER_BYTES + 5)
    assert wal_damage(wal) is None


def test_frames_of_an_earlier_generation_after_the_current_ones_pass(tmp_path: Path) -> None:
    """After a checkpoint SQLite starts the `-wal` over from its start with new salts; the
    longer tail of the old generation stays behind the new frames."""
    db = tmp_path / "source.db"
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size = {PAGE}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE t (x TEXT)")
        for n in range(8):
            conn.execute("INSERT INTO t VALUES (?)", (f"row {n} " * 300,))
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        conn.execute("INSERT INTO t VALUES ('after')")  # restarts the -wal at frame 0
        wal = tmp_path / "copy.db-wal"
        shutil.copyfile(db.with_name(db.name + "-wal"), wal)
    finally:
        conn.close()
    data = wal.read_bytes()
    last = HEADER_BYTES + (_frames(wal) - 1) * FRAME
    assert data[HEADER_BYTES + 8 : HEADER_BYTES + 16] == data[16:24]  # frame 0: this generation
    assert data[last + 8 : last + 16] != data[16:24]  # the last frame: the earlier one
    assert wal_damage(wal) is None
