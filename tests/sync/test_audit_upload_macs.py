"""The laptop grants its chain key to the service, which then checks every MAC (AUD-2).

Real SQLCipher profiles, the service over real HTTP, SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select, update

from storage.audit import chain_position, load_entries
from storage.audit_chain import chain_hash
from storage.audit_key_grant import META_SERVICE_GRANT
from storage.tables import audit_event
from sync.client.audit_upload import audit_status
from sync.client.audit_upload_files import AuditFiles
from sync.client.layout import ProfileFiles
from sync.server.db.audit_tables import device_audit_event, device_audit_flag, device_audit_key
from tests.server.laptops import seed_case
from tests.sync.laptop import Laptop


def _service(app: FastAPI, query: Any) -> Any:
    with app.state.context.db.read() as conn:
        return conn.execute(query).all()


def test_the_first_sync_grants_the_key_and_the_service_checks_macs_from_then_on(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "MAC-1", "anna")
    assert anna.sync().error is None
    profile = anna.unlock()
    with profile.store.read() as conn:
        grant: Any = profile.store.get_meta(conn, META_SERVICE_GRANT)
    files = AuditFiles(anna.info)
    assert files.state().chain_key_delivered and files.chain_key() is None
    assert audit_status(ProfileFiles(anna.info))["chain_key_delivered"] is True
    (row,) = _service(app, select(device_audit_key))
    assert row.granted_seq == grant["seq"]  # made at the first seal after enrolment

    profile.records.get("case", case_id)
    assert anna.sync().error is None
    (row,) = _service(app, select(device_audit_key))
    seqs = _service(app, select(device_audit_event.c.seq))
    assert row.key_seq == max(int(seq) for (seq,) in seqs)  # the key follows the checkpoint
    assert _service(app, select(device_audit_flag)) == []


def test_a_tail_rewritten_with_recomputed_hashes_is_caught_by_the_service(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "MAC-2", "anna")
    assert anna.sync().error is None  # the grant is at the service now
    profile = anna.unlock()
    for _ in range(3):
        profile.records.get("case", case_id)
    with profile.store.read() as conn:
        entries = load_entries(conn)
    target = entries[-3].event.seq
    # A thief of the unlocked laptop, without the keys already used, rewrites the last three
    # events consistently: every hash recomputed, MACs made with a key of their own.
    previous = entries[-4].hash
    with profile.store.write() as conn:
        for entry in entries[-3:]:
            event = replace(entry.event, object_id="c-elsewhere")
            previous = chain_hash(previous, event)
            conn.execute(
                update(audit_event)
                .where(audit_event.c.seq == event.seq)
                .values(object_id=event.object_id, hash=previous, mac=secrets.token_bytes(32))
            )

    assert anna.sync().error is None

    state = AuditFiles(anna.info).state()
    assert {"code": "mac_mismatch", "seq": target} in state.flags
    assert state.uploaded_upto == target - 1
    flags = _service(app, select(device_audit_flag.c.code, device_audit_flag.c.seq))
    assert ("mac_mismatch", target) in [(code, int(seq)) for code, seq in flags]


def test_no_chain_key_lies_readable_beside_the_sealed_files(
    make_laptop: Callable[[str], Laptop],
) -> None:
    anna = make_laptop("anna")
    anna.unlock()
    anna.lock()  # seals the entries and the grant for a locked sync
    files = AuditFiles(anna.info)
    assert files.chain_key() is not None
    profile = anna.unlock()
    with profile.store.read() as conn:
        state = chain_position(conn)
    key = bytes(state.key)
    state.wipe()
    # The key in the store now is a later one than the granted; neither may appear in a file.
    for path in files.root.rglob("*"):
        if path.is_file():
            body = path.read_bytes()
            assert key not in body and key.hex().encode() not in body
            assert base64.b64encode(key) not in body
