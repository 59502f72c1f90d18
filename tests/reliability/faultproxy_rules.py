"""What the fault proxy can do to a request, and the rules that decide which request gets what.

Import these through :mod:`tests.reliability.faultproxy`, which re-exports everything here.

A *rule* is any callable ``(request_number, method, path) -> Fault | Sequence[Fault] | None``.
`request_number` counts requests across all connections from 1 in the order the proxy parsed
their heads; `path` is the request target without the query string. The proxy calls rules one
at a time under its lock, so a stateful rule (e.g. :func:`when`) needs no locking of its own.

Every fault has a :class:`Direction`. It says *which leg* the fault hits, and so whether the
service can have committed:

- ``UPSTREAM``: client → service, on the request. The service never gets the complete request
  (except for delay, bandwidth and corrupt, which still deliver it).
- ``DOWNSTREAM``: service → client, on the response. The service got the complete request and
  answered it (so it committed); the fault hits the answer. This is the case that turns a
  successful push into "failed" from the client's point of view (sync-designs F09).
"""

from __future__ import annotations

import enum
import random
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = [
    "Direction",
    "Fault",
    "FaultKind",
    "RandomSchedule",
    "Rule",
    "chain",
    "scripted",
    "when",
]


class Direction(enum.Enum):
    """Which leg of an exchange a fault hits (see the module docstring)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class FaultKind(enum.Enum):
    """The kinds of fault the proxy injects (toxiproxy's toxics, adapted to HTTP exchanges)."""

    DROP = "drop"  # close (FIN) without forwarding; downstream: after the service answered
    RESET = "reset"  # TCP RST (SO_LINGER 0), optionally after `after_bytes`
    TRUNCATE = "truncate"  # forward `after_bytes` bytes of the message, then close (FIN)
    BLACKHOLE = "blackhole"  # never answer; hold the connection until the client gives up
    RESPOND = (
        "respond"  # answer `status` (+ Retry-After) instead of forwarding / of the real answer
    )
    CORRUPT = "corrupt"  # XOR one body byte at `offset` with `mask`
    DELAY = "delay"  # wait `seconds` before forwarding the message
    BANDWIDTH = "bandwidth"  # forward at most `bytes_per_second`


# Delay and bandwidth only shape the traffic; any number of them combine with one action.
SHAPING = frozenset({FaultKind.DELAY, FaultKind.BANDWIDTH})


@dataclass(frozen=True)
class Fault:
    """One fault to apply to one request/response exchange.

    Build faults with the class methods (``Fault.drop()``, ``Fault.drop_after_upstream()``, …);
    they choose the direction that is the interesting default for each kind. Faults are frozen
    and compare by value, so fault logs from two runs can be compared with ``==``.
    """

    kind: FaultKind
    direction: Direction = Direction.UPSTREAM
    seconds: float = 0.0
    bytes_per_second: int = 0
    after_bytes: int = 0
    offset: int = 0
    mask: int = 0x01
    status: int = 503
    retry_after: int | None = None
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"

    @classmethod
    def drop(cls, direction: Direction = Direction.UPSTREAM) -> Fault:
        """Close the client connection (FIN) without an answer.

        ``UPSTREAM``: before anything reaches the service. ``DOWNSTREAM``: see
        :meth:`drop_after_upstream`.
        """
        return cls(FaultKind.DROP, direction)

    @classmethod
    def drop_after_upstream(cls) -> Fault:
        """Forward the full request, read the service's full answer, then close the client
        connection without sending any of it: the service committed, the client saw a
        connection error. The case idempotent push exists for."""
        return cls(FaultKind.DROP, Direction.DOWNSTREAM)

    @classmethod
    def reset(cls, direction: Direction = Direction.UPSTREAM, after_bytes: int = 0) -> Fault:
        """Abort with a TCP RST after forwarding `after_bytes` bytes of the message.

        ``UPSTREAM``, 0 bytes: reset as soon as the request head arrives. ``DOWNSTREAM``, 0 bytes:
        reset after the service answered (it committed). With bytes > 0 the peer gets a partial
        message first; upstream, the service's connection is reset too.
        """
        _at_least(after_bytes, 0, "after_bytes")
        return cls(FaultKind.RESET, direction, after_bytes=after_bytes)

    @classmethod
    def truncate(cls, after_bytes: int, direction: Direction = Direction.DOWNSTREAM) -> Fault:
        """Forward only the first `after_bytes` bytes (head included) and close with a FIN.

        ``DOWNSTREAM``: the client sees an incomplete response (a ``ChunkedEncodingError`` in the
        body, a ``ConnectionError`` inside the head). ``UPSTREAM``: the service sees a request
        that ends early and must not commit it. The connection closes even when the message
        was shorter than `after_bytes`.
        """
        _at_least(after_bytes, 0, "after_bytes")
        return cls(FaultKind.TRUNCATE, direction, after_bytes=after_bytes)

    @classmethod
    def blackhole(cls, direction: Direction = Direction.UPSTREAM) -> Fault:
        """Never answer; keep the connection open until the client closes it (its read
        timeout), the proxy's idle timeout or the proxy stops. ``DOWNSTREAM``: the service
        got and answered the request first."""
        return cls(FaultKind.BLACKHOLE, direction)

    @classmethod
    def respond(
        cls,
        status: int = 503,
        *,
        retry_after: int | None = None,
        body: bytes = b"",
        content_type: str = "text/plain; charset=utf-8",
        direction: Direction = Direction.UPSTREAM,
    ) -> Fault:
        """Answer `status` (with ``Retry-After`` when given) instead of forwarding, like a load
        balancer or gateway would. ``DOWNSTREAM``: the service processed the request, the client
        gets the injected status instead of the real answer. The connection stays open. An
        empty `body` becomes a one-line text naming the proxy."""
        _at_least(status, 100, "status")
        return cls(
            FaultKind.RESPOND,
            direction,
            status=status,
            retry_after=retry_after,
            body=body,
            content_type=content_type,
        )

    @classmethod
    def corrupt(
        cls, offset: int = 0, *, mask: int = 0x01, direction: Direction = Direction.DOWNSTREAM
    ) -> Fault:
        """XOR the body byte at `offset` (counted on the wire after the head, so chunk framing
        counts in chunked bodies) with `mask`. A body shorter than that is left alone and the
        log says so."""
        _at_least(offset, 0, "offset")
        if not 1 <= mask <= 0xFF:
            raise ValueError("mask must flip at least one bit of a byte")
        return cls(FaultKind.CORRUPT, direction, offset=offset, mask=mask)

    @classmethod
    def delay(cls, seconds: float, direction: Direction = Direction.DOWNSTREAM) -> Fault:
        """Wait `seconds` before forwarding the message (before the request goes to the
        service, or before the answer goes to the client)."""
        _at_least(seconds, 0, "seconds")
        return cls(FaultKind.DELAY, direction, seconds=seconds)

    @classmethod
    def bandwidth(cls, bytes_per_second: int, direction: Direction = Direction.DOWNSTREAM) -> Fault:
        """Forward the message at no more than `bytes_per_second`."""
        _at_least(bytes_per_second, 1, "bytes_per_second")
        return cls(FaultKind.BANDWIDTH, direction, bytes_per_second=bytes_per_second)

    @property
    def shaping(self) -> bool:
        """True for delay and bandwidth, which combine with any other fault."""
        return self.kind in SHAPING

    def describe(self) -> str:
        """A short human-readable form for test reports, e.g. ``truncate/downstream(120 B)``."""
        arg = {
            FaultKind.RESET: f"{self.after_bytes} B" if self.after_bytes else "",
            FaultKind.TRUNCATE: f"{self.after_bytes} B",
            FaultKind.RESPOND: f"{self.status}"
            + (f", Retry-After {self.retry_after}" if self.retry_after is not None else ""),
            FaultKind.CORRUPT: f"@{self.offset} ^0x{self.mask:02x}",
            FaultKind.DELAY: f"{self.seconds:.3f} s",
            FaultKind.BANDWIDTH: f"{self.bytes_per_second} B/s",
        }.get(self.kind, "")
        return f"{self.kind.value}/{self.direction.value}" + (f"({arg})" if arg else "")


def _at_least(value: float, low: float, name: str) -> None:
    if value < low:
        raise ValueError(f"{name} must be >= {low}, got {value}")


Faults = Fault | Sequence[Fault] | None
Rule = Callable[[int, str, str], Faults]
"""``(request_number, method, path) -> Fault | Sequence[Fault] | None``."""


def normalize(faults: Faults) -> tuple[Fault, ...]:
    """A rule's answer as a tuple; at most one non-shaping fault per direction is allowed,
    because two actions on the same leg (say drop and truncate) have no defined order."""
    if faults is None:
        return ()
    result = (faults,) if isinstance(faults, Fault) else tuple(faults)
    for direction in Direction:
        actions = [f for f in result if f.direction is direction and not f.shaping]
        if len(actions) > 1:
            raise ValueError(f"more than one {direction.value} action: {actions}")
    return result


def scripted(plan: Mapping[int, Faults]) -> Rule:
    """A rule from a table ``{request_number: fault(s)}``; other requests pass untouched."""
    table = dict(plan)

    def rule(number: int, method: str, path: str) -> Faults:
        return table.get(number)

    return rule


def when(
    faults: Fault | Sequence[Fault],
    *,
    method: str | None = None,
    path: str | None = None,
    skip: int = 0,
    times: int | None = 1,
) -> Rule:
    """Apply `faults` to matching requests: `method` (exact, any case) and `path` (a prefix).

    The first `skip` matches pass, then the next `times` matches get the faults (``None``: all
    later matches). E.g. ``when(Fault.drop_after_upstream(), method="POST", path="/sync/push")``
    loses the answer to the first push only.
    """
    lock = threading.Lock()  # rules are serialized by the proxy; this keeps direct use safe
    seen = 0

    def rule(number: int, req_method: str, req_path: str) -> Faults:
        nonlocal seen
        if method is not None and req_method.upper() != method.upper():
            return None
        if path is not None and not req_path.startswith(path):
            return None
        with lock:
            seen += 1
            index = seen - 1 - skip
        if index < 0 or (times is not None and index >= times):
            return None
        return faults

    return rule


def chain(*rules: Rule) -> Rule:
    """The first of `rules` that returns a fault wins. Each rule is called in turn until one
    answers, so a stateful rule after an answering one does not see that request."""

    def rule(number: int, method: str, path: str) -> Faults:
        for candidate in rules:
            faults = candidate(number, method, path)
            if faults:
                return faults
        return None

    return rule


@dataclass
class RandomSchedule:
    """A seeded random rule: each request independently gets at most one fault.

    `rates` gives the probability per request of each kind (their sum must be <= 1). The draw
    for request *n* uses its own ``Random`` seeded from ``(seed, n)``, so the schedule depends
    only on the seed and the request numbers: the same seed and the same client behaviour give
    the same fault log, and a failing run is replayed from its seed alone. Parameters (delays,
    byte counts, statuses) are drawn from the same generator within the given bounds.
    """

    seed: int
    rates: Mapping[FaultKind, float]
    directions: tuple[Direction, ...] = (Direction.UPSTREAM, Direction.DOWNSTREAM)
    max_delay: float = 0.2
    bandwidth: tuple[int, int] = (50_000, 500_000)
    max_after_bytes: int = 256
    max_offset: int = 64
    statuses: tuple[int, ...] = (500, 502, 503, 504, 429)
    retry_after: tuple[int | None, ...] = (None, 0, 1)
    path: str | None = None  # only requests whose path starts with this are candidates
    _kinds: list[tuple[float, FaultKind]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Validate the rates and precompute the cumulative table."""
        total = 0.0
        self._kinds = []
        for kind in FaultKind:  # enum order, not dict order: the draw must not depend on it
            rate = self.rates.get(kind, 0.0)
            if rate < 0:
                raise ValueError(f"negative rate for {kind.value}")
            total += rate
            self._kinds.append((total, kind))
        if total > 1.0 + 1e-9:
            raise ValueError(f"fault rates sum to {total} > 1")
        if not self.directions:
            raise ValueError("at least one direction is needed")

    def __call__(self, number: int, method: str, path: str) -> Faults:
        """The fault for request `number` (or None)."""
        if self.path is not None and not path.startswith(self.path):
            return None
        rng = random.Random(self.seed * 1_000_003 + number)
        draw = rng.random()
        kind = next((k for bound, k in self._kinds if draw < bound), None)
        if kind is None:
            return None
        direction = rng.choice(self.directions)
        if kind is FaultKind.DROP:
            return Fault.drop(direction)
        if kind is FaultKind.RESET:
            after = rng.choice((0, rng.randint(1, self.max_after_bytes)))
            return Fault.reset(direction, after_bytes=after)
        if kind is FaultKind.TRUNCATE:
            return Fault.truncate(rng.randint(0, self.max_after_bytes), direction)
        if kind is FaultKind.BLACKHOLE:
            return Fault.blackhole(direction)
        if kind is FaultKind.RESPOND:
            status = rng.choice(self.statuses)
            retry = rng.choice(self.retry_after)
            return Fault.respond(status, retry_after=retry, direction=direction)
        if kind is FaultKind.CORRUPT:
            return Fault.corrupt(rng.randint(0, self.max_offset), direction=direction)
        if kind is FaultKind.DELAY:
            return Fault.delay(round(rng.uniform(0, self.max_delay), 3), direction)
        low, high = self.bandwidth
        return Fault.bandwidth(rng.randint(low, high), direction)
