"""The chain MAC key the service holds per profile (`device_audit_key`), for `device_audit`.

A profile's first verified grant is kept; the key is stored evolved to where the verified
chain ends (K_{checkpoint+1}), or as granted while the chain has not reached the grant yet.
The grant itself is remembered only by a digest, so a resend is recognised and a different
one refused, without keeping the granted key. Adopting a grant is a service audit event.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from storage.audit_chain import Checkpoint
from sync.protocol.audit_key import OpenedGrant
from sync.server.db.audit_tables import device_audit_key
from sync.server.services import audit
from sync.server.services.device_chain import Plan
from sync.server.services.principals import Principal

_DIGEST_TAG = b"dossier/audit-chain-key-digest/v1\x00"
GRANTED = "audit.chain_key_granted"  # service audit action when a grant is adopted


def read(conn: Connection, profile_id: str) -> Any:
    """The profile's key row, or None (hash-only checking)."""
    query = select(device_audit_key).where(device_audit_key.c.profile_id == profile_id)
    return conn.execute(query).first()


def held_key(row: Any) -> Checkpoint | None:
    """The held key as a position with K_{seq+1}."""
    if row is None:
        return None
    return Checkpoint(int(row.key_seq), bytes(row.key_head), bytes(row.chain_key))


def grant_digest(grant: OpenedGrant) -> bytes:
    """What identifies a grant: its chain, position and key (one-way)."""
    point = grant.point
    assert point.key is not None
    chain = grant.chain_id.encode("utf-8")
    body = len(chain).to_bytes(2, "big") + chain + point.seq.to_bytes(8, "big")
    return hashlib.sha256(_DIGEST_TAG + body + point.head_hash + point.key).digest()


def new_grant(row: Any, grant: OpenedGrant | None) -> tuple[OpenedGrant | None, int | None]:
    """(a grant to adopt, the seq of a refused one): the first is kept, a resend is a no-op."""
    if grant is None:
        return None, None
    if row is None:
        return grant, None
    if bytes(row.grant_digest) == grant_digest(grant):
        return None, None
    return None, grant.point.seq


def save(
    conn: Connection,
    principal: Principal,
    plan: Plan,
    grant: OpenedGrant | None,
    *,
    before: Checkpoint | None,
    now: datetime,
) -> None:
    """Keep an adopted grant (audited), or move the held key to where the plan left it."""
    key = plan.key
    if key is None or key.key is None:
        return
    values = {"key_seq": key.seq, "key_head": key.head_hash, "chain_key": key.key}
    if plan.granted is not None and grant is not None:
        conn.execute(
            insert(device_audit_key).values(
                profile_id=principal.profile_id,
                chain_id=grant.chain_id,
                granted_seq=grant.point.seq,
                grant_digest=grant_digest(grant),
                granted_at=now,
                updated_at=now,
                **values,
            )
        )
        audit.record(
            conn,
            now=now,
            actor_kind=audit.DEVICE,
            actor_id=principal.device_id,
            action=GRANTED,
            object_type="profile",
            object_id=principal.profile_id,
            detail={"from_seq": grant.point.seq},
        )
    elif before is not None and key.seq != before.seq:
        conn.execute(
            update(device_audit_key)
            .where(device_audit_key.c.profile_id == principal.profile_id)
            .values(updated_at=now, **values)
        )
