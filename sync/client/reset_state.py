"""What the laptop keeps when the service moved on without it: bucket resets and upgrades.

* **Bucket reset** (`cursor_expired`, F26): the laptop's cursor for a case was below the
  service's compaction horizon, so the case came again as a whole snapshot. The apply
  replaces the local copy with it (`sync.client.apply`: rows the snapshot lacks go, archived
  rows arrive archived, pending edits are rebased, never dropped); here the reset is written
  to the local audit chain, content-free.
* **Upgrade required** (`upgrade_required`, F39/F40): the service no longer answers pulls in
  this app's protocol version. Pushes still go up (the service translates old mutation
  kinds), so nothing typed offline is stranded; the state is kept beside the transport state
  (``upgrade.json``, no case data) until a pull succeeds again, for `dossier-sync status` and
  the app's status line.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection

from storage.clock import utc_iso
from storage.fsutil import atomic_write_bytes
from storage.unlocked import OpenProfile
from sync.client.layout import ProfileFiles
from sync.protocol.errors import ErrorCode
from sync.protocol.versions import PROTOCOL_VERSION

UPGRADE_FILE = "upgrade.json"
RESET_DETAIL = {"reset": ErrorCode.CURSOR_EXPIRED.value}


@dataclass(frozen=True, slots=True)
class UpgradeRequired:
    """The service refused this app's pulls: IT must update the app on this laptop."""

    since: str  # UTC ISO time of the first refusal
    last_seen: str  # UTC ISO time of the latest refusal
    protocol_version: int  # the version this app speaks

    def as_dict(self) -> dict[str, object]:
        """For `dossier-sync status --json`."""
        return asdict(self)


def record_bucket_reset(profile: OpenProfile, conn: Connection, case_id: str) -> None:
    """Audit that a case's local copy was replaced by a snapshot (in the apply's transaction)."""
    profile.context.audit.record(conn, "sync", "case", case_id, detail=RESET_DETAIL)


def _path(files: ProfileFiles) -> Path:
    return files.info.path / UPGRADE_FILE


def upgrade_required(files: ProfileFiles) -> UpgradeRequired | None:
    """The recorded refusal, or None when pulls are answered."""
    path = _path(files)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        return UpgradeRequired(
            str(data["since"]), str(data["last_seen"]), int(data["protocol_version"])
        )
    except (ValueError, KeyError, TypeError):
        return None  # a damaged file says nothing; the next pull records it again


def record_upgrade_required(files: ProfileFiles) -> UpgradeRequired:
    """Remember that the service refused a pull with `upgrade_required`."""
    now = utc_iso()
    held = upgrade_required(files)
    state = UpgradeRequired(held.since if held else now, now, PROTOCOL_VERSION)
    atomic_write_bytes(_path(files), json.dumps(state.as_dict(), sort_keys=True).encode())
    return state


def clear_upgrade_required(files: ProfileFiles) -> None:
    """Forget the refusal once a pull was answered (the app was updated, or the service)."""
    _path(files).unlink(missing_ok=True)
