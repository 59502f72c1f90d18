"""The sync client benchmark's sizes, phases and results, and what its parts share."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.pg_databases import pg_place, pg_unreachable, throwaway_database
from sync.client.engine import RunOutcome
from sync.server.db.database import Database
from sync.server.db.migrate import upgrade

GOALS_S = {"initial": 1.0, "push": 0.5, "pull": 0.03, "fleet": 1.6}
BACKENDS = ("sqlite", "postgresql")
_DATABASES = itertools.count()  # throw-away PostgreSQL databases made by this process


@dataclass(frozen=True, slots=True)
class SyncSizes:
    """Cases of the initial sync, edits pushed, changes pulled, laptops and their edits."""

    cases: int = 5000
    push: int = 500
    pull: int = 100
    laptops: int = 8
    edits: int = 200
    fleet_cases: int = 25  # cases each fleet laptop owns (it stands in for as many again)
    seed: int = 7


QUICK_SYNC = SyncSizes(cases=200, push=50, pull=20, laptops=3, edits=20, fleet_cases=5)


@dataclass
class Phase:
    """One timed phase: ours, its parts, and the floor measured right after it."""

    name: str
    label: str
    records: int
    seconds: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)
    floor_http_s: float = 0.0
    floor_sql_s: float = 0.0
    wire: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # the phase did not do its work: no figure is shown

    @property
    def floor_s(self) -> float:
        return self.floor_http_s + self.floor_sql_s

    def rate(self, seconds: float) -> float:
        return self.records / seconds if seconds else 0.0


@dataclass
class SyncResult:
    sizes: SyncSizes
    backend: str = "sqlite"  # the service's database: "sqlite" or "postgresql"
    phases: list[Phase] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    setup_s: dict[str, float] = field(default_factory=dict)
    server_errors: int = 0

    @property
    def tag(self) -> str:
        """How its lines and messages begin: "sync sqlite", "sync postgresql"."""
        return f"sync {self.backend}"


@contextmanager
def database(directory: Path, backend: str, pg_url: str) -> Iterator[tuple[str, Database]]:
    """A fresh, migrated service database for the block: a SQLite file in `directory/data`
    (where the service's keys go either way), or a throw-away PostgreSQL database on the
    server of `pg_url`, dropped at the end."""
    data = directory / "data"
    data.mkdir(mode=0o700, parents=True)
    with ExitStack() as stack:
        if backend == "postgresql":
            name = f"dossier_bench_sync_{os.getpid()}_{next(_DATABASES)}"
            url = stack.enter_context(throwaway_database(pg_url, name))
        else:
            url = f"sqlite+pysqlite:///{data / 'dossier-server.db'}"
        db = Database.from_url(url)
        stack.callback(db.dispose)
        upgrade(db)
        yield url, db


def server_errors(directory: Path) -> int:
    log = (directory / "server.log").read_text("utf-8", errors="replace")
    return sum(1 for line in log.splitlines() if '"ERROR"' in line or '"CRITICAL"' in line)


def check(result: SyncResult, phase: str, outcome: RunOutcome, sent: int) -> None:
    if outcome.error is not None:
        result.problems.append(f"{phase}: the sync failed: {outcome.error}")
    if outcome.moved.sent != sent:
        result.problems.append(f"{phase}: sent {outcome.moved.sent} of {sent} mutations")
    if outcome.applied is not None and outcome.applied.checksum_mismatch:
        result.problems.append(f"{phase}: checksum mismatch {outcome.applied.checksum_mismatch}")


def together(work: Sequence[Callable[[], Any]]) -> tuple[list[Any], float]:
    """Run every callable on its own thread, released at once; (results, wall seconds)."""
    results: list[Any] = [None] * len(work)
    errors: list[BaseException] = []
    gate = threading.Barrier(len(work) + 1)

    def run(index: int) -> None:
        gate.wait()
        try:
            results[index] = work[index]()
        except BaseException as exc:  # reported on the main thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for thread in threads:
        thread.start()
    gate.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if errors:
        raise errors[0]
    return results, seconds


def add_sync_arguments(parser: argparse.ArgumentParser) -> None:
    """The `--sync-*` options of `python -m bench.run`."""
    group = parser.add_argument_group("sync (the sync client against the real service)")
    default = SyncSizes()
    sizes = (
        ("cases", default.cases, "cases of the initial sync into an empty profile"),
        ("push", default.push, "edits pushed by one laptop"),
        ("pull", default.pull, "changes pulled by one laptop (another one pushes them)"),
        ("laptops", default.laptops, "laptops pushing at once"),
        ("edits", default.edits, "edits each of those laptops pushes"),
    )
    for name, value, meaning in sizes:
        group.add_argument(f"--sync-{name}", type=int, default=value, help=meaning)
    group.add_argument(
        "--sync-backends",
        help="the service's database: sqlite, postgresql or sqlite,postgresql (default: both "
        "when --pg-url is reachable, else SQLite alone and a message saying why)",
    )


def sync_backends(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> tuple[list[str], str | None]:
    """The backends `--sync-backends` asks for, and why PostgreSQL was left out of the
    default (None: it was not). Asking for PostgreSQL when `--pg-url` cannot be reached is an
    error, before anything runs."""
    if args.sync_backends is None:
        problem = pg_unreachable(args.pg_url)
        if problem is None:
            return list(BACKENDS), None
        return ["sqlite"], f"PostgreSQL at {pg_place(args.pg_url)} is {problem}"
    chosen = [b.strip() for b in str(args.sync_backends).split(",") if b.strip()]
    unknown = set(chosen) - set(BACKENDS)
    if unknown or not chosen:
        parser.error(f"--sync-backends: choose from {', '.join(BACKENDS)}")
    problem = pg_unreachable(args.pg_url) if "postgresql" in chosen else None
    if problem is not None:
        parser.error(
            f"--sync-backends postgresql: PostgreSQL at {pg_place(args.pg_url)} is {problem}. "
            "Start it, point --pg-url (or DOSSIER_BENCH_PG_URL) at one, or run "
            "--sync-backends sqlite"
        )
    return [b for b in BACKENDS if b in chosen], None


def sync_sizes(parser: argparse.ArgumentParser, args: argparse.Namespace) -> SyncSizes:
    """The sizes the options ask for (`--quick`: small ones)."""
    if args.quick:
        return dataclasses.replace(QUICK_SYNC, seed=args.seed)
    sizes = SyncSizes(
        cases=args.sync_cases,
        push=args.sync_push,
        pull=args.sync_pull,
        laptops=args.sync_laptops,
        edits=args.sync_edits,
        seed=args.seed,
    )
    if min(sizes.cases, sizes.push, sizes.pull, sizes.laptops, sizes.edits) < 1:
        parser.error("sync sizes must be at least 1")
    if sizes.cases < 2:
        parser.error("--sync-cases: at least 2 (two users share them)")
    return sizes
