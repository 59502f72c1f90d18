"""The local tamper-evident audit chain (AUD-2): pure core, no database, no I/O.

Every create/read/update/export... of case data becomes an `AuditEvent`. Events are chained:

    h_0 = SHA-256("dossier-audit-genesis-v1\\0" ‖ profile_id)
    h_i = SHA-256("dossier-audit-chain-v1\\0" ‖ h_{i-1} ‖ canonical_bytes(e_i))

and each entry carries a forward-secure MAC (Schneier & Kelsey 1998):

    K_i = SHA-256("dossier-audit-key-evolve" ‖ K_{i-1})      K_0 made at profile creation
    mac_i = HMAC-SHA256(K_i, h_i)

The writer holds only the key for the *next* entry and wipes each key once it has MAC'd with it,
so a thief of an unlocked device, holding the current key, can neither recompute an earlier MAC
nor derive an earlier key (SHA-256 does not run backwards). K_0 goes to the verifier (the
service / IT), which can recompute every key. The hash chain alone catches edits, deletions and
reordering by anyone who cannot rewrite the whole tail; the MACs catch those who can.

The events themselves, and the rules that keep case content out of them, are in
`storage.audit_event`; verified positions and their signatures in `storage.audit_checkpoint`.
Key material is excluded from every `repr` so a logged state leaks nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from storage.audit_checkpoint import (
    HASH_SIZE,
    KEY_SIZE,
    Checkpoint,
    require_lengths,
    sign_checkpoint,
    verify_checkpoint,
)
from storage.audit_event import (
    CANONICAL_VERSION,
    AuditAction,
    AuditEvent,
    canonical_bytes,
    require_valid_event,
)
from storage.errors import ErrorCode, StoreError

# What moved to `storage.audit_event` and `storage.audit_checkpoint` stays importable here.
__all__ = [
    "CANONICAL_VERSION",
    "HASH_SIZE",
    "KEY_SIZE",
    "AuditAction",
    "AuditEvent",
    "ChainEntry",
    "ChainProblem",
    "ChainState",
    "ChainVerdict",
    "ChainWriter",
    "Checkpoint",
    "canonical_bytes",
    "chain_hash",
    "evolve_key",
    "genesis_hash",
    "genesis_state",
    "new_chain_key",
    "sign_checkpoint",
    "verify_chain",
    "verify_checkpoint",
]

_GENESIS_TAG = b"dossier-audit-genesis-v1\x00"
_CHAIN_TAG = b"dossier-audit-chain-v1\x00"
_EVOLVE_TAG = b"dossier-audit-key-evolve"


class ChainProblem(StrEnum):
    HASH_MISMATCH = "hash_mismatch"  # content or stored hash edited
    MAC_MISMATCH = "mac_mismatch"  # hash chain recomputed without the right key
    SEQ_GAP = "seq_gap"  # an entry was deleted
    SEQ_OUT_OF_ORDER = "seq_out_of_order"  # entries were reordered
    DUPLICATE_SEQ = "duplicate_seq"  # an entry appears twice
    FORK = "fork"  # two different entries share a seq (e.g. restored backup)
    TRUNCATED = "truncated"  # the chain stops before the expected head
    HEAD_MISMATCH = "head_mismatch"  # the chain passes the expected head's seq elsewhere
    PROFILE_MISMATCH = "profile_mismatch"  # a well-chained entry names another profile


@dataclass(frozen=True, slots=True)
class ChainEntry:
    """An event as stored: the event, its chain hash h_i and its MAC."""

    event: AuditEvent
    hash: bytes
    mac: bytes


@dataclass(slots=True)
class ChainState:
    """What the store persists with every append, in the same transaction as the entry.

    `key` is K_{seq+1}, the key that will MAC the *next* entry. It is a bytearray so that it
    can be overwritten; the writer replaces and zeroes it on every append.
    """

    seq: int
    head_hash: bytes
    key: bytearray = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.key, bytearray):
            raise TypeError("the chain key must be a bytearray so that it can be wiped")
        require_lengths(self.seq, self.head_hash, self.key)

    def wipe(self) -> None:
        """Zero the key, e.g. when the profile locks; the state is unusable afterwards."""
        _wipe(self.key)


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    """Result of `verify_chain`; `verified_head` is where to resume the next verification."""

    ok: bool
    checked: int  # entries that verified before the first problem
    first_bad_seq: int | None
    problem: ChainProblem | None
    macs_checked: bool
    verified_head: Checkpoint

    def raise_if_broken(self) -> None:
        """Raise `StoreError(AUDIT_CHAIN_BROKEN)`; the detail holds only codes and numbers."""
        if not self.ok:
            detail = f"{self.problem} at seq {self.first_bad_seq}"
            raise StoreError(ErrorCode.AUDIT_CHAIN_BROKEN, detail)


def genesis_hash(profile_id: str) -> bytes:
    """h_0: binds the chain to its profile, so one profile's entries never verify in another."""
    return hashlib.sha256(_GENESIS_TAG + profile_id.encode("utf-8")).digest()


def chain_hash(previous_hash: bytes, event: AuditEvent) -> bytes:
    """h_i from h_{i-1} (fixed length, so the concatenation is unambiguous) and e_i."""
    return hashlib.sha256(_CHAIN_TAG + previous_hash + canonical_bytes(event)).digest()


def new_chain_key() -> bytearray:
    """A fresh random K_0 for a new profile.

    The caller seals it for the verifier, passes it to `genesis_state` and then wipes it.
    """
    return bytearray(secrets.token_bytes(KEY_SIZE))


def genesis_state(profile_id: str, k0: bytes | bytearray) -> ChainState:
    """The state of an empty chain: seq 0, h_0, and K_1 (the device never needs K_0 again)."""
    return ChainState(seq=0, head_hash=genesis_hash(profile_id), key=_evolve(k0))


class ChainWriter:
    """Appends events to one profile's chain, evolving and wiping the MAC key as it goes.

    If the store's transaction fails after `append`, discard the writer and re-read the state
    from the store: the in-memory key has already moved on and the old one is gone.
    """

    def __init__(self, state: ChainState, *, profile_id: str) -> None:
        if state.seq == 0 and state.head_hash != genesis_hash(profile_id):
            raise ValueError("chain state belongs to another profile")
        self._state = state
        self._profile_id = profile_id

    @property
    def state(self) -> ChainState:
        return self._state

    def append(
        self,
        *,
        actor: str,
        device_id: str,
        action: str,
        object_type: str,
        object_id: str,
        occurred_at: str,
        recipient: str | None = None,
        detail: Mapping[str, str] | None = None,
        event_id: str | None = None,
    ) -> ChainEntry:
        """Chain one event; raises `ValidationFailed` (field → code) for a malformed event."""
        event = AuditEvent(
            seq=self._state.seq + 1,
            event_id=event_id if event_id is not None else str(uuid.uuid4()),
            actor=actor,
            profile_id=self._profile_id,
            device_id=device_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            occurred_at=occurred_at,
            recipient=recipient,
            detail=detail or {},
        )
        require_valid_event(event)
        entry_hash = chain_hash(self._state.head_hash, event)
        entry = ChainEntry(event, entry_hash, _mac(self._state.key, entry_hash))
        self._advance(event.seq, entry_hash)
        return entry

    def _advance(self, seq: int, entry_hash: bytes) -> None:
        used = self._state.key
        self._state.key = _evolve(used)
        _wipe(used)  # forward security rests on this: the used key must not survive
        self._state.seq = seq
        self._state.head_hash = entry_hash


def verify_chain(
    entries: Sequence[ChainEntry],
    *,
    profile_id: str,
    k0: bytes | bytearray | None,
    expected_head: tuple[int, bytes] | None = None,
    start: Checkpoint | None = None,
) -> ChainVerdict:
    """Check entries (in stored order) and name the first problem and its seq.

    Without `start` the chain is checked from genesis; with it, only the suffix after the
    checkpoint (the service receives entries incrementally). MACs are checked when a key is
    known: `k0`, or `start.key`; with neither only the hash chain is checked, which anyone
    able to rewrite the whole tail can satisfy (`macs_checked` says which it was).
    `expected_head` (seq, hash), e.g. a signed checkpoint or the last synced head, must lie on
    the chain: entries beyond it are fine, a chain that stops short is `truncated`.
    """
    walk = _Walk(entries, profile_id, _start_of(profile_id, k0, start), expected_head)
    try:
        return walk.run()
    finally:
        walk.wipe()


class _Walk:
    """One pass over the entries; holds the running position and (wipeable) key."""

    def __init__(
        self,
        entries: Sequence[ChainEntry],
        profile_id: str,
        start: Checkpoint,
        expected_head: tuple[int, bytes] | None,
    ) -> None:
        if expected_head is not None and expected_head[0] < start.seq:
            raise ValueError("expected head lies before the start checkpoint")
        self.entries = entries
        self.profile_id = profile_id
        self.start = start
        self.expected_head = expected_head
        self.seq = start.seq
        self.head = start.head_hash
        self.key = None if start.key is None else bytearray(start.key)
        self.present = {entry.event.seq for entry in entries}  # tells a gap from a reorder
        self.seen: dict[int, ChainEntry] = {}
        self.checked = 0

    def run(self) -> ChainVerdict:
        finding = self._check_head(self.seq, self.head) or self._first_finding()
        if finding is None and self.expected_head and self.seq < self.expected_head[0]:
            finding = (ChainProblem.TRUNCATED, self.seq + 1)
        problem, bad_seq = finding if finding is not None else (None, None)
        key = None if self.key is None else bytes(self.key)
        return ChainVerdict(
            ok=finding is None,
            checked=self.checked,
            first_bad_seq=bad_seq,
            problem=problem,
            macs_checked=self.key is not None,
            verified_head=Checkpoint(self.seq, self.head, key),
        )

    def wipe(self) -> None:
        if self.key is not None:
            _wipe(self.key)

    def _first_finding(self) -> tuple[ChainProblem, int] | None:
        for entry in self.entries:
            finding = self._step(entry)
            if finding is not None:
                return finding
        return None

    def _step(self, entry: ChainEntry) -> tuple[ChainProblem, int] | None:
        seq = entry.event.seq
        if seq != self.seq + 1:
            return self._misplaced(entry)
        computed = chain_hash(self.head, entry.event)
        if not hmac.compare_digest(computed, entry.hash):
            return ChainProblem.HASH_MISMATCH, seq
        if self.key is not None and not hmac.compare_digest(_mac(self.key, computed), entry.mac):
            return ChainProblem.MAC_MISMATCH, seq
        if entry.event.profile_id != self.profile_id:
            return ChainProblem.PROFILE_MISMATCH, seq
        finding = self._check_head(seq, computed)
        if finding is None:
            self.seq, self.head = seq, computed
            self._advance_key()
            self.seen[seq] = entry
            self.checked += 1
        return finding

    def _misplaced(self, entry: ChainEntry) -> tuple[ChainProblem, int]:
        seq, expected = entry.event.seq, self.seq + 1
        if seq > expected:
            if expected in self.present:
                return ChainProblem.SEQ_OUT_OF_ORDER, expected
            return ChainProblem.SEQ_GAP, expected
        earlier = self.seen.get(seq)
        if earlier is not None:
            return (ChainProblem.DUPLICATE_SEQ if earlier == entry else ChainProblem.FORK), seq
        if seq == self.start.seq and not hmac.compare_digest(entry.hash, self.start.head_hash):
            return ChainProblem.FORK, seq
        # At or before the checkpoint: a seq already verified earlier, not comparable here.
        return ChainProblem.DUPLICATE_SEQ, seq

    def _check_head(self, seq: int, head: bytes) -> tuple[ChainProblem, int] | None:
        if self.expected_head is None or seq != self.expected_head[0]:
            return None
        if hmac.compare_digest(head, self.expected_head[1]):
            return None
        return ChainProblem.HEAD_MISMATCH, seq

    def _advance_key(self) -> None:
        if self.key is not None:
            used = self.key
            self.key = _evolve(used)
            _wipe(used)


def _start_of(
    profile_id: str, k0: bytes | bytearray | None, start: Checkpoint | None
) -> Checkpoint:
    if start is None:
        key = None if k0 is None else _derive(k0, 1)
        return Checkpoint(0, genesis_hash(profile_id), key)
    if start.key is not None and k0 is not None:
        raise ValueError("give the key either as k0 or in the checkpoint, not both")
    if k0 is not None:
        return Checkpoint(start.seq, start.head_hash, _derive(k0, start.seq + 1))
    return start


def evolve_key(key: bytes | bytearray, steps: int) -> bytes:
    """K_{i+steps} from K_i: the verifier moves a held key forward to where it resumes."""
    if steps < 0:
        raise ValueError("a chain key never moves backwards")
    return _derive(key, steps)


def _derive(k0: bytes | bytearray, index: int) -> bytes:
    """K_index from K_0; only the verifier does this (the writer never holds K_0)."""
    key = bytearray(k0)
    for _ in range(index):
        evolved = _evolve(key)
        _wipe(key)
        key = evolved
    derived = bytes(key)
    _wipe(key)
    return derived


def _evolve(key: bytes | bytearray) -> bytearray:
    digest = hashlib.sha256(_EVOLVE_TAG)
    digest.update(key)  # update() reads the buffer in place: no extra copy of the key
    return bytearray(digest.digest())


def _mac(key: bytes | bytearray, entry_hash: bytes) -> bytes:
    return hmac.new(key, entry_hash, hashlib.sha256).digest()


def _wipe(buffer: bytearray) -> None:
    # Best effort: CPython may have left transient copies (digest results), but the long-lived
    # copy that the state holds is overwritten here.
    buffer[:] = bytes(len(buffer))
