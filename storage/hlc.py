"""Hybrid logical clock (HLC) for ordering edits made on laptops that are offline for days.

A timestamp is ``(wall_ms, counter, node)``. Its string form
``"<wall_ms:013d>:<counter:04d>:<node>"`` is fixed-width up to the node, so plain string
comparison gives the same order as comparing the tuples: the service and the store can sort and
compare HLCs as text (SQL ``ORDER BY``, ``max()``) without parsing them.

The clock orders audit display and breaks ties in last-writer-wins fields only (sync-designs
§2.5); it never decides a legal value. The wall clock is injected so tests, the simulator and
the service control time; nothing here reads the system clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_WALL_MS = 10**13 - 1
"""Largest wall time the 13-digit string form can hold (year 2286)."""
MAX_COUNTER = 9999
"""Largest counter the 4-digit string form can hold; beyond it the clock borrows a millisecond."""
NODE_PATTERN = r"[A-Za-z0-9_-]{1,64}"
"""Node ids are profile ids (UUIDs) or short service names; no ':' so the string splits cleanly."""

_HLC_RE = re.compile(rf"(\d{{13}}):(\d{{4}}):({NODE_PATTERN})", re.ASCII)
_NODE_RE = re.compile(NODE_PATTERN, re.ASCII)

WallClock = Callable[[], int]
"""Returns the current wall time in milliseconds since the Unix epoch."""


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """One hybrid-logical-clock timestamp; orders like its string form."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValueError("hlc wall_ms out of range")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError("hlc counter out of range")
        if not _NODE_RE.fullmatch(self.node):
            raise ValueError("hlc node is not a valid node id")

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}:{self.counter:04d}:{self.node}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        """Parse the string form; raise ValueError when it is not exactly that form."""
        match = _HLC_RE.fullmatch(text)
        if match is None:
            raise ValueError("not an hlc string")
        return cls(int(match[1]), int(match[2]), match[3])


def is_hlc(text: str) -> bool:
    """True when `text` is a well-formed HLC string."""
    return _HLC_RE.fullmatch(text) is not None


def _advance(wall_ms: int, counter: int, node: str) -> Hlc:
    # The string form has four counter digits; on overflow we borrow the next millisecond
    # instead of widening the field, which keeps the order and the fixed width intact.
    if counter > MAX_COUNTER:
        return Hlc(wall_ms + 1, 0, node)
    return Hlc(wall_ms, counter, node)


def tick(last: Hlc, now_ms: int) -> Hlc:
    """The timestamp for a local event (an edit, a send) after `last`, at wall time `now_ms`.

    Always strictly greater than `last`, even when the wall clock went backwards.
    """
    if now_ms > last.wall_ms:
        return Hlc(now_ms, 0, last.node)
    return _advance(last.wall_ms, last.counter + 1, last.node)


def receive(last: Hlc, remote: Hlc, now_ms: int) -> Hlc:
    """The local timestamp after observing `remote` at wall time `now_ms`.

    Strictly greater than both `last` and `remote`, so anything stamped afterwards sorts after
    what was received (causal order). Keeps the local node id. Raises ValueError when `remote`
    sits at the very end of the representable range (only a forged stamp does); callers that
    receive stamps from peers check `skew_ms` first so one bad clock cannot drag theirs ahead.
    """
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return _advance(wall, counter, last.node)


def skew_ms(remote: Hlc, now_ms: int) -> int:
    """How far `remote` is ahead of the local wall clock (negative when behind).

    The service reports pushes whose skew exceeds its threshold but still accepts them:
    days-old HLCs from offline work are normal (sync-designs §2.5).
    """
    return remote.wall_ms - now_ms


class HybridClock:
    """A stateful HLC for one node, reading time only through the injected `wall_clock`.

    The caller persists `last` (the local store keeps it next to the outbox) and passes it back
    at start so timestamps stay monotonic across restarts and clock changes.
    """

    def __init__(self, node: str, wall_clock: WallClock, last: Hlc | None = None) -> None:
        if last is not None and last.node != node:
            raise ValueError("last hlc belongs to another node")
        self._wall_clock = wall_clock
        self._last = last if last is not None else Hlc(0, 0, node)

    @property
    def last(self) -> Hlc:
        """The most recent timestamp issued or observed."""
        return self._last

    def tick(self) -> Hlc:
        """Issue a timestamp for a local event."""
        self._last = tick(self._last, self._wall_clock())
        return self._last

    def receive(self, remote: Hlc | str) -> Hlc:
        """Merge a remote timestamp (object or string form) into this clock."""
        parsed = Hlc.parse(remote) if isinstance(remote, str) else remote
        self._last = receive(self._last, parsed, self._wall_clock())
        return self._last
