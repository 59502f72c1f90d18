"""Clocks: the injectable wall clock every part of the store asks for the time.

Nothing in `storage/` reads the system time directly; it asks a `WallClock`, so tests can move
time (auto-lock, dead-man switch, deadlines) and skew clocks between simulated laptops.
The hybrid logical clock itself is in `storage.hlc`; `wall_ms` adapts this clock to it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

WallClock = Callable[[], float]
"""Returns seconds since the epoch (UTC), like `time.time`."""

system_clock: WallClock = time.time


def utc_iso(clock: WallClock = system_clock) -> str:
    """The current UTC time as ISO 8601 with millisecond precision and a trailing ``Z``."""
    moment = datetime.fromtimestamp(clock(), tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def wall_ms(clock: WallClock) -> Callable[[], int]:
    """The same clock in whole milliseconds, as `storage.hlc` wants it."""
    return lambda: int(clock() * 1000)
