"""Atomic small-file writes: the old content survives every failure, no temp file is left."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from storage import fsutil
from storage.errors import ErrorCode, StoreError

OLD = b"old content that must survive\n"
NEW = b"new content " * 1000


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "key-envelope.json"
    path.write_bytes(OLD)
    return path


def failing(err: int) -> object:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(err, os.strerror(err))

    return fail


def assert_untouched(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert os.listdir(target.parent) == [target.name]  # no temp file left behind


def test_new_file_is_written_owner_only_without_leftovers(tmp_path: Path) -> None:
    path = tmp_path / "device.json"
    fsutil.atomic_write_bytes(path, b"{}")
    assert path.read_bytes() == b"{}"
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.listdir(tmp_path) == [path.name]


def test_existing_file_is_replaced_completely(target: Path) -> None:
    fsutil.atomic_write_bytes(target, bytearray(NEW))
    assert target.read_bytes() == NEW
    assert os.listdir(target.parent) == [target.name]


def test_disk_full_at_rename_keeps_the_old_content(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "replace", failing(errno.ENOSPC))
    with pytest.raises(StoreError) as caught:
        fsutil.atomic_write_bytes(target, NEW)
    assert caught.value.code == ErrorCode.DISK_FULL
    assert_untouched(target)


def test_io_error_at_fsync_keeps_the_old_content(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", failing(errno.EIO))
    with pytest.raises(StoreError) as caught:
        fsutil.atomic_write_bytes(target, NEW)
    assert caught.value.code == ErrorCode.IO_ERROR
    assert_untouched(target)


@pytest.mark.parametrize("budget", [0, 1, 4096, len(NEW) - 1])
def test_device_filling_up_after_n_bytes_keeps_the_old_content(
    target: Path, monkeypatch: pytest.MonkeyPatch, budget: int
) -> None:
    real_write = os.write
    left = [budget]

    def write_until_full(fd: int, data: memoryview) -> int:
        if left[0] == 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        written = real_write(fd, data[: left[0]])
        left[0] -= written
        return written

    monkeypatch.setattr(os, "write", write_until_full)
    with pytest.raises(StoreError) as caught:
        fsutil.atomic_write_bytes(target, NEW)
    assert caught.value.code == ErrorCode.DISK_FULL
    assert_untouched(target)


def test_short_writes_are_continued(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, data[:7]))
    fsutil.atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW


def test_interrupt_during_write_removes_the_temp_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fsutil.atomic_write_bytes(target, NEW)
    assert_untouched(target)


def test_missing_directory_is_an_io_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        fsutil.atomic_write_bytes(tmp_path / "absent" / "file.json", b"{}")
    assert caught.value.code == ErrorCode.IO_ERROR
    assert "absent" not in caught.value.detail  # paths may name a caseworker


def test_fsync_dir_syncs_and_reports_real_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fsutil.fsync_dir(tmp_path)
    with pytest.raises(StoreError) as caught:
        fsutil.fsync_dir(tmp_path / "absent")
    assert caught.value.code == ErrorCode.IO_ERROR
    monkeypatch.setattr(os, "fsync", failing(errno.EIO))
    with pytest.raises(StoreError):
        fsutil.fsync_dir(tmp_path)


def test_fsync_dir_tolerates_file_systems_that_cannot_sync_directories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", failing(errno.EINVAL))
    fsutil.fsync_dir(tmp_path)  # no error: the rename is atomic, durability is the FS's
