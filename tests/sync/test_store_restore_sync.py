"""A damaged store restored from the service over HTTP: every case back, sealed work pushed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from storage.errors import ErrorCode, StoreError
from storage.tables import audit_event
from storage.unlocked import unlock_profile
from sync.client.audit_upload_files import AuditFiles
from sync.client.layout import ProfileFiles
from sync.client.store_restore import restore_from_service
from sync.server.db.tables import mutation_log
from tests.server.laptops import seed_case
from tests.sync.conftest import PASSPHRASE, Laptop
from tests.sync.replicas import laptop_case, lost_and_duplicated, server_case

PAGE = 4096


def _bodies(app: FastAPI, case_id: str) -> set[str]:
    rows = server_case(app, case_id)
    return {dict(v[2])["body"] for k, v in rows.items() if k.startswith("note:")}


def _damage(laptop: Laptop, table: str) -> None:
    """Flip one bit in the root page of `table`."""
    with laptop.unlock().store.read() as conn:
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).scalar_one()
    laptop.lock()
    path = laptop.info.store_path
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE + 200] ^= 0x04
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("table", ["note", "audit_event"])
def test_a_damaged_store_is_restored_from_the_service_and_loses_no_sealed_work(
    app: FastAPI, make_laptop: Callable[[str], Laptop], table: str
) -> None:
    """Damage in case data: the audit trail comes along and the service sees one chain.
    Damage in the audit table: the chain goes on from its head; the entries never sealed
    (the last lock) are a gap the service flags for IT, and sync carries on regardless."""
    anna = make_laptop("anna")
    cases = [seed_case(app, f"R-{n}", "anna", persons=2) for n in range(3)]
    profile = anna.unlock()
    assert anna.sync().error is None
    profile.records.create("note", {"body": "pushed before"}, case_id=cases[0])
    assert anna.sync().error is None
    profile.records.create("note", {"body": "sealed, never pushed"}, case_id=cases[1])
    anna.lock()  # seals the outbox: the note waits in outbox/<seq>.json
    files = ProfileFiles(anna.info)
    assert len(files.outbox_seqs()) == 1
    _damage(anna, table)
    with pytest.raises(StoreError) as caught:
        anna.unlock()
    assert caught.value.code is ErrorCode.STORE_CORRUPT

    restored = restore_from_service(anna.workspace, anna.info.profile_id, PASSPHRASE)
    assert (restored.kept_as / "store.db").is_file()
    outcome = anna.sync()
    assert outcome.error is None, outcome
    assert outcome.moved.sent == 1
    for case_id in cases:
        assert laptop_case(anna, case_id) == server_case(app, case_id)
    assert _bodies(app, cases[0]) == {"pushed before"}
    assert _bodies(app, cases[1]) == {"sealed, never pushed"}

    profile = anna.unlock()
    profile.records.create("note", {"body": "after the restore"}, case_id=cases[2])
    assert anna.sync().error is None
    assert _bodies(app, cases[2]) == {"after the restore"}
    assert lost_and_duplicated(app, anna) == ([], [])
    with app.state.context.db.read() as conn:
        statuses = set(conn.execute(select(mutation_log.c.status)).scalars())
    assert statuses == {"applied"}
    with profile.store.read() as conn:
        actions = list(
            conn.execute(select(audit_event.c.action).order_by(audit_event.c.seq)).scalars()
        )
        last = conn.execute(select(audit_event.c.seq).order_by(audit_event.c.seq.desc())).first()
    assert actions.count("restore") == 1
    audit = AuditFiles(anna.info).state()
    assert audit.failure is None
    if table == "note":  # the old trail came along: the service holds one unbroken chain
        assert actions[0] == "unlock" and audit.flags == []
        assert last is not None and audit.uploaded_upto == last[0]
    else:
        assert actions[0] == "restore"
        assert [f["code"] for f in audit.flags] == ["gap"]


def test_a_restore_waits_for_a_running_sync_and_changes_nothing(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    from sync.cli import sync_lock
    from sync.client.store_restore import RestoreBusy

    anna = make_laptop("anna")
    anna.lock()
    before = anna.info.store_path.read_bytes()
    with sync_lock(anna.workspace.root) as held:
        assert held
        with pytest.raises(RestoreBusy):
            restore_from_service(anna.workspace, anna.info.profile_id, PASSPHRASE)
    assert anna.info.store_path.read_bytes() == before
    unlock_profile(anna.workspace, anna.info.profile_id, PASSPHRASE).lock()
