"""Wire models of the service's identity endpoints (enrolment, tokens, service keys).

Strict and closed: unknown fields and wrong JSON types are refused (422 `malformed_request`)
rather than coerced or ignored, so a client bug shows up at once instead of as odd data.
These may move to `sync.protocol` once the client uses them (the audit models did:
`sync.protocol.audit`).
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

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
