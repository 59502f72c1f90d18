"""Stable error codes the service answers with, and the exception that carries them.

Codes shared with the laptops come from `sync.protocol.errors.ErrorCode` and keep its values;
the ones only the service and its admin CLI need are declared here. Every code is a plain
string on the wire (problem+json `code`) and never user-facing text: the app translates it.
Codes are append-only, because laptops that are offline today will read them next month.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from sync.protocol.errors import ErrorCode


class ServerErrorCode(StrEnum):
    """Every `code` the service can answer with (problem+json) or the CLI can report."""

    # Shared with the protocol (same strings as sync.protocol.errors.ErrorCode).
    MALFORMED_REQUEST = ErrorCode.MALFORMED_REQUEST.value  # body does not fit the wire model
    PAYLOAD_TOO_LARGE = ErrorCode.PAYLOAD_TOO_LARGE.value
    UNAUTHENTICATED = ErrorCode.UNAUTHENTICATED.value  # missing, unknown or expired credential
    FORBIDDEN = ErrorCode.FORBIDDEN.value
    ENROLMENT_CODE_INVALID = ErrorCode.ENROLMENT_CODE_INVALID.value  # unknown, used or expired
    NOT_FOUND = ErrorCode.NOT_FOUND.value
    RATE_LIMITED = ErrorCode.RATE_LIMITED.value
    SERVICE_UNAVAILABLE = ErrorCode.SERVICE_UNAVAILABLE.value
    INTERNAL_ERROR = ErrorCode.INTERNAL_ERROR.value
    UNSUPPORTED_PROTOCOL = ErrorCode.UNSUPPORTED_PROTOCOL.value
    UNSUPPORTED_SCHEMA = ErrorCode.UNSUPPORTED_SCHEMA.value
    UPGRADE_REQUIRED = ErrorCode.UPGRADE_REQUIRED.value  # pulls refused; pushes still accepted
    SIGNATURE_INVALID = ErrorCode.SIGNATURE_INVALID.value  # a mutation's profile signature
    SEAL_INVALID = ErrorCode.SEAL_INVALID.value  # a box that does not open for this profile
    MUTATION_GAP = ErrorCode.MUTATION_GAP.value  # with expected_mutation_seq; nothing applied
    SERVER_EPOCH_CHANGED = ErrorCode.SERVER_EPOCH_CHANGED.value  # reset buckets, rebase
    BLOB_MISSING = ErrorCode.BLOB_MISSING.value  # attachment row before its bytes: upload
    BLOB_HASH_MISMATCH = ErrorCode.BLOB_HASH_MISMATCH.value  # upload discarded: start over
    BLOB_OFFSET_MISMATCH = ErrorCode.BLOB_OFFSET_MISMATCH.value  # with upload_offset
    # More cases visible than MAX_BUCKETS (with visible_cases, max_buckets): IT narrows the
    # assignment or team; nothing is delivered, pushes still go through.
    SCOPE_TOO_LARGE = ErrorCode.SCOPE_TOO_LARGE.value
    # Service-side codes.
    MALFORMED_JSON = "malformed_json"  # not JSON at all, or not UTF-8
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    INVALID_CREDENTIALS = "invalid_credentials"  # login or password wrong: one answer for both
    DEVICE_MISMATCH = "device_mismatch"  # the profile is not hosted by the named device (F41)
    DEVICE_REVOKED = "device_revoked"  # answered with action "wipe"
    DEVICE_RETIRED = "device_retired"  # final push accepted; everything else: "wipe"
    PROFILE_REVOKED = "profile_revoked"  # answered with action "wipe" (this profile only)
    PROFILE_RETIRED = "profile_retired"
    USER_DISABLED = "user_disabled"
    INVALID_PUBLIC_KEY = "invalid_public_key"
    # Admin surface (CLI exit codes carry them in --json output).
    CONFIG_INVALID = "config_invalid"
    SCHEMA_NOT_CURRENT = "schema_not_current"  # run `dossier-server migrate`
    SCHEMA_NEWER = "schema_newer"  # database written by a newer service: refuse
    LOGIN_TAKEN = "login_taken"
    USER_NOT_FOUND = "user_not_found"
    DEVICE_NOT_FOUND = "device_not_found"
    PROFILE_NOT_FOUND = "profile_not_found"
    CASE_NOT_FOUND = "case_not_found"
    INVALID_ARGUMENT = "invalid_argument"
    IMPORT_REJECTED = "import_rejected"  # nothing written; see the report
    KEYS_UNREADABLE = "keys_unreadable"
    CONFLICT_NOT_FOUND = "conflict_not_found"
    # Audit trail.
    AUDIT_TREE_SIZE_UNKNOWN = "audit_tree_size_unknown"  # a proof to a size the log lacks
    AUDIT_LOG_CORRUPT = "audit_log_corrupt"  # a stored hash is missing or malformed
    AUDIT_LOG_BROKEN = "audit_log_broken"  # `admin audit verify` found a break; see report


class WipeAction(StrEnum):
    """What a device must do when it reads the error (problem+json `action`)."""

    WIPE = "wipe"  # crypto-erase the device (or the named profile), then stop syncing


class ServerError(Exception):
    """A failure with a stable code; `detail` is for logs and operators, never personal data."""

    def __init__(
        self,
        code: ServerErrorCode,
        detail: str = "",
        *,
        retry_after: int | None = None,
        action: WipeAction | None = None,
        extra: Mapping[str, int | str] | None = None,
    ) -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail
        self.retry_after = retry_after  # seconds; sent as Retry-After with RATE_LIMITED
        self.action = action  # an instruction the device must follow (wipe)
        self.extra = dict(extra or {})  # more problem members, e.g. expected_mutation_seq
