"""Device audit ingest: a real chain is stored once, and gaps, forks and rewinds are flagged."""

from __future__ import annotations

import base64

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storage.audit_chain import (
    AuditEvent,
    ChainEntry,
    ChainState,
    ChainWriter,
    chain_hash,
    genesis_state,
    new_chain_key,
)
from storage.sealing import seal
from sync.protocol.audit import SealedAuditEntry
from sync.protocol.audit_sealed import AUDIT_ENTRY_CONTEXT, audit_signing_message
from sync.protocol.sealed import b64
from sync.server.db.audit_tables import audit_leaf, device_audit_event, device_audit_flag
from sync.server.services import audit_entries
from tests.server.audit_laptop import AuditChain, flag_codes
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop


def _chain(client: TestClient, app: FastAPI, login: str = "alice") -> AuditChain:
    user_id = add_user(app, login)
    return AuditChain(enrol_laptop(client, app, login), user_id)


def _count(app: FastAPI, table: object, *where: object) -> int:
    with app.state.context.db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar())


def test_a_real_chain_is_stored_logged_and_idempotent_on_profile_and_seq(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for n in range(5):
        chain.record(object_id=f"p-{n}")
    first = chain.upload_ok(chain.entries[:3])
    assert (first["stored"], first["duplicates"], first["flags"]) == (3, 0, [])
    assert first["checkpoint_seq"] == 3 and first["macs_checked"] is False

    again = chain.upload_ok()  # 1-3 again, 4-5 new
    assert (again["stored"], again["duplicates"], again["checkpoint_seq"]) == (2, 3, 5)
    device = audit_leaf.c.source == audit_entries.DEVICE
    assert _count(app, device_audit_event) == 5
    assert _count(app, audit_leaf, device) == 5  # each entry logged exactly once


def test_a_gap_is_flagged_and_nothing_after_it_is_stored(client: TestClient, app: FastAPI) -> None:
    chain = _chain(client, app)
    for _ in range(6):
        chain.record()
    chain.upload_ok(chain.entries[:2])
    answer = chain.upload_ok([chain.entries[1], chain.entries[3], chain.entries[4]])  # 3 deleted
    assert flag_codes(answer) == [("gap", 3)]
    assert (answer["stored"], answer["checkpoint_seq"]) == (0, 2)

    # The same broken upload again adds no second flag; the honest resend then continues.
    chain.upload_ok(chain.entries[3:5])
    assert _count(app, device_audit_flag) == 1
    resumed = chain.upload_ok(chain.entries[2:])
    assert (resumed["stored"], resumed["checkpoint_seq"], resumed["flags"]) == (4, 6, [])


def test_an_edited_entry_is_flagged_as_a_hash_mismatch(client: TestClient, app: FastAPI) -> None:
    chain = _chain(client, app)
    for _ in range(3):
        chain.record()
    tampered = chain.entries[1]
    edited = type(tampered)(
        type(tampered.event)(**{**_fields(tampered.event), "object_id": "p-other"}),
        tampered.hash,
        tampered.mac,
    )
    answer = chain.upload_ok([chain.entries[0], edited, chain.entries[2]])
    assert flag_codes(answer) == [("hash_mismatch", 2)]
    assert answer["checkpoint_seq"] == 1


def test_a_second_history_at_a_held_seq_is_a_fork(client: TestClient, app: FastAPI) -> None:
    chain = _chain(client, app)
    for _ in range(3):
        chain.record()
    chain.upload_ok()
    # Another chain of the same profile (e.g. a second copy of the store written separately).
    other = ChainWriter(
        genesis_state(chain.local_profile_id, new_chain_key()), profile_id=chain.local_profile_id
    )
    forged = [
        other.append(
            actor=chain.user_id,
            device_id=chain.laptop.device_id,
            action="export",
            object_type="person",
            object_id=f"p-{n}",
            occurred_at="2026-03-03T10:00:00Z",
        )
        for n in range(4)
    ]
    answer = chain.upload_ok(forged)
    assert flag_codes(answer) == [("fork", 1)]
    assert (answer["stored"], answer["checkpoint_seq"]) == (0, 3)
    with app.state.context.db.read() as conn:
        kept = conn.execute(select(device_audit_flag)).one()
    assert kept.code == "fork" and kept.entry["action"] == "export"  # evidence kept


def test_a_laptop_restored_from_an_old_copy_is_flagged_as_a_rewind(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for _ in range(4):
        chain.record()
    chain.upload_ok()
    restored_at = chain.entries[1]  # the old copy ends at seq 2

    # Its signed head lies behind what the service holds ...
    answer = chain.upload_ok([], head=(2, restored_at.hash))
    assert flag_codes(answer) == [("rewind", 2)]

    # ... and what it writes next is a second history from seq 3 on.
    restored = ChainState(seq=2, head_hash=restored_at.hash, key=new_chain_key())
    writer = ChainWriter(restored, profile_id=chain.local_profile_id)
    rewritten = writer.append(
        actor=chain.user_id,
        device_id=chain.laptop.device_id,
        action="read",
        object_type="case",
        object_id="c-1",
        occurred_at="2026-03-04T10:00:00Z",
    )
    assert flag_codes(chain.upload_ok([rewritten])) == [("fork", 3)]
    assert _count(app, device_audit_event) == 4  # nothing of the rewound history stored


def test_a_forged_entry_signature_refuses_the_whole_upload(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    chain.record()
    chain.record()
    items = [chain.seal(e) for e in chain.entries]
    other_signature = chain.seal(chain.entries[0]).signature
    items[1] = items[1].model_copy(update={"signature": other_signature})
    response = chain.upload(items=items)
    assert response.status_code == 403 and response.json()["code"] == "signature_invalid"
    assert _count(app, device_audit_event) == 0


def test_another_profiles_upload_is_refused(client: TestClient, app: FastAPI) -> None:
    alice = _chain(client, app, "alice")
    bob = _chain(client, app, "bob")
    alice.record()
    bob.laptop.profile_id, real = alice.laptop.profile_id, bob.laptop.profile_id
    response = bob.upload([alice.entries[0]])
    assert response.status_code == 403, response.text
    bob.laptop.profile_id = real


def _fields(event: object) -> dict[str, object]:
    names = ("seq", "event_id", "actor", "profile_id", "device_id", "action", "object_type")
    names += ("object_id", "occurred_at", "recipient", "detail")
    return {name: getattr(event, name) for name in names}


def test_an_event_carrying_content_and_an_unreadable_entry_are_flagged_not_stored(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    first = chain.record()
    # A well-chained entry whose object id is a name: never stored (AUD-1), the chain stops.
    leaky = AuditEvent(**{**_fields(first.event), "seq": 2, "object_id": "Amira Haddad"})
    leaky_entry = ChainEntry(leaky, chain_hash(first.hash, leaky), bytes(32))
    answer = chain.upload_ok([first, leaky_entry])
    assert flag_codes(answer) == [("event_invalid", 2)] and answer["stored"] == 1
    with app.state.context.db.read() as conn:
        assert "Amira" not in str(conn.execute(select(device_audit_flag)).all())

    # Signed by the profile and sealed for the service, but not an audit entry at all.
    box = seal(
        _service_seal_public(chain),
        b'{"seq": 2}',
        context=AUDIT_ENTRY_CONTEXT + chain.laptop.profile_id.encode(),
    )
    signature = chain.laptop.sign_key.sign(audit_signing_message(chain.laptop.profile_id, 2, box))
    item = SealedAuditEntry(seq=2, sealed=b64(box), signature=b64(signature))
    response = chain.upload(items=[item])
    assert response.status_code == 200 and flag_codes(response.json()) == [("entry_unreadable", 2)]


def _service_seal_public(chain: AuditChain) -> bytes:
    keys = chain.laptop.service_keys
    current = next(k for k in keys["keys"] if k["key_id"] == keys["current_key_id"])
    return base64.b64decode(current["seal_public_key"])
