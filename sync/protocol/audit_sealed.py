"""Sealed, signed audit entries: what a laptop uploads to `POST /v1/audit/events` (DESIGN §5.0).

Built like a pushed mutation (`sync.protocol.sealed`), so `dossier-sync` can move a locked
laptop's audit entries without reading them:

* box: ``storage.sealing.seal(service_x25519_public, AuditEntryContent JSON,
  context=b"dossier/audit-entry/v1" + profile_id)``;
* signature: Ed25519 by the profile over ``b"dossier/audit-entry-signature/v1\\x00" ‖
  profile_id (ASCII) ‖ seq (8 bytes, big-endian) ‖ box``; it covers the box, so the service
  checks it before decrypting anything;
* the optional chain head: `storage.audit_chain.sign_checkpoint` by the same profile key.

Pure: no I/O. The laptop seals (`sync.client.audit_upload`), the service opens
(`sync.server.services.device_audit`).
"""

from __future__ import annotations

from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import ValidationError

from storage.audit_chain import AuditEvent, ChainEntry, sign_checkpoint, verify_checkpoint
from storage.sealing import SealError, open_sealed, seal
from sync.protocol.audit import AuditEntryContent, SealedAuditEntry, SignedChainHead
from sync.protocol.errors import ErrorCode
from sync.protocol.sealed import SealedWireError, b64, unb64

AUDIT_ENTRY_CONTEXT = b"dossier/audit-entry/v1"
AUDIT_ENTRY_SIGNATURE_TAG = b"dossier/audit-entry-signature/v1\x00"


class UnreadableEntry(SealedWireError):
    """Authentic (signed by the profile, sealed for us) but not an audit entry for its seq."""

    def __init__(self) -> None:
        super().__init__(ErrorCode.MALFORMED_REQUEST)


def audit_signing_message(profile_id: str, seq: int, box: bytes) -> bytes:
    """The bytes a profile signs for one sealed audit entry."""
    return AUDIT_ENTRY_SIGNATURE_TAG + profile_id.encode("ascii") + seq.to_bytes(8, "big") + box


def content_of(entry: ChainEntry) -> AuditEntryContent:
    """The wire form of a chain entry."""
    event = entry.event
    return AuditEntryContent(
        seq=event.seq,
        event_id=event.event_id,
        actor=event.actor,
        profile_id=event.profile_id,
        device_id=event.device_id,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        occurred_at=event.occurred_at,
        recipient=event.recipient,
        detail=dict(event.detail),
        hash=b64(entry.hash),
        mac=b64(entry.mac),
    )


def entry_of(content: AuditEntryContent) -> ChainEntry:
    """The chain entry a wire form describes (hash and MAC decoded)."""
    event = AuditEvent(
        seq=content.seq,
        event_id=content.event_id,
        actor=content.actor,
        profile_id=content.profile_id,
        device_id=content.device_id,
        action=content.action,
        object_type=content.object_type,
        object_id=content.object_id,
        occurred_at=content.occurred_at,
        recipient=content.recipient,
        detail=content.detail,
    )
    return ChainEntry(event, unb64(content.hash), unb64(content.mac))


def seal_audit_entry(
    entry: ChainEntry,
    *,
    profile_id: str,
    service_seal_public: bytes,
    profile_sign_private: bytes,
    service_key_id: str | None = None,
) -> SealedAuditEntry:
    """Seal `entry` for the service and sign it with the profile's Ed25519 key (raw 32)."""
    plaintext = content_of(entry).model_dump_json().encode("utf-8")
    box = seal(service_seal_public, plaintext, context=AUDIT_ENTRY_CONTEXT + profile_id.encode())
    message = audit_signing_message(profile_id, entry.event.seq, box)
    signature = Ed25519PrivateKey.from_private_bytes(profile_sign_private).sign(message)
    return SealedAuditEntry(
        seq=entry.event.seq,
        sealed=b64(box),
        signature=b64(signature),
        service_key_id=service_key_id,
    )


def open_audit_entry(
    item: SealedAuditEntry,
    *,
    profile_id: str,
    profile_sign_public: bytes,
    service_seal_privates: Mapping[str, bytes],
) -> ChainEntry:
    """Verify, open and parse one uploaded entry.

    SealedWireError(SIGNATURE_INVALID or SEAL_INVALID) for an entry that cannot be trusted;
    UnreadableEntry for an authentic one whose content is not an entry of this seq.
    """
    box = unb64(item.sealed, ErrorCode.SIGNATURE_INVALID)
    signature = unb64(item.signature, ErrorCode.SIGNATURE_INVALID)
    try:
        Ed25519PublicKey.from_public_bytes(profile_sign_public).verify(
            signature, audit_signing_message(profile_id, item.seq, box)
        )
    except (InvalidSignature, ValueError):
        raise SealedWireError(ErrorCode.SIGNATURE_INVALID) from None
    plaintext = _open_with_any(box, profile_id, item.service_key_id, service_seal_privates)
    try:
        content = AuditEntryContent.model_validate_json(plaintext)
        entry = entry_of(content)
    except (ValidationError, SealedWireError):
        raise UnreadableEntry from None
    if entry.event.seq != item.seq or len(entry.hash) != 32 or len(entry.mac) != 32:
        raise UnreadableEntry
    return entry


def _open_with_any(
    box: bytes, profile_id: str, hint: str | None, privates: Mapping[str, bytes]
) -> bytes:
    # The hinted key generation first, then newest to oldest (most boxes follow a rotation).
    context = AUDIT_ENTRY_CONTEXT + profile_id.encode("ascii")
    order = [hint] if hint is not None and hint in privates else []
    order += [key_id for key_id in reversed(list(privates)) if key_id != hint]
    for key_id in order:
        try:
            return open_sealed(privates[key_id], box, context=context)
        except SealError:
            continue
    raise SealedWireError(ErrorCode.SEAL_INVALID)


def sign_chain_head(profile_sign_private: bytes, seq: int, head_hash: bytes) -> SignedChainHead:
    """The laptop's signed chain head for an upload."""
    key = Ed25519PrivateKey.from_private_bytes(profile_sign_private)
    return SignedChainHead(
        seq=seq, head_hash=b64(head_hash), signature=b64(sign_checkpoint(key, seq, head_hash))
    )


def verify_chain_head(head: SignedChainHead, *, profile_sign_public: bytes) -> bytes:
    """The head hash once the profile's signature over (seq, hash) verifies."""
    head_hash = unb64(head.head_hash, ErrorCode.SIGNATURE_INVALID)
    signature = unb64(head.signature, ErrorCode.SIGNATURE_INVALID)
    public = Ed25519PublicKey.from_public_bytes(profile_sign_public)
    if len(head_hash) != 32 or not verify_checkpoint(public, head.seq, head_hash, signature):
        raise SealedWireError(ErrorCode.SIGNATURE_INVALID)
    return head_hash
