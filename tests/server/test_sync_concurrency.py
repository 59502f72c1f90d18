"""Writers and pullers at once: every change reaches every puller exactly once (F01, F17).

Several laptops push at the same time into the same cases (row locks, conflicts, person
changes fanning out to several buckets) while others pull small pages in a loop. On PostgreSQL
a further transaction holds case rows locked for a while now and then, so transactions that
started first commit last — the out-of-order commit that loses changes behind timestamp or
bigserial cursors. Afterwards each puller must have received every change-log row after its
starting cursor once and only once, hold exactly the service's rows, and agree on checksums.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from storage.ids import new_id
from sync.protocol.buckets import case_bucket
from sync.server.db.tables import ENTITY_TABLES, change_log, mutation_log
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case

WRITERS, BATCHES, BATCH_SIZE, CASES = 4, 6, 5, 3


def _in_threads(*targets: Callable[[], None]) -> None:
    errors: list[BaseException] = []

    def guarded(target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # reported in the main thread
                errors.append(exc)

        return run

    threads = [threading.Thread(target=guarded(t)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    if errors:
        raise errors[0]


def _writer(
    laptop: Laptop, cases: list[str], persons: dict[str, str], seed: int
) -> Callable[[], None]:
    rng = random.Random(seed)

    def mutation() -> Any:
        case_id = rng.choice(cases)
        choice = rng.random()
        if choice < 0.5:
            return laptop.mutation("note.create.v1", new_id(), case_id, body=(None, "n"))
        if choice < 0.8:  # the same field on every laptop: row locks and conflicts
            return laptop.mutation(
                "case.update.v1", case_id, case_id, base=1, stage=(None, f"s{rng.randrange(3)}")
            )
        # A person linked to two cases: its change goes to both buckets.
        return laptop.mutation(
            "person.update.v1",
            persons["shared"],
            cases[0],
            base=1,
            phone=(None, f"+41 44 {rng.randrange(100, 999)} 00 00"),
        )

    def run() -> None:
        for _ in range(BATCHES):
            result = laptop.push(*[mutation() for _ in range(BATCH_SIZE)])
            assert len(result.results) == BATCH_SIZE
            time.sleep(rng.uniform(0, 0.01))

    return run


def _puller(laptop: Laptop, done: threading.Event) -> Callable[[], None]:
    def run() -> None:
        while not done.is_set():
            laptop.pull_page(max_rows=7)
            time.sleep(0.02)  # leave the writers some of the interpreter
        laptop.sync(max_rows=7)  # everything committed by now

    return run


def _blocker(app: FastAPI, cases: list[str], done: threading.Event) -> Callable[[], None]:
    # Holds a case row locked in a transaction of its own, so pushes that touch it wait while
    # later ones commit: commit order then differs from start order.
    db = app.state.context.db
    table = ENTITY_TABLES["case"]

    def run() -> None:
        while not done.is_set():
            try:
                with db.write() as conn:
                    query = select(table.c.id).where(table.c.id == cases[0])
                    conn.execute(query.with_for_update())
                    time.sleep(0.02)
            except OperationalError:
                pass  # chosen as a deadlock victim: the pushes it blocked go on
            time.sleep(0.03)

    return run


def _shared_person(app: FastAPI, cases: list[str]) -> str:
    # The first case's person is linked into the second case as well.
    from sqlalchemy import insert

    from sync.server.db.changes import Change, append_changes, row_image

    context = app.state.context
    links, persons = ENTITY_TABLES["case_person"], ENTITY_TABLES["person"]
    with context.db.write() as conn:
        person_id = conn.execute(
            select(links.c.person_id).where(links.c.case_id == cases[0])
        ).scalar_one()
        link = {
            "id": new_id(),
            "case_id": cases[1],
            "person_id": person_id,
            "role": "parent",
            "archived": False,
            "entity_version": 1,
            "created_at": context.clock(),
            "updated_at": context.clock(),
            "field_clocks": {},
        }
        conn.execute(insert(links).values(**link))
        person = conn.execute(select(persons).where(persons.c.id == person_id)).mappings().one()
        changes = [
            Change(case_bucket(cases[1]), "person", person_id, 1, row_image("person", person)),
            Change(
                case_bucket(cases[1]), "case_person", link["id"], 1, row_image("case_person", link)
            ),
        ]
        append_changes(conn, changes, commit_group=new_id(), now=context.clock())
    return str(person_id)


def test_concurrent_writers_and_pullers_deliver_every_change_exactly_once(
    client: TestClient, app: FastAPI
) -> None:
    writers = [f"w{n}" for n in range(WRITERS)]
    pullers = ["p1", "p2"]
    for login in [*writers, *pullers]:
        add_user(app, login, team="north")
    add_user(app, "lead", role="team_lead", team="north")
    holders = [*writers, *pullers]
    cases = [seed_case(app, f"ZH-{n}", *holders) for n in range(CASES)]
    persons = {"shared": _shared_person(app, cases)}
    writing = [enrol_laptop(client, app, login) for login in writers]
    pulling = [enrol_laptop(client, app, login) for login in [*pullers, "lead"]]
    for laptop in pulling:
        laptop.sync()
    start = {laptop.login: dict(laptop.cursors) for laptop in pulling}
    done = threading.Event()
    work = [_writer(laptop, cases, persons, seed) for seed, laptop in enumerate(writing)]
    background = [_puller(laptop, done) for laptop in pulling]
    if app.state.context.db.dialect == "postgresql":
        background.append(_blocker(app, cases, done))

    def writers_then_stop() -> None:
        try:
            _in_threads(*work)
        finally:
            done.set()

    _in_threads(writers_then_stop, *background)

    db = app.state.context.db
    with db.read() as conn:
        logged = conn.execute(select(func.count()).select_from(mutation_log)).scalar_one()
        assert logged == WRITERS * BATCHES * BATCH_SIZE  # each mutation applied once
        rows = list(
            conn.execute(
                select(
                    change_log.c.bucket,
                    change_log.c.seq,
                    change_log.c.entity_type,
                    change_log.c.entity_id,
                    change_log.c.entity_version,
                )
            )
        )
    for laptop in pulling:
        cursor = start[laptop.login]
        later = [r for r in rows if r.seq > cursor[r.bucket]]
        expected = sorted((r.bucket, r.seq) for r in later if r.entity_type != "conflict")
        assert len(laptop.delivered) == len(set(laptop.delivered)), "a change arrived twice"
        assert sorted(laptop.delivered) == expected, "a change was skipped"
        conflicts = sorted(
            (r.entity_id, r.entity_version) for r in later if r.entity_type == "conflict"
        )
        assert sorted(laptop.delivered_conflicts) == conflicts
        for bucket in map(case_bucket, cases):
            assert laptop.checksums[bucket] == laptop.checksum(bucket)
        _assert_replica_matches(app, laptop, cases)


def _assert_replica_matches(app: FastAPI, laptop: Laptop, cases: list[str]) -> None:
    from sync.server.services.aggregate import load_rows

    with app.state.context.db.read() as conn:
        server = load_rows(conn, cases)
    for case_id in cases:
        held = laptop.rows[case_bucket(case_id)]
        assert {r.entity_id: r.version for r in server[case_id]} == {
            entity_id: row["version"] for entity_id, row in held.items()
        }
