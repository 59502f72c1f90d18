"""Locked-profile sync, lost answers, token expiry, eviction, server reset and wipe."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from sqlalchemy import select, update

from storage.tables import audit_event, conflict, outbox
from sync.client.layout import ProfileFiles
from sync.server.db.tables import sync_meta
from sync.server.services import devices
from tests.reliability.faultproxy import Fault, FaultProxy, when
from tests.server.conftest import FakeClock
from tests.server.laptops import seed_case, unassign
from tests.sync.conftest import Laptop


def test_locked_sync_moves_sealed_files_and_unlock_applies_them(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-10", "anna", "ben")
    anna.sync()
    ben.sync()
    anna.unlock().records.create("note", {"body": "written before lunch"}, case_id=case_id)
    ben.unlock().records.update("case", case_id, {"summary": "ben's summary"})
    ben.sync()
    anna.lock()
    files = ProfileFiles(anna.info)
    assert len(files.outbox_seqs()) == 1  # sealed right after the write

    outcome = anna.sync_locked()

    assert outcome.error is None and outcome.moved.sent == 1
    assert files.outbox_seqs() == []
    assert [kind for _, kind, _ in files.staged()] == ["result", "page"]
    anna.apply()
    profile = anna.unlock()
    assert profile.records.get("case", case_id, audit_read=False)["summary"] == "ben's summary"
    with profile.store.read() as conn:
        assert conn.execute(select(outbox)).first() is None
    assert files.staged() == []
    ben.sync()
    assert [n["body"] for n in ben.unlock().records.list("note", case_id=case_id)] == [
        "written before lunch"
    ]


def test_a_push_answer_lost_after_the_commit_is_applied_exactly_once(
    app: FastAPI, make_laptop: Callable[[str], Laptop], service_url: str
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-11", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "once"}, case_id=case_id)
    rule = when(Fault.drop_after_upstream(), method="POST", path="/v1/push")
    with FaultProxy(service_url, rule) as proxy:
        outcome = anna.sync(proxy.url)
        assert proxy.errors == []
        drops = [e for e in proxy.events if e.faults]
    assert outcome.error is None
    assert len(drops) == 1
    anna.sync()
    assert [n["body"] for n in anna.unlock().records.list("note", case_id=case_id)] == ["once"]
    with anna.unlock().store.read() as conn:
        assert conn.execute(select(outbox)).first() is None


def test_an_access_token_expiring_mid_sync_is_refreshed_without_loss(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-12", "anna")
    anna.sync()
    anna.unlock().records.update("case", case_id, {"summary": "after the break"})
    clock.advance(hours=2)  # the access token (15 min) has expired, the refresh token not
    outcome = anna.sync()
    assert outcome.error is None and outcome.moved.sent == 1
    assert anna.sync().moved.sent == 0
    case = anna.unlock().records.get("case", case_id, audit_read=False)
    assert (case["summary"], case.sync_state) == ("after the break", "synced")


def test_an_unassigned_case_is_evicted_after_its_pending_edits_are_pushed(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-13", "anna", "ben", persons=1)
    keep_id = seed_case(app, "K-14", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "last words"}, case_id=case_id)
    unassign(app, case_id, "anna")
    outcome = anna.sync()
    assert outcome.error is None and outcome.applied is not None
    assert outcome.applied.evicted == 1
    profile = anna.unlock()
    assert [c.id for c in profile.records.list("case")] == [keep_id]
    assert profile.records.list("note") == []
    assert not profile.search.search("K-13")
    with profile.store.read() as conn:
        actions = [r.action for r in conn.execute(select(audit_event.c.action))]
        rejected = conn.execute(select(conflict)).mappings().all()
    assert "evict" in actions
    ben.sync()
    delivered = [n["body"] for n in ben.unlock().records.list("note", case_id=case_id)]
    print(delivered, [dict(r) for r in rejected], outcome.applied)
    # Either the service accepted the edit, or the laptop keeps it as a rejection: never lost.
    assert delivered == ["last words"] or [r["client_value"]["body"]["new"] for r in rejected] == [
        "last words"
    ]


def test_a_restored_server_resets_the_buckets_and_keeps_pending_work(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-15", "anna")
    anna.sync()
    with app.state.context.db.write() as conn:
        conn.execute(update(sync_meta).values(server_epoch="restored-epoch-0001"))
    anna.unlock().records.update("case", case_id, {"summary": "kept across the reset"})
    anna.lock()
    anna.sync_locked()  # the push goes up; the pull learns of the new epoch and starts over
    outcome = anna.sync()
    assert outcome.error is None
    case = anna.unlock().records.get("case", case_id, audit_read=False)
    assert case["summary"] == "kept across the reset"
    assert ProfileFiles(anna.info).state().server_epoch == "restored-epoch-0001"


def test_a_revoked_device_pushes_nothing_and_is_crypto_erased(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-16", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "never sent"}, case_id=case_id)
    device_id = anna.workspace.device_id()
    del device_id
    context = app.state.context
    with context.db.write() as conn:
        (device,) = devices.list_devices(conn)
        devices.set_device_status(conn, device_id=device.id, status="revoked", now=context.clock())
    outcome = anna.sync()
    anna.profile = None  # the engine locked it before erasing
    assert outcome.wiped and outcome.device_wiped
    assert not anna.info.path.exists()
    assert anna.workspace.list_profiles() == []
