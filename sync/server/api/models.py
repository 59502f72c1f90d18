"""Wire models of the service's identity endpoints (enrolment, tokens, service keys).

Strict and closed: unknown fields and wrong JSON types are refused (422 `malformed_request`)
rather than coerced or ignored, so a client bug shows up at once instead of as odd data.
These may move to `sync.protocol` once the client uses them.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Annotated, Self

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
KEY_B64 = r"[A-Za-z0-9+/]{43}="  # 32 raw bytes, standard base64 with padding
APP_VERSION = r"[0-9A-Za-z.+-]{1,40}"


class ProfileKeys(BaseModel):
    """The public keys of a new profile (its private keys never leave the laptop's store)."""

    model_config = _STRICT
    sign_public_key: str = Field(pattern=KEY_B64, description="Ed25519, base64")
    seal_public_key: str = Field(pattern=KEY_B64, description="X25519, base64")


class EnrolRequest(BaseModel):
    """`POST /v1/enrol`."""

    model_config = _STRICT
    code: str = Field(min_length=1, max_length=64)
    login: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(min_length=1, max_length=120)
    app_version: str | None = Field(default=None, pattern=APP_VERSION)
    profile: ProfileKeys
    device_credential: str | None = Field(
        default=None, max_length=128, description="present when the laptop is already enrolled"
    )


class ServiceKey(BaseModel):
    """One generation of the service's public keys."""

    key_id: str
    seal_public_key: str
    sign_public_key: str
    created_at: datetime
    current: bool


class ServiceKeys(BaseModel):
    """`GET /v1/service-keys`: the current keys and the older ones still honoured."""

    current_key_id: str
    keys: list[ServiceKey]
    # The organisation's recovery public key (REC-1, raw X25519, base64): a new profile wraps
    # its store key to it so IT can recover the store. None until IT has installed one.
    recovery_public_key: str | None = None


class TokenPair(BaseModel):
    """Access and refresh token (opaque bearer secrets)."""

    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime


class UserView(BaseModel):
    """The enrolled user, as the app shows it."""

    id: str
    login: str
    display_name: str
    role: str


class EnrolResponse(BaseModel):
    """`POST /v1/enrol` answer; `device_credential` only appears when the device is new."""

    user: UserView
    device_id: str
    device_credential: str | None
    profile_id: str
    service_keys: ServiceKeys
    tokens: TokenPair


class RefreshRequest(BaseModel):
    """`POST /v1/token/refresh`."""

    model_config = _STRICT
    refresh_token: str = Field(min_length=1, max_length=128)


class Me(BaseModel):
    """`GET /v1/me`: who the service thinks is calling."""

    user_id: str
    login: str
    role: str
    device_id: str
    profile_id: str


class Assignments(BaseModel):
    """`GET /v1/assignments`: the cases the caller may see (ids only, no content)."""

    case_ids: list[str]


class Health(BaseModel):
    """`GET /healthz`."""

    status: str


# --- audit trail (AUD-2, AUD-3) ---------------------------------------------------------------

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
    ‖ sealed box bytes` (`sync.server.services.device_audit_wire`).
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


class AuditUpload(BaseModel):
    """`POST /v1/audit/events`: a profile's chained audit entries, oldest first."""

    model_config = _STRICT
    protocol_version: VersionNumber
    profile_id: UuidStr
    entries: list[SealedAuditEntry] = Field(max_length=MAX_AUDIT_BATCH)
    head: SignedChainHead | None = None

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
    Only hashes and continuity are checked (`macs_checked` false): the service does not hold
    the profiles' initial MAC keys yet.
    """

    profile_id: str
    checkpoint_seq: int
    checkpoint_hash: str | None = Field(description="base64; null while nothing is held")
    stored: int
    duplicates: int
    flags: list[ChainFlagView]
    macs_checked: bool
