"""Recovery paths of the client: dead-man switch, retirement, checksum refetch, mutation gap."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from sqlalchemy import select, update

from storage.tables import ENTITY_TABLES, sync_bucket
from sync.client.deadman import DEFAULT_OFFLINE_DAYS, Gate, record_online_contact, unlock_gate
from sync.client.layout import ProfileFiles
from sync.protocol.buckets import case_bucket
from sync.server.services import devices
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop
from tests.sync.replicas import laptop_case, lost_and_duplicated, outbox_left, server_case


def _last_success(laptop: Laptop) -> datetime:
    stamp = ProfileFiles(laptop.info).state().last_success
    assert stamp is not None
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def test_dead_man_switch_needs_an_online_login_and_keeps_unsynced_work(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "D-1", "anna")
    assert unlock_gate(anna.info, now=datetime.now(UTC)) is Gate.OPEN  # enrolled, not synced
    assert anna.sync().error is None
    anna.unlock().records.create("note", {"body": "written offline"}, case_id=case_id)
    anna.lock()
    synced = _last_success(anna)
    limit = timedelta(days=DEFAULT_OFFLINE_DAYS)

    assert unlock_gate(anna.info, now=synced + limit - timedelta(minutes=1)) is Gate.OPEN
    late = synced + limit + timedelta(minutes=1)
    assert unlock_gate(anna.info, now=late) is Gate.ONLINE_LOGIN_REQUIRED
    assert unlock_gate(anna.info, now=synced - timedelta(days=3)) is Gate.ONLINE_LOGIN_REQUIRED
    assert len(ProfileFiles(anna.info).outbox_seqs()) == 1  # nothing wiped by the rule

    record_online_contact(anna.info, now=late)
    assert unlock_gate(anna.info, now=late) is Gate.OPEN
    assert anna.sync().error is None
    assert lost_and_duplicated(app, anna) == ([], [])


def test_a_retired_device_gets_its_final_push_accepted_then_is_wiped(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "D-2", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "handed in with the laptop"}, case_id=case_id)
    context = app.state.context
    with context.db.write() as conn:
        (device,) = devices.list_devices(conn)
        devices.set_device_status(conn, device_id=device.id, status="retired", now=context.clock())
    outcome = anna.sync()
    anna.profile = None  # the engine locked it before erasing
    assert outcome.wiped and outcome.device_wiped, outcome
    assert outcome.moved.sent == 1
    assert not anna.info.path.exists()
    notes = [v for k, v in server_case(app, case_id).items() if k.startswith("note:")]
    assert [dict(v[2])["body"] for v in notes] == ["handed in with the laptop"]


def test_a_checksum_mismatch_refetches_the_bucket_once_and_does_not_loop(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "D-3", "anna", persons=2)
    anna.sync()
    person = ENTITY_TABLES["person"]
    with anna.unlock().store.write() as conn:  # a local row silently diverged
        conn.execute(update(person).values(version=person.c.version + 40, family_name="Wrong"))
    assert laptop_case(anna, case_id) != server_case(app, case_id)

    first = anna.sync()
    assert first.error is None
    with anna.unlock().store.read() as conn:
        cursor, refetched = conn.execute(
            select(sync_bucket.c.cursor, sync_bucket.c.refetched).where(
                sync_bucket.c.bucket == case_bucket(case_id)
            )
        ).one()
    assert (cursor, refetched) == (0, True)  # download the bucket again, once

    second = anna.sync()
    assert second.error is None and second.applied is not None
    assert second.applied.received >= 3
    assert laptop_case(anna, case_id) == server_case(app, case_id)
    third = anna.sync()
    assert third.applied is not None and third.applied.received == 0  # no loop
    assert third.applied.checksum_mismatch == []


def test_a_lost_sealed_file_after_a_partial_push_is_sealed_again(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "D-4", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "n1"}, case_id=case_id)
    anna.lock()
    assert anna.sync_locked().moved.sent == 1  # the first part went up
    for n in (2, 3, 4):
        anna.unlock().records.create("note", {"body": f"n{n}"}, case_id=case_id)
    anna.lock()
    files = ProfileFiles(anna.info)
    assert files.outbox_seqs() == [2, 3, 4]
    files.outbox_path(2).unlink()  # lost (disk error, an overzealous cleaner)

    locked = anna.sync_locked()
    assert locked.error == "mutation_gap"  # the service refuses 3 before 2; nothing applied
    for _ in range(2):
        outcome = anna.sync()  # unlock: 2 is sealed again from the store's outbox
    assert outcome.error is None
    assert outbox_left(anna) == 0
    assert lost_and_duplicated(app, anna) == ([], [])
    bodies = sorted(
        dict(v[2])["body"] for k, v in server_case(app, case_id).items() if k.startswith("note:")
    )
    assert bodies == ["n1", "n2", "n3", "n4"]


def test_a_damaged_staged_page_is_dropped_and_fetched_again(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "D-5", "anna", "ben")
    anna.sync()
    ben.sync()
    ben.unlock().records.update("case", case_id, {"summary": "from ben"})
    ben.sync()
    anna.lock()
    assert anna.sync_locked().moved.pages >= 1
    files = ProfileFiles(anna.info)
    (_, kind, path) = files.staged()[-1]
    assert kind == "page"
    body = json.loads(path.read_bytes())
    name = max(body, key=lambda k: len(str(body[k])))  # the sealed box: flip one character
    text = str(body[name])
    body[name] = text[:40] + ("A" if text[40] != "A" else "B") + text[41:]
    path.write_text(json.dumps(body))

    anna.apply()  # refuses the page without blocking the inbox
    assert files.staged() == []
    assert anna.sync().error is None
    assert laptop_case(anna, case_id) == server_case(app, case_id)
    assert anna.unlock().records.get("case", case_id, audit_read=False)["summary"] == "from ben"
