"""Knowing a blob's hash is not holding its bytes (F41, `services.blob_possession`), both backends.

Found by the authorization matrix: a caseworker who learnt the SHA-256 of another case's scan
could attach that hash to a case of their own (the blob existed, so the push was accepted) and
then download the other case's bytes. Now an attachment row naming an existing blob is accepted
only from a writer who uploaded the bytes, holds a case that has them, or sent them again.
"""

from __future__ import annotations

import hashlib

from fastapi import FastAPI
from fastapi.testclient import TestClient

from sync.server.db.blob_tables import blob_upload_part
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import assignments
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case
from tests.server.test_blobs import attach, count, patch, scan, sealed, start, upload

SCAN = scan(5_000, seed=21)
SHA = hashlib.sha256(SCAN).hexdigest()


def _cast(client: TestClient, app: FastAPI) -> tuple[Laptop, Laptop, str, str]:
    """Bob's case B has SCAN attached; Alice holds case A only."""
    add_user(app, "alice")
    add_user(app, "bob")
    case_a, case_b = seed_case(app, "PO-1", "alice"), seed_case(app, "PO-2", "bob")
    alice, bob = enrol_laptop(client, app, "alice"), enrol_laptop(client, app, "bob")
    assert upload(bob, SCAN, case_b)["available"]
    assert bob.open_result(attach(bob, case_b, SCAN).json()).results[0].status.value == "applied"
    return alice, bob, case_a, case_b


def _attachments(app: FastAPI, case_id: str) -> int:
    rows = ENTITY_TABLES["attachment"]
    return count(app, rows, rows.c.case_id == case_id)


def test_knowing_another_cases_hash_gives_neither_an_attachment_nor_the_bytes(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_a, _ = _cast(client, app)
    started = start(alice, SHA, case_a, len(SCAN)).json()
    assert (started["available"], started["offset"]) == (False, 0)  # send the bytes first
    refused = attach(alice, case_a, SCAN)
    assert refused.status_code == 409 and refused.json()["code"] == "blob_missing"
    assert _attachments(app, case_a) == 0
    download = client.get(f"/v1/blobs/{SHA}", headers=alice.headers())
    assert download.status_code == 403 and download.json()["code"] == "forbidden"


def test_a_caseworker_who_has_the_same_bytes_sends_them_and_may_attach_them(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_a, _ = _cast(client, app)
    assert upload(alice, SCAN, case_a)["available"]  # the whole stream, verified again
    assert count(app, blob_upload_part) == 0  # the proof keeps no bytes
    assert patch(alice, SHA, 0, b"resent").json()["available"]  # a lost answer: proof stands
    result = alice.open_result(attach(alice, case_a, SCAN).json())
    assert result.results[0].status.value == "applied"
    assert client.get(f"/v1/blobs/{SHA}", headers=alice.headers()).content == SCAN


def test_a_stream_that_is_not_the_existing_blob_proves_nothing(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_a, _ = _cast(client, app)
    other = scan(len(SCAN), seed=22)
    assert start(alice, SHA, case_a, len(other)).status_code == 200
    lying = patch(alice, SHA, 0, sealed(alice, other, claim=SHA))
    assert lying.status_code == 422 and lying.json()["code"] == "blob_hash_mismatch"
    refused = attach(alice, case_a, SCAN)
    assert refused.status_code == 409 and refused.json()["code"] == "blob_missing"
    assert _attachments(app, case_a) == 0


def test_the_uploader_and_the_holders_of_its_case_get_the_blob_at_once(
    client: TestClient, app: FastAPI
) -> None:
    _, _, _, case_b = _cast(client, app)
    add_user(app, "carol")
    seed_case(app, "PO-3", "carol")
    with app.state.context.db.write() as conn:
        assignments.assign(
            conn, case_refs=[case_b], login="carol", replace=False, now=app.state.context.clock()
        )
    bobs_new_laptop = enrol_laptop(client, app, "bob")
    carol = enrol_laptop(client, app, "carol")
    for laptop in (bobs_new_laptop, carol):
        assert start(laptop, SHA, case_b, len(SCAN)).json()["available"]
    assert count(app, ENTITY_TABLES["attachment"]) == 1
