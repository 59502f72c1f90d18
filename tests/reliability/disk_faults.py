"""Disk-full and I/O errors injected into the store's own writes (issue 8).

A size-limited file system needs root, so faults are injected at the two levels the store
writes through:

* the file calls of `storage` (key envelopes, profile records, attachment vault): `os.open`,
  `os.write`, `os.fsync` and `os.replace` fail with ENOSPC or EIO on the n-th call made from
  `storage` code — calls from anywhere else (pytest, logging) pass untouched;
* the SQLCipher database: `PRAGMA max_page_count` caps the file a few pages above its size,
  so SQLite itself answers SQLITE_FULL — the real disk-full path of the driver.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import Connection

from storage.database import Store

FILE_CALLS = ("open", "write", "fsync", "replace")


@dataclass
class FileFault:
    """Fail the `fail_at`-th file call made from `storage` with `code`."""

    fail_at: int
    code: int  # errno.ENOSPC or errno.EIO
    calls: int = 0
    fired: str | None = None  # "write" etc., once the fault went off

    def check(self, name: str) -> None:
        if self.fired is not None or not _from_storage():
            return
        self.calls += 1
        if self.calls == self.fail_at:
            self.fired = name
            raise OSError(self.code, os.strerror(self.code))


def _from_storage() -> bool:
    # The calling frames: os.write called by storage.fsutil, or os.open by tempfile.mkstemp
    # called by storage.attachments.
    frame = sys._getframe(2)
    for _ in range(4):
        if frame is None:
            return False
        if str(frame.f_globals.get("__name__", "")).startswith("storage."):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


@contextmanager
def file_fault(monkeypatch: pytest.MonkeyPatch, fault: FileFault) -> Iterator[FileFault]:
    """Arm `fault` on the file calls of `storage` until the block ends."""
    with monkeypatch.context() as patch:
        for name in FILE_CALLS:
            patch.setattr(os, name, _failing(name, getattr(os, name), fault))
        yield fault


def _failing(name: str, original: Callable[..., Any], fault: FileFault) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        fault.check(name)
        return original(*args, **kwargs)

    return call


@dataclass
class DatabaseFull:
    """Cap the store `headroom` pages above its size at the start of each write."""

    headroom: int
    hits: list[int] = field(default_factory=list)

    def limit(self, conn: Connection) -> None:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages + self.headroom}")
        self.hits.append(pages)


@contextmanager
def database_full(monkeypatch: pytest.MonkeyPatch, full: DatabaseFull) -> Iterator[DatabaseFull]:
    """Every write transaction opened in the block runs against a nearly full disk.

    The cap is a connection setting: lock the profile afterwards (it disposes its
    connections) so no pooled connection keeps it.
    """
    original = Store.write

    @contextmanager
    def capped(store: Store) -> Iterator[Connection]:
        outermost = getattr(store._local, "conn", None) is None  # a nested write joins it
        with original(store) as conn:
            if outermost:
                full.limit(conn)
            yield conn

    with monkeypatch.context() as patch:
        patch.setattr(Store, "write", capped)
        yield full


ERRNOS = (errno.ENOSPC, errno.EIO)
