"""The laptop's audit chain goes up at every sync and the service verifies it (issue 7).

Real SQLCipher profiles, the service over real HTTP, SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from sqlalchemy import delete, func, select, update

from storage.tables import audit_event
from sync.client.audit_upload_files import AuditFiles
from sync.client.layout import ProfileFiles
from sync.server.db.audit_tables import audit_leaf, device_audit_event, device_audit_flag
from sync.server.services import audit_entries, audit_log
from sync.server.services.audit_device_chains import verify_device_chains
from sync.server.services.audit_verify import verify_log
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def _service(app: FastAPI, query: Any) -> Any:
    with app.state.context.db.read() as conn:
        return conn.execute(query).all()


def _service_seqs(app: FastAPI) -> list[int]:
    rows = _service(app, select(device_audit_event.c.seq).order_by(device_audit_event.c.seq))
    return [int(seq) for (seq,) in rows]


def _local(laptop: Laptop) -> list[tuple[int, bool]]:
    with laptop.unlock().store.read() as conn:
        rows = conn.execute(select(audit_event.c.seq, audit_event.c.synced).order_by("seq"))
        return [(int(seq), bool(synced)) for seq, synced in rows]


def _service_verifies(app: FastAPI) -> None:
    keyring = app.state.context.keyring
    publics = {pair.key_id: pair.sign_public for pair in keyring.generations}
    with app.state.context.db.read() as conn:
        assert list(verify_device_chains(conn)) == []
        report = verify_log(conn, publics)
    assert report.findings == [], report.findings


def test_the_chain_goes_up_at_sync_and_the_service_verifies_it(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "AUD-1", "anna")
    anna.sync()
    profile = anna.unlock()
    profile.records.get("case", case_id)  # an audited read
    profile.records.create("note", {"body": "seen"}, case_id=case_id)

    outcome = anna.sync()

    assert outcome.error is None, outcome
    state = AuditFiles(anna.info).state()
    uploaded = _service_seqs(app)
    assert uploaded == list(range(1, state.uploaded_upto + 1))
    local = _local(anna)
    assert [seq for seq, _ in local] == uploaded  # the read and the create went up
    assert all(synced for _, synced in local)  # and are marked so in the store
    with app.state.context.db.read() as conn:
        size = audit_log.read_state(conn).tree_size
    assert state.head is not None and state.head["tree_size"] == size
    assert state.failure is None and state.flags == []
    _service_verifies(app)
    device_leaves = _service(
        app, select(func.count()).where(audit_leaf.c.source == audit_entries.DEVICE)
    )
    assert device_leaves[0][0] == len(uploaded)  # each entry logged in the Merkle log once

    profile.records.get("case", case_id)
    assert _local(anna)[-1] == (len(uploaded) + 1, False)  # not yet at the service
    again = anna.sync()  # only the new event goes up
    assert again.error is None
    assert _service_seqs(app) == list(range(1, len(uploaded) + 2))
    assert all(synced for _, synced in _local(anna))


def test_a_locked_sync_uploads_the_sealed_entries_without_the_passphrase(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "AUD-2", "anna")
    anna.sync()
    anna.unlock().records.get("case", case_id)
    anna.lock()  # seals outbox and audit entries, then wipes the key
    files = AuditFiles(anna.info)
    sealed = files.seqs()
    assert sealed and files.head() is not None
    before = AuditFiles(anna.info).state().uploaded_upto

    outcome = anna.sync_locked()

    assert outcome.error is None, outcome
    assert files.seqs() == []  # the service holds them all
    assert files.state().uploaded_upto == sealed[-1] > before
    assert _service_seqs(app) == list(range(1, sealed[-1] + 1))
    _service_verifies(app)


def test_an_edited_laptop_event_is_flagged_by_the_service_and_nothing_after_it_stored(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "AUD-3", "anna")
    anna.sync()
    profile = anna.unlock()
    for _ in range(3):
        profile.records.get("case", case_id)
    target = _local(anna)[-2][0]
    with profile.store.write() as conn:  # a thief of the unlocked laptop rewrites one event
        conn.execute(
            update(audit_event).where(audit_event.c.seq == target).values(object_id="other")
        )

    assert anna.sync().error is None  # the laptop's own sync goes on; the auditor is told

    state = AuditFiles(anna.info).state()
    assert {"code": "hash_mismatch", "seq": target} in state.flags
    assert state.uploaded_upto == target - 1
    assert _service_seqs(app) == list(range(1, target))
    flags = _service(app, select(device_audit_flag.c.code, device_audit_flag.c.seq))
    assert ("hash_mismatch", target) in [(code, int(seq)) for code, seq in flags]


def test_a_deleted_laptop_event_is_flagged_by_the_service_as_a_gap(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "AUD-4", "anna")
    anna.sync()
    profile = anna.unlock()
    for _ in range(3):
        profile.records.get("case", case_id)
    target = _local(anna)[-2][0]
    with profile.store.write() as conn:
        conn.execute(delete(audit_event).where(audit_event.c.seq == target))

    assert anna.sync().error is None

    state = AuditFiles(anna.info).state()
    assert {"code": "gap", "seq": target} in state.flags
    assert _service_seqs(app) == list(range(1, target))
    assert ProfileFiles(anna.info).state().last_error is None
