"""The service checks the MACs of a laptop's chain once the profile granted its chain key."""

from __future__ import annotations

import base64
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storage.audit_chain import (
    ChainEntry,
    ChainState,
    ChainWriter,
    evolve_key,
    genesis_hash,
    genesis_state,
    new_chain_key,
)
from storage.audit_key_grant import grant_record, seal_chain_key
from sync.protocol.audit import AuditUpload, ChainKeyGrant
from sync.protocol.audit_key import sign_grant
from sync.protocol.versions import PROTOCOL_VERSION
from sync.server.db.audit_tables import device_audit_event, device_audit_key
from sync.server.db.tables import server_audit
from sync.server.services.device_chain_key import GRANTED
from tests.server.audit_laptop import AuditChain, flag_codes, utc_stamp
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop, raw


class KeyedChain(AuditChain):
    """An `AuditChain` whose K_0 the test knows, so it can make grants like the app does."""

    def __post_init__(self) -> None:
        self.k0 = bytes(new_chain_key())
        self.writer = ChainWriter(
            genesis_state(self.local_profile_id, bytearray(self.k0)),
            profile_id=self.local_profile_id,
        )

    def grant(self, seq: int = 0, *, k0: bytes | None = None) -> ChainKeyGrant:
        """A grant of K_{seq+1} at (seq, h_seq), sealed for the service, signed by the profile."""
        head = genesis_hash(self.local_profile_id) if seq == 0 else self.entries[seq - 1].hash
        keys = self.laptop.service_keys
        current = next(k for k in keys["keys"] if k["key_id"] == keys["current_key_id"])
        box = seal_chain_key(
            base64.b64decode(current["seal_public_key"]),
            chain_id=self.local_profile_id,
            seq=seq,
            head_hash=head,
            key=evolve_key(k0 or self.k0, seq + 1),
        )
        record = grant_record(keys["current_key_id"], seq=seq, head_hash=head, sealed=box)
        return sign_grant(
            record, chain_id=self.local_profile_id, profile_sign_private=raw(self.laptop.sign_key)
        )

    def send(self, entries: list[ChainEntry], grant: ChainKeyGrant | None = None) -> Any:
        body = AuditUpload(
            protocol_version=PROTOCOL_VERSION,
            profile_id=self.laptop.profile_id,
            entries=[self.seal(e) for e in entries],
            chain_key=grant,
        )
        return self.laptop.client.post(
            "/v1/audit/events",
            content=body.model_dump_json(),
            headers=self.laptop.headers(**{"content-type": "application/json"}),
        )

    def send_ok(self, entries: list[ChainEntry], grant: ChainKeyGrant | None = None) -> Any:
        response = self.send(entries, grant)
        assert response.status_code == 200, response.text
        return response.json()


def _chain(client: TestClient, app: FastAPI, login: str = "alice") -> KeyedChain:
    user_id = add_user(app, login)
    return KeyedChain(enrol_laptop(client, app, login), user_id)


def _forged_tail(chain: KeyedChain, after: int, count: int) -> list[ChainEntry]:
    """A consistent rewrite from seq `after` on: real hashes, MACs from a key not K_i."""
    head = chain.entries[after - 1].hash if after else genesis_hash(chain.local_profile_id)
    state = ChainState(seq=after, head_hash=head, key=new_chain_key())
    writer = ChainWriter(state, profile_id=chain.local_profile_id)
    return [
        writer.append(
            actor=chain.user_id,
            device_id=chain.laptop.device_id,
            action="read",
            object_type="person",
            object_id=f"p-forged-{n}",
            occurred_at=utc_stamp(),
        )
        for n in range(count)
    ]


def _count(app: FastAPI, table: Any, *where: Any) -> int:
    with app.state.context.db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar())


def _held_key(app: FastAPI) -> Any:
    with app.state.context.db.read() as conn:
        return conn.execute(select(device_audit_key)).one()


def test_genuine_uploads_pass_and_the_key_is_kept_evolved_to_the_checkpoint(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for _ in range(5):
        chain.record()
    first = chain.send_ok(chain.entries[:3], chain.grant())
    assert (first["stored"], first["flags"], first["macs_checked"]) == (3, [], True)
    row = _held_key(app)
    assert (row.granted_seq, row.key_seq, bytes(row.key_head)) == (0, 3, chain.entries[2].hash)
    assert bytes(row.chain_key) == evolve_key(chain.k0, 4)  # K_4, not K_0

    later = chain.send_ok(chain.entries[3:])  # the grant is not needed again
    assert (later["stored"], later["flags"], later["macs_checked"]) == (2, [], True)
    assert _held_key(app).key_seq == 5


def test_a_consistent_tail_rewrite_without_the_key_is_caught_as_a_mac_mismatch(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for _ in range(5):
        chain.record()
    chain.send_ok(chain.entries[:2], chain.grant())
    # Someone holding the store but not K_3 rewrites 3..5: the hashes chain perfectly.
    forged = _forged_tail(chain, 2, 3)
    answer = chain.send_ok(forged)
    assert flag_codes(answer) == [("mac_mismatch", 3)]
    assert (answer["stored"], answer["checkpoint_seq"]) == (0, 2)
    assert _count(app, device_audit_event) == 2
    # The genuine entries still continue the chain.
    honest = chain.send_ok(chain.entries[2:])
    assert (honest["stored"], honest["checkpoint_seq"], honest["flags"]) == (3, 5, [])


def test_without_a_grant_the_same_rewrite_passes_hash_only_checking(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for _ in range(2):
        chain.record()
    chain.send_ok(chain.entries)
    answer = chain.send_ok(_forged_tail(chain, 2, 3))
    assert (answer["stored"], answer["flags"], answer["macs_checked"]) == (3, [], False)
    assert _count(app, device_audit_key) == 0


def test_a_resent_grant_is_idempotent(client: TestClient, app: FastAPI) -> None:
    chain = _chain(client, app)
    for _ in range(4):
        chain.record()
    grant = chain.grant()
    chain.send_ok(chain.entries[:2], grant)
    again = chain.send_ok(chain.entries[2:], grant)
    assert (again["stored"], again["flags"], again["macs_checked"]) == (2, [], True)
    assert chain.send_ok([], grant)["flags"] == []
    assert _count(app, device_audit_key) == 1
    assert _count(app, server_audit, server_audit.c.action == GRANTED) == 1  # audited once


def test_a_different_key_for_the_same_profile_is_refused_and_changes_nothing(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for _ in range(4):
        chain.record()
    chain.send_ok(chain.entries[:2], chain.grant())
    kept = bytes(_held_key(app).chain_key)
    other = chain.grant(k0=bytes(new_chain_key()))
    answer = chain.send_ok(chain.entries[2:], other)
    assert flag_codes(answer) == [("key_refused", 0)]
    assert answer["stored"] == 2  # the genuine entries verify with the kept key
    assert _held_key(app).granted_seq == 0 and _count(app, device_audit_key) == 1
    assert bytes(_held_key(app).chain_key) == evolve_key(kept, 2)


def test_a_grant_after_hash_only_uploads_checks_macs_from_then_on(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for _ in range(3):
        chain.record()
    assert chain.send_ok(chain.entries)["macs_checked"] is False  # an older laptop app
    assert chain.send_ok([], chain.grant())["macs_checked"] is True
    assert _held_key(app).key_seq == 3
    assert flag_codes(chain.send_ok(_forged_tail(chain, 3, 1))) == [("mac_mismatch", 4)]


def test_a_grant_ahead_of_the_checkpoint_waits_for_the_chain_to_reach_it(
    client: TestClient, app: FastAPI
) -> None:
    chain = _chain(client, app)
    for _ in range(4):
        chain.record()
    # Made after enrolment from the laptop's state at seq 2 (n, h_n, K_{n+1}).
    grant = chain.grant(seq=2)
    answer = chain.send_ok(chain.entries[:1], grant)
    assert (answer["stored"], answer["macs_checked"]) == (1, True)
    assert _held_key(app).key_seq == 2  # pending at the grant's position
    forged = _forged_tail(chain, 2, 1)
    answer = chain.send_ok([chain.entries[1], *forged])
    assert flag_codes(answer) == [("mac_mismatch", 3)] and answer["checkpoint_seq"] == 2
    assert chain.send_ok(chain.entries[2:])["checkpoint_seq"] == 4
    assert _held_key(app).key_seq == 4


def test_a_grant_for_another_history_is_refused(client: TestClient, app: FastAPI) -> None:
    chain = _chain(client, app)
    for _ in range(3):
        chain.record()
    chain.send_ok(chain.entries)
    # A grant at seq 2 whose head is not the held h_2 (made on another copy of the store).
    grant = chain.grant(seq=2).model_copy(
        update={"head_hash": base64.b64encode(bytes(32)).decode()}
    )
    response = chain.send(chain.entries[:0], grant)
    assert response.status_code == 403, response.text  # the signature covers the head
    honest_other = _chain(client, app, "bob")
    honest_other.record()
    foreign = honest_other.grant()  # signed by bob's profile, not alice's
    assert chain.send([], foreign).status_code == 403
    assert _count(app, device_audit_key) == 0
