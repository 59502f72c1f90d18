"""The local audit trail: every audited action becomes a chained entry inside the store.

`AuditLog.record` appends in the caller's transaction, so the audit event commits together
with the change it describes, or not at all. The chain state (sequence, head hash and the MAC
key for the next entry) is read and written in that same transaction; an aborted transaction
therefore leaves both the chain and the key where they were. Inside `Store.write()` the state is
read once per transaction, advanced in memory (each used key wiped at once, as always) and
written with the entries just before the commit (`storage.write_batch`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, insert, select, update

from storage.audit_chain import (
    AuditEvent,
    ChainEntry,
    ChainState,
    ChainVerdict,
    ChainWriter,
    Checkpoint,
    evolve_key,
    genesis_state,
    verify_chain,
)
from storage.clock import WallClock, utc_iso
from storage.database import Store
from storage.ids import new_id
from storage.keys import wipe
from storage.tables import audit_event, secret
from storage.write_batch import WriteBatch

CHAIN_STATE = "audit_chain_state"  # seq (8 bytes) ‖ head hash (32) ‖ next MAC key (32)
# [seq, head hex] where the local entries begin after a restore (`storage.store_restore`): the
# earlier ones stay in the damaged store kept for IT, the chain goes on from their head.
META_CHAIN_RESTART = "audit_chain_restarted_at"
_SEQ_BYTES = 8
_HASH_BYTES = 32
_LOAD = select(secret.c.material).where(secret.c.name == CHAIN_STATE)
_SAVE = update(secret).where(secret.c.name == CHAIN_STATE)
_LOAD_RAW = "SELECT material FROM store_secret WHERE name = ?"
_SAVE_RAW = "UPDATE store_secret SET material = ? WHERE name = ?"
_EVENT_COLUMNS = (
    "seq",
    "event_id",
    "actor",
    "profile_id",
    "device_id",
    "action",
    "object_type",
    "object_id",
    "occurred_at",
    "recipient",
)


def _pack(state: ChainState) -> bytes:
    return state.seq.to_bytes(_SEQ_BYTES, "big") + state.head_hash + bytes(state.key)


def _unpack(material: bytes) -> ChainState:
    seq = int.from_bytes(material[:_SEQ_BYTES], "big")
    head = material[_SEQ_BYTES : _SEQ_BYTES + _HASH_BYTES]
    return ChainState(seq=seq, head_hash=head, key=bytearray(material[_SEQ_BYTES + _HASH_BYTES :]))


def init_chain(conn: Connection, profile_id: str, k0: bytearray) -> None:
    """Start an empty chain for a new profile from its initial key K_0."""
    state = genesis_state(profile_id, k0)
    conn.execute(insert(secret), {"name": CHAIN_STATE, "material": _pack(state)})
    state.wipe()


def chain_position(conn: Connection) -> ChainState:
    """The committed chain state (seq, head, K_{seq+1}); the caller wipes it after use.

    Read it outside any `Store.write()` that records audit events: such a transaction keeps
    the state in memory until its commit.
    """
    return _unpack(conn.execute(_LOAD).scalar_one())


def _detail_codes(detail: Mapping[str, object] | None) -> dict[str, str]:
    if not detail:
        return {}
    return {k: ",".join(v) if isinstance(v, list | tuple) else str(v) for k, v in detail.items()}


class _ChainInTransaction:
    """The chain state of one write transaction: read once, advanced in memory by every
    entry, written once before the commit (`storage.write_batch`), then wiped."""

    def __init__(self, batch: WriteBatch, profile_id: str) -> None:
        material = batch.execute(_LOAD_RAW, (CHAIN_STATE,)).fetchone()[0]
        self.writer = ChainWriter(_unpack(material), profile_id=profile_id)

    def write(self, batch: WriteBatch) -> None:
        batch.add(_SAVE_RAW, (_pack(self.writer.state), CHAIN_STATE))

    def discard(self) -> None:
        self.writer.state.wipe()


class AuditLog:
    """Writes this profile's audit events (AUD-1, AUD-2)."""

    def __init__(
        self, store: Store, *, profile_id: str, device_id: str, actor: str, clock: WallClock
    ) -> None:
        self._store = store
        self._profile_id = profile_id
        self._device_id = device_id
        self._actor = actor
        self._clock = clock

    def record(
        self,
        conn: Connection,
        action: str,
        object_type: str,
        object_id: str | None,
        *,
        recipient: str | None = None,
        detail: Mapping[str, object] | None = None,
    ) -> ChainEntry:
        """Append one event in `conn`'s transaction. No case content: ids and codes only."""
        batch = self._store.batch(conn)
        if batch is None:
            writer = ChainWriter(self._load_state(conn), profile_id=self._profile_id)
        else:
            chain = batch.deferred(
                CHAIN_STATE, lambda: _ChainInTransaction(batch, self._profile_id)
            )
            writer = chain.writer
        entry = writer.append(
            actor=self._actor,
            device_id=self._device_id,
            action=action,
            object_type=object_type,
            object_id=object_id or self._profile_id,
            occurred_at=utc_iso(self._clock),
            recipient=recipient,
            detail=_detail_codes(detail),
            # Time-ordered like every other id: the unique index on event_id then grows at
            # its end, instead of dirtying a random page of it in every transaction.
            event_id=new_id(),
        )
        event = entry.event
        row = {f: getattr(event, f) for f in _EVENT_COLUMNS}
        row |= {"detail": dict(event.detail), "hash": entry.hash, "mac": entry.mac}
        row["synced"] = False
        if batch is None:
            conn.execute(insert(audit_event), row)
            self._save_state(conn, writer.state)
        else:
            raw = self._store.raw_insert(audit_event)
            batch.add(raw.sql, raw.params(row))
        return entry

    def _load_state(self, conn: Connection) -> ChainState:
        return _unpack(conn.execute(_LOAD).scalar_one())

    def _save_state(self, conn: Connection, state: ChainState) -> None:
        conn.execute(_SAVE, {"material": _pack(state)})
        state.wipe()


def load_entries(conn: Connection) -> list[ChainEntry]:
    """Every stored entry, in stored sequence order."""
    rows = conn.execute(select(audit_event).order_by(audit_event.c.seq)).fetchall()
    return [_entry(dict(r._mapping)) for r in rows]


def _entry(row: Mapping[str, Any]) -> ChainEntry:
    event = AuditEvent(
        seq=row["seq"],
        event_id=row["event_id"],
        actor=row["actor"],
        profile_id=row["profile_id"],
        device_id=row["device_id"],
        action=row["action"],
        object_type=row["object_type"],
        object_id=row["object_id"],
        occurred_at=row["occurred_at"],
        recipient=row["recipient"],
        detail=row["detail"] or {},
    )
    return ChainEntry(event, bytes(row["hash"]), bytes(row["mac"]))


def verify_store_chain(store: Store, profile_id: str, k0: bytearray | None = None) -> ChainVerdict:
    """Verify the local chain against the stored head; with K_0 (held by IT) also the MACs."""
    with store.read() as conn:
        entries = load_entries(conn)
        state = _unpack(conn.execute(_LOAD).scalar_one())
        restart = store.get_meta(conn, META_CHAIN_RESTART)
    expected = (state.seq, state.head_hash) if state.seq else None
    state.wipe()
    start = None
    if isinstance(restart, list):
        seq, head = int(restart[0]), bytes.fromhex(str(restart[1]))
        start = Checkpoint(seq, head, evolve_key(k0, seq + 1) if k0 is not None else None)
    try:
        return verify_chain(
            entries,
            profile_id=profile_id,
            k0=None if start else k0,  # from a restart, K_{seq+1} is what checks the MACs
            expected_head=expected,
            start=start,
        )
    finally:
        if k0 is not None:
            wipe(k0)
