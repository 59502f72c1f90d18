"""Wire models of the audit endpoints (AUD-2 upload, AUD-3 signed heads and proofs).

`POST /v1/audit/events` takes a profile's chained audit entries, sealed for the service and
signed by the profile (`sync.protocol.audit_sealed`); `GET /v1/audit/head` and
`GET /v1/audit/consistency` let a laptop hold the service's Merkle log to the last head it
verified (`sync.transparency.HeadWitness`); `GET /v1/audit/key-transitions` lets it learn a
rotated service key from the one it pinned (`follow_key_transitions`). Strict and closed like
every request model: unknown fields and wrong JSON types are refused rather than coerced.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Annotated, Self

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, model_validator

from sync.protocol.fields import (
    INT64_MAX,
    KeyId,
    MutationSeq,
    SealedB64,
    SignatureB64,
    UuidStr,
    VersionNumber,
)

_STRICT = ConfigDict(extra="forbid", strict=True)
HASH_B64 = r"^[A-Za-z0-9+/]{43}=$"  # a 32-byte hash, standard base64 with padding
MAX_AUDIT_BATCH = 500
"""Most entries in one upload; a laptop with more sends several (each ~1 KB sealed)."""


class SignedTreeHeadView(BaseModel):
    """`GET /v1/audit/head`: the newest signed head of the service's audit log.

    The signature is Ed25519 by the service key `key_id` (`GET /v1/service-keys`) over
    `sync.transparency.TreeHead.canonical_bytes`; check it with `HeadWitness`.
    """

    log_id: str
    tree_size: int
    root_hash: str = Field(description="SHA-256 Merkle tree hash, base64")
    timestamp_ms: int
    key_id: str
    signature: str = Field(description="Ed25519, base64")


class ConsistencyProof(BaseModel):
    """`GET /v1/audit/consistency`: RFC 9162 proof that `to_size` extends `from_size`."""

    from_size: int
    to_size: int
    proof: list[str] = Field(description="hashes, base64, in RFC 9162 order")


class SealedAuditEntry(BaseModel):
    """One chained audit entry: sealed for the service, signed by the profile.

    `sealed` = `storage.sealing.seal(service_x25519_public, AuditEntryContent JSON,
    context=b"dossier/audit-entry/v1" + profile_id)`; `signature` = Ed25519 by the profile
    over `b"dossier/audit-entry-signature/v1\\x00" ‖ profile_id ‖ seq (8 bytes, big-endian)
    ‖ sealed box bytes` (`sync.protocol.audit_sealed`).
    """

    model_config = _STRICT
    seq: MutationSeq
    sealed: SealedB64
    signature: SignatureB64
    service_key_id: KeyId | None = None


class SignedChainHead(BaseModel):
    """The laptop's current chain head, signed with `storage.audit_chain.sign_checkpoint`."""

    model_config = _STRICT
    seq: Annotated[int, Field(ge=0, le=INT64_MAX)]
    head_hash: str = Field(pattern=HASH_B64)
    signature: SignatureB64


class ChainKeyGrant(BaseModel):
    """The chain's MAC key from `seq` on, sealed for the service (`storage.audit_key_grant`).

    `sealed` holds K_{seq+1} for the chain `chain_id` at (seq, head_hash); `signature` is
    Ed25519 by the profile over `sync.protocol.audit_key.grant_signing_message`. Sent with
    uploads until the service answers `macs_checked`; the service keeps the first one.
    """

    model_config = _STRICT
    chain_id: str = Field(min_length=1, max_length=128)
    seq: Annotated[int, Field(ge=0, le=INT64_MAX)]
    head_hash: str = Field(pattern=HASH_B64)
    sealed: SealedB64
    signature: SignatureB64
    service_key_id: KeyId | None = None


class AuditUpload(BaseModel):
    """`POST /v1/audit/events`: a profile's chained audit entries, oldest first."""

    model_config = _STRICT
    protocol_version: VersionNumber
    profile_id: UuidStr
    entries: list[SealedAuditEntry] = Field(max_length=MAX_AUDIT_BATCH)
    head: SignedChainHead | None = None
    chain_key: ChainKeyGrant | None = None  # absent from laptops older than the MAC check

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        seqs = [entry.seq for entry in self.entries]
        if any(later <= earlier for earlier, later in pairwise(seqs)):
            raise ValueError("seq must increase strictly within an upload")
        return self


class AuditEntryContent(BaseModel):
    """The plaintext inside a sealed audit entry: the event as hashed, its hash and MAC."""

    model_config = _STRICT
    seq: MutationSeq
    event_id: str = Field(max_length=64)
    actor: str = Field(max_length=128)
    profile_id: str = Field(max_length=128)
    device_id: str = Field(max_length=128)
    action: str = Field(max_length=64)
    object_type: str = Field(max_length=128)
    object_id: str = Field(max_length=128)
    occurred_at: str = Field(max_length=32)
    recipient: str | None = Field(default=None, max_length=128)
    detail: dict[str, str] = Field(default_factory=dict, max_length=16)
    hash: str = Field(pattern=HASH_B64)
    mac: str = Field(pattern=HASH_B64)


class ChainFlagView(BaseModel):
    """A break the service found in the uploaded chain (stable `code`, at `seq`)."""

    code: str
    seq: int


class AuditUploadResult(BaseModel):
    """Answer to `POST /v1/audit/events`.

    `checkpoint_seq`/`checkpoint_hash` is where the verified chain now ends on the service:
    entries up to it are stored (the laptop may drop them); the next upload starts after it.
    `macs_checked` is true once the service holds the profile's chain key (a `ChainKeyGrant`):
    from the grant's seq on every entry's MAC is checked too; without one only hashes and
    continuity are (profiles made before the service took keys).
    """

    profile_id: str
    checkpoint_seq: int
    checkpoint_hash: str | None = Field(description="base64; null while nothing is held")
    stored: int
    duplicates: int
    flags: list[ChainFlagView]
    macs_checked: bool


KEY_TRANSITION_TAG = b"dossier/service-key-transition/v1\x00"
KEY_B64 = HASH_B64  # a 32-byte public key has the same base64 shape as a hash


class KeyTransition(BaseModel):
    """A new generation of the service's keys, announced by the generation before it.

    Made by `dossier-server admin keys rotate`: `signature` is Ed25519 by the sign key of
    `from_key_id` over `key_transition_bytes` of the other fields. A laptop that pinned
    `from_key_id` (or learned it the same way) may pin `key_id` after checking it
    (`follow_key_transitions`); a key announced by no trusted key is never learned.
    """

    model_config = _STRICT
    from_key_id: KeyId
    key_id: KeyId
    seal_public_key: str = Field(pattern=KEY_B64)
    sign_public_key: str = Field(pattern=KEY_B64)
    created_at: str = Field(max_length=64)
    signature: SignatureB64

    def signed_bytes(self) -> bytes:
        """What `signature` covers."""
        return key_transition_bytes(
            from_key_id=self.from_key_id,
            key_id=self.key_id,
            seal_public_key=self.seal_public_key,
            sign_public_key=self.sign_public_key,
            created_at=self.created_at,
        )


class KeyTransitions(BaseModel):
    """`GET /v1/audit/key-transitions`: every rotation of the service's keys, oldest first."""

    model_config = _STRICT
    transitions: list[KeyTransition] = Field(max_length=1000)


def key_transition_bytes(
    *, from_key_id: str, key_id: str, seal_public_key: str, sign_public_key: str, created_at: str
) -> bytes:
    """The signed encoding of a key transition: a domain tag and sorted-key compact JSON."""
    body = {
        "created_at": created_at,
        "from_key_id": from_key_id,
        "key_id": key_id,
        "seal_public_key": seal_public_key,
        "sign_public_key": sign_public_key,
    }
    return KEY_TRANSITION_TAG + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def follow_key_transitions(
    trusted: Mapping[str, bytes], transitions: Sequence[KeyTransition]
) -> list[KeyTransition]:
    """The transitions that chain from a `trusted` sign key (key id → raw Ed25519), in order.

    A statement counts only when the key it comes from is trusted (pinned, or itself learned
    through an earlier statement) and its signature verifies with that key; a statement for
    a key id already trusted never replaces it. Everything else is ignored.
    """
    known = dict(trusted)
    learned: list[KeyTransition] = []
    progress = True
    while progress:
        progress = False
        for item in transitions:
            public = known.get(item.from_key_id)
            if item.key_id in known or public is None or not _signed_by(public, item):
                continue
            known[item.key_id] = base64.b64decode(item.sign_public_key)
            learned.append(item)
            progress = True
    return learned


def _signed_by(public: bytes, item: KeyTransition) -> bool:
    try:
        signature = base64.b64decode(item.signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(signature, item.signed_bytes())
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
