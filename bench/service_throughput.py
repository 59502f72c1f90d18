"""Service throughput: concurrent laptops pushing and pulling through the real service (issue 3).

For each variant (SQLite, PostgreSQL, PostgreSQL with several uvicorn workers) the benchmark
builds a fresh database, seeds users and cases, starts the real service on uvicorn in a process
of its own (`bench.service_server`), enrols every laptop over HTTP with its own keys and gives
it a first sync. Then, timed, every laptop at once pushes its sealed, signed mutations in
batches and pulls until `has_more` is false. Afterwards, untimed, it checks that nothing was
lost, and measures the floors: the same request bytes to a trivial endpoint of the same
uvicorn, and the same number of rows inserted by raw SQL into the same database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.machine import load_average
from bench.pg_databases import pg_unreachable, throwaway_database
from bench.service_checks import check_run
from bench.service_floor import (
    Exchange,
    Script,
    json_field,
    post,
    replay_floor,
    run_concurrently,
    sql_floor,
)
from bench.service_laptops import (
    MAX_PAGES,
    Http,
    Laptop,
    enrol,
    enrolment_codes,
    plan_mutations,
    seed_fleet,
)
from bench.service_probes import CpuMeter, PgSampler
from storage.demo_data import generate_cases
from sync.protocol.sealed import canonical_json
from sync.server.db.database import Database
from sync.server.db.migrate import upgrade

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PG_URL = os.environ.get(
    "DOSSIER_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
START_TIMEOUT_S = 60.0


@dataclass(frozen=True, slots=True)
class ServiceSizes:
    """The workload: laptops, mutations each, batch size, cases each, pull page size."""

    laptops: int = 8
    mutations: int = 200
    batch: int = 50
    cases: int = 25
    page_rows: int = 100
    pg_workers: int = 2  # also run PostgreSQL with this many uvicorn workers (< 2: don't)
    seed: int = 7


QUICK_SIZES = ServiceSizes(laptops=4, mutations=30, batch=10, cases=4, page_rows=25, pg_workers=1)


@dataclass(frozen=True, slots=True)
class Variant:
    label: str
    backend: str  # "sqlite" or "postgresql"
    workers: int


@dataclass
class VariantResult:
    """Everything one variant measured."""

    variant: Variant
    sizes: ServiceSizes
    wall_s: float = 0.0  # first request sent to the last answer read (push and pull)
    push_window_s: float = 0.0  # first request sent to the last push answer read
    floor_wall_s: float = 0.0
    floor_push_window_s: float = 0.0
    sql_floor_s: float = 0.0
    sql_floor_rows: int = 0
    records: list[list[Exchange]] = field(default_factory=list)
    floor_records: list[list[Exchange]] = field(default_factory=list)
    cpu_s: dict[str, float] = field(default_factory=dict)
    load_before: list[float] = field(default_factory=list)
    load_after: list[float] = field(default_factory=list)
    checks: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    server_log: dict[str, int] = field(default_factory=dict)
    pg_activity: dict[str, float] = field(default_factory=dict)
    setup_s: float = 0.0
    profile_dir: Path | None = None
    failed: bool = False

    @property
    def mutations(self) -> int:
        return self.sizes.laptops * self.sizes.mutations

    @property
    def rate(self) -> float:
        return self.mutations / self.push_window_s if self.push_window_s else 0.0

    @property
    def floor_rate(self) -> float:
        return self.mutations / self.floor_push_window_s if self.floor_push_window_s else 0.0

    @property
    def sql_rate(self) -> float:
        return self.sql_floor_rows / self.sql_floor_s if self.sql_floor_s else 0.0

    def latencies(self, kind: str, *, floor: bool = False) -> list[float]:
        records = self.floor_records if floor else self.records
        return [e.seconds for r in records for e in r if e.kind == kind]


@dataclass
class ServiceResult:
    variants: list[VariantResult] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    profile: VariantResult | None = None

    @property
    def problems(self) -> list[str]:
        return [f"{v.variant.label}: {p}" for v in self.variants for p in v.problems]


def run_service(
    root: Path,
    sizes: ServiceSizes,
    *,
    pg_url: str = DEFAULT_PG_URL,
    profile: bool = False,
    profile_clock: str = "cpu",
    say: Callable[[str], None] = print,
) -> ServiceResult:
    """Run every variant (and, with `profile`, one more profiled pass that is not reported)."""
    result = ServiceResult()
    pg_problem = pg_unreachable(pg_url)
    chosen = [Variant("sqlite", "sqlite", 1)]
    if pg_problem is None:
        chosen.append(Variant("postgresql", "postgresql", 1))
        if sizes.pg_workers > 1:
            chosen.append(Variant(f"pg {sizes.pg_workers} workers", "postgresql", sizes.pg_workers))
    else:
        result.skipped["postgresql"] = pg_problem
        say(f"service: PostgreSQL skipped ({pg_problem})")
    demos = generate_cases(sizes.laptops * sizes.cases, seed=sizes.seed)
    notes = sorted({n for d in demos for n in d.notes})
    for index, variant in enumerate(chosen):
        say(
            f"service {variant.label}: {sizes.laptops} laptops x {sizes.mutations} mutations "
            f"(batches of {sizes.batch}), {variant.workers} worker(s)"
        )
        run = _Run(root, index, variant, sizes, pg_url, demos, notes, say)
        try:
            result.variants.append(run.measure())
        except Exception as exc:  # one broken variant must not hide the others' figures
            say(f"service {variant.label}: FAILED: {type(exc).__name__}: {exc}")
            run.result.problems.append(f"run failed: {type(exc).__name__}: {exc}")
            run.result.failed = True
            result.variants.append(run.result)
    if profile:
        variant = chosen[1] if len(chosen) > 1 else chosen[0]
        profiled = Variant(f"{variant.label} (profiled)", variant.backend, 1)
        say(f"service: profiling the service on {variant.backend} (figures not reported)")
        run = _Run(root, len(chosen), profiled, sizes, pg_url, demos, notes, say)
        run.profile_clock = profile_clock
        result.profile = run.measure(profile_dir=root / "service-profile", floors=False)
    return result


class _Run:
    """One variant, from an empty database to the checks and the floors."""

    def __init__(
        self,
        root: Path,
        index: int,
        variant: Variant,
        sizes: ServiceSizes,
        pg_url: str,
        demos: Sequence[Any],
        notes: list[str],
        say: Callable[[str], None],
    ) -> None:
        self.dir = root / f"service-{index}"
        self.index, self.variant, self.sizes = index, variant, sizes
        self.pg_url, self.demos, self.notes, self.say = pg_url, demos, notes, say
        self.result = VariantResult(variant, sizes)
        self.profile_clock = "cpu"

    def measure(self, *, profile_dir: Path | None = None, floors: bool = True) -> VariantResult:
        self.dir.mkdir(mode=0o700)
        if profile_dir is not None:
            profile_dir.mkdir(mode=0o700)
            self.result.profile_dir = profile_dir
        with self._database() as (url, pg_name):
            db = Database.from_url(url)
            try:
                self._measure(db, url, pg_name, profile_dir, floors)
            finally:
                db.dispose()
        return self.result

    def _measure(
        self, db: Database, url: str, pg_name: str | None, profile_dir: Path | None, floors: bool
    ) -> None:
        sizes, result = self.sizes, self.result
        started = time.perf_counter()
        upgrade(db)
        now = datetime.now(UTC)
        fleet = seed_fleet(
            db, list(self.demos), laptops=sizes.laptops, cases_each=sizes.cases, now=now
        )
        codes = enrolment_codes(db, fleet, now=now)
        with self._server(url, profile_dir) as (port, process):
            self._enrol_and_plan(port, fleet, codes)
            result.setup_s = time.perf_counter() - started
            meter = CpuMeter(process.pid, self.pg_url if pg_name else None, pg_name)
            result.load_before = load_average()
            _profiling(port, "start")
            meter.start()
            scripts = [_laptop_script(laptop, sizes.page_rows) for laptop in fleet]
            with _sampler(self.pg_url, pg_name) as sampler:
                workers = self.variant.workers
                result.wall_s, result.records = run_concurrently(port, scripts, workers)
            result.cpu_s = meter.stop()
            _profiling(port, "stop")
            result.pg_activity = sampler.shares() if sampler is not None else {}
            result.load_after = load_average()
            result.push_window_s = max(
                e.ended for r in result.records for e in r if e.kind == "push"
            )
            if floors:
                self.say(f"service {self.variant.label}: HTTP floor (same bytes, /bench/floor)")
                result.floor_wall_s, result.floor_records = replay_floor(
                    port, result.records, workers
                )
                result.floor_push_window_s = max(
                    e.ended for r in result.floor_records for e in r if e.kind == "push"
                )
            checks, problems = check_run(
                db,
                fleet,
                result.records,
                mutations=sizes.mutations,
                page_rows=sizes.page_rows,
                port=port,
            )
            result.checks = checks
            result.problems += problems
        result.server_log = _log_levels(self.dir / "server.log")
        if result.server_log.get("ERROR", 0) or result.server_log.get("CRITICAL", 0):
            result.problems.append(f"the service logged errors: {result.server_log}")
        if floors:
            self.say(f"service {self.variant.label}: SQL floor (raw inserts, batches)")
            payloads = [
                [(m.profile_id, m.mutation_seq, canonical_json(m).decode()) for m in lap.mutations]
                for lap in fleet
            ]
            result.sql_floor_s, result.sql_floor_rows = sql_floor(url, payloads, sizes.batch)
            if result.sql_floor_rows != result.mutations:
                result.problems.append(f"SQL floor wrote {result.sql_floor_rows} rows")

    def _enrol_and_plan(self, port: int, fleet: list[Laptop], codes: list[str]) -> None:
        http = Http(port)
        try:
            for laptop, code in zip(fleet, codes, strict=True):
                enrol(http, laptop, code)
                laptop.sync(http, 1_000, results_after=0)  # the first sync: snapshots
                laptop.start_cursors = dict(laptop.cursors)
        finally:
            http.close()
        for laptop in fleet:
            plan_mutations(laptop, self.sizes.mutations, self.notes, self.sizes.seed)
            laptop.seal_batches(self.sizes.batch)

    # --- database and server ------------------------------------------------------------------

    @contextmanager
    def _database(self) -> Iterator[tuple[str, str | None]]:
        if self.variant.backend == "sqlite":
            data = self.dir / "data"
            data.mkdir(mode=0o700)
            yield f"sqlite+pysqlite:///{data / 'dossier-server.db'}", None
            return
        name = f"dossier_bench_{os.getpid()}_{self.index}"
        with throwaway_database(self.pg_url, name) as url:
            yield url, name

    @contextmanager
    def _server(
        self, url: str, profile_dir: Path | None
    ) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
        with serve(
            self.dir, url, self.variant.workers, profile_dir=profile_dir, clock=self.profile_clock
        ) as served:
            yield served


@contextmanager
def serve(
    directory: Path,
    url: str,
    workers: int = 1,
    *,
    profile_dir: Path | None = None,
    clock: str = "cpu",
) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """The real service on `url` (`bench.service_server`, its own process) until the block
    ends: yields its port and process. Keys go to `directory/data`, its log to
    `directory/server.log`."""
    env = {
        **os.environ,
        "DOSSIER_DATABASE_URL": url,
        "DOSSIER_SERVER_DATA_DIR": str(directory / "data"),
    }
    command = [sys.executable, "-m", "bench.service_server", "--workers", str(workers)]
    if profile_dir is not None:
        command += ["--profile", str(profile_dir), "--profile-clock", clock]
    with open(directory / "server.log", "wb") as log:
        process = subprocess.Popen(
            command,
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=log,
            start_new_session=True,
        )
    try:
        port = _await_port(process)
        _await_workers(port, workers, directory / "server.log")
        yield port, process
    finally:
        _stop(process)


def _laptop_script(laptop: Laptop, page_rows: int) -> Script:
    """Push every prepared batch, then pull until `has_more` is false (paging on with the
    page's continuation, as a laptop does before it has applied anything)."""
    headers = laptop.headers()

    def script(http: Http, record: list[Exchange]) -> None:
        for body in laptop.push_bodies:
            answer = post(http, record, "push", "/v1/push", body, headers)
            if answer.status != 200:
                raise RuntimeError(f"push answered {answer.status}: {answer.response[:300]!r}")
        continuation: str | None = None
        for _ in range(MAX_PAGES):
            body = laptop.pull_body(page_rows, continuation=continuation)
            answer = post(http, record, "pull", "/v1/pull", body, headers)
            if answer.status != 200:
                raise RuntimeError(f"pull answered {answer.status}: {answer.response[:300]!r}")
            if not json_field(answer.response, "has_more"):
                return
            continuation = str(json_field(answer.response, "continuation"))
        raise RuntimeError("pull never ended")

    return script


@contextmanager
def _sampler(pg_url: str, pg_name: str | None) -> Iterator[PgSampler | None]:
    if pg_name is None:
        yield None
        return
    with PgSampler(pg_url, pg_name) as sampler:
        yield sampler


def _profiling(port: int, action: str) -> None:
    http = Http(port)
    try:
        http.post(f"/bench/profile/{action}", b"", {})
    finally:
        http.close()


def _await_port(process: subprocess.Popen[bytes]) -> int:
    out = process.stdout
    assert out is not None
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(out.readline().decode()))
    reader.daemon = True
    reader.start()
    reader.join(START_TIMEOUT_S)
    line = found[0] if found else ""
    if not line.startswith("PORT "):
        raise RuntimeError(f"the service did not start (exit {process.poll()}); see server.log")
    return int(line.split()[1])


def _await_workers(port: int, workers: int, log: Path) -> None:
    """Wait until every worker has logged its start-up and /healthz answers."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        started = log.read_text("utf-8", errors="replace").count("Application startup complete")
        http = Http(port)
        try:
            if started >= workers and http.get("/healthz")[0] == 200:
                return
        except OSError:
            pass
        finally:
            http.close()
        time.sleep(0.05)
    raise RuntimeError(f"the service did not start {workers} worker(s) in time")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # our own child's session, by its id
            process.wait(10)
    if process.stdout is not None:
        process.stdout.close()


def _log_levels(path: Path) -> dict[str, int]:
    """Lines per level in the service's JSON log."""
    import json

    levels: Counter[str] = Counter()
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    for line in lines:
        try:
            levels[str(json.loads(line).get("level", "?")).upper()] += 1
        except (ValueError, AttributeError):
            levels["unparsed"] += 1
    return dict(levels)
