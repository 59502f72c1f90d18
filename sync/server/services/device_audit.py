"""Device audit ingest: `POST /v1/audit/events` (AUD-2 on the service side, DESIGN §5.5).

1. Outside any transaction: every entry's profile signature is checked and its box opened
   (a forged or unopenable entry refuses the whole upload, nothing is written); an authentic
   entry that does not parse ends the readable part of the upload.
2. In one write transaction, under the profile row lock (so two uploads of one profile, or an
   upload and a push, run one after the other): the checkpoint and the stored hashes the
   upload touches are read, `device_chain.plan_upload` decides, and the verified entries,
   the new checkpoint and any new flags are written. Each stored entry and each new flag is a
   leaf of the Merkle audit log, appended in the same transaction.

Idempotent on (profile, seq): an entry uploaded again is counted as a duplicate. A chain-key
grant sent with an upload is verified and opened in step 1; in step 2 the first one is kept
(`device_chain_key`), an identical one again changes nothing, and any other is flagged
`key_refused` and ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from storage.audit_chain import ChainEntry, Checkpoint, genesis_hash
from storage.ids import new_id
from sync.protocol.audit import AuditUpload, AuditUploadResult, ChainFlagView
from sync.protocol.audit_key import OpenedGrant, open_grant
from sync.protocol.audit_sealed import (
    UnreadableEntry,
    content_of,
    open_audit_entry,
    verify_chain_head,
)
from sync.protocol.sealed import SealedWireError, b64
from sync.protocol.versions import SUPPORTED_PROTOCOL_VERSIONS
from sync.server.db.audit_tables import (
    device_audit_checkpoint,
    device_audit_event,
    device_audit_flag,
)
from sync.server.db.database import Database
from sync.server.db.tables import profile
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring
from sync.server.services import audit_entries, audit_log, device_chain_key
from sync.server.services.device_chain import (
    ChainFlag,
    Flag,
    Held,
    Plan,
    needed_seqs,
    plan_upload,
)
from sync.server.services.principals import Principal
from sync.server.services.push import profile_keys, run_transaction, seal_privates


@dataclass(frozen=True, slots=True)
class Opened:
    """The readable part of an upload, the seq where it stopped being readable, the head."""

    entries: list[ChainEntry]
    unreadable_seq: int | None
    head: tuple[int, bytes] | None
    grant: OpenedGrant | None = None


def upload(
    db: Database, keyring: ServiceKeyring, principal: Principal, body: AuditUpload, *, now: datetime
) -> AuditUploadResult:
    """Verify, store and log an upload of chained audit entries; the answer for the laptop."""
    if body.protocol_version not in SUPPORTED_PROTOCOL_VERSIONS:
        raise ServerError(ServerErrorCode.UNSUPPORTED_PROTOCOL)
    with db.read() as conn:
        keys = profile_keys(conn, principal, body.profile_id)
    opened = _open_all(body, keys.sign_public, seal_privates(keyring))
    plan = run_transaction(db, lambda conn: _ingest(conn, principal, opened, now))
    return AuditUploadResult(
        profile_id=body.profile_id,
        checkpoint_seq=plan.checkpoint.seq,
        checkpoint_hash=None if plan.chain_id is None else b64(plan.checkpoint.head_hash),
        stored=len(plan.store),
        duplicates=plan.duplicates,
        flags=[ChainFlagView(code=f.code.value, seq=f.seq) for f in plan.flags],
        macs_checked=plan.macs_checked,
    )


def _open_all(body: AuditUpload, sign_public: bytes, privates: dict[str, bytes]) -> Opened:
    entries: list[ChainEntry] = []
    unreadable: int | None = None
    for item in body.entries:
        try:
            entry = open_audit_entry(
                item,
                profile_id=body.profile_id,
                profile_sign_public=sign_public,
                service_seal_privates=privates,
            )
        except UnreadableEntry:
            # Keep checking the signatures of the rest (a forgery still refuses the upload),
            # but what follows an unreadable entry cannot be chained.
            unreadable = item.seq if unreadable is None else unreadable
            continue
        except SealedWireError as exc:
            raise ServerError(ServerErrorCode(exc.code.value), f"entry {item.seq}") from None
        if unreadable is None:
            entries.append(entry)
    head = None
    if body.head is not None:
        try:
            head_hash = verify_chain_head(body.head, profile_sign_public=sign_public)
        except SealedWireError as exc:
            raise ServerError(ServerErrorCode(exc.code.value), "head") from None
        head = (body.head.seq, head_hash)
    return Opened(entries, unreadable, head, _open_grant(body, sign_public, privates))


def _open_grant(
    body: AuditUpload, sign_public: bytes, privates: dict[str, bytes]
) -> OpenedGrant | None:
    if body.chain_key is None:
        return None
    try:
        return open_grant(
            body.chain_key, profile_sign_public=sign_public, service_seal_privates=privates
        )
    except SealedWireError as exc:
        raise ServerError(ServerErrorCode(exc.code.value), "chain_key") from None


def _ingest(conn: Connection, principal: Principal, opened: Opened, now: datetime) -> Plan:
    profile_id = principal.profile_id
    conn.execute(select(profile.c.id).where(profile.c.id == profile_id).with_for_update())
    key_row = device_chain_key.read(conn, profile_id)
    grant, refused = device_chain_key.new_grant(key_row, opened.grant)
    held = _held(conn, profile_id, opened, key_row)
    plan = plan_upload(
        held,
        opened.entries,
        unreadable_seq=opened.unreadable_seq,
        head=opened.head,
        grant=None if grant is None else (grant.chain_id, grant.point),
    )
    if refused is not None:
        plan.flags.insert(0, Flag(ChainFlag.KEY_REFUSED, refused))
    _store(conn, principal, plan, now)
    if plan.store:
        _save_checkpoint(conn, profile_id, plan, exists=held.chain_id is not None, now=now)
    device_chain_key.save(conn, principal, plan, grant, before=held.key, now=now)
    _flag(conn, principal, plan.flags, now)
    return plan


def _held(conn: Connection, profile_id: str, opened: Opened, key_row: Any) -> Held:
    key = device_chain_key.held_key(key_row)
    row = conn.execute(
        select(device_audit_checkpoint).where(device_audit_checkpoint.c.profile_id == profile_id)
    ).first()
    if row is None:
        # Nothing held yet: the chain starts at its genesis, whichever chain id it names.
        first = opened.entries[0].event.profile_id if opened.entries else ""
        first = first or (opened.grant.chain_id if opened.grant else "")
        return Held(None, Checkpoint(0, genesis_hash(first)), key=key)
    checkpoint = Checkpoint(int(row.seq), bytes(row.head_hash))
    head_seq = opened.head[0] if opened.head else None
    grant_seq = opened.grant.point.seq if opened.grant else None
    seqs = needed_seqs(checkpoint.seq, opened.entries, head_seq, grant_seq)
    hashes: dict[int, bytes] = {}
    if seqs:
        query = select(device_audit_event.c.seq, device_audit_event.c.chain_hash).where(
            device_audit_event.c.profile_id == profile_id, device_audit_event.c.seq.in_(seqs)
        )
        hashes = {int(seq): bytes(value) for seq, value in conn.execute(query)}
    return Held(row.chain_id, checkpoint, hashes, key)


def _store(conn: Connection, principal: Principal, plan: Plan, now: datetime) -> None:
    if not plan.store:
        return
    rows = [event_row(principal.profile_id, entry, now) for entry in plan.store]
    conn.execute(insert(device_audit_event), rows)
    source = audit_entries.DEVICE
    leaves = [
        audit_log.Leaf(
            source, audit_entries.source_id(source, row), audit_entries.entry_bytes(source, row)
        )
        for row in rows
    ]
    audit_log.record_leaves(conn, leaves, now=now)


def event_row(profile_id: str, entry: ChainEntry, now: datetime) -> dict[str, Any]:
    """The `device_audit_event` row of a verified entry (text fields kept as hashed)."""
    event = entry.event
    return {
        "profile_id": profile_id,
        "seq": event.seq,
        "event_id": event.event_id,
        "chain_id": event.profile_id,
        "actor": event.actor,
        "device_id": event.device_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "occurred_at": event.occurred_at,
        "occurred_utc": datetime.fromisoformat(event.occurred_at),
        "recipient": event.recipient,
        "detail": dict(event.detail),
        "chain_hash": entry.hash,
        "mac": entry.mac,
        "received_at": now,
    }


def _save_checkpoint(
    conn: Connection, profile_id: str, plan: Plan, *, exists: bool, now: datetime
) -> None:
    values = {
        "chain_id": plan.chain_id,
        "seq": plan.checkpoint.seq,
        "head_hash": plan.checkpoint.head_hash,
        "updated_at": now,
    }
    if exists:
        conn.execute(
            update(device_audit_checkpoint)
            .where(device_audit_checkpoint.c.profile_id == profile_id)
            .values(**values)
        )
    else:
        conn.execute(insert(device_audit_checkpoint).values(profile_id=profile_id, **values))


def _flag(conn: Connection, principal: Principal, flags: Sequence[Flag], now: datetime) -> None:
    """Keep each new flag once per (profile, code, seq), and log it."""
    if not flags:
        return
    held = {
        (code, int(seq))
        for code, seq in conn.execute(
            select(device_audit_flag.c.code, device_audit_flag.c.seq).where(
                device_audit_flag.c.profile_id == principal.profile_id
            )
        )
    }
    rows = [
        _flag_row(principal, flag, now) for flag in flags if (flag.code.value, flag.seq) not in held
    ]
    if not rows:
        return
    conn.execute(insert(device_audit_flag), rows)
    source = audit_entries.FLAG
    leaves = [
        audit_log.Leaf(source, row["flag_id"], audit_entries.entry_bytes(source, row))
        for row in rows
    ]
    audit_log.record_leaves(conn, leaves, now=now)


def _flag_row(principal: Principal, flag: Flag, now: datetime) -> dict[str, Any]:
    # The divergent entry is kept in its wire form (codes only: `_evidence` checked it).
    evidence = None if flag.entry is None else content_of(flag.entry).model_dump(mode="json")
    return {
        "flag_id": new_id(),
        "profile_id": principal.profile_id,
        "device_id": principal.device_id,
        "code": flag.code.value,
        "seq": flag.seq,
        "expected_hash": flag.expected_hash,
        "received_hash": flag.received_hash,
        "entry": evidence,
        "flagged_at": now,
    }
