"""Constrained field types of the wire models: ids, names, cursors, bounded JSON values.

Every string and list on the wire has an upper bound, so a hostile or broken peer gets a
validation error (HTTP 422 / a refused page) and never a crash, a stack overflow or an
unbounded allocation behind the parser.
"""

from __future__ import annotations

import math
from typing import Annotated

from pydantic import AfterValidator, Field, JsonValue, StringConstraints

from storage.hlc import NODE_PATTERN
from sync.protocol.versions import KIND_PATTERN

INT64_MAX = 2**63 - 1
MAX_VALUE_CHARS = 1_000_000
"""Largest total of characters (strings and keys) inside one field value."""
MAX_VALUE_NODES = 50_000
"""Largest number of scalars, lists and objects inside one field value."""
MAX_VALUE_DEPTH = 32
MAX_NOTE_CHARS = 4_000
"""Free technical text such as a resolution's justification or an error detail."""

UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
"""Canonical lower-case UUID text: ids are compared as text on both ends, so one spelling only."""

UuidStr = Annotated[str, StringConstraints(pattern=rf"^{UUID_PATTERN}$", max_length=36)]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,62}$", max_length=63)]
"""An entity or field name (checked against the schema later, per mutation)."""
Kind = Annotated[str, StringConstraints(pattern=rf"^{KIND_PATTERN}$", max_length=100)]
HlcStr = Annotated[
    str, StringConstraints(pattern=rf"^[0-9]{{13}}:[0-9]{{4}}:{NODE_PATTERN}$", max_length=83)
]
Bucket = Annotated[
    str, StringConstraints(pattern=rf"^(?:(?:case|user):{UUID_PATTERN}|ref:global)$", max_length=41)
]
"""A sync bucket: ``case:<uuid>``, ``user:<uuid>`` or ``ref:global`` (sync-designs §2.1)."""
Epoch = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{8,64}$", max_length=64)]
"""The server epoch id; changes when the server database is restored or re-seeded."""
UtcTimestamp = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?Z$",
        max_length=32,
    ),
]
PublicKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{43}$", max_length=43)]
"""A 32-byte X25519 or Ed25519 public key, unpadded base64url."""
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$", max_length=64)]
Note = Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)]

MutationSeq = Annotated[int, Field(ge=1, le=INT64_MAX)]
Cursor = Annotated[int, Field(ge=0, le=INT64_MAX)]
EntityVersion = Annotated[int, Field(ge=0, le=INT64_MAX)]
VersionNumber = Annotated[int, Field(ge=1, le=10_000)]
Checksum = Annotated[int, Field(ge=0, le=2**32 - 1)]


def _check_bounded(value: JsonValue) -> JsonValue:
    # Iterative walk: the JSON parser already caps nesting, but values built in Python (the
    # service, tests) are not parsed, and a recursive walk would be the crash we guard against.
    chars = nodes = 0
    stack: list[tuple[JsonValue, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        nodes += 1
        if depth > MAX_VALUE_DEPTH or nodes > MAX_VALUE_NODES:
            raise ValueError("value too deep or too large")
        if isinstance(item, str):
            chars += len(item)
        elif isinstance(item, float) and not math.isfinite(item):
            # 1e400 parses as inf; NaN/inf are not JSON and break canonical comparison.
            raise ValueError("non-finite number")
        elif isinstance(item, int) and not -INT64_MAX - 1 <= item <= INT64_MAX:
            raise ValueError("integer out of 64-bit range")
        elif isinstance(item, dict):
            chars += sum(len(key) for key in item)
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        if chars > MAX_VALUE_CHARS:
            raise ValueError("value too large")
    return value


WireValue = Annotated[JsonValue, AfterValidator(_check_bounded)]
"""A field value on the wire: any JSON, bounded in size, depth and number range."""

MAX_SEALED_CHARS = 128 * 1024 * 1024
"""Largest base64 text of one sealed box (a pull page of a few thousand rows, compressed,
stays far below; request bodies are capped much lower by the service)."""

SealedB64 = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9+/]+={0,2}$", min_length=4, max_length=MAX_SEALED_CHARS),
]
"""A sealed box (`storage.sealing`), standard base64 with padding."""
SignatureB64 = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{86}==$", max_length=88)]
"""A 64-byte Ed25519 signature, standard base64 with padding."""
KeyId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$", max_length=64)]
"""The id of one generation of the service's keys (`GET /v1/service-keys`)."""
