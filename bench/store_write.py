"""Store write: realistic cases through the services vs the same rows' bytes written raw.

Ours: one transaction per case (`with profile.store.write(): insert_demo_case(...)`), so every
record also writes its outbox mutation, its audit-chain entry and its search-index entry.
The floor: the same records, one row each with the record's values as JSON (the same bytes),
one transaction per case, WAL and synchronous=FULL (an fsync per commit, like ours), written
with the stdlib `sqlite3` on a plain file and with `sqlcipher3` through our own
`open_connection` (same pragmas, same cipher settings). The three writers take turns chunk by
chunk, so a load spike on the (shared) machine hits all of them alike.
"""

from __future__ import annotations

import cProfile
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.report import Line, median, percentile
from bench.workspace import new_profile, stopwatch, unlocked
from storage.demo_data import DemoCase, insert_demo_case
from storage.engine import open_connection
from storage.ids import new_id
from storage.keys import new_data_key, sqlcipher_key_pragma_value, wipe
from storage.profiles import ProfileInfo, Workspace
from storage.schema import ENTITIES
from storage.unlocked import OpenProfile

CHUNK = 25  # cases per turn when the writers alternate
FloorRow = tuple[str, str, str | None, str]  # id, entity, case_id, values as JSON
_FLOOR_DDL = (
    "CREATE TABLE record (id TEXT PRIMARY KEY, entity TEXT NOT NULL, case_id TEXT, "
    "body TEXT NOT NULL)"
)
_FLOOR_INSERT = "INSERT INTO record (id, entity, case_id, body) VALUES (?, ?, ?, ?)"
_SYSTEMS = ("ours", "sqlcipher", "sqlite")
_DOMAIN_ENTITIES = ("case", "person", "case_person", "note", "task", "interview")


def _body(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def floor_rows(demo: DemoCase) -> list[FloorRow]:
    """The case's records as the floor writes them: the rows `insert_demo_case` creates."""
    case_id = new_id()
    rows: list[FloorRow] = [(case_id, "case", None, _body(demo.case))]
    for role, values in demo.persons:
        person_id = new_id()
        rows.append((person_id, "person", None, _body(values)))
        link = {"person_id": person_id, "role": role}
        rows.append((new_id(), "case_person", case_id, _body(link)))
    rows += [(new_id(), "note", case_id, _body({"body": body})) for body in demo.notes]
    rows += [(new_id(), "task", case_id, _body(task)) for task in demo.tasks]
    if demo.interview:
        rows.append((new_id(), "interview", case_id, _body(demo.interview)))
    return rows


class FloorStore:
    """A raw DB-API connection writing each case's rows in one durable transaction."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        connection.execute(_FLOOR_DDL)

    def write_case(self, rows: Sequence[FloorRow]) -> None:
        self._connection.execute("BEGIN IMMEDIATE")
        self._connection.executemany(_FLOOR_INSERT, rows)
        self._connection.execute("COMMIT")

    def close(self) -> None:
        self._connection.close()


@contextmanager
def floor_stores(root: Path) -> Iterator[tuple[FloorStore, FloorStore]]:
    """(raw SQLCipher, raw SQLite) floors, each on its own file beside our store."""
    key = new_data_key()
    pragma = sqlcipher_key_pragma_value(key)
    cipher = FloorStore(open_connection(root / "floor-sqlcipher.db", pragma))
    plain_connection = sqlite3.connect(root / "floor-sqlite.db", isolation_level=None)
    plain_connection.execute("PRAGMA journal_mode = WAL").fetchall()
    plain_connection.execute("PRAGMA synchronous = FULL")
    plain = FloorStore(plain_connection)
    try:
        yield cipher, plain
    finally:
        cipher.close()
        plain.close()
        wipe(key)


def domain_rows(profile: OpenProfile) -> int:
    """Rows of the entities a demo case consists of (what the floor writes too)."""
    return sum(profile.records.count(name) for name in _DOMAIN_ENTITIES if name in ENTITIES)


@dataclass
class WriteResult:
    """Everything measured by one store-write run (seconds summed over the cases written)."""

    requested: int
    budget_s: float
    written: int = 0
    floor_rows: int = 0
    our_domain_rows: int = 0
    payload_bytes: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(_SYSTEMS, 0.0))
    case_ms: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in _SYSTEMS})
    chunk_rates: list[float] = field(default_factory=list)  # ours, cases/s, chunk by chunk
    io: dict[str, dict[str, int]] = field(default_factory=lambda: {s: {} for s in _SYSTEMS})
    file_bytes: dict[str, int] = field(default_factory=dict)
    workspace: Workspace | None = None
    info: ProfileInfo | None = None

    def rate(self, system: str) -> float:
        return self.written / self.seconds[system] if self.seconds[system] else 0.0

    @property
    def time_boxed(self) -> bool:
        return self.written < self.requested


def io_counters() -> dict[str, int]:
    """This process's write syscalls and bytes sent to storage (Linux; empty elsewhere)."""
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            pairs = (line.split(":") for line in io if line.strip())
            found = {name.strip(): int(value) for name, value in pairs}
    except (OSError, ValueError):
        return {}
    return {k: found[k] for k in ("write_bytes", "wchar", "syscw") if k in found}


def _timed_cases(
    write: Callable[[int], None], indexes: range, profiler: cProfile.Profile | None
) -> list[float]:
    durations = []
    for index in indexes:
        with stopwatch(profiler) as elapsed:
            write(index)
        durations.append(elapsed.seconds)
    return durations


def _turn(
    result: WriteResult,
    system: str,
    write: Callable[[int], None],
    indexes: range,
    profiler: cProfile.Profile | None,
) -> None:
    before = io_counters()
    durations = _timed_cases(write, indexes, profiler if system == "ours" else None)
    counters = result.io[system]
    for name, value in io_counters().items():
        counters[name] = counters.get(name, 0) + value - before.get(name, value)
    result.seconds[system] += sum(durations)
    result.case_ms[system] += [d * 1000 for d in durations]
    if system == "ours":
        result.chunk_rates.append(len(durations) / sum(durations))


def _run_chunks(
    result: WriteResult,
    writers: dict[str, Callable[[int], None]],
    profiler: cProfile.Profile | None,
) -> None:
    for turn, start in enumerate(range(0, result.requested, CHUNK)):
        indexes = range(start, min(start + CHUNK, result.requested))
        for system in _SYSTEMS[turn % 3 :] + _SYSTEMS[: turn % 3]:
            _turn(result, system, writers[system], indexes, profiler)
        result.written = indexes.stop
        if result.budget_s and result.seconds["ours"] >= result.budget_s:
            break


def run_store_write(
    root: Path,
    cases: Sequence[DemoCase],
    *,
    budget_s: float,
    profiler: cProfile.Profile | None = None,
) -> WriteResult:
    """Write `cases` three ways, turn by turn; stop early once ours has used `budget_s`."""
    result = WriteResult(requested=len(cases), budget_s=budget_s)
    result.workspace, result.info = new_profile(root, "writer")
    payloads = [floor_rows(demo) for demo in cases]
    profile_id = result.info.profile_id
    with unlocked(result.workspace, profile_id) as profile, floor_stores(root) as floors:
        before = domain_rows(profile)

        def ours(index: int) -> None:
            with profile.store.write():
                insert_demo_case(profile.records, cases[index])

        writers = {
            "ours": ours,
            "sqlcipher": lambda index: floors[0].write_case(payloads[index]),
            "sqlite": lambda index: floors[1].write_case(payloads[index]),
        }
        _run_chunks(result, writers, profiler)
        result.our_domain_rows = domain_rows(profile) - before
    written = payloads[: result.written]
    result.floor_rows = sum(len(rows) for rows in written)
    result.payload_bytes = sum(len(row[3].encode()) for rows in written for row in rows)
    result.file_bytes = _file_sizes(root, result.info)
    return result


def _file_sizes(root: Path, info: ProfileInfo) -> dict[str, int]:
    def size(path: Path) -> int:
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())

    return {
        "ours": size(info.store_path),
        "sqlcipher": size(root / "floor-sqlcipher.db"),
        "sqlite": size(root / "floor-sqlite.db"),
    }


def write_lines(result: WriteResult) -> list[Line]:
    """The table lines: rate against both floors, and the time the cases took."""
    label = f"{result.written} cases"
    if result.time_boxed:
        label = f"{result.written} of {result.requested} cases, time-boxed"
    ours, cipher = result.rate("ours"), result.rate("sqlcipher")
    return [
        Line(
            f"store write ({label}) vs raw SQLCipher",
            ours,
            cipher,
            "cases/s",
            goal="<= 3x",
            passed=bool(ours) and cipher / ours <= 3,
            higher_is_better=True,
        ),
        Line(
            f"store write ({label}) vs raw SQLite",
            result.rate("ours"),
            result.rate("sqlite"),
            "cases/s",
            higher_is_better=True,
        ),
        Line(
            f"store write ({label}), total time",
            result.seconds["ours"],
            result.seconds["sqlcipher"],
            "s",
        ),
    ]


def write_details(result: WriteResult) -> dict[str, Any]:
    """Every figure of the run, for the JSON file."""
    rates = result.chunk_rates
    tenth = max(1, len(rates) // 10)
    return {
        "cases_requested": result.requested,
        "cases_written": result.written,
        "time_boxed": result.time_boxed,
        "budget_s": result.budget_s,
        "floor_rows": result.floor_rows,
        "our_domain_rows": result.our_domain_rows,
        "same_rows_as_floor": result.our_domain_rows == result.floor_rows,
        "payload_bytes": result.payload_bytes,
        "payload_bytes_per_case": result.payload_bytes / result.written if result.written else 0,
        "seconds": result.seconds,
        "cases_per_s": {s: result.rate(s) for s in _SYSTEMS},
        "case_latency_ms": {
            s: {"p50": median(ms), "p95": percentile(ms, 95), "max": max(ms, default=0.0)}
            for s, ms in result.case_ms.items()
        },
        "ours_cases_per_s_first_tenth": median(rates[:tenth]),
        "ours_cases_per_s_last_tenth": median(rates[-tenth:]),
        "file_bytes": result.file_bytes,
        "io_per_case": {
            system: {k: v / result.written for k, v in counters.items()}
            for system, counters in result.io.items()
            if result.written
        },
        "chunk_cases": CHUNK,
    }
