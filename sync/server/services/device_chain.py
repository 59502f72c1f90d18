"""What to make of an uploaded piece of a laptop's audit chain (AUD-2). Pure: no database.

The service holds, per profile, a checkpoint (seq, h_seq) where the verified chain ends. An
upload is compared with it:

* entries at or below the checkpoint are either the same entries again (duplicates: the
  upload is idempotent on (profile, seq)) or a different entry at a seq already held: a
  **fork** (two histories of one profile, e.g. a restored or copied store written on);
* entries above it must continue the chain (`storage.audit_chain.verify_chain` from the
  checkpoint); the verified prefix is stored, the first break is flagged (**gap** for a
  missing seq, `hash_mismatch`, `profile_mismatch`, ...) and nothing after it is stored;
* the laptop's signed head, if sent, must not lie below the checkpoint on the held history
  (**rewind**: the laptop went back to an older copy of its chain) nor differ from the held
  hash at its seq (**fork**).

MACs are checked once the profile has granted its chain key (`sync.protocol.audit_key`):
the grant names a position g and K_{g+1}; the service keeps the key evolved to its
checkpoint, so every entry after g must carry the MAC only the key's holder could make
(**mac_mismatch** otherwise: a tail rewritten with recomputed hashes by someone without
K_i). A grant at or below the checkpoint is moved forward at once (its h_g must be the held
one); a grant ahead of it waits until the chain reaches g. A grant for another chain or
position is refused (**key_refused**) and changes nothing. Profiles that never sent a
grant (made before the service took keys) keep hash-only checking.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from storage.audit_chain import (
    ChainEntry,
    ChainProblem,
    Checkpoint,
    evolve_key,
    genesis_hash,
    verify_chain,
)
from storage.audit_event import require_valid_event
from storage.errors import ValidationFailed


class ChainFlag(StrEnum):
    """Why part of an upload was not stored. Stable codes: auditors and laptops read them."""

    GAP = "gap"  # entries missing between the checkpoint (or the last good entry) and the next
    FORK = "fork"  # a different entry (or head) at a seq already held: a second history
    REWIND = "rewind"  # the laptop's head went back behind what the service holds
    HASH_MISMATCH = "hash_mismatch"  # an entry's hash is not h(prev ‖ event): edited
    PROFILE_MISMATCH = "profile_mismatch"  # a well-chained entry of another chain
    EVENT_INVALID = "event_invalid"  # an event that is not codes only (AUD-1): not stored
    ENTRY_UNREADABLE = "entry_unreadable"  # signed by the profile but not an audit entry
    SEQ_OUT_OF_ORDER = "seq_out_of_order"
    DUPLICATE_SEQ = "duplicate_seq"
    MAC_MISMATCH = "mac_mismatch"  # hash chain intact, MAC not made with the granted key
    KEY_REFUSED = "key_refused"  # a chain-key grant that contradicts what is held: ignored


_FROM_PROBLEM = {
    ChainProblem.SEQ_GAP: ChainFlag.GAP,
    ChainProblem.FORK: ChainFlag.FORK,
    ChainProblem.HASH_MISMATCH: ChainFlag.HASH_MISMATCH,
    ChainProblem.PROFILE_MISMATCH: ChainFlag.PROFILE_MISMATCH,
    ChainProblem.SEQ_OUT_OF_ORDER: ChainFlag.SEQ_OUT_OF_ORDER,
    ChainProblem.DUPLICATE_SEQ: ChainFlag.DUPLICATE_SEQ,
    ChainProblem.MAC_MISMATCH: ChainFlag.MAC_MISMATCH,
}


@dataclass(frozen=True, slots=True)
class Flag:
    """One break: its code, where, what the service holds there and what the laptop sent."""

    code: ChainFlag
    seq: int
    expected_hash: bytes | None = None
    received_hash: bytes | None = None
    entry: ChainEntry | None = None  # the divergent entry, kept as evidence if it is valid


@dataclass(frozen=True, slots=True)
class Held:
    """What the service holds for a profile: chain id, checkpoint, and stored hashes by seq.

    `hashes` needs the seqs `needed_seqs` names; `chain_id` is None before the first upload.
    """

    chain_id: str | None
    checkpoint: Checkpoint
    hashes: Mapping[int, bytes] = field(default_factory=dict)
    key: Checkpoint | None = field(default=None, repr=False)  # at or ahead of the checkpoint

    def hash_at(self, seq: int) -> bytes | None:
        """h_seq as held (h_0 is the chain's genesis hash)."""
        if seq == 0 and self.chain_id is not None:
            return genesis_hash(self.chain_id)
        return self.hashes.get(seq)


@dataclass(frozen=True, slots=True)
class Plan:
    """What to do with an upload: entries to store, the new checkpoint, and the flags."""

    chain_id: str | None
    store: list[ChainEntry]
    duplicates: int
    flags: list[Flag]
    checkpoint: Checkpoint
    key: Checkpoint | None = field(default=None, repr=False)  # the key to keep afterwards
    granted: Checkpoint | None = field(default=None, repr=False)  # a grant adopted now

    @property
    def macs_checked(self) -> bool:
        """Whether the service holds this profile's chain key (now or pending)."""
        return self.key is not None


def needed_seqs(
    checkpoint_seq: int,
    entries: Sequence[ChainEntry],
    head_seq: int | None,
    grant_seq: int | None = None,
) -> set[int]:
    """The stored hashes `plan_upload` compares against (entries, head, grant at or below it)."""
    seqs = {e.event.seq for e in entries if e.event.seq <= checkpoint_seq}
    for seq in (head_seq, grant_seq):
        if seq is not None and 0 < seq <= checkpoint_seq:
            seqs.add(seq)
    return seqs


def plan_upload(
    held: Held,
    entries: Sequence[ChainEntry],
    *,
    unreadable_seq: int | None = None,
    head: tuple[int, bytes] | None = None,
    grant: tuple[str, Checkpoint] | None = None,
) -> Plan:
    """Decide what to store and what to flag; `entries` are in increasing seq order.

    `unreadable_seq` is the seq of the first uploaded entry that could not be read (the
    entries given stop before it); `head` the laptop's verified signed head, if it sent one;
    `grant` a verified chain-key grant (chain id, position with K_{g+1}) while none is held.
    """
    chain_id = held.chain_id or (entries[0].event.profile_id if entries else None)
    chain_id = chain_id or (grant[0] if grant is not None else None)
    start = held.checkpoint
    key, grant_flags = _adopt(Held(chain_id, start, held.hashes), grant)
    granted = key if grant is not None and key is not None else None
    key = key or held.key
    held = Held(chain_id, start, held.hashes, key)
    known = [e for e in entries if e.event.seq <= start.seq]
    fresh = [e for e in entries if e.event.seq > start.seq]
    divergent = next((e for e in known if not _same(held.hash_at(e.event.seq), e.hash)), None)
    if divergent is not None:
        # The laptop's history left ours at or below the checkpoint: nothing it sends can
        # continue our chain, so one flag names where, and nothing is stored.
        duplicates = sum(1 for e in known if e.event.seq < divergent.event.seq)
        flags = [*grant_flags, _divergence(held, divergent)]
        return Plan(chain_id, [], duplicates, flags, start, key, granted)
    store, flag, key = _keyed_prefix(chain_id, start, fresh, key)
    if flag is None and unreadable_seq is not None:
        flag = Flag(ChainFlag.ENTRY_UNREADABLE, unreadable_seq)
    flags = grant_flags + ([flag] if flag is not None else [])
    last = store[-1] if store else None
    checkpoint = Checkpoint(last.event.seq, last.hash) if last else start
    if head is not None and chain_id is not None:
        flags += _head_flags(held, checkpoint, store, head)
    return Plan(chain_id, store, len(known), flags, checkpoint, key, granted)


def _adopt(
    held: Held, grant: tuple[str, Checkpoint] | None
) -> tuple[Checkpoint | None, list[Flag]]:
    """The key a new grant gives, moved to the checkpoint if it starts at or below it."""
    if grant is None:
        return None, []
    chain_id, point = grant
    start = held.checkpoint
    ours = held.hash_at(point.seq) if point.seq <= start.seq else point.head_hash
    if chain_id != held.chain_id or not _same(ours, point.head_hash) or point.key is None:
        return None, [Flag(ChainFlag.KEY_REFUSED, point.seq, ours, point.head_hash)]
    if point.seq >= start.seq:
        return point, []  # at the checkpoint, or waiting for the chain to reach it
    return Checkpoint(start.seq, start.head_hash, evolve_key(point.key, start.seq - point.seq)), []


def _keyed_prefix(
    chain_id: str | None, start: Checkpoint, fresh: Sequence[ChainEntry], key: Checkpoint | None
) -> tuple[list[ChainEntry], Flag | None, Checkpoint | None]:
    """`_verified_prefix`, with MACs from the key's position on; and the key afterwards."""
    if key is None or key.seq <= start.seq:
        keyed = start if key is None else Checkpoint(start.seq, start.head_hash, key.key)
        store, flag = _verified_prefix(chain_id, keyed, fresh)
        return store, flag, _moved(keyed, store) if key is not None else None
    # The grant lies ahead: hashes only up to it, where the chain must pass its head.
    before, after = _split(fresh, key.seq)
    store, flag = _verified_prefix(chain_id, start, before)
    if flag is not None or not store or store[-1].event.seq < key.seq:
        return store, flag, key
    if not _same(store[-1].hash, key.head_hash):
        bad = store.pop()
        return store, Flag(ChainFlag.FORK, key.seq, key.head_hash, bad.hash, _evidence(bad)), key
    more, flag = _verified_prefix(chain_id, key, after)
    return store + more, flag, _moved(key, more)


def _split(entries: Sequence[ChainEntry], seq: int) -> tuple[list[ChainEntry], list[ChainEntry]]:
    return [e for e in entries if e.event.seq <= seq], [e for e in entries if e.event.seq > seq]


def _moved(keyed: Checkpoint, stored: Sequence[ChainEntry]) -> Checkpoint:
    """The key evolved past the entries just verified with it (O(new entries))."""
    assert keyed.key is not None
    if not stored:
        return keyed
    last = stored[-1]
    return Checkpoint(last.event.seq, last.hash, evolve_key(keyed.key, len(stored)))


def _same(held: bytes | None, received: bytes) -> bool:
    return held is not None and hmac.compare_digest(held, received)


def _divergence(held: Held, entry: ChainEntry) -> Flag:
    seq = entry.event.seq
    return Flag(ChainFlag.FORK, seq, held.hash_at(seq), entry.hash, _evidence(entry))


def _verified_prefix(
    chain_id: str | None, start: Checkpoint, fresh: Sequence[ChainEntry]
) -> tuple[list[ChainEntry], Flag | None]:
    if not fresh or chain_id is None:
        return [], None
    verdict = verify_chain(fresh, profile_id=chain_id, k0=None, start=start)
    # (with `start.key` the MACs are checked from the checkpoint on)
    good = list(fresh[: verdict.checked])
    for index, entry in enumerate(good):
        if _evidence(entry) is None:
            # Never store an event that could carry case content (AUD-1); the chain stops.
            return good[:index], Flag(ChainFlag.EVENT_INVALID, entry.event.seq, None, entry.hash)
    if verdict.ok:
        return good, None
    assert verdict.problem is not None and verdict.first_bad_seq is not None
    bad = next((e for e in fresh if e.event.seq == verdict.first_bad_seq), None)
    code = _FROM_PROBLEM.get(verdict.problem, ChainFlag.HASH_MISMATCH)
    expected = good[-1].hash if good else start.head_hash  # the hash it should chain onto
    received = bad.hash if bad is not None else None
    return good, Flag(code, verdict.first_bad_seq, expected, received, _maybe(bad))


def _head_flags(
    held: Held, checkpoint: Checkpoint, stored: Sequence[ChainEntry], head: tuple[int, bytes]
) -> list[Flag]:
    seq, head_hash = head
    if seq > checkpoint.seq:
        return []  # the laptop has more to send: normal between batches
    ours = {e.event.seq: e.hash for e in stored}.get(seq) or held.hash_at(seq)
    if seq == checkpoint.seq:
        ours = checkpoint.head_hash
    if seq < checkpoint.seq and _same(ours, head_hash):
        return [Flag(ChainFlag.REWIND, seq, checkpoint.head_hash, head_hash)]
    if not _same(ours, head_hash):
        return [Flag(ChainFlag.FORK, seq, ours, head_hash)]
    return []


def _evidence(entry: ChainEntry) -> ChainEntry | None:
    try:
        require_valid_event(entry.event)
    except ValidationFailed:
        return None
    return entry


def _maybe(entry: ChainEntry | None) -> ChainEntry | None:
    return None if entry is None else _evidence(entry)
