"""Pull: paging, snapshots, eviction, checksums, epoch, acks and sealing (both backends)."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from sync.protocol.buckets import case_bucket
from sync.protocol.envelopes import PullCursors, SealedPullPage
from sync.protocol.sealed import SealedWireError, open_page, seal_cursors
from sync.server.db.tables import change_log
from sync.server.services import assignments
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, raw, seed_case, unassign

NOTE = "note.create.v1"


def _laptops(client: TestClient, app: FastAPI, *logins: str) -> list[Laptop]:
    for login in logins:
        add_user(app, login)
    return [enrol_laptop(client, app, login) for login in logins]


def _seqs(app: FastAPI, case_id: str, after: int = 0) -> list[int]:
    with app.state.context.db.read() as conn:
        query = select(change_log.c.seq).where(
            change_log.c.bucket == case_bucket(case_id), change_log.c.seq > after
        )
        return sorted(conn.execute(query).scalars())


def test_changes_are_paged_by_seq_and_each_arrives_exactly_once(
    client: TestClient, app: FastAPI
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-1", "alice", "bob")
    bob.sync()
    start = bob.cursors[case_bucket(case_id)]
    for batch in range(3):
        alice.push(
            *[
                alice.mutation(NOTE, new_id(), case_id, body=(None, f"{batch}.{n}"))
                for n in range(4)
            ]
        )
    pages = bob.sync(max_rows=5)
    assert [p.has_more for p in pages] == [True, True, False]
    assert [len(p.changes) for p in pages] == [5, 5, 2]
    assert [seq for _, seq in bob.delivered] == _seqs(app, case_id, after=start)
    bucket = case_bucket(case_id)
    assert case_bucket(case_id) not in pages[0].checksums  # mid-way: no checksum to compare
    assert pages[-1].checksums[bucket] == bob.checksum(bucket)


def test_an_initial_sync_snapshots_every_case_once_across_pages(
    client: TestClient, app: FastAPI
) -> None:
    (alice,) = _laptops(client, app, "alice")
    cases = [seed_case(app, f"ZH-{n}", "alice", persons=2) for n in range(5)]
    pages = alice.sync(max_rows=8)  # a case is 5 rows: one per page
    snapped = [s.bucket for p in pages for s in p.snapshots]
    assert sorted(snapped) == sorted(case_bucket(c) for c in cases)
    assert len(pages) == 5 and not pages[-1].has_more
    for case_id in cases:
        bucket = case_bucket(case_id)
        assert len(alice.rows[bucket]) == 5  # case, two persons, two links
        assert alice.checksums[bucket] == alice.checksum(bucket)


def test_a_newly_assigned_case_arrives_as_a_snapshot_and_an_unassigned_one_is_evicted(
    client: TestClient, app: FastAPI
) -> None:
    (alice,) = _laptops(client, app, "alice")
    kept, leaving = seed_case(app, "ZH-1", "alice"), seed_case(app, "ZH-2", "alice")
    arriving = seed_case(app, "ZH-3")
    alice.sync()
    alice.push(alice.mutation(NOTE, new_id(), arriving, body=(None, "before assignment")))
    context = app.state.context
    with context.db.write() as conn:
        assignments.assign(
            conn, case_refs=[arriving], login="alice", replace=False, now=context.clock()
        )
    unassign(app, leaving, "alice")
    (page,) = alice.sync()
    assert page.evict == [case_bucket(leaving)]
    assert [s.bucket for s in page.snapshots] == [case_bucket(arriving)]
    assert case_bucket(leaving) not in alice.rows
    assert set(alice.cursors) == {case_bucket(kept), case_bucket(arriving)}
    assert page.checksums[case_bucket(arriving)] == alice.checksum(case_bucket(arriving))


def test_the_checksum_is_what_the_laptop_computes_from_its_rows(
    client: TestClient, app: FastAPI
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-1", "alice", "bob", persons=2)
    bob.sync()
    (person, *_) = [r for r in bob.rows[case_bucket(case_id)].values() if r["entity"] == "person"]
    task = new_id()
    alice.push(
        alice.mutation("task.create.v1", task, case_id, title=(None, "t"), kind=(None, "task")),
        alice.mutation("task.archive.v1", task, case_id, base=1),  # archived rows do not count
        alice.mutation(
            "case_person.create.v1",
            new_id(),
            case_id,  # a second link, same person
            person_id=(None, person["entity_id"]),
            role=(None, "other"),
        ),
        alice.mutation(
            "person.update.v1",
            person["entity_id"],
            case_id,
            base=1,
            phone=(None, "+41 44 000 00 00"),
        ),
    )
    (page,) = bob.sync()
    bucket = case_bucket(case_id)
    assert page.checksums[bucket] == bob.checksum(bucket)
    bob.rows[bucket][person["entity_id"]]["version"] -= 1  # a diverged copy is noticed
    assert page.checksums[bucket] != bob.checksum(bucket)


def test_the_server_epoch_is_reported_and_a_different_one_asks_for_a_reset(
    client: TestClient, app: FastAPI
) -> None:
    (alice,) = _laptops(client, app, "alice")
    case_id = seed_case(app, "ZH-1", "alice")
    (page,) = alice.sync()
    assert alice.epoch == page.server_epoch and len(page.server_epoch) == 32
    stale = alice.pull_raw({"buckets": alice.cursors, "server_epoch": "restoredfrombackup"})
    assert (stale.status_code, stale.json()["code"]) == (409, "server_epoch_changed")
    # The reset: every bucket from 0 and no epoch → fresh snapshots, nothing lost.
    reset = alice.pull_raw({"buckets": dict.fromkeys(alice.cursors, 0)})
    snapshot = alice.open_page(reset.json()).snapshots
    assert [s.bucket for s in snapshot] == [case_bucket(case_id)]


def test_acks_carry_the_commit_seq_and_results_of_every_pushed_mutation(
    client: TestClient, app: FastAPI
) -> None:
    (alice,) = _laptops(client, app, "alice")
    case_id = seed_case(app, "ZH-1", "alice")
    alice.sync()
    alice.push(
        alice.mutation(NOTE, new_id(), case_id, body=(None, "one")),
        alice.mutation(NOTE, new_id(), "00000000-0000-7000-8000-000000000000", body=(None, "x")),
    )
    page = alice.pull_page(results_after=0)
    assert page.last_mutation_seq == 2
    assert [r.status.value for r in page.results] == ["applied", "rejected"]
    (applied_seq,) = _seqs(app, case_id, after=3)
    # A mutation that changed nothing is acked at the mark before its batch's changes.
    assert [(a.mutation_seq, a.seq) for a in page.acks] == [(1, applied_seq), (2, applied_seq - 1)]
    assert all(a.seq <= page.cursors[case_bucket(case_id)] for a in page.acks)
    assert alice.pull_page(results_after=2).results == []


def test_a_locked_laptop_pages_on_with_the_continuation_it_cannot_read(
    client: TestClient, app: FastAPI
) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    case_id = seed_case(app, "ZH-1", "alice", "bob")
    bob.sync()
    alice.push(*[alice.mutation(NOTE, new_id(), case_id, body=(None, str(n))) for n in range(3)])
    assert bob.device_credential is not None
    locked = {
        "Authorization": f"Bearer {bob.device_credential}",
        "Dossier-Profile-Id": bob.profile_id,
    }
    continuation = seal_cursors(
        PullCursors(buckets=bob.cursors),
        profile_id=bob.profile_id,
        service_seal_public=base64.b64decode(bob.service_keys["keys"][0]["seal_public_key"]),
    )
    staged = []
    while True:
        response = client.post("/v1/pull", headers=locked, json=_request(bob, continuation))
        assert response.status_code == 200, response.text
        staged.append(response.json())
        continuation = response.json()["continuation"]
        if not response.json()["has_more"]:
            break
    stranger = X25519PrivateKey.generate()  # the device credential's holder has no page key
    with pytest.raises(SealedWireError):
        open_page(
            SealedPullPage.model_validate(staged[0]),
            profile_seal_private=raw(stranger),
            service_sign_publics=bob.sign_publics(),
        )
    for body in staged:  # at the next unlock, the app opens and applies the staged pages
        bob.apply(bob.open_page(body))
    assert len(bob.rows[case_bucket(case_id)]) == 3 + 3


def _request(laptop: Laptop, continuation: str) -> dict[str, Any]:
    return {
        "protocol_version": 1,
        "schema_version": 1,
        "profile_id": laptop.profile_id,
        "buckets": {},
        "max_rows": 2,
        "continuation": continuation,
    }


def test_a_continuation_of_another_profile_is_refused(client: TestClient, app: FastAPI) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    seed_case(app, "ZH-1", "alice", "bob")
    response = alice.pull_raw({"buckets": {}})
    response = bob.client.post(
        "/v1/pull", headers=bob.headers(), json=_request(bob, response.json()["continuation"])
    )
    assert (response.status_code, response.json()["code"]) == (400, "seal_invalid")


def test_pages_are_signed_by_the_service(client: TestClient, app: FastAPI) -> None:
    (alice,) = _laptops(client, app, "alice")
    seed_case(app, "ZH-1", "alice")
    body = alice.pull_raw({"buckets": {}}).json()
    signature = bytearray(base64.b64decode(body["signature"]))
    signature[0] ^= 1
    with pytest.raises(SealedWireError):
        alice.open_page({**body, "signature": base64.b64encode(signature).decode()})
    other = alice.pull_raw({"buckets": {}}).json()  # a genuine box under another signature
    with pytest.raises(SealedWireError):
        alice.open_page({**body, "sealed": other["sealed"]})
    assert alice.open_page(body).snapshots


def test_pull_names_the_authenticated_profile_only(client: TestClient, app: FastAPI) -> None:
    alice, bob = _laptops(client, app, "alice", "bob")
    request = {
        "protocol_version": 1,
        "schema_version": 1,
        "profile_id": bob.profile_id,
        "buckets": {},
    }
    response = client.post("/v1/pull", headers=alice.headers(), json=request)
    assert (response.status_code, response.json()["code"]) == (403, "device_mismatch")


def test_an_it_account_sees_no_case_content(client: TestClient, app: FastAPI) -> None:
    add_user(app, "ivan", role="it")
    case_id = seed_case(app, "ZH-1", "ivan")
    ivan = enrol_laptop(client, app, "ivan")
    (page,) = ivan.sync()
    assert page.snapshots == [] and page.changes == []
    stale = ivan.pull_raw({"buckets": {case_bucket(case_id): 0}})
    assert ivan.open_page(stale.json()).evict == [case_bucket(case_id)]
