"""Reading the shipped configuration files (deadline rules, interview templates) safely.

Offices edit these JSON files, so a broken file is expected input, not a programming error:
every problem comes back as a `Problem` (a JSON Pointer into the file plus a stable code), and
nothing here raises on bad content. The app translates the codes; `storage/` holds no prose.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"
"""Shipped defaults; the same place `desktop/` reads translations and styles from."""

MAX_FILE_BYTES = 1_000_000
"""A rules file or template is a few kilobytes; anything this big is not one."""

# Problem codes (stable; the app maps them to messages).
NOT_FOUND = "not_found"
UNREADABLE = "unreadable"
TOO_LARGE = "too_large"
BAD_ENCODING = "bad_encoding"
BAD_JSON = "bad_json"
DUPLICATE_KEY = "duplicate_key"
REQUIRED = "required"
UNKNOWN_KEY = "unknown_key"
BAD_TYPE = "bad_type"
NOT_A_CHOICE = "not_a_choice"
BAD_FORMAT = "bad_format"
TOO_SHORT = "too_short"
TOO_LONG = "too_long"
OUT_OF_RANGE = "out_of_range"
INVALID = "invalid"
UNSUPPORTED_FORMAT = "unsupported_format"
DUPLICATE_ID = "duplicate_id"

# pydantic's error types, folded into the few codes an editor of a JSON file can act on.
_PYDANTIC_CODES = {
    "missing": REQUIRED,
    "extra_forbidden": UNKNOWN_KEY,
    "literal_error": NOT_A_CHOICE,
    "enum": NOT_A_CHOICE,
    "string_pattern_mismatch": BAD_FORMAT,
    "string_too_short": TOO_SHORT,
    "too_short": TOO_SHORT,
    "string_too_long": TOO_LONG,
    "too_long": TOO_LONG,
    "greater_than": OUT_OF_RANGE,
    "greater_than_equal": OUT_OF_RANGE,
    "less_than": OUT_OF_RANGE,
    "less_than_equal": OUT_OF_RANGE,
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a resource file.

    `path` is a JSON Pointer (RFC 6901, "" for the whole file, e.g. "/sections/0/title/it");
    `code` is stable; `detail` is technical and never personal (a key name, a line number).
    """

    path: str
    code: str
    detail: str = ""


class _DuplicateKey(ValueError):
    pass


def pointer(*parts: str | int) -> str:
    """The JSON Pointer for a path of keys and indexes (escaping per RFC 6901)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def read_resource(path: Path) -> tuple[bytes | None, tuple[Problem, ...]]:
    """The bytes of a resource file, or a problem saying why it cannot be read."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None, (Problem("", NOT_FOUND),)
    except OSError as exc:
        return None, (Problem("", UNREADABLE, type(exc).__name__),)
    if len(data) > MAX_FILE_BYTES:
        return None, (Problem("", TOO_LARGE),)
    return data, ()


def parse_json(source: bytes | str) -> tuple[Any, tuple[Problem, ...]]:
    """Decode a resource as strict JSON: UTF-8, no duplicate keys, no NaN or Infinity.

    Duplicate keys are refused because the standard library would silently keep the last one,
    so an office's edit could vanish without a trace.
    """
    if len(source) > MAX_FILE_BYTES:
        return None, (Problem("", TOO_LARGE),)
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
        except UnicodeDecodeError as exc:
            return None, (Problem("", BAD_ENCODING, f"byte {exc.start}"),)
    try:
        return json.loads(
            source, object_pairs_hook=_refuse_duplicates, parse_constant=_refuse_constant
        ), ()
    except json.JSONDecodeError as exc:
        return None, (Problem("", BAD_JSON, f"line {exc.lineno} column {exc.colno}"),)
    except _DuplicateKey as exc:
        return None, (Problem("", DUPLICATE_KEY, str(exc)),)
    except (ValueError, RecursionError) as exc:
        return None, (Problem("", BAD_JSON, type(exc).__name__),)


def validate_resource(model: type[M], source: bytes | str) -> tuple[M | None, tuple[Problem, ...]]:
    """Parse `source` as strict JSON and validate it against `model`; problems instead of raising.

    Validation runs in pydantic's JSON mode, where strict models still accept arrays for tuples
    (frozen, hashable results) but refuse "30" for 30 and true for 1.
    """
    data, problems = parse_json(source)
    if problems:
        return None, problems
    try:
        return model.model_validate_json(json.dumps(data)), ()
    except ValidationError as exc:
        return None, problems_from(exc)


def problems_from(error: ValidationError) -> tuple[Problem, ...]:
    """The problems of a failed pydantic validation, as pointers and stable codes."""
    problems = []
    for item in error.errors(include_url=False, include_input=False):
        kind = item["type"]
        code = _PYDANTIC_CODES.get(kind) or (BAD_TYPE if kind.endswith("_type") else INVALID)
        problems.append(Problem(pointer(*item["loc"]), code))
    return tuple(problems)


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key[:80])
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)
