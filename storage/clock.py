"""Clocks: an injectable wall clock and the hybrid logical clock (HLC) of a profile.

Nothing in `storage/` reads the system time directly; it asks a `WallClock`, so tests can move
time (auto-lock, dead-man switch, deadlines) and skew clocks between simulated laptops.
The HLC orders audit display and breaks ties in last-writer-wins fields only; it never decides
legal conflicts. Its string form sorts lexicographically in causal order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

WallClock = Callable[[], float]
"""Returns seconds since the epoch (UTC), like `time.time`."""

system_clock: WallClock = time.time


def utc_iso(clock: WallClock = system_clock) -> str:
    """The current UTC time as ISO 8601 with millisecond precision and a trailing ``Z``."""
    moment = datetime.fromtimestamp(clock(), tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """A hybrid logical clock reading: wall milliseconds, a counter, and the node that made it."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}:{self.counter:04d}:{self.node}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        """Parse the string form; raises ValueError on anything else."""
        wall, counter, node = text.split(":", 2)
        if len(wall) != 13 or len(counter) != 4 or not wall.isdigit() or not counter.isdigit():
            raise ValueError("not an HLC")
        if not node:
            raise ValueError("HLC without node")
        return cls(int(wall), int(counter), node)


class HybridClock:
    """Issues monotonic HLC readings for one node, never going backwards even if the wall does."""

    def __init__(self, node: str, last: Hlc | None = None, clock: WallClock = system_clock):
        self._node = node
        self._clock = clock
        self._last = last or Hlc(0, 0, node)

    @property
    def last(self) -> Hlc:
        return self._last

    def tick(self) -> Hlc:
        """A new reading for a local event."""
        now = int(self._clock() * 1000)
        if now > self._last.wall_ms:
            self._last = Hlc(now, 0, self._node)
        else:
            self._last = Hlc(self._last.wall_ms, self._last.counter + 1, self._node)
        return self._last

    def receive(self, remote: Hlc) -> Hlc:
        """Merge a reading seen from elsewhere, so later local events sort after it."""
        now = int(self._clock() * 1000)
        wall = max(now, self._last.wall_ms, remote.wall_ms)
        if wall == self._last.wall_ms == remote.wall_ms:
            counter = max(self._last.counter, remote.counter) + 1
        elif wall == self._last.wall_ms:
            counter = self._last.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = Hlc(wall, counter, self._node)
        return self._last
