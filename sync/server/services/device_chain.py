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

Only hash continuity is checked: the profiles' initial MAC keys (K_0) are not held by the
service yet, so a thief who rewrites a whole tail consistently before it is uploaded is not
caught here; everything uploaded once is fixed by the checkpoint and the Merkle log.
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


_FROM_PROBLEM = {
    ChainProblem.SEQ_GAP: ChainFlag.GAP,
    ChainProblem.FORK: ChainFlag.FORK,
    ChainProblem.HASH_MISMATCH: ChainFlag.HASH_MISMATCH,
    ChainProblem.PROFILE_MISMATCH: ChainFlag.PROFILE_MISMATCH,
    ChainProblem.SEQ_OUT_OF_ORDER: ChainFlag.SEQ_OUT_OF_ORDER,
    ChainProblem.DUPLICATE_SEQ: ChainFlag.DUPLICATE_SEQ,
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


def needed_seqs(
    checkpoint_seq: int, entries: Sequence[ChainEntry], head_seq: int | None
) -> set[int]:
    """The stored hashes `plan_upload` compares against (entries and head at or below it)."""
    seqs = {e.event.seq for e in entries if e.event.seq <= checkpoint_seq}
    if head_seq is not None and 0 < head_seq <= checkpoint_seq:
        seqs.add(head_seq)
    return seqs


def plan_upload(
    held: Held,
    entries: Sequence[ChainEntry],
    *,
    unreadable_seq: int | None = None,
    head: tuple[int, bytes] | None = None,
) -> Plan:
    """Decide what to store and what to flag; `entries` are in increasing seq order.

    `unreadable_seq` is the seq of the first uploaded entry that could not be read (the
    entries given stop before it); `head` the laptop's verified signed head, if it sent one.
    """
    chain_id = held.chain_id or (entries[0].event.profile_id if entries else None)
    held = Held(chain_id, held.checkpoint, held.hashes)
    start = held.checkpoint
    known = [e for e in entries if e.event.seq <= start.seq]
    fresh = [e for e in entries if e.event.seq > start.seq]
    divergent = next((e for e in known if not _same(held.hash_at(e.event.seq), e.hash)), None)
    if divergent is not None:
        # The laptop's history left ours at or below the checkpoint: nothing it sends can
        # continue our chain, so one flag names where, and nothing is stored.
        duplicates = sum(1 for e in known if e.event.seq < divergent.event.seq)
        return Plan(chain_id, [], duplicates, [_divergence(held, divergent)], start)
    store, flag = _verified_prefix(chain_id, start, fresh)
    if flag is None and unreadable_seq is not None:
        flag = Flag(ChainFlag.ENTRY_UNREADABLE, unreadable_seq)
    flags = [flag] if flag is not None else []
    last = store[-1] if store else None
    checkpoint = Checkpoint(last.event.seq, last.hash) if last else start
    if head is not None and chain_id is not None:
        flags += _head_flags(held, checkpoint, store, head)
    return Plan(chain_id, store, len(known), flags, checkpoint)


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
