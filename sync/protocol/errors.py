"""Stable error codes of the sync protocol.

Two families, both plain strings on the wire and never user-facing text (the desktop app
translates them):

* `ErrorCode` — why a whole request failed; carried in the problem+json `ErrorBody.code`.
  Each code says whether the client should retry (`is_transient`).
* `RejectionCode` — why one mutation was permanently rejected. A rejection is a *result*,
  not a request failure: it is recorded, audited and acknowledged so the outbox keeps draining
  (DESIGN §5.1).

Codes are append-only: renaming or removing one breaks laptops that are offline today.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Why a request failed as a whole (problem+json `code`)."""

    MALFORMED_REQUEST = "malformed_request"  # body does not validate against the wire models
    PAYLOAD_TOO_LARGE = "payload_too_large"
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"  # no protocol version in common
    UPGRADE_REQUIRED = "upgrade_required"  # pulls refused; pushes of old kinds still accepted
    UNSUPPORTED_SCHEMA = "unsupported_schema"
    UNAUTHENTICATED = "unauthenticated"  # missing/expired credential: re-authenticate (F42)
    FORBIDDEN = "forbidden"  # authenticated, but not for this profile/device
    SIGNATURE_INVALID = "signature_invalid"  # profile signature over a mutation does not verify
    SEAL_INVALID = "seal_invalid"  # sealed envelope does not open
    WIPE_REQUIRED = "wipe_required"  # device or profile revoked: crypto-erase, then stop
    PROFILE_LOCKED = "profile_locked"  # offline dead-man switch: an online login is needed
    ENROLMENT_CODE_INVALID = "enrolment_code_invalid"  # unknown, used or expired: one answer
    MUTATION_GAP = "mutation_gap"  # mutation_seq skipped one; nothing of the batch applied
    SERVER_EPOCH_CHANGED = "server_epoch_changed"  # server restored: reset buckets, rebase
    CURSOR_EXPIRED = "cursor_expired"  # cursor below the tombstone horizon: bucket reset
    BLOB_MISSING = "blob_missing"  # attachment metadata before its bytes: upload, then retry
    BLOB_HASH_MISMATCH = "blob_hash_mismatch"
    BLOB_OFFSET_MISMATCH = "blob_offset_mismatch"  # resumable upload out of step: ask offset
    NOT_FOUND = "not_found"
    RATE_LIMITED = "rate_limited"
    SERVICE_UNAVAILABLE = "service_unavailable"
    INTERNAL_ERROR = "internal_error"
    SCOPE_TOO_LARGE = "scope_too_large"  # more cases visible than a laptop may hold: ask IT

    @property
    def is_transient(self) -> bool:
        """True when retrying the same request unchanged, with backoff, can succeed.

        Codes that need an action first (re-authenticate, upgrade, reset buckets) are not
        transient: retrying them blindly would loop.
        """
        return self in _TRANSIENT


_TRANSIENT = frozenset(
    {
        ErrorCode.RATE_LIMITED,
        ErrorCode.SERVICE_UNAVAILABLE,
        ErrorCode.INTERNAL_ERROR,
        ErrorCode.BLOB_MISSING,  # upload the blob, then the same push succeeds
    }
)


class RejectionCode(StrEnum):
    """Why one mutation was permanently rejected; the queue moves past it (F11)."""

    UNSUPPORTED_KIND = "unsupported_kind"  # kind not (or no longer) accepted by this service
    UNKNOWN_ENTITY = "unknown_entity"
    UNKNOWN_FIELD = "unknown_field"
    INVALID_CHANGES = "invalid_changes"  # shape does not fit the operation (e.g. empty update)
    INVALID_HLC = "invalid_hlc"
    VALIDATION_FAILED = "validation_failed"  # per-field codes alongside
    ILLEGAL_TRANSITION = "illegal_transition"  # e.g. case status open → decided
    IMMUTABLE_FIELD = "immutable_field"
    RECORD_FINALISED = "record_finalised"  # e.g. an edit of a finalised interview
    INSERT_ONLY_ENTITY = "insert_only_entity"  # update of a note, attachment, …
    ENTITY_EXISTS = "entity_exists"  # create with an existing id and different content
    ENTITY_NOT_FOUND = "entity_not_found"
    INVALID_RESOLUTION = "invalid_resolution"  # conflict.resolve without exactly one field/id
    FORBIDDEN = "forbidden"  # the profile may not write this case (kept for supervisor review)


class FieldErrorCode(StrEnum):
    """Why one field value failed validation (the per-field detail of `validation_failed`).

    The strings are the ones `storage.validation` uses, so the app translates one set of codes
    whether a value was refused by its own form or by the service.
    """

    REQUIRED = "required"
    UNKNOWN_FIELD = "unknown_field"  # the entity declares no such field
    BAD_TYPE = "bad_type"  # wrong JSON type, or an integer out of range
    NOT_A_CHOICE = "not_a_choice"
    BAD_FORMAT = "bad_format"  # pattern, UUID, NUL characters, blank list items
    BAD_DATE = "bad_date"  # not a real date / partial date / UTC datetime
    TOO_LONG = "too_long"  # characters of a text
    TOO_MANY = "too_many"  # items of a list
    TOO_LARGE = "too_large"  # structured value above the size or depth limit (service only)
    ILLEGAL_TRANSITION = "illegal_transition"
    IMMUTABLE = "immutable"
