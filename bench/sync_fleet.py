"""The fleet phase of the sync client benchmark: L real laptops pushing E edits each, at once.

Each laptop is a real enrolled profile (`bench.sync_laptops`) on its own thread with its own
`Transport`; all are released together and the phase lasts until the last `sync_unlocked`
returns. The laptops share this process (and its GIL); the service runs in its own process.
The floor: every laptop's request bodies replayed to the raw floor route at once, then every
laptop's mutations inserted into a raw SQLCipher file of its own, at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench.service_laptops import seed_fleet
from bench.service_throughput import serve
from bench.sync_laptops import edit_cases, enrol_fleet, outbox_mutations
from bench.sync_phases import (
    Phase,
    SyncResult,
    SyncSizes,
    check,
    database,
    server_errors,
    together,
)
from bench.sync_wire import RawStore, Recorder, http_floor, mutation_rows, wire_bytes
from storage.demo_data import generate_cases
from sync.server.db.database import Database
from sync.server.db.tables import mutation_log
from tests.sync.laptop import Laptop


class Fleet:
    """L real laptops pushing E edits each, all at once."""

    def __init__(
        self, directory: Path, sizes: SyncSizes, result: SyncResult, say: Callable[[str], None]
    ) -> None:
        self.dir, self.sizes, self.result, self.say = directory, sizes, result, say

    def run(self, pg_url: str) -> None:
        sizes, started = self.sizes, time.perf_counter()
        with database(self.dir, self.result.backend, pg_url) as (url, db):
            demos = generate_cases(sizes.laptops * sizes.fleet_cases, seed=sizes.seed + 1)
            notes = sorted({n for d in demos for n in d.notes})
            now = datetime.now(UTC)
            seeded = seed_fleet(
                db, demos, laptops=sizes.laptops, cases_each=sizes.fleet_cases, now=now
            )
            with serve(self.dir, url) as (port, _):
                base = f"http://127.0.0.1:{port}"
                self.say(
                    f"{self.result.tag}: {sizes.laptops} laptops enrol, sync and make "
                    f"{sizes.edits} edits"
                )
                laptops = enrol_fleet(self.dir, db, seeded, base, now=now)
                try:
                    self.result.setup_s["fleet"] = time.perf_counter() - started
                    self._measure(laptops, notes, db, base)
                finally:
                    for laptop in laptops:
                        laptop.lock()
        self.result.server_errors += server_errors(self.dir)

    def _measure(self, laptops: list[Laptop], notes: list[str], db: Database, base: str) -> None:
        sizes = self.sizes
        waiting, mutations, transports, recorders = [], [], [], []
        for n, laptop in enumerate(laptops):
            transport = laptop.transport()
            transports.append(transport)
            recorders.append(Recorder(transport))
            outcome = laptop.sync(transport=transport)  # the first sync: its cases
            check(self.result, f"fleet first sync {n}", outcome, 0)
            count = edit_cases(laptop.unlock(), sizes.edits, notes, sizes.seed * 100 + n)
            waiting.append(count)
            mutations.append(outbox_mutations(laptop.unlock()))
            recorders[-1].take()
        total = sum(waiting)
        phase = Phase("fleet", f"{sizes.laptops} laptops x {sizes.edits} edits at once", total)
        self.say(f"{self.result.tag}: {phase.label}")
        outcomes, phase.seconds = together(
            [partial(lap.sync, transport=t) for lap, t in zip(laptops, transports, strict=True)]
        )
        for n, (outcome, count) in enumerate(zip(outcomes, waiting, strict=True)):
            check(self.result, f"fleet laptop {n}", outcome, count)
        with db.read() as conn:
            logged = conn.execute(select(func.count()).select_from(mutation_log)).scalar_one()
        if logged != total:
            self.result.problems.append(f"fleet: the service logged {logged} of {total}")
        for transport in transports:
            transport.close()
        exchanges = [recorder.take() for recorder in recorders]
        phase.wire = wire_bytes([e for x in exchanges for e in x])
        phase.floor_http_s, phase.floor_sql_s = self._floor(base, exchanges, mutations)
        phase.parts = {"laptops": float(sizes.laptops), "per_laptop_max_s": phase.seconds}
        self.result.phases.append(phase)

    def _floor(
        self, base: str, exchanges: list[Any], mutations: list[list[dict[str, Any]]]
    ) -> tuple[float, float]:
        stores = [RawStore(self.dir / f"floor-{n}.db") for n in range(len(exchanges))]
        try:
            _, http_s = together([partial(http_floor, base, x) for x in exchanges])
            rows = [mutation_rows(m) for m in mutations]
            _, sql_s = together([partial(s.insert, r) for s, r in zip(stores, rows, strict=True)])
        finally:
            for store in stores:
                store.close()
        return http_s, sql_s
