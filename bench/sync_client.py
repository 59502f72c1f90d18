"""Sync client: the real engine against the real service, beside raw transfer + raw insert.

Four phases, each timed around one `sync.client.engine.sync_unlocked` call (seal, push, pull,
open and verify, apply in one transaction) on real enrolled SQLCipher profiles, against the
real service (`bench.service_server`, uvicorn on 127.0.0.1, its own process), with its database
on SQLite or on a throw-away PostgreSQL database (`run_sync(backend=...)`):

* initial sync of N cases into an empty profile, then the search's name index built
  (`warm_up`): the list and the search box are ready;
* push of M edits made through the store's services (sealed beforehand, as the app seals
  after each write);
* incremental pull of K changes another laptop pushed to cases this one holds;
* L laptops at once, each pushing E edits (threads, released together).

The floor of each phase, in the same run: the same request bodies posted to the raw floor
route of the same uvicorn, answered with as many bytes (`requests`, keep-alive), plus one
raw SQLCipher insert of one row per record moved, in one transaction (`bench.sync_wire`).
"""

from __future__ import annotations

import cProfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.report import Line
from bench.service_laptops import Http, enrol, enrolment_codes, plan_mutations, seed_fleet
from bench.service_throughput import DEFAULT_PG_URL, serve
from bench.sync_fleet import Fleet
from bench.sync_laptops import edit_cases, enrol_fleet, outbox_mutations, pending
from bench.sync_phases import (
    GOALS_S,
    Phase,
    SyncResult,
    SyncSizes,
    check,
    database,
    server_errors,
)
from bench.sync_wire import (
    RawStore,
    Recorder,
    http_floor,
    mutation_rows,
    stored_rows,
    wire_bytes,
)
from bench.workspace import stopwatch
from storage.demo_data import generate_cases
from storage.ids import new_id
from sync.client.engine import RunOutcome, sync_unlocked
from sync.protocol.models import MAX_BATCH


def run_sync(
    root: Path,
    sizes: SyncSizes,
    *,
    backend: str = "sqlite",
    pg_url: str = DEFAULT_PG_URL,
    say: Callable[[str], None] = print,
    profiler: cProfile.Profile | None = None,
) -> SyncResult:
    """Both services, one after the other, with their database on `backend` (a throw-away
    PostgreSQL database on the server of `pg_url` for "postgresql"): one laptop (initial,
    push, pull), then the fleet."""
    result = SyncResult(sizes, backend)
    _OneLaptop(root / f"sync-{backend}-one", sizes, result, say, profiler).run(pg_url)
    Fleet(root / f"sync-{backend}-fleet", sizes, result, say).run(pg_url)
    return result


class _OneLaptop:
    """Initial sync, push and incremental pull of one real laptop."""

    def __init__(
        self,
        directory: Path,
        sizes: SyncSizes,
        result: SyncResult,
        say: Callable[[str], None],
        profiler: cProfile.Profile | None,
    ) -> None:
        self.dir, self.sizes, self.result, self.say = directory, sizes, result, say
        self.profiler = profiler

    def run(self, pg_url: str) -> None:
        sizes, started = self.sizes, time.perf_counter()
        with database(self.dir, self.result.backend, pg_url) as (url, db):
            half = max(1, sizes.cases // 2)
            demos = generate_cases(2 * half, seed=sizes.seed)
            self.notes = sorted({n for d in demos for n in d.notes})
            now = datetime.now(UTC)
            # Two users: each owns half the cases and stands in for the other, so both hold
            # every case; the second one's edits are the first one's incremental pull.
            seeded = seed_fleet(db, demos, laptops=2, cases_each=half, now=now)
            self.result.setup_s["import"] = time.perf_counter() - started
            with serve(self.dir, url) as (port, _):
                self.port, self.base = port, f"http://127.0.0.1:{port}"
                (self.laptop,) = enrol_fleet(self.dir, db, seeded[:1], self.base, now=now)
                self.peer = seeded[1]
                (code,) = enrolment_codes(db, [self.peer], now=now)
                http = Http(port)
                try:
                    enrol(http, self.peer, code)
                finally:
                    http.close()
                self.result.setup_s["enrol"] = time.perf_counter() - started
                self._phases(2 * half)
                self.laptop.lock()
        self.result.server_errors += server_errors(self.dir)

    def _phases(self, cases: int) -> None:
        profile = self.laptop.unlock()
        transport = self.laptop.transport()
        recorder = Recorder(transport)
        tag = self.result.tag
        try:
            self.say(f"{tag}: initial sync of {cases} cases")
            initial = self._initial(profile, transport, recorder, cases)
            self.result.phases.append(initial)
            if self.result.problems:
                self.say(f"{tag}: the initial sync failed; push and pull skipped")
                return
            self.say(f"{tag}: {self.sizes.push} edits through the services, then the push")
            self.result.phases.append(self._push(profile, transport, recorder))
            self.say(f"{tag}: another laptop pushes {self.sizes.pull} edits, then the pull")
            self.result.phases.append(self._pull(profile, transport, recorder))
        finally:
            transport.close()

    def _timed_sync(self, profile: Any, transport: Any, marks: list[float]) -> RunOutcome:
        return sync_unlocked(
            self.laptop.workspace,
            profile,
            transport,
            progress=lambda _stage, _count: marks.append(time.perf_counter()),
        )

    def _initial(self, profile: Any, transport: Any, recorder: Recorder, cases: int) -> Phase:
        phase = Phase("initial", f"initial sync of {cases} cases", cases)
        marks: list[float] = []
        with stopwatch(self.profiler) as elapsed:
            start = time.perf_counter()
            outcome = self._timed_sync(profile, transport, marks)
            synced = time.perf_counter()
            profile.search.warm_up()
        check(self.result, "initial", outcome, 0)
        held = profile.records.count("case")
        if held != cases:
            self.result.problems.append(f"initial: {held} of {cases} cases arrived")
            phase.error = outcome.error or f"{held} of {cases} cases"
        phase.seconds = elapsed.seconds
        moved = (marks[-1] if marks else synced) - start
        phase.parts = {
            "transport_s": moved,
            "open_apply_s": synced - start - moved,
            "search_ready_s": elapsed.seconds - (synced - start),
            "pages": float(outcome.moved.pages),
            "rows_received": float(outcome.applied.received if outcome.applied else 0),
        }
        self._floor(phase, recorder, stored_rows(profile))
        return phase

    def _push(self, profile: Any, transport: Any, recorder: Recorder) -> Phase:
        started = time.perf_counter()
        waiting = edit_cases(profile, self.sizes.push, self.notes, self.sizes.seed)
        self.result.setup_s["push_edits"] = time.perf_counter() - started
        mutations = outbox_mutations(profile)
        phase = Phase("push", f"push of {waiting} edits", waiting)
        marks: list[float] = []
        with stopwatch(self.profiler) as elapsed:
            outcome = self._timed_sync(profile, transport, marks)
        check(self.result, "push", outcome, waiting)
        if pending(profile):
            self.result.problems.append(f"push: {pending(profile)} mutations left unacknowledged")
        phase.seconds = elapsed.seconds
        phase.parts = {"requests": float(outcome.moved.results + outcome.moved.pages)}
        self._floor(phase, recorder, mutation_rows(mutations))
        return phase

    def _pull(self, profile: Any, transport: Any, recorder: Recorder) -> Phase:
        started = time.perf_counter()
        self._peer_pushes()
        self.result.setup_s["peer_push"] = time.perf_counter() - started
        phase = Phase("pull", f"incremental pull of {self.sizes.pull} changes", self.sizes.pull)
        marks: list[float] = []
        with stopwatch(self.profiler) as elapsed:
            outcome = self._timed_sync(profile, transport, marks)
        check(self.result, "pull", outcome, 0)
        received = outcome.applied.received if outcome.applied else 0
        if received < self.sizes.pull:
            self.result.problems.append(f"pull: {received} of {self.sizes.pull} changes applied")
        phase.seconds = elapsed.seconds
        phase.parts = {"rows_received": float(received), "pages": float(outcome.moved.pages)}
        rows = [
            (new_id(), m.entity, m.case_id, m.model_dump_json(include={"changes"}))
            for m in self.peer.mutations
        ]
        self._floor(phase, recorder, rows)
        return phase

    def _peer_pushes(self) -> None:
        # The other laptop (the wire-level one of the service benchmark) takes its first
        # sync, then edits cases of its own that this laptop holds as a stand-in.
        http = Http(self.port)
        try:
            self.peer.sync(http, 1_000, results_after=0)
            plan_mutations(self.peer, self.sizes.pull, self.notes, self.sizes.seed)
            self.peer.seal_batches(MAX_BATCH)
            for body in self.peer.push_bodies:
                status, data, _, _ = http.post("/v1/push", body, self.peer.headers())
                if status != 200:
                    raise RuntimeError(f"the peer's push answered {status}: {data[:300]!r}")
        finally:
            http.close()

    def _floor(self, phase: Phase, recorder: Recorder, rows: Sequence[Any]) -> None:
        exchanges = recorder.take()
        phase.wire = wire_bytes(exchanges)
        phase.floor_http_s = http_floor(self.base, exchanges)
        store = RawStore(self.dir / f"floor-{phase.name}.db")
        try:
            phase.floor_sql_s = store.insert(rows)
        finally:
            store.close()
        phase.parts["floor_rows"] = float(len(rows))


def sync_lines(result: SyncResult) -> list[Line]:
    """Time (with the goal; in ms, so that small floors keep their digits) and records/s of
    each phase, beside the floor."""
    lines = []
    for phase in result.phases:
        goal = GOALS_S.get(phase.name)
        goal_text = f"<= {goal * 1000:.0f} ms" if goal is not None else "-"
        if phase.error is not None:  # the time until it failed, and no floor
            label = f"{result.tag}: {phase.label}: FAILED ({phase.error})"
            lines.append(Line(label, phase.seconds * 1000, None, "ms", goal_text, passed=False))
            continue
        lines.append(
            Line(
                f"{result.tag}: {phase.label}",
                phase.seconds * 1000,
                phase.floor_s * 1000,
                "ms",
                goal=goal_text,
                passed=None if goal is None else phase.seconds <= goal,
            )
        )
        lines.append(
            Line(
                f"{result.tag}: {phase.label}, records/s",
                phase.rate(phase.seconds),
                phase.rate(phase.floor_s),
                "rec/s",
                higher_is_better=True,
            )
        )
    return lines


def sync_problems(result: SyncResult) -> list[str]:
    """Why the figures of `result` cannot be trusted (empty: they can)."""
    problems = [f"{result.tag}: {problem}" for problem in result.problems]
    if result.server_errors:
        problems.append(f"{result.tag}: the service logged {result.server_errors} error line(s)")
    return problems


def sync_details(result: SyncResult) -> dict[str, Any]:
    """Every figure, for the JSON file."""
    return {
        "backend": result.backend,
        "sizes": asdict(result.sizes),
        "setup_s": result.setup_s,
        "problems": result.problems,
        "server_error_lines": result.server_errors,
        "phases": {
            p.name: {
                "label": p.label,
                "records": p.records,
                "seconds": p.seconds,
                "records_per_s": p.rate(p.seconds),
                "parts": p.parts,
                "wire_bytes": p.wire,
                "floor_http_s": p.floor_http_s,
                "floor_sql_s": p.floor_sql_s,
                "floor_s": p.floor_s,
                "floor_records_per_s": p.rate(p.floor_s),
                "goal_s": GOALS_S.get(p.name),
                "error": p.error,
            }
            for p in result.phases
        },
    }
