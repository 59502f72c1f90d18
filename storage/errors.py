"""Error codes raised by the local store.

`storage/` never produces user-facing text: every failure is a `StoreError` carrying a stable
`code` (and, for validation, per-field codes). The desktop app maps codes to translated,
actionable messages; logs may carry the code but never personal data.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class ErrorCode(StrEnum):
    WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105 - an error code, not a secret
    WEAK_PASSPHRASE = "weak_passphrase"  # noqa: S105
    ENVELOPE_TAMPERED = "envelope_tampered"
    ENVELOPE_UNSUPPORTED = "envelope_unsupported"
    KDF_BELOW_FLOOR = "kdf_below_floor"
    RECOVERY_KEY_MISMATCH = "recovery_key_mismatch"
    RECOVERY_KEY_INVALID = "recovery_key_invalid"
    STORE_CORRUPT = "store_corrupt"
    STORE_NEWER_SCHEMA = "store_newer_schema"
    STORE_LOCKED = "store_locked"
    SQLCIPHER_MISSING = "sqlcipher_missing"
    SQLCIPHER_TOO_OLD = "sqlcipher_too_old"
    DISK_FULL = "disk_full"
    IO_ERROR = "io_error"
    PROFILE_EXISTS = "profile_exists"
    PROFILE_NOT_FOUND = "profile_not_found"
    INVALID_PROFILE_NAME = "invalid_profile_name"
    NOT_FOUND = "not_found"
    VALIDATION = "validation"
    VERSION_CONFLICT = "version_conflict"
    IMMUTABLE = "immutable"
    ATTACHMENT_TAMPERED = "attachment_tampered"
    ATTACHMENT_MISSING = "attachment_missing"
    AUDIT_CHAIN_BROKEN = "audit_chain_broken"


class StoreError(Exception):
    """A failure of the local store, identified by `code`; never carries personal data."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail  # technical, non-personal (for the "Details" section and logs)


class ValidationFailed(StoreError):
    """One or more fields are invalid; `fields` maps field name to a field error code."""

    def __init__(self, fields: Mapping[str, str]) -> None:
        super().__init__(ErrorCode.VALIDATION, ", ".join(f"{k}={v}" for k, v in fields.items()))
        self.fields = dict(fields)
