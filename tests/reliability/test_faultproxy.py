"""The fault proxy does exactly what each fault says, against a real uvicorn upstream.

Each fault kind is checked from both ends: what the client sees (a `requests` exception, a
status, a delay) and what the upstream saw (its own request count), because the point of the
proxy is to know whether the service committed. Framing is checked with keep-alive, chunked
request and response bodies, pipelining and ``Expect: 100-continue`` over raw sockets.
"""

from __future__ import annotations

import hashlib
import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests
import uvicorn
from fastapi import FastAPI, Request, Response
from fastapi.responses import StreamingResponse

from tests.reliability.faultproxy import (
    Direction,
    Fault,
    FaultEvent,
    FaultKind,
    FaultProxy,
    RandomSchedule,
    Summary,
    chain,
    scripted,
    when,
)
from tests.reliability.faultproxy_rules import normalize

pytestmark = pytest.mark.timeout(20)

UP, DOWN = Direction.UPSTREAM, Direction.DOWNSTREAM
TIMEOUT = (2.0, 2.0)  # (connect, read): every client call is bounded


def blob(size: int) -> bytes:
    """Deterministic non-repeating-looking bytes, so a flipped byte is always visible."""
    return bytes((i * 7 + i // 251) % 256 for i in range(size))


@dataclass
class Upstream:
    """A tiny real service: counts what it received and from which client port."""

    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)
    hits: Counter[str] = field(default_factory=Counter)
    bodies: list[bytes] = field(default_factory=list)
    ports: list[int] = field(default_factory=list)

    def record(self, request: Request, body: bytes = b"") -> None:
        with self.lock:
            self.hits[request.url.path] += 1
            self.bodies.append(body)
            self.ports.append(request.client.port if request.client else 0)

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()
            self.bodies.clear()
            self.ports.clear()


def make_app(upstream: Upstream) -> FastAPI:
    """Endpoints for each framing: a Content-Length POST echoing a hash, a fixed-size blob,
    and a chunked stream."""
    app = FastAPI()

    @app.post("/items")
    async def items(request: Request) -> dict[str, Any]:
        body = await request.body()  # read fully before counting: a torn body never counts
        upstream.record(request, body)
        return {"len": len(body), "sha256": hashlib.sha256(body).hexdigest(), "pad": "x" * 300}

    @app.get("/blob/{size}")
    async def get_blob(size: int, request: Request) -> Response:
        upstream.record(request)
        return Response(blob(size), media_type="application/octet-stream")

    @app.get("/stream/{chunks}")
    async def stream(chunks: int, request: Request) -> StreamingResponse:
        upstream.record(request)

        async def pieces() -> Any:
            for i in range(chunks):
                yield blob(100)[i:] + b"|"

        return StreamingResponse(pieces(), media_type="application/octet-stream")

    return app


@pytest.fixture(scope="module")
def upstream() -> Iterator[Upstream]:
    """uvicorn + FastAPI on a free loopback port, in a thread, for the whole module."""
    state = Upstream()
    # proto must be IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on sockets that say
    # so, and without it Nagle + delayed ACK cost ~40 ms per response on loopback.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(make_app(state), log_config=None, access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    state.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        yield state
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture
def service(upstream: Upstream) -> Upstream:
    """The module's upstream with its counters cleared."""
    upstream.reset()
    return upstream


@pytest.fixture
def session() -> Iterator[requests.Session]:
    """A client like the sync client's: one Session, keep-alive, explicit timeouts."""
    s = requests.Session()
    s.trust_env = False  # no proxies or CA bundles from the environment (NET-1)
    with s:
        yield s


ProxyFactory = Callable[..., FaultProxy]


@pytest.fixture
def proxy_for(service: Upstream) -> Iterator[ProxyFactory]:
    """Start proxies to the upstream; stop them at teardown and insist they had no bugs."""
    with ExitStack() as stack:
        proxies: list[FaultProxy] = []

        def make(rule: Any = None, **kwargs: Any) -> FaultProxy:
            kwargs.setdefault("idle_timeout", 5.0)
            kwargs.setdefault("timeout", 5.0)
            proxy = stack.enter_context(FaultProxy(service.url, rule, **kwargs))
            proxies.append(proxy)
            return proxy

        yield make
    for proxy in proxies:
        assert proxy.errors == []


def caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether `kind` appears anywhere in the exception's cause/context/args chain."""
    stack, seen = [exc], set()
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, kind):
            return True
        stack += [a for a in e.args if isinstance(a, BaseException)]
        stack += [c for c in (e.__cause__, e.__context__) if c is not None]
    return False


def only(events: list[FaultEvent]) -> FaultEvent:
    """The single event of a list that must have exactly one."""
    assert len(events) == 1, events
    return events[0]


# ---- pass-through and framing --------------------------------------------------------------


def test_keep_alive_passes_many_requests_over_one_connection_each_side(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for()
    for i in range(6):
        if i % 2:
            r = session.post(f"{proxy.url}/items", data=blob(500 + i), timeout=TIMEOUT)
            assert r.json()["sha256"] == hashlib.sha256(blob(500 + i)).hexdigest()
        else:
            r = session.get(f"{proxy.url}/blob/{1000 + i}", timeout=TIMEOUT)
            assert r.content == blob(1000 + i)
    events = proxy.events
    assert [e.request for e in events] == [1, 2, 3, 4, 5, 6]
    assert {e.connection for e in events} == {1}
    assert all(e.upstream_received and e.answered and not e.faults for e in events)
    assert len(set(service.ports)) == 1  # the proxy reused its upstream connection too
    assert proxy.summary()["faults"] == 0


def test_chunked_request_and_response_bodies_are_framed_exactly(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(when(Fault.drop_after_upstream(), method="POST", skip=1))
    parts = [blob(10), b"", blob(3000), b"end"]  # requests skips empty parts: no early 0-chunk
    r = session.post(f"{proxy.url}/items", data=iter(parts), timeout=TIMEOUT)
    assert r.json()["len"] == len(b"".join(parts))
    r = session.get(f"{proxy.url}/stream/5", timeout=TIMEOUT)  # chunked response
    assert r.headers.get("transfer-encoding") == "chunked"
    assert r.content == b"".join(blob(100)[i:] + b"|" for i in range(5))
    # The second chunked POST is dropped exactly after its last chunk reached the service.
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/items", data=iter(parts), timeout=TIMEOUT)
    assert service.hits["/items"] == 2
    assert service.bodies[-1] == b"".join(parts)
    last = proxy.events[-1]
    assert (last.upstream_received, last.upstream_status, last.answered) == (True, 200, False)


def test_pipelined_raw_requests_with_chunk_extensions_and_trailers(
    proxy_for: ProxyFactory, service: Upstream
) -> None:
    proxy = proxy_for()
    chunked = (
        b"POST /items HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n"
    )
    closing = b"GET /blob/10 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
        sock.sendall(chunked + closing)  # both at once: the boundary must come from framing
        received = b""
        while data := sock.recv(65536):
            received += data
    assert received.count(b"HTTP/1.1 200 OK") == 2
    assert received.endswith(blob(10))
    assert service.bodies[0] == b"hello world"
    assert [(e.method, e.path) for e in proxy.events] == [("POST", "/items"), ("GET", "/blob/10")]


def test_expect_continue_is_answered_and_the_body_forwarded(
    proxy_for: ProxyFactory, service: Upstream
) -> None:
    proxy = proxy_for()
    head = b"POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n"
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
        sock.sendall(head + b"Connection: close\r\n\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
        sock.sendall(b"ping")
        received = b""
        while data := sock.recv(65536):
            received += data
    assert received.startswith(b"HTTP/1.1 200 OK")
    assert service.bodies == [b"ping"]


# ---- each fault kind -----------------------------------------------------------------------


def test_drop_before_forwarding_never_reaches_the_service(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(scripted({1: Fault.drop()}))
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/items", data=b"m1", timeout=TIMEOUT)
    assert service.hits["/items"] == 0
    event = only(proxy.faults())
    assert (event.upstream_received, event.answered, event.ambiguous) == (False, False, False)
    # The client's retry goes through: a fresh connection, untouched.
    assert session.post(f"{proxy.url}/items", data=b"m1", timeout=TIMEOUT).status_code == 200
    assert service.hits["/items"] == 1


def test_drop_after_upstream_commits_but_the_client_sees_a_connection_error(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(when(Fault.drop_after_upstream(), path="/items"))
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/items", data=b"mutation-1", timeout=TIMEOUT)
    assert service.hits["/items"] == 1  # the service did the work...
    event = only(proxy.faults())
    assert event.upstream_status == 200 and not event.answered  # ...and nobody heard about it
    assert event.ambiguous
    # A naive retry is a second application: exactly what idempotent push must absorb.
    session.post(f"{proxy.url}/items", data=b"mutation-1", timeout=TIMEOUT).raise_for_status()
    assert service.hits["/items"] == 2
    assert proxy.summary()["ambiguous"] == 1


@pytest.mark.parametrize("direction", [UP, DOWN])
def test_reset_sends_a_rst(
    direction: Direction,
    proxy_for: ProxyFactory,
    service: Upstream,
    session: requests.Session,
) -> None:
    proxy = proxy_for(scripted({1: Fault.reset(direction)}))
    with pytest.raises(requests.ConnectionError) as caught:
        session.post(f"{proxy.url}/items", data=b"m", timeout=TIMEOUT)
    assert caused_by(caught.value, ConnectionResetError)
    assert service.hits["/items"] == (1 if direction is DOWN else 0)
    assert only(proxy.faults()).upstream_received is (direction is DOWN)


def test_reset_mid_response_after_some_bytes(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(scripted({1: Fault.reset(DOWN, after_bytes=500)}))
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        session.get(f"{proxy.url}/blob/20000", timeout=TIMEOUT)
    assert service.hits["/blob/20000"] == 1


def test_truncated_response_body_is_an_incomplete_read(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    cuts = {1: Fault.truncate(300), 2: Fault.truncate(300), 3: Fault.truncate(10)}
    proxy = proxy_for(scripted({**cuts, 4: Fault.truncate(20)}))
    with pytest.raises(requests.exceptions.ChunkedEncodingError):  # Content-Length body
        session.get(f"{proxy.url}/blob/5000", timeout=TIMEOUT)
    with pytest.raises(requests.exceptions.ChunkedEncodingError):  # chunked body
        session.get(f"{proxy.url}/stream/20", timeout=TIMEOUT)
    with pytest.raises(requests.ConnectionError):  # cut inside the status line
        session.get(f"{proxy.url}/blob/5000", timeout=TIMEOUT)
    # Cut inside the header block: http.client takes EOF as the end of the headers, so the
    # client sees "200" with an empty body and no error. The sync client must never take a
    # 2xx whose body does not decode as success; this pins the behaviour it has to handle.
    r = session.get(f"{proxy.url}/blob/5000", timeout=TIMEOUT)
    assert (r.status_code, r.content) == (200, b"")
    assert service.hits["/blob/5000"] == 3
    assert all(e.upstream_received and not e.answered for e in proxy.faults())


def test_truncated_request_never_commits(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(scripted({1: Fault.truncate(400, UP)}))
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/items", data=blob(2000), timeout=TIMEOUT)
    time.sleep(0.1)  # give the service time to (wrongly) count it
    assert service.hits["/items"] == 0
    assert not only(proxy.faults()).upstream_received


@pytest.mark.parametrize(("direction", "status", "hits"), [(UP, 503, 0), (DOWN, 429, 1)])
def test_injected_status_with_retry_after(
    direction: Direction,
    status: int,
    hits: int,
    proxy_for: ProxyFactory,
    service: Upstream,
    session: requests.Session,
) -> None:
    proxy = proxy_for(scripted({1: Fault.respond(status, retry_after=7, direction=direction)}))
    r = session.post(f"{proxy.url}/items", data=blob(600), timeout=TIMEOUT)
    assert (r.status_code, r.headers["Retry-After"]) == (status, "7")
    assert r.headers["X-Fault-Proxy"] == "injected"
    assert service.hits["/items"] == hits  # downstream: committed, yet the client saw 429
    # The connection survives an injected answer, as it would behind a gateway.
    assert session.get(f"{proxy.url}/blob/10", timeout=TIMEOUT).status_code == 200
    assert {e.connection for e in proxy.events} == {1}
    assert only(proxy.faults()).ambiguous is (direction is DOWN)


@pytest.mark.parametrize("direction", [UP, DOWN])
def test_delay_adds_at_least_the_latency(
    direction: Direction, proxy_for: ProxyFactory, session: requests.Session
) -> None:
    proxy = proxy_for(scripted({1: Fault.delay(0.4, direction)}))
    start = time.monotonic()
    assert session.get(f"{proxy.url}/blob/10", timeout=TIMEOUT).status_code == 200
    assert time.monotonic() - start >= 0.4


@pytest.mark.parametrize("direction", [UP, DOWN])
def test_bandwidth_limit_slows_the_transfer(
    direction: Direction, proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(scripted({1: Fault.bandwidth(100_000, direction)}))
    start = time.monotonic()
    if direction is DOWN:
        assert session.get(f"{proxy.url}/blob/40000", timeout=TIMEOUT).content == blob(40000)
    else:
        session.post(f"{proxy.url}/items", data=blob(40000), timeout=TIMEOUT).raise_for_status()
        assert service.bodies == [blob(40000)]
    assert time.monotonic() - start >= 0.35  # 40 kB at 100 kB/s, minus one slice of slack


@pytest.mark.parametrize(("direction", "hits"), [(UP, 0), (DOWN, 1)])
def test_black_hole_ends_in_the_clients_read_timeout(
    direction: Direction,
    hits: int,
    proxy_for: ProxyFactory,
    service: Upstream,
    session: requests.Session,
) -> None:
    proxy = proxy_for(scripted({1: Fault.blackhole(direction)}))
    start = time.monotonic()
    with pytest.raises(requests.exceptions.ReadTimeout):
        session.post(f"{proxy.url}/items", data=b"m", timeout=(2, 0.5))
    assert 0.5 <= time.monotonic() - start < 2
    assert service.hits["/items"] == hits
    assert session.get(f"{proxy.url}/blob/10", timeout=TIMEOUT).status_code == 200


def test_corrupt_flips_exactly_one_byte_in_either_direction(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(
        scripted({1: Fault.corrupt(1234), 2: Fault.corrupt(7, mask=0x80, direction=UP)})
    )
    got = session.get(f"{proxy.url}/blob/4000", timeout=TIMEOUT).content
    diffs = [i for i, (a, b) in enumerate(zip(got, blob(4000), strict=True)) if a != b]
    assert diffs == [1234] and got[1234] == blob(4000)[1234] ^ 0x01
    session.post(f"{proxy.url}/items", data=blob(100), timeout=TIMEOUT).raise_for_status()
    sent, seen = blob(100), service.bodies[-1]
    assert [i for i in range(100) if sent[i] != seen[i]] == [7]


def test_corrupt_beyond_the_body_is_reported_not_applied(
    proxy_for: ProxyFactory, session: requests.Session
) -> None:
    proxy = proxy_for(scripted({1: Fault.corrupt(50)}))
    assert session.get(f"{proxy.url}/blob/10", timeout=TIMEOUT).content == blob(10)
    assert "nothing flipped" in only(proxy.faults()).note


def test_connection_rule_applies_to_every_request_on_that_connection(
    proxy_for: ProxyFactory, session: requests.Session
) -> None:
    def second_connection(number: int, method: str, path: str) -> Fault | None:
        return Fault.respond(502) if number == 2 else None

    proxy = proxy_for(connection_rule=second_connection)
    assert session.get(f"{proxy.url}/blob/10", timeout=TIMEOUT).status_code == 200
    with requests.Session() as other:
        other.trust_env = False
        for _ in range(3):
            assert other.get(f"{proxy.url}/blob/10", timeout=TIMEOUT).status_code == 502
    assert proxy.counts() == {"respond": 3}


def test_unreachable_upstream_closes_the_client_connection(session: requests.Session) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with FaultProxy(("127.0.0.1", port), idle_timeout=5, timeout=2) as proxy:
        with pytest.raises(requests.ConnectionError):
            session.get(f"{proxy.url}/blob/1", timeout=TIMEOUT)
        event = only(proxy.events)
        assert "upstream unreachable" in event.note and not event.upstream_received
    assert proxy.errors == []


def test_rule_can_be_swapped_mid_test_to_partition_and_heal(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for()
    assert session.get(f"{proxy.url}/blob/1", timeout=TIMEOUT).status_code == 200
    proxy.rule = lambda number, method, path: Fault.reset()  # partition: every request reset
    for _ in range(3):
        with pytest.raises(requests.ConnectionError):
            session.get(f"{proxy.url}/blob/1", timeout=TIMEOUT)
    proxy.rule = None  # heal
    assert session.get(f"{proxy.url}/blob/1", timeout=TIMEOUT).status_code == 200
    assert proxy.counts() == {"reset": 3} and service.hits["/blob/1"] == 2


def test_combined_delay_and_action_on_one_request(
    proxy_for: ProxyFactory, service: Upstream, session: requests.Session
) -> None:
    proxy = proxy_for(scripted({1: [Fault.delay(0.3, UP), Fault.drop_after_upstream()]}))
    start = time.monotonic()
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/items", data=b"m", timeout=TIMEOUT)
    assert time.monotonic() - start >= 0.3
    assert service.hits["/items"] == 1
    assert proxy.counts(by_direction=True) == {"delay/upstream": 1, "drop/downstream": 1}


# ---- rules, schedule, lifecycle ------------------------------------------------------------


def test_rules_compose_and_when_counts_matches() -> None:
    drop = Fault.drop()
    rule = chain(when(drop, method="POST", path="/sync/push", skip=1, times=2), scripted({9: drop}))
    calls = [(1, "POST", "/sync/push"), (2, "GET", "/sync/push"), (3, "POST", "/sync/push")]
    calls += [(4, "POST", "/sync/push/x"), (5, "POST", "/sync/push"), (9, "GET", "/")]
    assert [rule(*c) is not None for c in calls] == [False, False, True, True, False, True]
    with pytest.raises(ValueError, match="more than one"):
        normalize([Fault.drop(), Fault.reset()])
    with pytest.raises(ValueError, match="sum"):
        RandomSchedule(1, {FaultKind.DROP: 0.7, FaultKind.RESET: 0.7})


def test_upstream_must_be_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy("http://example.org:80")


@dataclass
class Run:
    events: list[FaultEvent]
    summary: Summary
    failed: list[bool]  # per request: did the client get an exception?


def _seeded_run(service: Upstream, seed: int, requests_: int = 40, **rates: float) -> Run:
    """A client doing GETs and POSTs through a seeded random schedule; every kind of fault."""
    by_kind = {kind: rates.get(kind.value, 0.08) for kind in FaultKind}
    by_kind[FaultKind.BLACKHOLE] = rates.get("blackhole", 0.03)  # each costs a read timeout
    schedule = RandomSchedule(seed, by_kind, max_delay=0.03)
    failed = []
    with (
        FaultProxy(service.url, schedule, idle_timeout=5, timeout=5) as proxy,
        requests.Session() as s,
    ):
        s.trust_env = False
        # Every message is longer than the schedule's largest cut (256 B), so a cut always
        # lands inside a message and never closes a connection after a complete answer.
        for i in range(requests_):
            try:
                if i % 2:
                    s.post(f"{proxy.url}/items", data=blob(600 + i % 100), timeout=(2, 0.3))
                else:
                    s.get(f"{proxy.url}/blob/{700 + i % 100}", timeout=(2, 0.3))
                failed.append(False)
            except requests.RequestException:
                failed.append(True)  # the faults are the point; the log says what happened
    assert proxy.errors == []
    return Run(proxy.events, proxy.summary(), failed)


def _check_exact(run: Run, service: Upstream) -> None:
    """The log agrees with both ends: the service counted exactly the requests the log says
    it received, and the client failed exactly on the exchanges the log says were not
    answered (except a cut inside the response head, which http.client reads as a 200)."""
    assert [e.request for e in run.events] == list(range(1, len(run.failed) + 1))
    assert sum(service.hits.values()) == sum(e.upstream_received for e in run.events)
    for event, failed in zip(run.events, run.failed, strict=True):
        if not any(f.kind is FaultKind.TRUNCATE for f in event.faults):
            assert failed is not event.answered, event


def test_seeded_schedule_is_reproducible_and_the_log_is_exact(service: Upstream) -> None:
    first = _seeded_run(service, seed=20240611)
    _check_exact(first, service)
    service.reset()
    again = _seeded_run(service, seed=20240611)
    assert again.events == first.events
    assert again.summary == first.summary
    assert first.summary["faulted_requests"] >= 10
    other = _seeded_run(service, seed=7)
    assert [e.faults for e in other.events] != [e.faults for e in first.events]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_soak_many_faults_keep_the_log_exact(service: Upstream) -> None:
    """`make reliability`: >= 500 faults through the proxy itself, log exact throughout."""
    total = int(os.environ.get("DOSSIER_PROXY_SOAK_REQUESTS", "1500"))
    seed = int(os.environ.get("DOSSIER_PROXY_SOAK_SEED", time.time()))  # replay with the seed
    run = _seeded_run(service, seed=seed, requests_=total, blackhole=0.005)
    print(f"fault proxy soak (seed {seed}):", run.summary)
    _check_exact(run, service)
    assert run.summary["faults"] >= 500


def test_stop_is_prompt_with_a_client_parked_in_a_black_hole(service: Upstream) -> None:
    proxy = FaultProxy(service.url, scripted({1: Fault.blackhole()}), idle_timeout=30).start()
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
        sock.sendall(b"GET /blob/1 HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.1)
        start = time.monotonic()
        proxy.stop()
        assert time.monotonic() - start < 1.5
        assert sock.recv(10) == b""  # closed, not answered
    assert proxy.errors == []
