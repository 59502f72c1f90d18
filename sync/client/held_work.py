"""What a locked laptop still holds for the service, counted without the passphrase (IT).

`dossier-sync status` shows, per profile, the work that exists only on this laptop and that
nobody can read without the caseworker's passphrase: sealed changes the service has not yet
acknowledged (``outbox/``), sealed scans waiting for their upload (``blobs/``,
`sync.client.blobs.BlobFiles`) and acknowledged changes kept for a restored service
(``sent/``, `sync.client.sent_journal`). Everything is taken from file names, sizes and
times: no sealed file is opened, so nothing here says anything about a case.

A scan held longer than `held_scan_limit_days` gets a warning: a laptop that syncs uploads
its scans within one run, so an old one means the laptop has not reached the service for
days (or its upload keeps failing) and the scan's only copy is on a laptop that can be lost.
The limit is half the offline dead-man policy (`sync.client.deadman.offline_days`), so IT
hears of it well before the profile locks itself for being offline too long.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from storage.profiles import ProfileInfo
from sync.client.blobs import BlobFiles
from sync.client.deadman import offline_days
from sync.client.layout import ProfileFiles
from sync.client.sent_journal import SentJournal

HELD_SCANS_OLD = "held_scans_old"
_DAY = 86_400.0
_SENT_FILE = re.compile(r"^\d{20}\.(json|manifest|blob)$")


def held_scan_limit_days(info: ProfileInfo) -> int:
    """Age in days past which a held scan is worth a warning (half the offline policy)."""
    return max(1, offline_days(info) // 2)


def held_work(info: ProfileInfo, *, now: float) -> dict[str, Any]:
    """The status fields of what waits on the laptop (`now`: seconds since the epoch)."""
    files = ProfileFiles(info)
    state = files.state()
    floor = state.acked_upto if state.gap_from is None else state.gap_from - 1
    unacked = [files.outbox_path(seq) for seq in files.outbox_seqs() if seq > floor]
    blobs = BlobFiles(info)
    scans = [blobs.blob_path(seq) for seq in blobs.seqs()]
    journal = SentJournal(info)
    kept = [journal.path(seq) for seq in journal.seqs()]
    sent_files = (
        [p for p in journal.root.iterdir() if _SENT_FILE.match(p.name)]
        if journal.root.is_dir()
        else []
    )
    return {
        "unacked_changes": len(unacked),
        "unacked_bytes": _bytes(unacked),
        "held_scans": len(scans),
        "held_scan_bytes": _bytes(scans),
        "held_scans_oldest_days": _oldest_days(scans, now),
        "sent_kept": len(kept),
        "sent_kept_bytes": _bytes(sent_files),
        "sent_kept_oldest_days": _oldest_days(kept, now),
    }


def held_scans_warning(info: ProfileInfo, work: dict[str, Any]) -> dict[str, Any] | None:
    """A warning row when the oldest held scan is past `held_scan_limit_days`, else None."""
    limit = held_scan_limit_days(info)
    oldest = work["held_scans_oldest_days"]
    if oldest is None or oldest < limit:
        return None
    return {
        "code": HELD_SCANS_OLD,
        "profile_id": info.profile_id,
        "held_scans": work["held_scans"],
        "held_scans_oldest_days": oldest,
        "limit_days": limit,
    }


def _stats(paths: list[Path]) -> list[tuple[int, float]]:
    found = []
    for path in paths:
        try:
            stat = path.stat()
        except FileNotFoundError:  # moved by a sync running meanwhile
            continue
        found.append((stat.st_size, stat.st_mtime))
    return found


def _bytes(paths: list[Path]) -> int:
    return sum(size for size, _ in _stats(paths))


def _oldest_days(paths: list[Path], now: float) -> float | None:
    times = [mtime for _, mtime in _stats(paths)]
    if not times:
        return None
    return round(max(0.0, now - min(times)) / _DAY, 1)
