"""What the audit upload keeps on disk, readable without any passphrase (DESIGN §5.0, §5.5).

Beside the sealed outbox, in ``profiles/<id>/``::

    audit/<seq>.json           sealed, signed audit entries waiting to go up (one per seq)
    audit/head.json            the profile's signed chain head (seq, hash) at the last seal
    audit/chain-key.json       the profile's chain-key grant (sealed for the service, signed),
                               until the service holds it (`sync.client.audit_upload_grant`)
    audit/service-keys.json    the service's Ed25519 head-signing keys, copied from the pins
                               in the store at each seal, so a locked sync can check heads
    audit/state.json           what the service acknowledged, the last verified tree head,
                               the last refusal, the service's findings on this chain and
                               the key transitions verified from the pinned key
    audit/accepted/<id>.json   a refused head IT accepted (`dossier-sync audit-accept-head`),
                               turned into a local audit event at the next unlock
    inbox-held/                pages of a run whose tree head was refused: never applied,
                               discarded when IT accepts a head (they are pulled again)

The sealer (unlocked) writes the first three, the courier (locked or not) and the accept
command (under the same sync lock) the state, so the two never overwrite each other's file;
acceptance records are written by the command and removed by the sealer, one file each.
Nothing here can be read by the holder of the device credential alone: entries are sealed
for the service. Every file is written atomically.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from storage.fsutil import atomic_write_bytes, fsync_dir
from storage.profiles import ProfileInfo
from sync.protocol.audit import ChainKeyGrant, SealedAuditEntry, SignedChainHead

AUDIT_DIR = "audit"
HELD_DIR = "inbox-held"
ACCEPTED_DIR = "accepted"
HEAD_FILE = "head.json"
KEYS_FILE = "service-keys.json"
CHAIN_KEY_FILE = "chain-key.json"
STATE_FILE = "state.json"
_ENTRY_NAME = re.compile(r"^(\d{20})\.json$")
_ACCEPTED_NAME = re.compile(r"^([0-9a-f-]{36})\.json$")


@dataclass(slots=True)
class AuditSyncState:
    """The audit upload's progress and the service log's last verified head (no secrets)."""

    uploaded_upto: int = 0  # the service's checkpoint: entries up to here are stored there
    head: dict[str, Any] | None = None  # last verified SignedTreeHeadView (JSON)
    failure: dict[str, Any] | None = None  # last refused head: code, detail, at, seen
    flags: list[dict[str, Any]] = field(default_factory=list)  # the service's chain findings
    checked_at: str | None = None  # when a head was last verified
    transitions: list[dict[str, Any]] = field(default_factory=list)  # verified KeyTransitions
    chain_key_delivered: bool = False  # the service answered `macs_checked`: grant not resent


class AuditFiles:
    """The passphrase-free audit files of one profile."""

    def __init__(self, info: ProfileInfo) -> None:
        self.info = info
        self.root = info.path / AUDIT_DIR
        self.held = info.path / HELD_DIR

    def ensure(self) -> None:
        """Create the audit folder (owner only)."""
        self.root.mkdir(mode=0o700, exist_ok=True)

    # --- courier state -----------------------------------------------------------------

    def state(self) -> AuditSyncState:
        """The upload state (defaults before the first upload)."""
        data = _read_json(self.root / STATE_FILE)
        if not isinstance(data, dict):
            return AuditSyncState()
        known = {f.name for f in fields(AuditSyncState)}
        return AuditSyncState(**{k: v for k, v in data.items() if k in known})

    def save_state(self, state: AuditSyncState) -> None:
        """Persist the upload state atomically."""
        self.ensure()
        body = json.dumps(asdict(state), sort_keys=True).encode()
        atomic_write_bytes(self.root / STATE_FILE, body)

    # --- what the sealer leaves ----------------------------------------------------------

    def service_keys(self) -> dict[str, str]:
        """key_id → the service's Ed25519 public key (base64), as pinned at enrolment."""
        data = _read_json(self.root / KEYS_FILE)
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def save_service_keys(self, keys: dict[str, str]) -> None:
        """Copy the pinned head-signing keys out of the store (only when they changed)."""
        if keys != self.service_keys():
            self.ensure()
            atomic_write_bytes(self.root / KEYS_FILE, json.dumps(keys, sort_keys=True).encode())

    def head(self) -> SignedChainHead | None:
        """The profile's signed chain head as last sealed."""
        data = _read_json(self.root / HEAD_FILE)
        try:
            return None if data is None else SignedChainHead.model_validate(data)
        except ValueError:
            return None  # damaged: the next seal writes it again

    def write_head(self, head: SignedChainHead) -> None:
        """Store the signed chain head."""
        atomic_write_bytes(self.root / HEAD_FILE, head.model_dump_json().encode())

    def chain_key(self) -> ChainKeyGrant | None:
        """The signed chain-key grant waiting to go up, if any."""
        data = _read_json(self.root / CHAIN_KEY_FILE)
        try:
            return None if data is None else ChainKeyGrant.model_validate(data)
        except ValueError:
            return None  # damaged: the next seal writes it again

    def write_chain_key(self, grant: ChainKeyGrant) -> None:
        """Store the signed grant (sealed for the service: no secret readable here)."""
        self.ensure()
        atomic_write_bytes(self.root / CHAIN_KEY_FILE, grant.model_dump_json().encode())

    def drop_chain_key(self) -> None:
        """Forget the grant once the service holds it."""
        (self.root / CHAIN_KEY_FILE).unlink(missing_ok=True)

    def seqs(self) -> list[int]:
        """The sealed entries waiting, by seq."""
        if not self.root.is_dir():
            return []
        found = (_ENTRY_NAME.match(p.name) for p in self.root.iterdir())
        return sorted(int(m.group(1)) for m in found if m)

    def path(self, seq: int) -> Path:
        """Where the sealed entry `seq` lives."""
        return self.root / f"{seq:020d}.json"

    def write_entry(self, item: SealedAuditEntry) -> None:
        """Store one sealed entry."""
        atomic_write_bytes(self.path(item.seq), item.model_dump_json().encode())

    def read_entry(self, seq: int) -> tuple[SealedAuditEntry, int] | None:
        """A sealed entry and its size in bytes; None if missing or damaged (sealed again)."""
        try:
            body = self.path(seq).read_bytes()
            return SealedAuditEntry.model_validate_json(body), len(body)
        except (OSError, ValueError):
            return None

    def drop_upto(self, seq: int) -> None:
        """Remove the entries the service holds."""
        dropped = False
        for found in self.seqs():
            if found <= seq:
                self.path(found).unlink(missing_ok=True)
                dropped = True
        if dropped:
            fsync_dir(self.root)

    # --- held pages ------------------------------------------------------------------------

    def hold(self, paths: list[Path]) -> int:
        """Move inbox files out of the inbox, where nothing applies them; how many moved."""
        if not paths:
            return 0
        self.held.mkdir(mode=0o700, exist_ok=True)
        for path in paths:
            path.replace(self.held / path.name)
        fsync_dir(self.held)
        fsync_dir(paths[0].parent)
        return len(paths)

    def held_count(self) -> int:
        """How many files a refused head kept from being applied."""
        return sum(1 for _ in self.held.iterdir()) if self.held.is_dir() else 0

    def discard_held(self) -> int:
        """Drop the held pages (their cursors never moved: the next pull brings them again)."""
        if not self.held.is_dir():
            return 0
        found = [path for path in self.held.iterdir() if path.is_file()]
        for path in found:
            path.unlink(missing_ok=True)
        fsync_dir(self.held)
        return len(found)

    # --- heads IT accepted -------------------------------------------------------------------

    def write_acceptance(self, record: dict[str, Any]) -> None:
        """Keep an accepted head until the next unlock audits it (`record["id"]`: a UUID)."""
        folder = self.root / ACCEPTED_DIR
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        body = json.dumps(record, sort_keys=True).encode()
        atomic_write_bytes(folder / f"{record['id']}.json", body)

    def acceptances(self) -> list[dict[str, Any]]:
        """The accepted heads not yet audited, oldest first; damaged records are skipped."""
        folder = self.root / ACCEPTED_DIR
        if not folder.is_dir():
            return []
        found = [_read_json(p) for p in folder.iterdir() if _ACCEPTED_NAME.match(p.name)]
        records = [r for r in found if isinstance(r, dict) and isinstance(r.get("id"), str)]
        return sorted(records, key=lambda r: str(r.get("accepted_at")))

    def drop_acceptance(self, record_id: str) -> None:
        """Forget an acceptance once its audit event is committed."""
        (self.root / ACCEPTED_DIR / f"{record_id}.json").unlink(missing_ok=True)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
