"""The service benchmark's harness and floors: concurrent laptops, the HTTP and SQL floors.

* `run_concurrently` starts one thread per laptop, each with its own keep-alive connection,
  releases them together and records every request (bytes, status, timing, worker).
* `replay_floor` sends the very request bytes of a run to the trivial `/bench/floor` endpoint
  of the same uvicorn, which answers as many bytes as the service did: the HTTP floor.
* `sql_floor` inserts as many rows as mutations were pushed, by raw SQL (stdlib `sqlite3` or
  `psycopg`, no SQLAlchemy), in transactions of the push batch size, one connection and thread
  per laptop, into the same database file or server: the database floor.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import psycopg

from bench.service_laptops import Http
from bench.service_probes import libpq
from bench.service_server import FLOOR_PATH, PID_PATH

THREAD_TIMEOUT_S = 300.0


@dataclass(slots=True)
class Exchange:
    """One request of a run: what was sent and answered, and when (seconds from the run's
    first request)."""

    kind: str  # "push" or "pull"
    started: float
    ended: float
    status: int
    request: bytes
    response: bytes
    pid: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return self.ended - self.started


Script = Callable[[Http, list[Exchange]], None]
"""A laptop's part of a run: it posts with `Http` and appends an Exchange per request."""


def run_concurrently(
    port: int, scripts: Sequence[Script], workers: int = 1
) -> tuple[float, list[list[Exchange]]]:
    """Run one script per thread, all released at once. Returns the wall seconds from the
    first request sent to the last answer read, and the records, timed from that first send.

    With several workers the laptops' connections are spread evenly over them first, as a
    balancer in front of the workers would: uvicorn's workers share one listening socket, and
    whichever wakes first accepts a whole burst of connections (all eight, in some runs).
    """
    barrier = threading.Barrier(len(scripts))
    records: list[list[Exchange]] = [[] for _ in scripts]
    errors: list[BaseException] = []
    spread = _Spread(-(-len(scripts) // workers)) if workers > 1 else None

    def thread(script: Script, record: list[Exchange]) -> None:
        http = Http(port)
        try:
            http.connection.connect()  # connection set-up is not part of the figures
            if spread is not None:
                http = spread.settle(http, port)
            barrier.wait(timeout=60)
            script(http, record)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
            barrier.abort()
        finally:
            http.close()

    threads = [
        threading.Thread(target=thread, args=(s, r), daemon=True)
        for s, r in zip(scripts, records, strict=True)
    ]
    for t in threads:
        t.start()
    deadline = time.monotonic() + THREAD_TIMEOUT_S
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    if any(t.is_alive() for t in threads):
        raise RuntimeError("a laptop thread hung")
    if errors:
        raise errors[0]
    first = min((e.started for r in records for e in r), default=0.0)
    for exchange in (e for r in records for e in r):
        exchange.started -= first
        exchange.ended -= first
    return max((e.ended for r in records for e in r), default=0.0), records


class _Spread:
    """Hands out at most `share` connections per worker (by the worker's pid)."""

    ATTEMPTS = 200

    def __init__(self, share: int) -> None:
        self.share = share
        self.taken: dict[bytes, int] = {}
        self.lock = threading.Lock()

    def settle(self, http: Http, port: int) -> Http:
        """A connection to a worker that has room (the last one tried when none had)."""
        for _ in range(self.ATTEMPTS):
            status, pid = http.get(PID_PATH)
            with self.lock:
                if status == 200 and self.taken.get(pid, 0) < self.share:
                    self.taken[pid] = self.taken.get(pid, 0) + 1
                    return http
            http.close()
            time.sleep(0.005)
            http = Http(port)
            http.connection.connect()
        return http


def post(
    http: Http, record: list[Exchange], kind: str, path: str, body: bytes, headers: dict[str, str]
) -> Exchange:
    """POST and record the exchange."""
    started = time.perf_counter()
    status, data, seconds, pid = http.post(path, body, headers)
    exchange = Exchange(kind, started, started + seconds, status, body, data, pid, headers)
    record.append(exchange)
    return exchange


def replay_floor(
    port: int, records: Sequence[Sequence[Exchange]], workers: int = 1, rounds: int = 3
) -> tuple[float, list[list[Exchange]]]:
    """The same requests (bytes and headers), in the same order per laptop, to the trivial
    endpoint, which answers the same number of bytes the service answered. The round with
    the median wall time of `rounds` is returned."""

    def script_of(exchanges: Sequence[Exchange]) -> Script:
        def script(http: Http, record: list[Exchange]) -> None:
            for ex in exchanges:
                headers = {**ex.headers, "x-bench-reply": str(len(ex.response))}
                answer = post(http, record, ex.kind, FLOOR_PATH, ex.request, headers)
                if answer.status != 200 or len(answer.response) != len(ex.response):
                    raise RuntimeError("the floor endpoint answered wrongly")

        return script

    done = sorted(
        (run_concurrently(port, [script_of(r) for r in records], workers) for _ in range(rounds)),
        key=lambda found: found[0],
    )
    return done[len(done) // 2]


# --- the database floor -----------------------------------------------------------------------


def sql_floor(
    url: str, payloads: Sequence[Sequence[tuple[str, int, str]]], batch: int, rounds: int = 3
) -> tuple[float, int]:
    """Insert every (profile, seq, payload JSON) row by raw SQL, `batch` rows per transaction,
    one thread and connection per laptop (connected before the clock starts, as the service's
    pool is). Returns the median wall seconds of `rounds` rounds and the rows of the last."""
    sqlite_path = url.split("///", 1)[1] if url.startswith("sqlite") else None
    times = []
    for _ in range(rounds):
        _new_table(url, sqlite_path)
        times.append(_sql_round(sqlite_path or url, payloads, batch, sqlite=bool(sqlite_path)))
    return statistics.median(times), _floor_rows(url, sqlite_path)


def _sql_round(
    target: str, payloads: Sequence[Sequence[tuple[str, int, str]]], batch: int, *, sqlite: bool
) -> float:
    barrier = threading.Barrier(len(payloads))
    spans: list[tuple[float, float]] = []
    insert = _sqlite_insert if sqlite else _pg_insert

    def writer(rows: Sequence[tuple[str, int, str]]) -> Callable[[], None]:
        chunks = [rows[i : i + batch] for i in range(0, len(rows), batch)]
        return lambda: spans.append(insert(target, chunks, barrier))

    _threads([writer(rows) for rows in payloads])
    return max(e for _, e in spans) - min(s for s, _ in spans)


def _new_table(url: str, sqlite_path: str | None) -> None:
    if sqlite_path is not None:
        conn = _sqlite_connect(sqlite_path)
        try:
            conn.execute("DROP TABLE IF EXISTS bench_floor")
            conn.execute(
                "CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, profile_id TEXT NOT NULL,"
                " mutation_seq INTEGER NOT NULL, payload TEXT NOT NULL,"
                " UNIQUE (profile_id, mutation_seq))"
            )
        finally:
            conn.close()
        return
    with psycopg.connect(libpq(url), autocommit=True) as pg:
        pg.execute("DROP TABLE IF EXISTS bench_floor")
        pg.execute(
            "CREATE TABLE bench_floor (id bigserial PRIMARY KEY, profile_id text NOT NULL,"
            " mutation_seq integer NOT NULL, payload json NOT NULL,"
            " UNIQUE (profile_id, mutation_seq))"
        )


def _threads(targets: Sequence[Callable[[], None]]) -> None:
    errors: list[BaseException] = []

    def guarded(target: Callable[[], None]) -> None:
        try:
            target()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(t,), daemon=True) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(THREAD_TIMEOUT_S)
    if any(t.is_alive() for t in threads):
        raise RuntimeError("a floor writer hung")
    if errors:
        raise errors[0]


def _sqlite_connect(path: str) -> sqlite3.Connection:
    # The service's own settings: WAL, synchronous=FULL, a busy timeout, BEGIN IMMEDIATE.
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def _sqlite_insert(
    path: str, chunks: Sequence[Sequence[tuple[str, int, str]]], barrier: threading.Barrier
) -> tuple[float, float]:
    conn = _sqlite_connect(path)
    try:
        barrier.wait(timeout=60)
        started = time.perf_counter()
        for chunk in chunks:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO bench_floor (profile_id, mutation_seq, payload) VALUES (?, ?, ?)",
                chunk,
            )
            conn.execute("COMMIT")
        return started, time.perf_counter()
    finally:
        conn.close()


def _pg_insert(
    url: str, chunks: Sequence[Sequence[tuple[str, int, str]]], barrier: threading.Barrier
) -> tuple[float, float]:
    with psycopg.connect(libpq(url)) as conn:
        barrier.wait(timeout=60)
        started = time.perf_counter()
        for chunk in chunks:
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO bench_floor (profile_id, mutation_seq, payload)"
                    " VALUES (%s, %s, %s)",
                    chunk,
                )
        return started, time.perf_counter()


def _floor_rows(url: str, sqlite_path: str | None) -> int:
    if sqlite_path is not None:
        conn = _sqlite_connect(sqlite_path)
        try:
            return int(conn.execute("SELECT count(*) FROM bench_floor").fetchone()[0])
        finally:
            conn.close()
    with psycopg.connect(libpq(url)) as pg:
        found = pg.execute("SELECT count(*) FROM bench_floor").fetchone()
        return int(found[0]) if found else 0


def json_field(data: bytes, name: str) -> object:
    """One top-level field of a JSON body (the envelope fields a laptop pages on)."""
    value: object = json.loads(data)[name]
    return value
