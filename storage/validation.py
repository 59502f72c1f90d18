"""Field rules derived from `storage.schema`: value validation, state machines, final states.

One copy for both ends: the app's forms (as you type), the local services (before a write),
the service (before a pushed mutation is applied) and the client's rebase all call these, so
the service accepts exactly what a laptop's store accepted — otherwise offline work would
turn into rejections. Results are stable error codes, never text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from storage.schema import CASE_STATUS_TRANSITIONS, INTERVIEW, LANGUAGES, Entity, Field, FieldType

# Field error codes (stable; the app translates them, the wire carries them).
REQUIRED = "required"
TOO_LONG = "too_long"
TOO_MANY = "too_many"
TOO_LARGE = "too_large"
NOT_A_CHOICE = "not_a_choice"
BAD_FORMAT = "bad_format"
BAD_DATE = "bad_date"
BAD_TYPE = "bad_type"
UNKNOWN_FIELD = "unknown_field"
ILLEGAL_TRANSITION = "illegal_transition"
OUT_OF_RANGE = "out_of_range"

DEFAULT_TEXT_MAX = 500
"""Length limit of a text field that declares none."""
DEFAULT_LIST_MAX = 20
MAX_LIST_ITEM_LENGTH = 200
"""Longest item of a list field; the schema's max_length counts items, not characters."""
SAFE_INTEGER = 2**53
"""Integers stay strictly inside ±2**53 so every JSON reader keeps them exact."""
MAX_JSON_BYTES = 1_000_000
"""Largest structured value (interview answers) as UTF-8 JSON."""
MAX_JSON_DEPTH = 32

AVRR_STATUS_TRANSITIONS: Mapping[str, tuple[str, ...]] = {
    # counselling → registered → departed → monitoring (DOMAIN.md), cancelled before departure.
    "counselling": ("registered", "cancelled"),
    "registered": ("departed", "counselling", "cancelled"),  # back: the plan changed
    "departed": ("monitoring",),  # gone: neither undone nor cancelled
    "monitoring": (),
    "cancelled": ("counselling",),  # the person asks again: counselling starts over
}
"""Return assistance (AVRR) status flow; every move is an audited update like any other."""

TRANSITIONS: Mapping[tuple[str, str], Mapping[str, tuple[str, ...]]] = {
    ("case", "status"): CASE_STATUS_TRANSITIONS,
    ("return_assistance", "status"): AVRR_STATUS_TRANSITIONS,
}
"""State machines by (entity, field): a change must move along one of these edges."""

FINAL_STATES: Mapping[str, tuple[str, str]] = {
    "interview": ("status", "finalised"),
}
"""Rows that become immutable in a given state: a finalised interview is a legal document and
is corrected by a new, linked interview (DOMAIN.md), never edited."""

_PARTIAL_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)

Check = Callable[[Field, Any], str | None]


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check_text(decl: Field, value: Any) -> str | None:
    if not isinstance(value, str):
        return BAD_TYPE
    if len(value) > (decl.max_length or DEFAULT_TEXT_MAX):
        return TOO_LONG
    if decl.pattern is not None and not _pattern(decl.pattern).fullmatch(value):
        return BAD_FORMAT
    # NUL truncates strings in C libraries; lone surrogates cannot be stored as UTF-8.
    if "\x00" in value or _has_lone_surrogate(value):
        return BAD_FORMAT
    return None


def _check_integer(decl: Field, value: Any) -> str | None:
    # bool is an int subclass in Python; `True` is not a size or a budget.
    if type(value) is not int or not -SAFE_INTEGER < value < SAFE_INTEGER:
        return BAD_TYPE
    if decl.minimum is not None and value < decl.minimum:
        return OUT_OF_RANGE
    return None


def _check_boolean(decl: Field, value: Any) -> str | None:
    return None if type(value) is bool else BAD_TYPE


def _parses(pattern: re.Pattern[str], value: Any, parse: Callable[[str], object]) -> bool:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _check_date(decl: Field, value: Any) -> str | None:
    # The regex first: fromisoformat also takes week dates ("2024-W01-1").
    return None if _parses(_FULL_DATE, value, date.fromisoformat) else BAD_DATE


def _check_partial_date(decl: Field, value: Any) -> str | None:
    def parse(text: str) -> object:
        return date.fromisoformat(text + "-01-01"[len(text) - 4 :] if len(text) < 10 else text)

    return None if _parses(_PARTIAL_DATE, value, parse) else BAD_DATE


def _check_datetime(decl: Field, value: Any) -> str | None:
    def parse(text: str) -> object:
        return datetime.fromisoformat(text[:-1] + "+00:00")

    return None if _parses(_DATETIME, value, parse) else BAD_DATE


def _check_choice(decl: Field, value: Any) -> str | None:
    return None if isinstance(value, str) and value in decl.choices else NOT_A_CHOICE


def _check_list(decl: Field, value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return BAD_TYPE
    if decl.type is FieldType.CHOICES and any(item not in decl.choices for item in value):
        return NOT_A_CHOICE
    if len(value) > (decl.max_length or DEFAULT_LIST_MAX):
        return TOO_MANY
    if any(len(item) > MAX_LIST_ITEM_LENGTH or not item.strip() for item in value):
        return BAD_FORMAT
    return None


def _check_reference(decl: Field, value: Any) -> str | None:
    # Canonical lower-case form only: ids are compared as text everywhere.
    return None if isinstance(value, str) and _UUID.fullmatch(value) else BAD_FORMAT


def _json_depth_ok(value: Any) -> bool:
    # Iterative, so a hostile 10,000-deep value cannot exhaust the Python stack.
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return True


def _check_json(decl: Field, value: Any) -> str | None:
    if not isinstance(value, dict | list):
        return BAD_TYPE
    if not _json_depth_ok(value):
        return TOO_LARGE
    try:
        encoded = json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError):
        return BAD_TYPE
    return None if len(encoded) <= MAX_JSON_BYTES else TOO_LARGE


MAX_SITTINGS = 50
SITTING_REASON_MAX = 500
_SITTING_KEYS = frozenset(("started_at", "ended_at", "language", "interpreter", "reason"))
_LEGAL = INTERVIEW.field("sittings").merge
_DATETIME_FIELD = Field("started_at", FieldType.DATETIME, _LEGAL)
_INTERPRETER_MAX = INTERVIEW.field("interpreter").max_length


def instant(text: str) -> datetime:
    """A valid DATETIME value as an aware datetime (the texts differ in their fractions)."""
    return datetime.fromisoformat(text[:-1] + "+00:00")


def _sitting_error(item: Any, last: bool) -> str | None:  # noqa: PLR0911 - one rule each
    if not isinstance(item, dict) or not set(item) <= _SITTING_KEYS:
        return BAD_TYPE
    started, ended = item.get("started_at"), item.get("ended_at")
    if not isinstance(started, str) or _check_datetime(_DATETIME_FIELD, started):
        return BAD_DATE
    if ended is None and not last:  # only the current (last) sitting may still be open
        return BAD_FORMAT
    if ended is not None and (
        _check_datetime(_DATETIME_FIELD, ended) or instant(ended) < instant(started)
    ):
        return BAD_DATE
    if item.get("language") is not None and item["language"] not in LANGUAGES:
        return NOT_A_CHOICE
    for key, limit in (("interpreter", _INTERPRETER_MAX), ("reason", SITTING_REASON_MAX)):
        text = item.get(key)
        if text is not None and _check_text(
            Field(key, FieldType.TEXT, _LEGAL, max_length=limit), text
        ):
            return BAD_FORMAT
    return None


def _check_sittings(value: Any) -> str | None:
    """An interview's sittings (`storage.sittings`): a list of sittings in time order, each
    {started_at, ended_at, language, interpreter, reason}; only the last may be open."""
    if not isinstance(value, list):
        return BAD_TYPE
    if len(value) > MAX_SITTINGS:
        return TOO_MANY
    for n, item in enumerate(value):
        code = _sitting_error(item, n == len(value) - 1)
        if code:
            return code
        before = value[n - 1].get("ended_at") if n else None
        if before is not None and instant(item["started_at"]) < instant(before):
            return BAD_DATE  # sittings follow one another, they do not overlap
    return None


STRUCTURES: Mapping[tuple[str, str], Callable[[Any], str | None]] = {
    ("interview", "sittings"): _check_sittings,
}
"""Shape checks of structured (JSON) fields, after the type check, by (entity, field)."""

_CHECKS: Mapping[FieldType, Check] = {
    FieldType.TEXT: _check_text,
    FieldType.LONG_TEXT: _check_text,
    FieldType.INTEGER: _check_integer,
    FieldType.BOOLEAN: _check_boolean,
    FieldType.DATE: _check_date,
    FieldType.PARTIAL_DATE: _check_partial_date,
    FieldType.DATETIME: _check_datetime,
    FieldType.CHOICE: _check_choice,
    FieldType.CHOICES: _check_list,
    FieldType.TEXT_LIST: _check_list,
    FieldType.REFERENCE: _check_reference,
    FieldType.JSON: _check_json,
}


def is_empty(value: Any) -> bool:
    """None, ``""`` and ``[]`` all mean "no value"."""
    return value is None or value in ("", [])


def check_field(decl: Field, value: Any) -> str | None:
    """The error code for `value` in the field `decl`, or None when it is valid.

    An empty value (`is_empty`) is acceptable for optional fields only.
    """
    if is_empty(value):
        return REQUIRED if decl.required else None
    return _CHECKS[decl.type](decl, value)


def check_values(
    entity: Entity, values: Mapping[str, Any], *, partial: bool = False
) -> dict[str, str]:
    """Field → error code for every invalid or unknown field; empty when all are valid.

    With `partial=True` (an update) only the given fields are checked, so a required field
    that is absent is fine — but it may still not be emptied.
    """
    errors = {name: UNKNOWN_FIELD for name in values if name not in entity.field_names}
    for decl in entity.fields:
        if partial and decl.name not in values:
            continue
        code = check_field(decl, values.get(decl.name))
        structure = STRUCTURES.get((entity.name, decl.name))
        if not code and structure is not None and not is_empty(values.get(decl.name)):
            code = structure(values[decl.name])
        if code:
            errors[decl.name] = code
    return errors


def missing_required(entity: Entity, present: Mapping[str, Any] | set[str]) -> dict[str, str]:
    """`required` codes for required fields a new row would lack (not among `present`)."""
    return {d.name: REQUIRED for d in entity.fields if d.required and d.name not in present}


def transition_allowed(entity: str, field_name: str, before: Any, after: Any) -> bool:
    """True unless (entity, field) has a state machine and before → after is not an edge.

    Staying put is always allowed, and so is leaving "no state" (a row imported without one).
    """
    machine = TRANSITIONS.get((entity, field_name))
    if machine is None or before is None or before == after:
        return True
    if not isinstance(before, str) or not isinstance(after, str):
        return False
    return after in machine.get(before, ())


def is_finalised(entity: str, values: Mapping[str, Any]) -> bool:
    """True when the row is in a final state (e.g. a finalised interview) and must not change."""
    final = FINAL_STATES.get(entity)
    return final is not None and values.get(final[0]) == final[1]
