"""Issue 7/4 on the service: a scan added offline before its case was taken away still goes up.

The row is judged by F31 (made while assigned: accepted), so its bytes must come first like
any other scan's (F36: never a row without bytes), and the former holder may upload them. A
user who never held the case still may not. Both backends.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from fastapi import FastAPI
from fastapi.testclient import TestClient

from storage.ids import new_id
from sync.server.db.blob_tables import blob
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import assignments
from tests.server.conftest import FakeClock, add_user
from tests.server.laptops import enrol_laptop, seed_case
from tests.server.test_blobs import ATTACH, count, scan, start, upload


def test_a_scan_made_before_the_reassignment_needs_its_bytes_and_its_author_may_send_them(
    client: TestClient, app: FastAPI, clock: FakeClock
) -> None:
    for login in ("alice", "bob", "carol"):
        add_user(app, login)
    clock.now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)  # before the laptops' HLCs
    case_id = seed_case(app, "ZH-74", "alice")
    clock.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with app.state.context.db.write() as conn:
        assignments.reassign(
            conn, from_login="alice", to_login="bob", case_refs=[case_id], now=clock.now
        )
    alice, carol = enrol_laptop(client, app, "alice"), enrol_laptop(client, app, "carol")
    data = scan(90_000)
    sha = hashlib.sha256(data).hexdigest()
    mutation = alice.mutation(  # its HLC (late 2025) is from while alice held the case
        ATTACH,
        new_id(),
        case_id,
        sha256=(None, sha),
        filename=(None, "passport.png"),
        media_type=(None, "image/png"),
        size=(None, len(data)),
    )

    first = alice.push_items([alice.seal(mutation)])
    assert first.status_code == 409 and first.json()["code"] == "blob_missing"
    assert count(app, ENTITY_TABLES["attachment"]) == 0
    assert start(carol, sha, case_id, len(data)).status_code == 403  # never held the case
    assert upload(alice, data, case_id)["available"]
    again = alice.push_items([alice.seal(mutation)])

    assert again.status_code == 200
    assert alice.open_result(again.json()).results[0].status.value == "applied"
    assert count(app, ENTITY_TABLES["attachment"]) == 1 and count(app, blob) == 1
