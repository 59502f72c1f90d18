"""Crypto-erase on the service's `wipe` answer (DESIGN §5.7).

The data key exists only wrapped in the key envelope, so overwriting and removing the
envelope first makes the store, its WAL, backups and attachments unreadable even if a later
unlink fails or the disk keeps old blocks; the files are removed after that.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from storage.fsutil import fsync_dir
from storage.profiles import ProfileInfo, Workspace
from sync.client.layout import DEVICE_FILE


def erase_profile(info: ProfileInfo) -> None:
    """Destroy one profile: key envelope first, then store, WAL, attachments, sync files."""
    _shred(info.envelope_path)
    for name in ("key-envelope.next.json", "store.db", "store.db-wal", "store.db-shm"):
        _shred(info.path / name)
    shutil.rmtree(info.path, ignore_errors=True)
    fsync_dir(info.path.parent)


def erase_device(workspace: Workspace) -> int:
    """Destroy every profile on the laptop and the device credential; returns profiles erased."""
    profiles = workspace.list_profiles()
    for info in profiles:
        erase_profile(info)
    (workspace.root / DEVICE_FILE).unlink(missing_ok=True)
    return len(profiles)


def _shred(path: Path) -> None:
    # One overwrite pass: the envelope is small and its destruction is what erases (the data
    # key is random); the overwrite only shortens the window for the remaining files.
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as handle:
        handle.write(secrets.token_bytes(min(size, 1 << 20)))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink(missing_ok=True)
