"""Crash-safe file writes for small files (key envelopes, profile and device records).

A reader must only ever see the complete old content or the complete new content of a file:
a torn key envelope locks a caseworker out of their store. So content goes to a temporary
file in the same directory (a rename is only atomic within one file system), is fsynced, and
replaces the target with one rename; the directory is then fsynced so the rename itself
survives a power cut (the pattern Electrum uses for its encrypted wallet files).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from storage.errors import ErrorCode, StoreError

# Errors meaning "the device has no room left": the caller can tell the user to free space.
_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT})
# Some file systems (certain network and FUSE mounts) cannot fsync a directory. The rename is
# still atomic there; only its durability is up to the file system, so this is not an error.
_DIR_FSYNC_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EBADF})


def atomic_write_bytes(path: Path, data: bytes | bytearray | memoryview) -> None:
    """Replace the content of `path` with `data` so that a crash never leaves a torn file.

    New files get mode 0600 (owner only): everything this app writes is sensitive. On ENOSPC
    or EDQUOT raises StoreError(DISK_FULL), on any other OSError StoreError(IO_ERROR). If the
    error happens before the rename, the target keeps its old content; if only the final
    directory fsync fails, the target already holds the complete new content. The temporary
    file never outlives the call.
    """
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _store_error(exc, "create temp") from exc
    temp = Path(temp_name)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise _store_error(exc, "write") from exc
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make the entries of directory `path` (renames, new and deleted files) durable.

    A no-op on Windows, where a directory cannot be opened for fsync and NTFS journals its
    metadata. Raises StoreError(IO_ERROR) if the directory cannot be synced.
    """
    if os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise _store_error(exc, "open dir") from exc
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise _store_error(exc, "fsync dir") from exc
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    # Unbuffered writes straight from the caller's buffer: no extra copy of the data lingers
    # in a file object's buffer, and a short write (allowed by POSIX) is simply continued.
    view = memoryview(data).cast("B")
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _store_error(exc: OSError, step: str) -> StoreError:
    code = ErrorCode.DISK_FULL if exc.errno in _NO_SPACE else ErrorCode.IO_ERROR
    # The path may contain a caseworker's login, so only the step and errno name are kept.
    return StoreError(code, f"{step}: {errno.errorcode.get(exc.errno or 0, 'unknown')}")
