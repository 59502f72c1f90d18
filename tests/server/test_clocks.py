"""Laptop clocks: the skew the service records and flags, and HLCs from the future (F07).

sync-designs §2.5: a skew above 5 minutes is reported, pushes are still accepted; an HLC too
far ahead of the service clock is clamped so it stops winning last-writer-wins for ever.
Both backends.
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from sync.protocol.clocks import CLIENT_TIME_HEADER
from sync.protocol.outcomes import MutationStatus
from sync.server.cli_clocks import clock_skew, describe
from sync.server.db.tables import ENTITY_TABLES, merge_audit, server_audit
from sync.server.services import devices
from sync.server.services.clocks import epoch_ms
from tests.server.conftest import FakeClock, add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case

TWO_HOURS_MS = 2 * 3600 * 1000


def _contact(laptop: Laptop, client_ms: int | str) -> None:
    response = laptop.client.get(
        "/v1/me", headers=laptop.headers(**{CLIENT_TIME_HEADER: str(client_ms)})
    )
    assert response.status_code == 200, response.text


def _laptops(client: TestClient, app: FastAPI, *logins: str) -> list[Laptop]:
    for login in logins:
        add_user(app, login)
    return [enrol_laptop(client, app, login) for login in logins]


def _readings(app: FastAPI) -> dict[str, devices.ClockReading]:
    context = app.state.context
    with context.db.read() as conn:
        report = devices.clock_report(conn, limit=context.settings.clock_skew_limit)
    return {r.device_id: r for r in report}


def test_the_service_records_each_laptops_skew_and_flags_the_ones_beyond_the_limit(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    ahead, behind, silent = _laptops(client, app, "ahead", "behind", "silent")
    ahead.client.get("/metrics")  # the counters exist before any reading
    clock.advance(minutes=2)  # past the contact resolution of the enrolment
    now_ms = epoch_ms(clock())
    _contact(ahead, now_ms + TWO_HOURS_MS)
    _contact(behind, now_ms - 3_000)
    assert silent.client.get("/v1/me", headers=silent.headers()).status_code == 200
    readings = _readings(app)
    assert (readings[ahead.device_id].skew_ms, readings[ahead.device_id].flagged) == (
        TWO_HOURS_MS,
        True,
    )
    assert (readings[behind.device_id].skew_ms, readings[behind.device_id].flagged) == (
        -3_000,
        False,
    )
    assert readings[silent.device_id].skew_ms is None and not readings[silent.device_id].flagged
    assert readings[ahead.device_id].checked_at == clock()
    report = clock_skew(argparse.Namespace(flagged=True), app.state.context.settings)
    assert report["limit_seconds"] == 300 and report["flagged"] == 1
    assert [(d["device_id"], d["skew"]) for d in report["devices"]] == [
        (ahead.device_id, "2 h 00 min 00 s ahead")
    ]
    everyone = clock_skew(argparse.Namespace(flagged=False), app.state.context.settings)
    assert everyone["devices"][0]["device_id"] == ahead.device_id  # flagged first
    assert len(everyone["devices"]) == 3
    metrics = client.get("/metrics").text
    assert 'dossier_clock_checks_total{verdict="ahead"} 1' in metrics
    assert 'dossier_clock_checks_total{verdict="ok"} 1' in metrics
    # Fixed clock: the next recorded contact (a minute later) clears the flag.
    clock.advance(minutes=2)
    _contact(ahead, epoch_ms(clock()) + 400)
    assert _readings(app)[ahead.device_id].flagged is False
    # A wrong clock never refuses the request, nor does a header that is not a number.
    clock.advance(minutes=2)
    _contact(behind, "-5")
    _contact(behind, "1e9")
    _contact(behind, "9" * 40)
    assert _readings(app)[behind.device_id].skew_ms == -3_000  # unchanged: nothing readable


def test_the_skew_in_words() -> None:
    assert describe(None) == "never read"
    assert describe(300) == "in step"
    assert describe(-40_000) == "40 s behind"
    assert describe(310_000) == "5 min 10 s ahead"
    assert describe(-(2 * 86_400_000 + 61_000)) == "2 d 0 h 01 min 01 s behind"


def test_an_hlc_from_the_future_is_stored_clamped_and_its_claim_audited(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-1", "alice", "bob")
    task = new_id()
    created = alice.mutation(
        "task.create.v1", task, case_id, title=(None, "Call"), kind=(None, "task")
    )
    alice.push(created.model_copy(update={"client_hlc": f"{epoch_ms(clock()):013d}:0000:alice"}))
    bob.pull_page()
    # Alice's laptop clock is a year ahead; so is the HLC of her edit.
    year_ahead = epoch_ms(clock() + timedelta(days=365))
    edit = alice.mutation("task.update.v1", task, case_id, base=1, title=("Call", "Call back"))
    sent = f"{year_ahead:013d}:0007:alice"
    result = alice.push(edit.model_copy(update={"client_hlc": sent}))
    assert result.results[0].status is MutationStatus.APPLIED
    cap = epoch_ms(clock() + timedelta(minutes=5))
    stored = f"{cap:013d}:{edit.mutation_seq:04d}:{alice.profile_id}"
    context = app.state.context
    tasks = ENTITY_TABLES["task"]
    with context.db.read() as conn:
        row = conn.execute(select(tasks).where(tasks.c.id == task)).mappings().one()
        audited = (
            conn.execute(
                select(merge_audit.c.client_hlc).where(
                    merge_audit.c.mutation_seq == edit.mutation_seq,
                    merge_audit.c.profile_id == alice.profile_id,
                )
            )
            .scalars()
            .all()
        )
        claims = (
            conn.execute(
                select(server_audit.c.detail).where(server_audit.c.action == "mutation.clock_ahead")
            )
            .scalars()
            .all()
        )
    assert (row["title"], row["field_clocks"]["title"], row["updated_hlc"]) == (
        "Call back",
        stored,
        stored,
    )
    assert set(audited) == {stored}
    assert claims == [
        {
            "profile_id": alice.profile_id,
            "mutation_seq": edit.mutation_seq,
            "ahead_ms": year_ahead - epoch_ms(clock()),
            "claimed_hlc": sent,
            "stored_hlc": stored,
        }
    ]
    # Every replica gets the stored stamp, not the claim.
    (change,) = [c for c in bob.pull_page().changes if c.entity_id == task]
    assert change.row is not None and change.row.field_hlcs["title"] == stored


def test_a_clamped_edit_that_loses_its_tie_is_sent_out_again_so_no_laptop_keeps_it(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-3", "alice", "bob")
    task = new_id()
    created = alice.mutation(
        "task.create.v1", task, case_id, title=(None, "Call"), kind=(None, "task")
    )
    alice.push(created.model_copy(update={"client_hlc": f"{epoch_ms(clock()):013d}:0000:alice"}))
    bob.sync()
    # Alice's clock is 4 minutes ahead: within the limit, her stamp is kept.
    near = f"{epoch_ms(clock() + timedelta(minutes=4)):013d}:0000:alice"
    edit = alice.mutation("task.update.v1", task, case_id, base=1, title=("Call", "Alice's"))
    alice.push(edit.model_copy(update={"client_hlc": near}))
    # The next push lands on a worker whose clock is 2 minutes slower: bob's far-future edit
    # (made on the old title) is clamped below alice's stamp and loses the tie.
    clock.advance(minutes=-2)
    late = f"{epoch_ms(clock() + timedelta(days=2)):013d}:0000:bob"
    mine = bob.mutation("task.update.v1", task, case_id, base=1, title=("Call", "Bob's"))
    (result,) = bob.push(mine.model_copy(update={"client_hlc": late})).results
    assert result.field_outcomes["title"].value == "lww_discarded"
    assert result.entity_version == 3  # written again: created 1, alice 2
    *_, change = [c for c in bob.pull_page().changes if c.entity_id == task]
    assert change.row is not None
    assert (change.row.version, change.row.values["title"], change.row.field_hlcs["title"]) == (
        3,
        "Alice's",
        near,
    )


def test_an_hlc_a_little_ahead_is_kept_as_the_laptop_sent_it(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    (alice,) = _laptops(client, app, "alice")
    case_id = seed_case(app, "ZH-2", "alice")
    near = f"{epoch_ms(clock() + timedelta(minutes=4)):013d}:0003:alice"
    task = new_id()
    created = alice.mutation(
        "task.create.v1", task, case_id, title=(None, "Call"), kind=(None, "task")
    )
    alice.push(created.model_copy(update={"client_hlc": near}))
    tasks = ENTITY_TABLES["task"]
    with app.state.context.db.read() as conn:
        clocks = conn.execute(select(tasks.c.field_clocks).where(tasks.c.id == task)).scalar_one()
        claims = conn.execute(
            select(server_audit.c.event_id).where(server_audit.c.action == "mutation.clock_ahead")
        ).all()
    assert clocks["title"] == near and claims == []
