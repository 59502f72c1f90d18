"""What an audit event is, which events are valid and how one is encoded for the chain (AUD-1).

An event records who did what to which object, when, on which device and for which recipient,
and nothing else: **never case content** (no names, no field values, no free text). Identifiers
and `detail` codes are restricted to code-like strings so that content cannot slip in (AUD-1,
LOG-1). `storage.audit_chain` chains the events.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType

from storage.errors import ValidationFailed

CANONICAL_VERSION = 1
"""Version of `canonical_bytes`; a new encoding gets a new version and new domain tags."""

# Code-like strings only: no spaces, so a name or a sentence cannot be stored as an "id".
_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}")
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]{0,31}")
_DETAIL_VALUE = re.compile(r"[A-Za-z0-9._:,-]{0,256}")  # commas: lists of field names
_UTC_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z")
_MAX_DETAIL_ITEMS = 16


class AuditAction(StrEnum):
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"
    EXPORT = "export"
    PRINT = "print"
    DISCLOSE = "disclose"
    LOGIN = "login"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    SYNC = "sync"
    CONFLICT_RESOLVED = "conflict_resolved"
    EVICT = "evict"
    WIPE = "wipe"
    RECOVER = "recover"  # IT opened the store with the organisation's recovery key
    RESTORE = "restore"  # a damaged store was set aside and rebuilt empty from the service
    MERGE = "merge"  # two person records merged into one (storage.services.persons_merge)
    UNMERGE = "unmerge"
    DISMISS_DUPLICATE = "dismiss_duplicate"  # "not the same person"


_ACTIONS = frozenset(action.value for action in AuditAction)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One audited action. Identifiers and codes only: never case content."""

    seq: int  # 1-based, per profile
    event_id: str  # UUID, lower-case hyphenated
    actor: str  # caseworker user id
    profile_id: str
    device_id: str
    action: str  # an `AuditAction` value
    object_type: str
    object_id: str
    occurred_at: str  # UTC, ISO 8601, ends in "Z"
    recipient: str | None = None  # id/code of whoever received disclosed data
    # Excluded from hashing the dataclass (a mapping is unhashable); frozen by __post_init__.
    detail: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # A private read-only copy: a frozen event must not change under its own hash.
        object.__setattr__(self, "detail", MappingProxyType(dict(self.detail)))


def canonical_bytes(event: AuditEvent) -> bytes:
    """The deterministic encoding that is hashed: sorted-key compact JSON, UTF-8, versioned."""
    body: dict[str, object] = {f.name: getattr(event, f.name) for f in fields(event)}
    body["detail"] = dict(event.detail)
    body["v"] = CANONICAL_VERSION
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def require_valid_event(event: AuditEvent) -> None:
    """Raise `ValidationFailed` (field → code) unless every field is a well-formed code."""
    errors: dict[str, str] = {}
    if not _is_uuid(event.event_id):
        errors["event_id"] = "not_uuid"
    for name in ("actor", "profile_id", "device_id", "object_type", "object_id"):
        if not _IDENTIFIER.fullmatch(getattr(event, name)):
            errors[name] = "not_identifier"
    if event.recipient is not None and not _IDENTIFIER.fullmatch(event.recipient):
        errors["recipient"] = "not_identifier"
    if event.action not in _ACTIONS:
        errors["action"] = "unknown_action"
    if not _is_utc_timestamp(event.occurred_at):
        errors["occurred_at"] = "not_utc_timestamp"
    if not _is_code_map(event.detail):
        errors["detail"] = "not_codes"
    if errors:
        raise ValidationFailed(errors)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _is_utc_timestamp(text: str) -> bool:
    try:
        return bool(_UTC_TIMESTAMP.fullmatch(text)) and bool(datetime.fromisoformat(text))
    except ValueError:  # well-formed but impossible, e.g. month 13
        return False


def _is_code_map(detail: Mapping[str, str]) -> bool:
    return len(detail) <= _MAX_DETAIL_ITEMS and all(
        isinstance(value, str) and _DETAIL_KEY.fullmatch(key) and _DETAIL_VALUE.fullmatch(value)
        for key, value in detail.items()
    )
