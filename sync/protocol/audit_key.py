"""Signed chain-key grants: how a profile hands its audit MAC key to the service (AUD-2).

The box is made in the store (`storage.audit_key_grant`, at profile creation or at the first
seal after enrolment); here it is signed by the profile for the wire and, on the service,
verified and opened. The signature covers chain id, position and box, so nobody without the
profile's key (a holder of the device credential, say) can hand the service a key of their
own and have the genuine MACs flagged.

Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from storage.audit_checkpoint import Checkpoint
from storage.audit_key_grant import open_chain_key
from storage.sealing import SealError
from sync.protocol.audit import ChainKeyGrant
from sync.protocol.errors import ErrorCode
from sync.protocol.sealed import SealedWireError, b64, unb64

GRANT_SIGNATURE_TAG = b"dossier/audit-chain-key-signature/v1\x00"


@dataclass(frozen=True, slots=True)
class OpenedGrant:
    """A verified grant: its chain, and the position with K_{seq+1} (`point.key`)."""

    chain_id: str
    point: Checkpoint = field(repr=False)


def grant_signing_message(chain_id: str, seq: int, head_hash: bytes, box: bytes) -> bytes:
    """The bytes a profile signs for a grant."""
    encoded = chain_id.encode("utf-8")
    return (
        GRANT_SIGNATURE_TAG
        + len(encoded).to_bytes(2, "big")
        + encoded
        + seq.to_bytes(8, "big")
        + head_hash
        + box
    )


def sign_grant(
    record: Mapping[str, object], *, chain_id: str, profile_sign_private: bytes
) -> ChainKeyGrant:
    """The wire form of a grant kept in the store (`storage.audit_key_grant.grant_record`)."""
    seq = int(str(record["seq"]))
    head = bytes.fromhex(str(record["head_hash"]))
    box = bytes.fromhex(str(record["sealed"]))
    message = grant_signing_message(chain_id, seq, head, box)
    signature = Ed25519PrivateKey.from_private_bytes(profile_sign_private).sign(message)
    return ChainKeyGrant(
        chain_id=chain_id,
        seq=seq,
        head_hash=b64(head),
        sealed=b64(box),
        signature=b64(signature),
        service_key_id=str(record["key_id"]),
    )


def open_grant(
    grant: ChainKeyGrant, *, profile_sign_public: bytes, service_seal_privates: Mapping[str, bytes]
) -> OpenedGrant:
    """Verify the profile's signature, then open the key; SealedWireError otherwise."""
    head = unb64(grant.head_hash, ErrorCode.SIGNATURE_INVALID)
    box = unb64(grant.sealed, ErrorCode.SIGNATURE_INVALID)
    signature = unb64(grant.signature, ErrorCode.SIGNATURE_INVALID)
    message = grant_signing_message(grant.chain_id, grant.seq, head, box)
    try:
        Ed25519PublicKey.from_public_bytes(profile_sign_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise SealedWireError(ErrorCode.SIGNATURE_INVALID) from None
    hint = grant.service_key_id
    order = [hint] if hint is not None and hint in service_seal_privates else []
    order += [k for k in reversed(list(service_seal_privates)) if k != hint]
    for key_id in order:
        try:
            key = open_chain_key(
                service_seal_privates[key_id],
                box,
                chain_id=grant.chain_id,
                seq=grant.seq,
                head_hash=head,
            )
        except SealError:
            continue
        return OpenedGrant(grant.chain_id, Checkpoint(grant.seq, head, key))
    raise SealedWireError(ErrorCode.SEAL_INVALID)
