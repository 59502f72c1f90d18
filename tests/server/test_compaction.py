"""Change-log compaction and the tombstone horizon (F26), on SQLite and PostgreSQL.

Superseded entries go without harming any cursor; a tombstone (or an archived row's last
image) past the retention goes only with its bucket's horizon raised in the same
transaction, and a laptop whose cursor is below it gets the bucket again as a snapshot,
named in `expired`. Pushes, pulls and compactions run at once and every puller still ends
with exactly the service's rows.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import delete, select

from storage.ids import new_id
from sync.protocol.buckets import case_bucket
from sync.server.db.changes import Change, append_changes
from sync.server.db.tables import ENTITY_TABLES, change_log, server_audit
from sync.server.services import compaction
from sync.server.services.aggregate import load_rows
from tests.server.conftest import FakeClock, add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case

NOTE, ARCHIVE = "note.create.v1", "note.archive.v1"
LATER = timedelta(days=91)


def _laptops(client: TestClient, app: FastAPI, *logins: str) -> list[Laptop]:
    for login in logins:
        add_user(app, login)
    return [enrol_laptop(client, app, login) for login in logins]


def _log(app: FastAPI, case_id: str) -> list[tuple[int, str, str]]:
    with app.state.context.db.read() as conn:
        query = (
            select(change_log.c.seq, change_log.c.entity_type, change_log.c.entity_id)
            .where(change_log.c.bucket == case_bucket(case_id))
            .order_by(change_log.c.seq)
        )
        return [(int(s), str(t), str(i)) for s, t, i in conn.execute(query)]


def _compact(
    app: FastAPI, clock: FakeClock, *, later: bool = True, **kwargs: object
) -> compaction.CompactionReport:
    # The service clock itself stays (the laptops' access tokens would expire): the run is
    # told it is 91 days later.
    now = clock() + (LATER if later else timedelta(0))
    return compaction.compact(app.state.context.db, now=now, **kwargs)  # type: ignore[arg-type]


def _horizons(app: FastAPI) -> dict[str, int]:
    with app.state.context.db.read() as conn:
        return compaction.horizons(conn)


def _server_rows(app: FastAPI, case_ids: list[str]) -> dict[str, dict[str, tuple[int, bool]]]:
    with app.state.context.db.read() as conn:
        found = load_rows(conn, case_ids)
    return {c: {r.entity_id: (r.version, r.archived) for r in found[c]} for c in case_ids}


def _replica(laptop: Laptop, case_id: str) -> dict[str, tuple[int, bool]]:
    held = laptop.rows.get(case_bucket(case_id), {})
    return {i: (row["version"], row["archived"]) for i, row in held.items()}


def test_superseded_entries_go_without_a_horizon_and_a_laptop_behind_still_converges(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-1", "alice", "bob")
    bob.sync()
    for version in range(1, 5):
        alice.push(
            alice.mutation(
                "case.update.v1",
                case_id,
                case_id,
                base=version,
                summary=(f"v{version - 1}" if version > 1 else None, f"v{version}"),
            )
        )
    before = _log(app, case_id)
    report = _compact(app, clock, later=False)
    # The import wrote the case once, the four updates four times: four entries superseded.
    assert report.superseded == 4 and report.tombstones == 0 and report.horizons_raised == 0
    after = _log(app, case_id)
    assert [seq for seq, _, _ in after] == sorted(
        max(s for s, t, i in before if (t, i) == key) for key in {(t, i) for _, t, i in before}
    )
    pages = bob.sync()
    assert all(page.expired == [] for page in pages)
    assert bob.row(case_id, case_id)["values"]["summary"] == "v4"
    assert _replica(bob, case_id) == _server_rows(app, [case_id])[case_id]
    assert _horizons(app) == {}


def test_an_archived_row_past_the_retention_raises_the_horizon_and_resets_laptops_behind(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    alice, bob, cleo = _laptops(client, app, "alice", "bob", "cleo")
    case_id = seed_case(app, "ZH-2", "alice", "bob", "cleo")
    bucket = case_bucket(case_id)
    note_id = new_id()
    alice.push(alice.mutation(NOTE, note_id, case_id, body=(None, "to be archived")))
    bob.sync()
    cleo.sync()
    assert bob.row(case_id, note_id)["archived"] is False
    alice.push(alice.mutation(ARCHIVE, note_id, case_id, base=1))
    cleo.sync()  # cleo pulls past the archive before the compaction
    early = _compact(app, clock, retention=timedelta(days=365))
    assert early.tombstones == 0 and _horizons(app) == {}  # not old enough yet
    report = _compact(app, clock)
    assert report.tombstones >= 1 and report.horizons_raised == 1
    assert note_id not in {i for _, _, i in _log(app, case_id)}
    assert bucket in _horizons(app)

    pages = bob.sync()
    assert pages[0].expired == [bucket]
    assert any(s.bucket == bucket for p in pages for s in p.snapshots)
    assert bob.row(case_id, note_id)["archived"] is True  # not resurrected
    assert _replica(bob, case_id) == _server_rows(app, [case_id])[case_id]
    again = bob.sync()
    assert again[0].expired == [] and again[0].snapshots == []  # cursor now at H

    calm = cleo.sync()  # already past the removed entry: a plain, empty pull
    assert calm[0].expired == [] and calm[0].snapshots == []
    with app.state.context.db.read() as conn:
        actions = list(conn.execute(select(server_audit.c.action)).scalars())
    assert "changelog.compacted" in actions


def test_a_removed_tombstone_is_not_resurrected_on_a_laptop_that_missed_it(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    (bob,) = _laptops(client, app, "bob")
    case_id = seed_case(app, "ZH-3", "bob")
    bob.sync()
    links = ENTITY_TABLES["case_person"]
    context = app.state.context
    with context.db.write() as conn:
        link_id, version = conn.execute(
            select(links.c.id, links.c.entity_version).where(links.c.case_id == case_id)
        ).one()
        conn.execute(delete(links).where(links.c.id == link_id))
        tombstone = Change(
            case_bucket(case_id), "case_person", link_id, version + 1, None, "tombstone"
        )
        append_changes(conn, [tombstone], commit_group=new_id(), now=clock())
    assert _compact(app, clock).tombstones == 1
    assert link_id in _replica(bob, case_id)
    pages = bob.sync()
    assert pages[0].expired == [case_bucket(case_id)]
    assert link_id not in _replica(bob, case_id)
    assert _replica(bob, case_id) == _server_rows(app, [case_id])[case_id]


def test_a_pull_paging_through_a_compaction_gets_the_snapshot_instead_of_the_rest(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-4", "alice", "bob")
    bob.sync()
    notes = [new_id() for _ in range(6)]
    alice.push(*[alice.mutation(NOTE, n, case_id, body=(None, "n")) for n in notes])
    alice.push(*[alice.mutation(ARCHIVE, n, case_id, base=1) for n in notes])
    first = bob.pull_page(max_rows=4)
    assert first.has_more
    assert _compact(app, clock).horizons_raised == 1
    rest = bob.sync(max_rows=4)
    assert rest[0].expired == [case_bucket(case_id)]
    assert _replica(bob, case_id) == _server_rows(app, [case_id])[case_id]
    assert all(_replica(bob, case_id)[n] == (2, True) for n in notes)


def test_a_protocol_1_laptop_gets_the_snapshot_without_the_expired_member(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-5", "alice", "bob")
    bob.sync()
    note_id = new_id()
    alice.push(alice.mutation(NOTE, note_id, case_id, body=(None, "n")))
    alice.push(alice.mutation(ARCHIVE, note_id, case_id, base=1))
    _compact(app, clock)
    body = {"buckets": bob.cursors, "server_epoch": bob.epoch, "protocol_version": 1}
    response = bob.pull_raw(body)
    assert response.status_code == 200, response.text
    page = bob.open_page(response.json())
    assert page.expired == [] and [s.bucket for s in page.snapshots] == [case_bucket(case_id)]
    assert "expired" not in page.model_dump(mode="json")


def test_a_dry_run_counts_and_removes_nothing(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    (alice,) = _laptops(client, app, "alice")
    case_id = seed_case(app, "ZH-6", "alice")
    note_id = new_id()
    alice.push(alice.mutation(NOTE, note_id, case_id, body=(None, "n")))
    alice.push(alice.mutation(ARCHIVE, note_id, case_id, base=1))
    before = _log(app, case_id)
    report = _compact(app, clock, dry_run=True)
    assert (report.superseded, report.tombstones, report.horizons_raised) == (1, 1, 1)
    assert _log(app, case_id) == before and _horizons(app) == {}


# --- all at once -------------------------------------------------------------------------


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
        thread.join(120)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    if errors:
        raise errors[0]


def _writer(laptop: Laptop, cases: list[str], seed: int) -> Callable[[], None]:
    rng = random.Random(seed)
    live: list[tuple[str, str]] = []

    def mutation() -> object:
        if live and rng.random() < 0.4:
            note_id, case_id = live.pop(rng.randrange(len(live)))
            return laptop.mutation(ARCHIVE, note_id, case_id, base=1)
        case_id = rng.choice(cases)
        note_id = new_id()
        live.append((note_id, case_id))
        return laptop.mutation(NOTE, note_id, case_id, body=(None, "n"))

    def run() -> None:
        for _ in range(6):
            laptop.push(*[mutation() for _ in range(4)])  # type: ignore[arg-type]
            time.sleep(rng.uniform(0, 0.01))

    return run


def test_compaction_while_pushes_commit_and_laptops_pull_loses_nothing(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    writers, pullers = ["w1", "w2", "w3"], ["p1", "p2"]
    laptops = _laptops(client, app, *writers, *pullers)
    cases = [seed_case(app, f"ZH-C{n}", *writers, *pullers) for n in range(3)]
    writing, pulling = laptops[:3], laptops[3:]
    for laptop in pulling:
        laptop.sync()
    done = threading.Event()
    db = app.state.context.db

    def puller(laptop: Laptop) -> Callable[[], None]:
        def run() -> None:
            while not done.is_set():
                laptop.pull_page(max_rows=5)
                time.sleep(0.02)

        return run

    def compactor() -> None:
        # Everything counts as past the retention: each run removes what it can.
        while not done.is_set():
            compaction.compact(db, now=clock() + timedelta(days=365))
            time.sleep(0.01)

    def writers_then_stop() -> None:
        try:
            _in_threads(*[_writer(w, cases, seed) for seed, w in enumerate(writing)])
        finally:
            done.set()

    _in_threads(writers_then_stop, compactor, *[puller(p) for p in pulling])
    compaction.compact(db, now=clock() + timedelta(days=365))
    expected = _server_rows(app, cases)
    for laptop in pulling:
        laptop.sync(max_rows=5)
        for case_id in cases:
            assert _replica(laptop, case_id) == expected[case_id]
    assert any(archived for rows in expected.values() for _, archived in rows.values())
    assert _horizons(app), "the compactions raised no horizon: the test proved nothing"


def test_the_admin_command_compacts_and_refuses_a_bad_retention(
    client: TestClient,
    app: FastAPI,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sync.server.cli import main

    (alice,) = _laptops(client, app, "alice")
    case_id = seed_case(app, "ZH-7", "alice")
    for n in range(2):
        alice.push(
            alice.mutation(
                "case.update.v1", case_id, case_id, base=n + 1, summary=("0" if n else None, str(n))
            )
        )
    settings = app.state.context.settings
    monkeypatch.setenv("DOSSIER_DATABASE_URL", settings.resolved_database_url)
    monkeypatch.setenv("DOSSIER_SERVER_DATA_DIR", str(settings.data_dir))
    assert main(["admin", "compact", "--json", "--retention-days", "0"]) == 1
    assert json.loads(capsys.readouterr().out)["code"] == "invalid_argument"
    assert main(["admin", "compact", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["compaction"]
    assert report["superseded"] == 2 and report["dry_run"] is False
    assert len(_log(app, case_id)) == len({(t, i) for _, t, i in _log(app, case_id)})
