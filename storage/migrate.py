"""Schema migrations of the local store (Alembic), run at unlock after an encrypted backup.

A store written by a newer version of the app is refused (STORE_NEWER_SCHEMA) rather than
opened, because an older app could silently drop what it doesn't know.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from storage.clock import WallClock, system_clock
from storage.database import Store
from storage.errors import ErrorCode, StoreError
from storage.fsutil import fsync_dir

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 3


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the local store, bound to `connection` when given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest local schema revision this app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the store is at (None for a brand-new, empty store)."""
    return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several types for an unknown id
        return False


def backup_store(store: Store, revision: str, clock: WallClock = system_clock) -> Path:
    """Copy the (encrypted) store file aside before a migration; keeps the newest few.

    The copy is the SQLCipher file itself after a full checkpoint, so it is exactly as
    encrypted as the store (DB-9: no plaintext intermediate).
    """
    store.checkpoint()
    folder = store.path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"store-{revision}-{int(clock())}.db"
    temp = target.with_suffix(".tmp")
    shutil.copyfile(store.path, temp)
    temp.replace(target)
    fsync_dir(folder)
    for old in sorted(folder.glob("store-*.db"), key=lambda p: p.stat().st_mtime)[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def upgrade_store(store: Store, clock: WallClock = system_clock) -> bool:
    """Bring the store to the head revision; True if anything was migrated.

    A store at an unknown (newer) revision is refused with STORE_NEWER_SCHEMA.
    """
    with store.read() as conn:
        current = current_revision(conn)
    head = head_revision()
    if current == head:
        return False
    if current is not None and not _known(current):
        raise StoreError(ErrorCode.STORE_NEWER_SCHEMA, current)
    if current is not None:
        backup_store(store, current, clock)
    with store.write() as conn:
        command.upgrade(alembic_config(conn), "head")
    return True
