"""The "enrolment pending" mark of a profile made for an enrolment with the sync service.

A profile created by the enrolment wizard is useless until the service has registered it
and its identity (pinned service keys, tokens, the service's profile id) is stored. If the
app dies in between (kill, power loss), the profile stays behind; this mark says so, without
any passphrase, so the unlock screen can offer to finish or remove it and `dossier-sync`
can skip it instead of failing on it every run.

The mark is written inside the staging folder of `Workspace.create_profile`, so it appears
atomically with the profile (there is never a profile made for an enrolment without it). It
is removed only after the enrolment succeeded and its identity is stored
(`sync.client.enrol.record_enrolment`). It holds no secret: when it was made and the service
address the enrolment was for (already in the passphrase-free device credential).
"""

from __future__ import annotations

import json
from pathlib import Path

from storage.fsutil import atomic_write_bytes, fsync_dir

ENROLMENT_PENDING_FILE = "enrolment-pending.json"


def write_enrolment_mark(folder: Path, *, created_at: str, service_url: str) -> None:
    """Mark the profile in `folder` as made for an enrolment not yet done (fsync'd, atomic)."""
    body = {"created_at": created_at, "service_url": service_url}
    atomic_write_bytes(folder / ENROLMENT_PENDING_FILE, json.dumps(body).encode())


def has_enrolment_mark(folder: Path) -> bool:
    """True while the profile in `folder` carries the mark."""
    return (folder / ENROLMENT_PENDING_FILE).is_file()


def enrolment_mark_url(folder: Path) -> str | None:
    """The service address the pending enrolment was for; None without a (readable) mark."""
    try:
        data = json.loads((folder / ENROLMENT_PENDING_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("service_url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url else None


def clear_enrolment_mark(folder: Path) -> None:
    """Remove the mark (the enrolment is complete); durable once this returns."""
    path = folder / ENROLMENT_PENDING_FILE
    if path.exists():
        path.unlink(missing_ok=True)
        fsync_dir(folder)
