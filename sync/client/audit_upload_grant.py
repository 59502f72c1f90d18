"""The profile's chain-key grant goes to the service with the audit upload (AUD-2).

The grant (`storage.audit_key_grant`) is kept in the store, sealed for the service: made at
profile creation when the service's key was known then, else here, at the first seal after
enrolment, from the chain's current state. No K_0 or other key is ever kept unsealed for it.
With the profile unlocked, `write_grant_file` signs it and leaves it beside the sealed
entries (``audit/chain-key.json``) so that a locked sync can send it; the courier sends it
with each upload until the service answers `macs_checked`, then forgets it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from storage.audit import chain_position
from storage.audit_key_grant import META_SERVICE_GRANT, grant_record, seal_chain_key
from storage.unlocked import OpenProfile
from sync.client.audit_upload_files import AuditFiles
from sync.client.identity import SyncIdentity
from sync.protocol.audit_key import sign_grant

GRANT_STAGE = "chain_key_grant"  # detail of the local audit event when a grant is made


def ensure_grant(profile: OpenProfile, ident: SyncIdentity) -> dict[str, Any]:
    """The profile's grant record; made now (and audited) if the profile has none yet."""
    store = profile.store
    with store.read() as conn:
        record = _record(store.get_meta(conn, META_SERVICE_GRANT))
        if record is not None:
            return record
        made = _grant_from_current_state(conn, profile.profile_id, ident)
    with store.write() as conn:
        record = _record(store.get_meta(conn, META_SERVICE_GRANT))
        if record is not None:
            return record  # made meanwhile by another seal: keep that one
        store.set_meta(conn, META_SERVICE_GRANT, made)
        profile.context.audit.record(
            conn, "sync", "profile", profile.profile_id, detail={"stage": GRANT_STAGE}
        )
    return made


def write_grant_file(
    profile: OpenProfile, files: AuditFiles, ident: SyncIdentity, record: dict[str, Any]
) -> None:
    """Leave the signed grant for the courier unless the service already holds it."""
    if files.state().chain_key_delivered or files.chain_key() is not None:
        return
    grant = sign_grant(record, chain_id=profile.profile_id, profile_sign_private=ident.sign_private)
    files.write_chain_key(grant)


def _grant_from_current_state(
    conn: Connection, chain_id: str, ident: SyncIdentity
) -> dict[str, Any]:
    # (n, h_n, K_{n+1}): the key the store holds now, nothing older (forward security).
    state = chain_position(conn)
    try:
        box = seal_chain_key(
            ident.service_seal_public,
            chain_id=chain_id,
            seq=state.seq,
            head_hash=state.head_hash,
            key=state.key,
        )
    finally:
        state.wipe()
    return grant_record(ident.service_key_id, seq=state.seq, head_hash=state.head_hash, sealed=box)


def _record(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) and "sealed" in value else None
