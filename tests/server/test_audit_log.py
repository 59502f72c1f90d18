"""The service's Merkle audit log: every record a leaf, signed heads, proofs laptops can check."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from storage.ids import new_id
from sync.server.db.audit_tables import audit_leaf, audit_tree_head
from sync.server.db.tables import merge_audit, server_audit
from sync.server.services import audit, audit_entries, audit_log
from sync.transparency import (
    HeadFailure,
    HeadWitness,
    SignedTreeHead,
    TreeHead,
    tree_root,
    verify_tree_head,
)
from tests.server.audit_laptop import AuditChain
from tests.server.audit_tamper import rebuild_tree, sign_current_tree
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case


def _count(app: FastAPI, table: Any, *where: Any) -> int:
    with app.state.context.db.read() as conn:
        query = select(func.count()).select_from(table)
        return int(conn.execute(query.where(*where) if where else query).scalar_one())


def _head(laptop: Laptop) -> SignedTreeHead:
    response = laptop.client.get("/v1/audit/head", headers=laptop.headers())
    assert response.status_code == 200, response.text
    body = response.json()
    head = TreeHead(
        body["tree_size"], base64.b64decode(body["root_hash"]), body["timestamp_ms"], body["log_id"]
    )
    return SignedTreeHead(head, base64.b64decode(body["signature"]))


def _proof(laptop: Laptop, old: int, new: int) -> list[bytes]:
    response = laptop.client.get(
        "/v1/audit/consistency", params={"from": old, "to": new}, headers=laptop.headers()
    )
    assert response.status_code == 200, response.text
    return [base64.b64decode(p) for p in response.json()["proof"]]


def _witness(laptop: Laptop, log_id: str) -> HeadWitness:
    keys = laptop.service_keys
    current = next(k for k in keys["keys"] if k["key_id"] == keys["current_key_id"])
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(current["sign_public_key"]))
    return HeadWitness(public, log_id)


def _workload(client: TestClient, app: FastAPI) -> Laptop:
    """Enrolment, a push with merges and a rejection, and device audit entries."""
    user_id = add_user(app, "alice")
    case_id = seed_case(app, "ZH-1", "alice")
    alice = enrol_laptop(client, app, "alice")
    person = new_id()
    alice.push(
        alice.mutation("person.create.v1", person, case_id, family_name=(None, "Haddad")),
        alice.mutation("note.create.v1", new_id(), new_id(), body=(None, "not my case")),
    )
    chain = AuditChain(alice, user_id)
    for _ in range(3):
        chain.record(object_id=person)
    chain.upload_ok()
    return alice


def test_every_audit_record_is_a_leaf_of_the_log_and_each_commit_signs_a_head(
    client: TestClient, app: FastAPI
) -> None:
    alice = _workload(client, app)
    records = sum(_count(app, t) for t in audit_entries.SOURCE_TABLES.values())
    assert _count(app, merge_audit) > 0 and _count(app, server_audit) > 0
    assert _count(app, audit_leaf) == records

    with app.state.context.db.read() as conn:
        state = audit_log.read_state(conn)
        leaves = [
            bytes(h)
            for (h,) in conn.execute(
                select(audit_leaf.c.leaf_hash).order_by(audit_leaf.c.leaf_index)
            )
        ]
        heads = list(audit_log.heads(conn))
    assert state.signed_size == state.tree_size == len(leaves)
    assert len(heads) > 3  # one per committing transaction that wrote audit records
    public = app.state.context.keyring.current.sign_private.public_key()
    for stored in heads:
        assert verify_tree_head(public, stored.signed)
        assert stored.signed.head.root_hash == tree_root(leaves, stored.signed.head.tree_size)
    assert _head(alice).head.tree_size == state.tree_size


def test_a_laptop_witness_accepts_each_new_head_with_the_services_proof(
    client: TestClient, app: FastAPI
) -> None:
    alice = _workload(client, app)
    first = _head(alice)
    witness = _witness(alice, first.head.log_id)
    verdict = witness.check(first, _proof(alice, 0, first.head.tree_size))
    assert verdict.accepted
    for n in range(3):
        add_user(app, f"user{n}")  # more audit records between two syncs
        new = _head(alice)
        verdict = verdict.witness.check(
            new, _proof(alice, verdict.witness.last.head.tree_size, new.head.tree_size)
        )  # type: ignore[union-attr]
        assert verdict.accepted, verdict.failure
    assert (
        verdict.witness.last is not None
        and verdict.witness.last.head.tree_size > first.head.tree_size
    )


def test_a_rewritten_log_is_refused_by_the_laptop_even_if_re_signed_with_the_service_key(
    client: TestClient, app: FastAPI
) -> None:
    alice = _workload(client, app)
    seen = _head(alice)
    witness = HeadWitness(
        app.state.context.keyring.current.sign_private.public_key(), seen.head.log_id, seen
    )
    with app.state.context.db.write() as conn:  # rewrite leaf 2 and everything above it
        conn.execute(
            update(audit_leaf).where(audit_leaf.c.leaf_index == 2).values(leaf_hash=bytes(32))
        )
    rebuild_tree(app)
    add_user(app, "mallory")
    sign_current_tree(app)
    new = _head(alice)
    verdict = witness.check(new, _proof(alice, seen.head.tree_size, new.head.tree_size))
    assert verdict.failure is HeadFailure.NOT_CONSISTENT


def test_a_rolled_back_transaction_logs_nothing_and_leaves_nothing_pending(
    client: TestClient, app: FastAPI
) -> None:
    db = app.state.context.db
    before = _count(app, audit_leaf)
    with pytest.raises(RuntimeError), db.write() as conn:
        audit.record(conn, now=app.state.context.clock(), actor_kind=audit.OPERATOR,
                     actor_id=None, action="probe", object_type="test")  # fmt: skip
        raise RuntimeError
    with db.write() as conn:  # the same pooled connection: no stale leaf may ride along
        pass
    assert _count(app, audit_leaf) == before
    add_user(app, "carol")
    assert _count(app, audit_leaf) == before + 1 == _count(app, server_audit)


def test_consistency_requests_outside_the_log_are_refused_with_a_code(
    client: TestClient, app: FastAPI
) -> None:
    add_user(app, "alice")
    alice = enrol_laptop(client, app, "alice")
    size = _head(alice).head.tree_size
    cases = [({"from": 0, "to": size + 1}, 409, "audit_tree_size_unknown"),
             ({"from": 2, "to": 1}, 422, "malformed_request"),
             ({"from": -1, "to": 1}, 422, "malformed_request"),
             ({"from": 0, "to": 2**70}, 422, "malformed_request")]  # fmt: skip
    for params, status, code in cases:
        response = client.get("/v1/audit/consistency", params=params, headers=alice.headers())
        assert (response.status_code, response.json()["code"]) == (status, code), params
    assert client.get("/v1/audit/head").status_code == 401
    with app.state.context.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(audit_tree_head)).scalar_one() > 0
