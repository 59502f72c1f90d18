"""A TCP fault proxy on 127.0.0.1 that understands just enough HTTP/1.1 to fault exact exchanges.

The proxy sits between a client (the sync client, or a plain ``requests.Session``) and an
upstream HTTP server on loopback. It parses request and response framing — Content-Length,
chunked bodies with extensions and trailers, close-delimited responses, keep-alive, pipelining,
``Expect: 100-continue`` — so that "the service has received the complete request" is an exact
point in time, not a guess. For every request a rule picks faults (see
:mod:`tests.reliability.faultproxy_rules`, re-exported here): drop, drop after the service
answered, delay, bandwidth, reset (RST), truncate after N bytes, black-hole, an injected
5xx/429 with ``Retry-After``, or a corrupted byte, on the request leg (``UPSTREAM``) or on the
response leg (``DOWNSTREAM``). Rules are per request; ``connection_rule`` gives faults to every
request on a connection. Every exchange is logged as a :class:`FaultEvent`, which says whether
the service got the full request and whether the client got the full answer: a sync test uses
that to know which mutations the service may have committed without the client knowing.

Example::

    with FaultProxy(service_url, when(Fault.drop_after_upstream(), path="/sync/push")) as proxy:
        client = SyncClient(base_url=proxy.url, ...)
        client.sync()                       # first push: committed, answer lost
        client.sync()                       # retry must not duplicate
        assert proxy.summary()["by_kind"] == {"drop": 1}

Threads, not asyncio: one accept thread plus one thread per client connection; every blocking
read polls a stop flag, and every wait is bounded by `idle_timeout`, so :meth:`FaultProxy.stop`
returns within about a second even with a client parked in a black hole. Upstream is restricted
to loopback, by design.

Limits: no TLS, no protocol upgrades (101/WebSocket/CONNECT), requests are handled one at a time
per connection (pipelined requests wait their turn, as HTTP/1.1 requires anyway).

TLS: the proxy must read HTTP, so it cannot sit inside an end-to-end TLS session. A TLS sync test
would make a throw-away CA with ``cryptography`` (``x509.CertificateBuilder``, a CA certificate
with ``BasicConstraints(ca=True)`` and a leaf for ``127.0.0.1`` with a ``SubjectAlternativeName``
``IPAddress``), point the sync client's configurable CA bundle at the CA PEM, and terminate TLS
at the proxy: wrap each accepted client socket with an ``ssl.SSLContext(PROTOCOL_TLS_SERVER)``
holding the leaf (the reader would then also have to drain ``SSLSocket.pending()`` before
polling). The proxy → service leg stays plain HTTP on loopback. TLS failure modes themselves
(bad CA, expiry, wrong host: T12) need no proxy: point the client straight at a uvicorn started
with ``ssl_certfile``/``ssl_keyfile``.
"""

from __future__ import annotations

import contextlib
import http
import itertools
import selectors
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, TypedDict
from urllib.parse import urlsplit

from .faultproxy_rules import (
    Direction,
    Fault,
    FaultKind,
    Faults,
    RandomSchedule,
    Rule,
    chain,
    normalize,
    scripted,
    when,
)

__all__ = [
    "Direction",
    "Fault",
    "FaultEvent",
    "FaultKind",
    "FaultProxy",
    "RandomSchedule",
    "Rule",
    "Summary",
    "chain",
    "scripted",
    "when",
]

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
POLL = 0.05  # seconds between checks of the stop flag while waiting for data
MAX_HEAD = 64 * 1024  # a head larger than this is not HTTP we care about
RECV = 64 * 1024
MAX_CONNECTIONS = 256  # bounds the threads a runaway client can make us start


class _Abort(Exception):
    """The exchange cannot go on (peer gone, timeout, stop, bad framing); carries the reason."""


@dataclass(frozen=True)
class FaultEvent:
    """What the proxy did with one request. Deterministic fields only (no timestamps), so two
    runs of the same seeded schedule with the same client produce equal logs."""

    request: int
    """1-based request number across all connections (the number the rule saw)."""
    connection: int
    """1-based number of the client connection it arrived on."""
    method: str
    path: str
    faults: tuple[Fault, ...]
    """The faults applied; empty when the exchange was passed through untouched."""
    upstream_received: bool
    """The complete request was written to the service's socket."""
    upstream_status: int | None
    """The status the service answered (so it has processed the request); None if not asked
    or no answer arrived."""
    answered: bool
    """A complete response (the service's or an injected one) was written to the client's
    socket. ``upstream_received and not answered`` is the ambiguous case: the service may have
    committed something the client does not know about."""
    note: str = ""
    """Why an exchange ended early, or why a fault had nothing to act on."""

    @property
    def ambiguous(self) -> bool:
        """The service got the full request but the client got no complete answer from it."""
        injected = any(f.kind is FaultKind.RESPOND for f in self.faults)
        return self.upstream_received and (not self.answered or injected)


class Summary(TypedDict):
    """The proxy's figures for a test report (see :meth:`FaultProxy.summary`)."""

    requests: int
    faulted_requests: int
    faults: int
    by_kind: dict[str, int]
    by_kind_and_direction: dict[str, int]
    ambiguous: int


@dataclass
class _Head:
    """A parsed request or response head, plus the raw bytes to forward."""

    raw: bytes
    start: list[str]  # request line / status line, split on spaces (at most 3 parts)
    headers: list[tuple[str, str]]

    def get(self, name: str) -> str | None:
        """The last value of header `name` (case-insensitive)."""
        name = name.lower()
        values = [v for k, v in self.headers if k.lower() == name]
        return values[-1] if values else None

    def tokens(self, name: str) -> list[str]:
        """All comma-separated tokens of header `name`, lower-cased."""
        name = name.lower()
        return [
            t.strip().lower() for k, v in self.headers if k.lower() == name for t in v.split(",")
        ]

    def method_upper(self) -> str:
        """The request method, upper-cased (only meaningful for a request head)."""
        return self.start[0].upper()

    def version(self) -> str:
        """``HTTP/1.1`` or ``HTTP/1.0``: the last word of a request line, the first of a status."""
        return self.start[-1] if self.start[-1].startswith("HTTP/") else self.start[0]

    def wants_close(self) -> bool:
        """The sender asked to close the connection after this message."""
        conn = self.tokens("connection")
        if "close" in conn:
            return True
        return self.version() == "HTTP/1.0" and "keep-alive" not in conn


def _parse_head(raw: bytes) -> _Head:
    try:
        text = raw.decode("latin-1")  # HTTP header bytes are opaque octets; latin-1 is lossless
        lines = text[:-4].split("\r\n")
        start = lines[0].split(" ", 2)
        headers = []
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep or not name or name != name.strip():
                raise ValueError(line)
            headers.append((name, value.strip()))
    except ValueError as exc:
        raise _Abort(f"malformed head: {exc}") from exc
    if len(start) < 2:
        raise _Abort("malformed start line")
    return _Head(raw, start, headers)


Framing = tuple[Literal["none", "length", "chunked", "close"], int]


def _request_framing(head: _Head) -> Framing:
    # RFC 9112 §6.3: Transfer-Encoding wins over Content-Length; a request without either has
    # no body (it can never be close-delimited).
    if head.get("transfer-encoding") is not None:
        if head.tokens("transfer-encoding")[-1] != "chunked":
            raise _Abort("request transfer-encoding without final chunked")
        return ("chunked", 0)
    return _length_framing(head) or ("none", 0)


def _response_framing(head: _Head, request_method: str) -> Framing:
    status = int(head.start[1])
    if request_method == "HEAD" or status in {204, 304} or 100 <= status < 200:
        return ("none", 0)
    if head.get("transfer-encoding") is not None:
        chunked = head.tokens("transfer-encoding")[-1] == "chunked"
        return ("chunked", 0) if chunked else ("close", 0)
    return _length_framing(head) or ("close", 0)


def _length_framing(head: _Head) -> Framing | None:
    value = head.get("content-length")
    if value is None:
        return None
    try:
        length = int(value)
    except ValueError as exc:
        raise _Abort(f"bad content-length {value!r}") from exc
    if length < 0:
        raise _Abort("negative content-length")
    return ("length", length) if length else ("none", 0)


class _Reader:
    """Buffered reads from a blocking socket that give up on stop or after `timeout` seconds
    without data, so no thread ever waits unboundedly."""

    def __init__(self, sock: socket.socket, stop: threading.Event, timeout: float) -> None:
        self.sock = sock
        self.stop = stop
        self.timeout = timeout
        self.buf = bytearray()
        self.selector = selectors.DefaultSelector()  # no FD_SETSIZE limit, unlike select()
        self.selector.register(sock, selectors.EVENT_READ)

    def close(self) -> None:
        """Release the selector (the socket is closed by its owner)."""
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.selector.unregister(self.sock)
        self.selector.close()

    def fill(self, timeout: float | None = None) -> bool:
        """Append what the socket has to the buffer; False on EOF."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while not self.selector.select(POLL):
            if self.stop.is_set():
                raise _Abort("proxy stopping")
            if time.monotonic() > deadline:
                raise _Abort("idle timeout")
        try:
            data = self.sock.recv(RECV)
        except OSError as exc:
            raise _Abort(f"recv: {exc}") from exc
        self.buf += data
        return bool(data)

    def head(self) -> bytes | None:
        """The next message head including its blank line; None on a clean EOF before it."""
        while (end := self.buf.find(b"\r\n\r\n")) < 0:
            if len(self.buf) > MAX_HEAD:
                raise _Abort("head too large")
            if not self.fill():
                if self.buf:
                    raise _Abort("EOF inside a head")
                return None
        return self._take(end + 4)

    def line(self) -> bytes:
        """The next CRLF-terminated line, terminator included."""
        while (end := self.buf.find(b"\r\n")) < 0:
            if len(self.buf) > MAX_HEAD:
                raise _Abort("line too long")
            if not self.fill():
                raise _Abort("EOF inside a line")
        return self._take(end + 2)

    def upto(self, n: int) -> bytes:
        """Between 1 and `n` bytes; raises on EOF."""
        if not self.buf and not self.fill():
            raise _Abort("EOF inside a body")
        return self._take(min(n, len(self.buf)))

    def available(self) -> bytes:
        """Whatever is buffered or arrives next; b"" on EOF."""
        if not self.buf and not self.fill():
            return b""
        return self._take(len(self.buf))

    def _take(self, n: int) -> bytes:
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data


Piece = tuple[bytes, bool]  # raw bytes, and whether they end the message


def _body(reader: _Reader, framing: Framing) -> Iterator[Piece]:
    """The raw body bytes of one message, exactly as on the wire, in pieces; the piece that
    completes the message is flagged, so its sender knows the moment the peer can tell the
    message is complete (and logs first). A close-delimited body ends with an empty piece at
    EOF: there the peer only knows when the connection closes."""
    kind, length = framing
    if kind == "length":
        while length:
            piece = reader.upto(min(length, RECV))
            length -= len(piece)
            yield piece, not length
    elif kind == "chunked":
        while True:
            size_line = reader.line()
            try:
                size = int(size_line.split(b";", 1)[0].strip(), 16)  # chunk extensions ignored
            except ValueError as exc:
                raise _Abort(f"bad chunk size {size_line!r}") from exc
            yield size_line, False
            if size == 0:
                while (trailer := reader.line()) != b"\r\n":  # trailers, then the blank line
                    yield trailer, False
                yield trailer, True
                return
            remaining = size + 2  # chunk data and its CRLF
            while remaining:
                piece = reader.upto(remaining)
                remaining -= len(piece)
                yield piece, False
    elif kind == "close":
        while piece := reader.available():
            yield piece, False
        yield b"", True


def _drain(body: Iterator[Piece]) -> None:
    for _ in body:
        pass


@dataclass
class _Plan:
    """The faults of one exchange, split by leg: shaping plus at most one action per leg."""

    delay: dict[Direction, float] = field(default_factory=dict)
    rate: dict[Direction, int] = field(default_factory=dict)
    action: dict[Direction, Fault] = field(default_factory=dict)

    @classmethod
    def of(cls, faults: tuple[Fault, ...]) -> _Plan:
        plan = cls()
        for f in faults:
            if f.kind is FaultKind.DELAY:
                plan.delay[f.direction] = plan.delay.get(f.direction, 0.0) + f.seconds
            elif f.kind is FaultKind.BANDWIDTH:
                old = plan.rate.get(f.direction, f.bytes_per_second)
                plan.rate[f.direction] = min(old, f.bytes_per_second)
            else:
                plan.action[f.direction] = f
        return plan


@dataclass
class _Exchange:
    """Mutable state of one exchange while it runs; frozen into a FaultEvent at the end."""

    number: int
    connection: int
    method: str
    path: str
    faults: tuple[Fault, ...]
    upstream_received: bool = False
    upstream_status: int | None = None
    answered: bool = False
    notes: list[str] = field(default_factory=list)

    def event(self) -> FaultEvent:
        return FaultEvent(
            self.number,
            self.connection,
            self.method,
            self.path,
            self.faults,
            self.upstream_received,
            self.upstream_status,
            self.answered,
            "; ".join(self.notes),
        )


class _Connection:
    """A client connection and its (lazily opened) upstream connection."""

    def __init__(self, proxy: FaultProxy, number: int, client: socket.socket) -> None:
        self.proxy = proxy
        self.number = number
        self.client = client
        self.client_reader = _Reader(client, proxy._stop, proxy.idle_timeout)
        self.upstream: socket.socket | None = None
        self.upstream_reader: _Reader | None = None

    def ensure_upstream(self) -> tuple[socket.socket, _Reader]:
        """The upstream connection, reopened if the service closed the idle one."""
        # A keep-alive connection the service has since closed reads as EOF; reusing it would
        # fail the next request for a reason that is not one of our faults.
        reader = self.upstream_reader
        if reader is not None and not reader.buf and reader.selector.select(0):
            self.close_upstream()
        if self.upstream is None or self.upstream_reader is None:
            try:
                sock = socket.create_connection(self.proxy.upstream, timeout=self.proxy.timeout)
            except OSError as exc:
                raise _Abort(f"upstream unreachable: {exc}") from exc
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.proxy._track(sock)
            self.upstream = sock
            self.upstream_reader = _Reader(sock, self.proxy._stop, self.proxy.timeout)
        return self.upstream, self.upstream_reader

    def close_client(self, *, rst: bool = False) -> None:
        """Close the client side; with `rst` the peer gets a RST instead of a FIN."""
        self.client_reader.close()
        self.proxy._close(self.client, rst=rst)

    def close_upstream(self, *, rst: bool = False) -> None:
        """Close the upstream side if open."""
        if self.upstream_reader is not None:
            self.upstream_reader.close()
        if self.upstream is not None:
            self.proxy._close(self.upstream, rst=rst)
        self.upstream = self.upstream_reader = None


class FaultProxy:
    """The proxy. Use as a context manager; `url` is what the client should talk to.

    `rule` picks the faults of each request (``(request_number, method, path) -> Fault |
    Sequence[Fault] | None``; see :func:`when`, :func:`scripted`, :class:`RandomSchedule`).
    `connection_rule` has the same signature but receives the *connection* number; its faults
    apply to every request on that connection that `rule` leaves alone (e.g. one slow link).
    Both are plain attributes: assign ``proxy.rule`` mid-test to start or heal a partition.
    `idle_timeout` bounds any wait for the client (including a black hole), `timeout` any wait
    for the service.
    """

    def __init__(
        self,
        upstream: str | tuple[str, int],
        rule: Rule | None = None,
        *,
        connection_rule: Rule | None = None,
        idle_timeout: float = 30.0,
        timeout: float = 30.0,
    ) -> None:
        """Prepare a proxy to `upstream` (``http://127.0.0.1:port`` or a ``(host, port)``)."""
        if isinstance(upstream, str):
            parts = urlsplit(upstream)
            if parts.scheme != "http" or parts.hostname is None or parts.port is None:
                raise ValueError(f"need http://host:port, got {upstream!r}")
            upstream = (parts.hostname, parts.port)
        if upstream[0] not in LOOPBACK:
            raise ValueError(f"the fault proxy only talks to loopback, not {upstream[0]!r}")
        self.upstream = upstream
        self.rule = rule
        self.connection_rule = connection_rule
        self.idle_timeout = idle_timeout
        self.timeout = timeout
        self.errors: list[str] = []
        """Unexpected exceptions in proxy threads (bugs, not faults); tests assert it is empty."""
        self._stop = threading.Event()
        self._lock = threading.Lock()  # the log, the socket set, the thread list
        self._rule_lock = threading.Lock()  # separate, so a rule may read proxy.events
        self._events: dict[int, FaultEvent] = {}  # by request number
        self._requests = itertools.count(1)
        self._connections = itertools.count(1)
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._accepter: threading.Thread | None = None

    # ---- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        """Bind 127.0.0.1:0, start accepting; returns self."""
        if self._listener is not None:
            raise RuntimeError("already started")
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        listener.settimeout(POLL)  # the accept loop polls the stop flag
        self._listener = listener
        self._accepter = threading.Thread(target=self._accept_loop, name="faultproxy", daemon=True)
        self._accepter.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop accepting, abort every open connection, join the threads (bounded)."""
        self._stop.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:  # unblocks any sendall; readers notice the flag within POLL
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for thread in [self._accepter, *self._threads]:
            if thread is not None:
                thread.join(max(0.0, deadline - time.monotonic()))
        if self._listener is not None:
            self._listener.close()
        alive = [t.name for t in self._threads if t.is_alive()]
        if alive:
            self.errors.append(f"threads still running after stop: {alive}")

    def __enter__(self) -> FaultProxy:
        """Start the proxy."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the proxy."""
        self.stop()

    @property
    def port(self) -> int:
        """The port the proxy listens on (127.0.0.1)."""
        if self._listener is None:
            raise RuntimeError("not started")
        port: int = self._listener.getsockname()[1]
        return port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``: the base URL for the client."""
        return f"http://127.0.0.1:{self.port}"

    # ---- the log -----------------------------------------------------------------------------

    @property
    def events(self) -> list[FaultEvent]:
        """Every exchange so far, in request order.

        An exchange is logged before the client can observe its outcome (the last byte of the
        answer, or the close), so right after a client call returns or raises, its exchange is
        here with its final fields; only a black-holed client is still parked."""
        with self._lock:
            return [self._events[n] for n in sorted(self._events)]

    def faults(self) -> list[FaultEvent]:
        """Only the exchanges that had faults."""
        return [e for e in self.events if e.faults]

    def counts(self, *, by_direction: bool = False) -> Counter[str]:
        """Faults injected by kind (``"drop"``), or by kind and leg (``"drop/downstream"``)."""
        counter: Counter[str] = Counter()
        for event in self.events:
            for f in event.faults:
                counter[
                    f"{f.kind.value}/{f.direction.value}" if by_direction else f.kind.value
                ] += 1
        return counter

    def summary(self) -> Summary:
        """Figures for a test report: requests, faulted requests, faults by kind and by leg,
        and the ambiguous exchanges (service got the request, client got no real answer)."""
        events = self.events
        return Summary(
            requests=len(events),
            faulted_requests=sum(1 for e in events if e.faults),
            faults=sum(len(e.faults) for e in events),
            by_kind=dict(sorted(self.counts().items())),
            by_kind_and_direction=dict(sorted(self.counts(by_direction=True).items())),
            ambiguous=sum(1 for e in events if e.ambiguous),
        )

    def clear(self) -> None:
        """Forget the log (request and connection numbers keep counting)."""
        with self._lock:
            self._events.clear()

    # ---- internals ---------------------------------------------------------------------------

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _close(self, sock: socket.socket, *, rst: bool = False) -> None:
        with self._lock:
            self._sockets.discard(sock)
        with contextlib.suppress(OSError):
            if rst:
                # SO_LINGER on with a zero timeout makes close() send RST and drop the buffer.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                sock.shutdown(socket.SHUT_WR)
        sock.close()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError as exc:
                if not self._stop.is_set():
                    self.errors.append(f"accept: {exc!r}")
                return
            with self._lock:
                self._threads = [t for t in self._threads if t.is_alive()]
                crowded = len(self._threads) >= MAX_CONNECTIONS
            if crowded:
                self.errors.append("too many connections; refused one")
                self._close(client, rst=True)
                continue
            client.settimeout(self.idle_timeout)  # bounds sendall to a client that never reads
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._track(client)
            number = next(self._connections)
            thread = threading.Thread(
                target=self._serve, args=(number, client), name=f"faultproxy-{number}", daemon=True
            )
            with self._lock:
                self._threads.append(thread)
            thread.start()

    def _serve(self, number: int, client: socket.socket) -> None:
        conn = _Connection(self, number, client)
        try:
            while not self._stop.is_set():
                try:
                    raw = conn.client_reader.head()
                except _Abort:
                    return
                if raw is None:
                    return
                if not self._exchange(conn, raw):
                    return
        except Exception as exc:  # a bug in the proxy: record it, never kill the test thread
            self.errors.append(f"connection {number}: {exc!r}")
        finally:
            conn.close_client()
            conn.close_upstream()

    def _choose(self, number: int, conn_number: int, method: str, path: str) -> tuple[Fault, ...]:
        with self._rule_lock:  # rules may be stateful; one call at a time keeps them deterministic
            faults: Faults = self.rule(number, method, path) if self.rule else None
            if not faults and self.connection_rule:
                faults = self.connection_rule(conn_number, method, path)
        return normalize(faults)

    def _exchange(self, conn: _Connection, raw: bytes) -> bool:
        """Relay one request and its response, applying faults; True to keep the connection."""
        try:
            request = _parse_head(raw)
        except _Abort:
            return False
        method, target = request.method_upper(), request.start[1]
        path = target.split("?", 1)[0]
        if "://" in path:  # absolute-form target: keep only the path
            path = "/" + path.split("://", 1)[1].partition("/")[2]
        number = next(self._requests)
        faults = self._choose(number, conn.number, method, path)
        ex = _Exchange(number, conn.number, method, path, faults)
        keep = False
        try:
            keep = self._relay(conn, request, ex, _Plan.of(faults))
        except _Abort as exc:
            ex.notes.append(str(exc))
        except OSError as exc:
            ex.notes.append(f"socket: {exc}")
        finally:
            self._record(ex)
        return keep

    def _record(self, ex: _Exchange) -> None:
        """Log (or re-log) an exchange. Called *before* anything the client can observe as the
        outcome (the last byte of an answer, a close), so a test that just saw the outcome
        always finds it in the log; and again at the end in case anything changed."""
        with self._lock:
            self._events[ex.number] = ex.event()

    def _relay(self, conn: _Connection, request: _Head, ex: _Exchange, plan: _Plan) -> bool:
        up, down = Direction.UPSTREAM, Direction.DOWNSTREAM
        request_framing = _request_framing(request)
        body = _body(conn.client_reader, request_framing)
        head = request.raw
        if "100-continue" in request.tokens("expect"):
            # Answer the interim response ourselves and strip the expectation, so the upstream
            # leg is a plain request whose end we can see.
            conn.client.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            head = _without_header(request, "expect")
        keep = not request.wants_close()

        action = plan.action.get(up)
        if action is not None and (
            action.kind in {FaultKind.DROP, FaultKind.BLACKHOLE, FaultKind.RESPOND}
            or (action.kind is FaultKind.RESET and action.after_bytes == 0)
        ):
            if action.kind is not FaultKind.RESET:
                _drain(body)  # read it all so the close is a clean FIN, not a RST
            self._sleep(plan.delay.get(up, 0.0))
            return self._react(conn, action, ex, plan, keep, request)

        upstream, upstream_reader = conn.ensure_upstream()
        cut = action if action is not None and action.kind in _CUTS else None
        complete = self._pump(
            head,
            request_framing[0] == "none",
            body,
            upstream,
            delay=plan.delay.get(up, 0.0),
            rate=plan.rate.get(up, 0),
            cut=cut,
            corrupt=action if action is not None and action.kind is FaultKind.CORRUPT else None,
            ex=ex,
        )
        if cut is not None:
            ex.upstream_received = complete
            if cut.kind is FaultKind.TRUNCATE:
                conn.close_upstream()  # the service sees the request end early
                with contextlib.suppress(_Abort, OSError):
                    _drain(body)
                self._record(ex)
                conn.close_client()
            else:
                conn.close_upstream(rst=True)
                self._record(ex)
                conn.close_client(rst=True)
            return False
        ex.upstream_received = True

        # The response: skip interim 1xx answers (we answered 100-continue ourselves already).
        while True:
            raw = upstream_reader.head()
            if raw is None:
                raise _Abort("upstream closed without answering")
            response = _parse_head(raw)
            try:
                status = int(response.start[1])
            except ValueError as exc:
                raise _Abort(f"bad status line {response.start!r}") from exc
            if status == 101:
                raise _Abort("protocol upgrades are not supported")
            if not 100 <= status < 200:
                break
        ex.upstream_status = status
        framing = _response_framing(response, request.method_upper())
        resp_body = _body(upstream_reader, framing)
        if framing[0] == "close" or response.wants_close():
            keep_upstream = False
            keep = keep and framing[0] != "close"
        else:
            keep_upstream = True

        action = plan.action.get(down)
        if action is not None and (
            action.kind in {FaultKind.DROP, FaultKind.BLACKHOLE, FaultKind.RESPOND}
            or (action.kind is FaultKind.RESET and action.after_bytes == 0)
        ):
            _drain(resp_body)  # the whole answer: the service is done with this request
            if not keep_upstream:
                conn.close_upstream()
            self._sleep(plan.delay.get(down, 0.0))
            return self._react(conn, action, ex, plan, keep, request)

        cut = action if action is not None and action.kind in _CUTS else None
        self._pump(
            response.raw,
            framing[0] == "none",
            resp_body,
            conn.client,
            delay=plan.delay.get(down, 0.0),
            rate=plan.rate.get(down, 0),
            cut=cut,
            corrupt=action if action is not None and action.kind is FaultKind.CORRUPT else None,
            ex=ex,
            answer=True,
        )
        if cut is not None:
            conn.close_upstream()
            self._record(ex)
            conn.close_client(rst=cut.kind is FaultKind.RESET)
            return False
        if not keep_upstream:
            conn.close_upstream()
        return keep and not response.wants_close()

    def _react(
        self,
        conn: _Connection,
        action: Fault,
        ex: _Exchange,
        plan: _Plan,
        keep: bool,
        request: _Head,
    ) -> bool:
        """Carry out an action that replaces forwarding: drop, reset, black-hole, respond."""
        if action.kind is FaultKind.RESPOND:
            data = _injected_response(action, keep, head_only=request.method_upper() == "HEAD")
            ex.answered = True
            self._record(ex)
            self._send_last(conn.client, data, plan.rate.get(Direction.DOWNSTREAM, 0), ex)
            return keep
        if action.kind is FaultKind.RESET and action.direction is Direction.UPSTREAM:
            conn.close_upstream(rst=True)
        self._record(ex)
        if action.kind is FaultKind.BLACKHOLE:
            self._hold(conn)
        else:
            conn.close_client(rst=action.kind is FaultKind.RESET)
        return False

    def _pump(
        self,
        head: bytes,
        head_is_all: bool,
        body: Iterator[Piece],
        dest: socket.socket,
        *,
        delay: float,
        rate: int,
        cut: Fault | None,
        corrupt: Fault | None,
        ex: _Exchange,
        answer: bool = False,
    ) -> bool:
        """Forward one message to `dest`; True if all of it went out. With `cut`, stop after
        `cut.after_bytes` bytes (the caller logs and closes); with `corrupt`, flip one body
        byte. With `answer` (the message goes to the client), the exchange is logged as
        answered just before the piece that completes the message is sent."""
        self._sleep(delay)
        sent = 0
        body_at = 0
        flipped = corrupt is None
        pieces = itertools.chain([(False, head, head_is_all)], ((True, *p) for p in body))
        for in_body, original, last in pieces:
            piece = original
            if not flipped and in_body and corrupt is not None:
                at = corrupt.offset - body_at
                if 0 <= at < len(piece):
                    piece = piece[:at] + bytes([piece[at] ^ corrupt.mask]) + piece[at + 1 :]
                    flipped = True
                body_at += len(piece)
            if cut is not None and sent + len(piece) > cut.after_bytes:
                self._send(dest, piece[: cut.after_bytes - sent], rate)
                return False
            if last:
                if not flipped:
                    ex.notes.append(f"corrupt: body has only {body_at} bytes, nothing flipped")
                if cut is not None:
                    ex.notes.append(f"{cut.kind.value}: message had only {sent + len(piece)} bytes")
                if answer:
                    ex.answered = True
                    self._record(ex)
                    self._send_last(dest, piece, rate, ex)
                    return True
            self._send(dest, piece, rate)
            sent += len(piece)
        return True

    def _send_last(self, sock: socket.socket, data: bytes, rate: int, ex: _Exchange) -> None:
        """Send the final bytes of an answer already logged as answered; un-log it on failure."""
        try:
            self._send(sock, data, rate)
        except (OSError, _Abort):
            ex.answered = False
            self._record(ex)
            raise

    def _send(self, sock: socket.socket, data: bytes, rate: int) -> None:
        if not rate:
            sock.sendall(data)
            return
        step = max(1, rate // 50)  # ~20 ms slices: smooth enough, few wake-ups
        for start in range(0, len(data), step):
            piece = data[start : start + step]
            sock.sendall(piece)
            self._sleep(len(piece) / rate)

    def _sleep(self, seconds: float) -> None:
        if seconds > 0 and self._stop.wait(seconds):
            raise _Abort("proxy stopping")

    def _hold(self, conn: _Connection) -> None:
        """Black hole: swallow whatever the client sends until it closes or time runs out."""
        deadline = time.monotonic() + self.idle_timeout
        with contextlib.suppress(_Abort):
            while (left := deadline - time.monotonic()) > 0:
                if not conn.client_reader.fill(timeout=left):
                    break
                conn.client_reader.buf.clear()
        conn.close_client()


_CUTS = frozenset({FaultKind.TRUNCATE, FaultKind.RESET})


def _without_header(head: _Head, name: str) -> bytes:
    lines = [" ".join(head.start)]
    lines += [f"{k}: {v}" for k, v in head.headers if k.lower() != name]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _injected_response(fault: Fault, keep: bool, *, head_only: bool) -> bytes:
    try:
        reason = http.HTTPStatus(fault.status).phrase
    except ValueError:
        reason = "Injected"
    body = fault.body or f"{fault.status} {reason} (injected by the fault proxy)\n".encode()
    lines = [
        f"HTTP/1.1 {fault.status} {reason}",
        f"Content-Type: {fault.content_type}",
        f"Content-Length: {len(body)}",
        "Connection: " + ("keep-alive" if keep else "close"),
        "X-Fault-Proxy: injected",
    ]
    if fault.retry_after is not None:
        lines.append(f"Retry-After: {fault.retry_after}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if head_only else head + body
