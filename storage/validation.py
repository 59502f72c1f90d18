"""Field validation derived from `storage.schema`; returns error codes, never text.

The same rules run in the app's forms (as you type), in the local services (before a write)
and on the service (before a pushed mutation is applied).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from storage.ids import is_uuid
from storage.schema import CASE_STATUS_TRANSITIONS, Entity, Field, FieldType

# Field error codes (stable; the app translates them).
REQUIRED = "required"
TOO_LONG = "too_long"
TOO_MANY = "too_many"
NOT_A_CHOICE = "not_a_choice"
BAD_FORMAT = "bad_format"
BAD_DATE = "bad_date"
BAD_TYPE = "bad_type"
UNKNOWN_FIELD = "unknown_field"
ILLEGAL_TRANSITION = "illegal_transition"

_DEFAULT_TEXT_MAX = 500
_PARTIAL_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?Z")


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _check_date(value: object) -> str | None:
    # fromisoformat also takes week dates ("2024-W01-1"); only calendar dates are valid here.
    if not isinstance(value, str) or not _FULL_DATE.fullmatch(value):
        return BAD_DATE
    try:
        date.fromisoformat(value)
    except ValueError:
        return BAD_DATE
    return None


def _check_partial_date(value: object) -> str | None:
    if not isinstance(value, str) or not _PARTIAL_DATE.fullmatch(value):
        return BAD_DATE
    padded = value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value
    try:
        date.fromisoformat(padded)
    except ValueError:
        return BAD_DATE
    return None


def _check_datetime(value: object) -> str | None:
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        return BAD_DATE
    try:
        datetime.fromisoformat(value[:-1] + "+00:00")
    except ValueError:
        return BAD_DATE
    return None


def _check_text(field: Field, value: object) -> str | None:
    if not _is_text(value):
        return BAD_TYPE
    assert isinstance(value, str)
    limit = field.max_length or _DEFAULT_TEXT_MAX
    if len(value) > limit:
        return TOO_LONG
    if field.pattern and value and not re.fullmatch(field.pattern, value):
        return BAD_FORMAT
    if "\x00" in value:
        return BAD_FORMAT
    return None


def _check_list(field: Field, value: object) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return BAD_TYPE
    if field.type is FieldType.CHOICES and any(v not in field.choices for v in value):
        return NOT_A_CHOICE
    if len(value) > (field.max_length or 20):
        return TOO_MANY
    if any(len(v) > 200 or not v.strip() for v in value):
        return BAD_FORMAT
    return None


def check_field(field: Field, value: Any) -> str | None:  # noqa: PLR0911 - one branch per type
    """The error code for `value` in `field`, or None when it is valid."""
    if value is None or value in ("", []):
        return REQUIRED if field.required else None
    match field.type:
        case FieldType.TEXT | FieldType.LONG_TEXT:
            return _check_text(field, value)
        case FieldType.INTEGER:
            ok = isinstance(value, int) and not isinstance(value, bool)
            return None if ok and -(2**53) < value < 2**53 else BAD_TYPE
        case FieldType.BOOLEAN:
            return None if isinstance(value, bool) else BAD_TYPE
        case FieldType.DATE:
            return _check_date(value)
        case FieldType.PARTIAL_DATE:
            return _check_partial_date(value)
        case FieldType.DATETIME:
            return _check_datetime(value)
        case FieldType.CHOICE:
            return None if value in field.choices else NOT_A_CHOICE
        case FieldType.CHOICES | FieldType.TEXT_LIST:
            return _check_list(field, value)
        case FieldType.REFERENCE:
            return None if is_uuid(value) else BAD_FORMAT
        case FieldType.JSON:
            return None if isinstance(value, dict | list) else BAD_TYPE


def check_values(
    entity: Entity, values: Mapping[str, Any], *, partial: bool = False
) -> dict[str, str]:
    """Field → error code for every invalid field; empty when all are valid.

    With `partial=True` (an update) only the given fields are checked, but a required field
    may still not be emptied.
    """
    errors: dict[str, str] = {}
    known = set(entity.field_names)
    for name in values:
        if name not in known:
            errors[name] = UNKNOWN_FIELD
    for field in entity.fields:
        if partial and field.name not in values:
            continue
        code = check_field(field, values.get(field.name))
        if code:
            errors[field.name] = code
    return errors


def check_case_status_transition(old: str | None, new: str) -> str | None:
    """ILLEGAL_TRANSITION when a case may not go from `old` to `new` status."""
    if old is None or old == new:
        return None
    return None if new in CASE_STATUS_TRANSITIONS.get(old, ()) else ILLEGAL_TRANSITION
