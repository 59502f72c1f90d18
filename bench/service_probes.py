"""What the machine did during a service run: CPU time per party, PostgreSQL's activity.

* `CpuMeter` reads from /proc the CPU time of the service's processes, of the PostgreSQL
  backends serving the benchmark's database, of this process (the laptops) and of the whole
  machine; what is left is what other work on the machine took meanwhile.
* `PgSampler` samples `pg_stat_activity` to tell whether the database works, waits for a row
  lock, flushes its WAL or waits for the service.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

_TICK = os.sysconf("SC_CLK_TCK")


def libpq(url: str) -> str:
    """A libpq URL from a SQLAlchemy one (`postgresql+psycopg://…` → `postgresql://…`)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime of every thread


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text("ascii").rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def _machine_busy() -> float:
    """CPU seconds every CPU of the machine spent busy since boot (from /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle, iowait
    return (sum(fields[:8]) - idle) / _TICK  # without guest time, which steal/user include


class CpuMeter:
    """CPU seconds of the service (its process tree), of the PostgreSQL backends connected to
    the benchmark's database (PostgreSQL only), of this process (the laptops) and of the whole
    machine, between start and stop: `others` is what the rest of the machine took meanwhile.
    """

    def __init__(self, server_pid: int, pg_admin_url: str | None, database: str | None) -> None:
        self.server_pid = server_pid
        self.pg_admin_url = pg_admin_url
        self.database = database
        self._start: dict[str, dict[int, float]] = {}
        self._client = 0.0
        self._machine = 0.0
        self.seconds: dict[str, float] = {}

    def _backends(self) -> list[int]:
        if self.pg_admin_url is None:
            return []
        with psycopg.connect(libpq(self.pg_admin_url), autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", (self.database,)
            ).fetchall()
        return [int(r[0]) for r in rows]

    def _read(self) -> dict[str, dict[int, float]]:
        return {
            "service": {p: _cpu_seconds(p) for p in _descendants(self.server_pid)},
            "postgresql": {p: _cpu_seconds(p) for p in self._backends()},
        }

    def start(self) -> None:
        self._start = self._read()
        self._client = time.process_time()
        self._machine = _machine_busy()

    def stop(self) -> dict[str, float]:
        """CPU seconds since `start` per party (`service`, `postgresql`, `laptops`, `others`)."""
        client = time.process_time() - self._client
        machine = _machine_busy() - self._machine
        now = self._read()
        self.seconds = {
            party: sum(cpu - self._start[party].get(pid, 0.0) for pid, cpu in found.items())
            for party, found in now.items()
        }
        self.seconds["laptops"] = client
        self.seconds["others"] = max(0.0, machine - sum(self.seconds.values()))
        return self.seconds


class PgSampler:
    """What the PostgreSQL backends of the benchmark's database are doing, sampled every
    `every` seconds from `pg_stat_activity` while a run lasts: running, waiting for a lock,
    for the WAL flush of a commit, or idle inside a transaction waiting for the service
    (`ClientRead`): the last one says the service, not the database, is the bottleneck."""

    def __init__(self, admin_url: str, database: str, every: float = 0.02) -> None:
        self.admin_url, self.database, self.every = admin_url, database, every
        self.counts: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PgSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        query = (
            "SELECT state, wait_event_type, wait_event, query FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()"
        )
        with psycopg.connect(libpq(self.admin_url), autocommit=True) as conn:
            while not self._stop.wait(self.every):
                for state, kind, event, text in conn.execute(query, (self.database,)).fetchall():
                    self.counts[_activity(state, kind, event, text or "")] += 1
                self.samples += 1

    def shares(self) -> dict[str, float]:
        """Average number of backends in each activity over the samples."""
        return {k: n / self.samples for k, n in sorted(self.counts.items())} if self.samples else {}


_LOCKED_ROWS = ("sync_meta", "audit_log_state", "profile", "assignment", "change_log")


def _activity(state: str | None, kind: str | None, event: str | None, query: str) -> str:
    if state == "idle":
        return "idle (pooled)"
    if state == "idle in transaction":
        return "in transaction, waiting for the service"
    if kind is None:
        return "running"
    if kind == "Lock":  # named by the first table of the statement that waits
        found = sorted((query.find(t), t) for t in _LOCKED_ROWS if t in query)
        return f"waiting for a row lock ({found[0][1] if found else 'other'})"
    if event in {"WALSync", "WALWrite", "WALInsert"}:
        return "flushing WAL (commit)"
    return f"waiting: {kind}/{event}"
