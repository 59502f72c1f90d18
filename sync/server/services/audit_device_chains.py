"""Re-verify every stored device chain from genesis (part of `admin audit verify`).

What the ingest verified once is checked again from the rows as they are now: each profile's
stored entries must still chain from the genesis of the chain they name up to exactly the
stored checkpoint. Hash continuity only: the ingest checked the MACs of granted chains once,
and the service keeps only the key evolved to the checkpoint, which cannot re-check them.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

from storage.audit_chain import AuditEvent, ChainEntry, Checkpoint, genesis_hash, verify_chain
from sync.server.db.audit_tables import device_audit_checkpoint, device_audit_event

CHUNK = 5_000
CHECKPOINT_MISMATCH = "checkpoint_mismatch"  # the chain verifies but ends elsewhere


def verify_device_chains(conn: Connection) -> Iterator[tuple[str, str, int]]:
    """(problem code, profile id, seq) for every profile whose stored chain is broken."""
    checkpoints = {
        row.profile_id: row for row in conn.execute(select(device_audit_checkpoint)).all()
    }
    with_events = conn.execute(select(device_audit_event.c.profile_id).distinct()).scalars()
    for profile_id in sorted(set(checkpoints) | set(with_events)):
        found = _check_profile(conn, profile_id, checkpoints.get(profile_id))
        if found is not None:
            yield found[0], profile_id, found[1]


def _check_profile(conn: Connection, profile_id: str, checkpoint: Any) -> tuple[str, int] | None:
    start: Checkpoint | None = None
    chain_id: str | None = checkpoint.chain_id if checkpoint is not None else None
    for chunk in _chunks(conn, profile_id):
        chain_id = chain_id or chunk[0].event.profile_id
        verdict = verify_chain(chunk, profile_id=chain_id, k0=None, start=start)
        if not verdict.ok:
            assert verdict.problem is not None and verdict.first_bad_seq is not None
            return verdict.problem.value, verdict.first_bad_seq
        start = verdict.verified_head
    if checkpoint is None:
        return CHECKPOINT_MISMATCH, 1  # entries, but where the chain ends was deleted
    end = start or Checkpoint(0, genesis_hash(checkpoint.chain_id))
    held = Checkpoint(int(checkpoint.seq), bytes(checkpoint.head_hash))
    if end.seq != held.seq or not hmac.compare_digest(end.head_hash, held.head_hash):
        return CHECKPOINT_MISMATCH, min(end.seq, held.seq) + 1
    return None


def _chunks(conn: Connection, profile_id: str) -> Iterator[Sequence[ChainEntry]]:
    after = 0
    while True:
        rows = conn.execute(
            select(device_audit_event)
            .where(device_audit_event.c.profile_id == profile_id, device_audit_event.c.seq > after)
            .order_by(device_audit_event.c.seq)
            .limit(CHUNK)
        ).all()
        if not rows:
            return
        yield [_entry(row) for row in rows]
        after = int(rows[-1].seq)


def _entry(row: Any) -> ChainEntry:
    event = AuditEvent(
        seq=int(row.seq),
        event_id=row.event_id,
        actor=row.actor,
        profile_id=row.chain_id,
        device_id=row.device_id,
        action=row.action,
        object_type=row.object_type,
        object_id=row.object_id,
        occurred_at=row.occurred_at,
        recipient=row.recipient,
        detail=dict(row.detail or {}),
    )
    return ChainEntry(event, bytes(row.chain_hash), bytes(row.mac))
