"""What the sync transport keeps on disk, readable without any passphrase (DESIGN §5.0).

Beside the profiles (``<data dir>/``)::

    sync-device.json                 the laptop's device credential (0600): sealed transport only
    profiles/<id>/sync.json          transport state: ids, epoch, continuation, progress, errors
    profiles/<id>/outbox/<seq>.json  sealed, signed mutations waiting to go up (one per seq)
    profiles/<id>/inbox/<n>-<kind>.json  sealed push results and pull pages waiting to be applied

Nothing here can be read by the holder of the device credential alone: mutations are sealed for
the service, results and pages for the profile, and the continuation for the service again.
Every file is written atomically (temp file, fsync, rename), so a crash never leaves half of one.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from storage.fsutil import atomic_write_bytes, fsync_dir
from storage.profiles import ProfileInfo

DEVICE_FILE = "sync-device.json"
STATE_FILE = "sync.json"
OUTBOX_DIR = "outbox"
INBOX_DIR = "inbox"
RESULT = "result"
PAGE = "page"
RESET_PAGE = "reset"  # first page of a pull that starts over (new server epoch)
_OUTBOX_NAME = re.compile(r"^(\d{20})\.json$")
_INBOX_NAME = re.compile(rf"^(\d{{12}})-({RESULT}|{PAGE}|{RESET_PAGE})\.json$")


@dataclass(frozen=True, slots=True)
class DeviceCredential:
    """The laptop's credential for sealed transport (one per device, DESIGN §5.7)."""

    device_id: str
    credential: str
    service_url: str
    ca_bundle: str | None = None


def read_device(root: Path) -> DeviceCredential | None:
    """The device credential beside the profiles, or None when the laptop is not enrolled."""
    path = root / DEVICE_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    return DeviceCredential(**{f.name: data.get(f.name) for f in fields(DeviceCredential)})


def write_device(root: Path, device: DeviceCredential) -> None:
    """Store the device credential (mode 0600, like every file this app writes)."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_bytes(root / DEVICE_FILE, json.dumps(asdict(device)).encode())


@dataclass(slots=True)
class TransportState:
    """A profile's sync progress as the transport sees it (no case data, no secrets)."""

    server_profile_id: str | None = None
    server_epoch: str | None = None
    continuation: str | None = None  # sealed for the service: cursors the laptop can't read
    acked_upto: int = 0  # highest mutation_seq whose sealed result is staged or applied
    next_inbox: int = 1
    reset_pending: bool = False  # the service changed epoch: next pull starts from scratch
    gap_from: int | None = None  # the service asked to resend from here (mutation_gap)
    last_attempt: str | None = None
    last_success: str | None = None
    last_error: str | None = None
    last_error_detail: str | None = None  # why `tls_failed`: `sync.client.tls_errors` reasons
    wiped: bool = False
    offline_days: int | None = None  # the service's dead-man policy, once it sends one
    counters: dict[str, int] = field(default_factory=dict)  # sent/received since last apply
    # The last measured skew, laptop minus service clock (`sync.client.clock_check`); files
    # written before it existed load without it.
    clock_skew_ms: int | None = None
    clock_checked_at: str | None = None  # ISO UTC, on the laptop's clock


class ProfileFiles:
    """The passphrase-free files of one profile."""

    def __init__(self, info: ProfileInfo) -> None:
        self.info = info
        self.outbox = info.path / OUTBOX_DIR
        self.inbox = info.path / INBOX_DIR
        self.state_path = info.path / STATE_FILE

    def ensure(self) -> None:
        """Create the outbox and inbox folders (owner only)."""
        self.outbox.mkdir(mode=0o700, exist_ok=True)
        self.inbox.mkdir(mode=0o700, exist_ok=True)

    # --- state ---------------------------------------------------------------------------

    def state(self) -> TransportState:
        """The transport state (defaults before the first sync)."""
        if not self.state_path.is_file():
            return TransportState()
        data: dict[str, Any] = json.loads(self.state_path.read_text("utf-8"))
        known = {f.name for f in fields(TransportState)}
        return TransportState(**{k: v for k, v in data.items() if k in known})

    def save_state(self, state: TransportState) -> None:
        """Persist the transport state atomically."""
        atomic_write_bytes(self.state_path, json.dumps(asdict(state), sort_keys=True).encode())

    # --- outbox --------------------------------------------------------------------------

    def outbox_seqs(self) -> list[int]:
        """The sealed mutations waiting, by seq."""
        if not self.outbox.is_dir():
            return []
        found = (_OUTBOX_NAME.match(p.name) for p in self.outbox.iterdir())
        return sorted(int(m.group(1)) for m in found if m)

    def outbox_path(self, seq: int) -> Path:
        """Where the sealed mutation `seq` lives."""
        return self.outbox / f"{seq:020d}.json"

    def write_outbox(self, seq: int, body: bytes) -> None:
        """Store one sealed mutation."""
        atomic_write_bytes(self.outbox_path(seq), body)

    def drop_outbox_upto(self, seq: int) -> None:
        """Remove the sealed mutations the service has answered (their result is staged)."""
        for found in self.outbox_seqs():
            if found <= seq:
                self.outbox_path(found).unlink(missing_ok=True)
        fsync_dir(self.outbox)

    # --- inbox ---------------------------------------------------------------------------

    def staged(self) -> list[tuple[int, str, Path]]:
        """Staged envelopes in arrival order: (number, kind, path)."""
        if not self.inbox.is_dir():
            return []
        items = []
        for path in self.inbox.iterdir():
            match = _INBOX_NAME.match(path.name)
            if match:
                items.append((int(match.group(1)), match.group(2), path))
        return sorted(items)

    def stage(self, state: TransportState, kind: str, body: bytes) -> Path:
        """Store one sealed answer under the next inbox number (state is saved by the caller)."""
        path = self.inbox / f"{state.next_inbox:012d}-{kind}.json"
        atomic_write_bytes(path, body)
        state.next_inbox += 1
        return path

    def discard(self, paths: list[Path]) -> None:
        """Remove applied inbox files."""
        for path in paths:
            path.unlink(missing_ok=True)
        if self.inbox.is_dir():
            fsync_dir(self.inbox)
