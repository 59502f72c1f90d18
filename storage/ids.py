"""UUIDv7 identifiers, generated where an entity is created (never natural keys)."""

from __future__ import annotations

import secrets
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def uuid7() -> uuid.UUID:
    """A time-ordered UUID (RFC 9562 version 7), monotonic within this process."""
    global _last_ms, _last_rand
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= _last_ms:
            # Same millisecond (or the wall clock went back): keep order by counting up.
            now_ms = _last_ms
            rand = _last_rand + 1
        else:
            rand = secrets.randbits(74)
        _last_ms, _last_rand = now_ms, rand
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (now_ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new entity id as its canonical string."""
    return str(uuid7())


def is_uuid(text: object) -> bool:
    """True if `text` is a canonical lower-case UUID string."""
    if not isinstance(text, str):
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False
