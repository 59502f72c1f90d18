"""A closed case with something in every table that can hold case data, for the erasure tests.

`build` fills case A (to be erased) through the real push and blob endpoints: canaries in a
case field, a person's name, a note and an attachment's bytes; a conflict; a rejected push
(kept for review); a person shared with case B and a file attached to both (both must
survive); an upload never finished; an assignment that ended. Then A is closed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from sync.protocol.outcomes import MutationStatus
from sync.server.db.tables import ENTITY_TABLES, metadata
from sync.server.services import assignments
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case
from tests.server.test_blobs import attach, patch, sealed, start, upload

UPDATE = "case.update.v1"
CLOSED_ON = "2026-03-02"  # the FakeClock's day
SERVICE_DAY = date(2026, 3, 2) + timedelta(days=3650)  # hardship's shipped service figure


@dataclass
class Built:
    """Ids and canaries of the built cases."""

    alice: Laptop
    bob: Laptop
    case_a: str
    case_b: str
    canaries: list[str]
    shared_person: str
    shared_blob: str
    own_blob: str


def _ok(result: Any) -> None:
    for item in result.results:
        assert item.status in (MutationStatus.APPLIED, MutationStatus.CONFLICT), item


def build(app: FastAPI, client: TestClient) -> Built:
    """Fill case A (erased later) and case B (kept); returns what the tests check."""
    token = new_id()[:8]
    canaries = [f"CanarySummary{token}", f"Canaryname{token}", f"CanaryNote{token}"]
    canaries.append(f"CanaryScan{token}")
    add_user(app, "alice")
    add_user(app, "bob")
    case_a = seed_case(app, "ZH-ERASE-1", "alice", "bob")
    case_b = seed_case(app, "ZH-KEEP-2", "alice")
    alice, bob = enrol_laptop(client, app, "alice"), enrol_laptop(client, app, "bob")
    person, shared, note = new_id(), new_id(), new_id()
    m = alice.mutation
    _ok(
        alice.push(
            m(UPDATE, case_a, case_a, base=1, summary=(None, canaries[0])),
            m("person.create.v1", person, case_a, family_name=(None, canaries[1])),
            m(
                "case_person.create.v1",
                new_id(),
                case_a,
                person_id=(None, person),
                role=(None, "applicant"),
            ),
            m("person.create.v1", shared, case_a, family_name=(None, "Shared")),
            m(
                "case_person.create.v1",
                new_id(),
                case_a,
                person_id=(None, shared),
                role=(None, "spouse"),
            ),
            m(
                "case_person.create.v1",
                new_id(),
                case_b,
                person_id=(None, shared),
                role=(None, "spouse"),
            ),
            m("note.create.v1", note, case_a, body=(None, canaries[2])),
        )
    )
    # A conflict: both edit the stage from the same base.
    _ok(alice.push(m(UPDATE, case_a, case_a, base=2, stage=(None, "interview"))))
    _ok(bob.push(bob.mutation(UPDATE, case_a, case_a, base=2, stage=(None, "decision"))))
    # A rejection kept for review (an illegal status step).
    alice.push(m(UPDATE, case_a, case_a, base=3, status=("open", "decided")))
    # Attachments: one only in A (with a canary), one in A and B.
    own = os.urandom(700) + canaries[3].encode() + os.urandom(300)
    both = os.urandom(900)
    for data, cases in ((own, [case_a]), (both, [case_a, case_b])):
        assert upload(alice, data, case_a)["available"]
        for case_id in cases:
            assert attach(alice, case_id, data).status_code == 200
    # An upload for A that never finished.
    half = os.urandom(5000)
    half_sha = hashlib.sha256(half).hexdigest()
    assert start(alice, half_sha, case_a, len(half)).status_code == 200
    assert patch(alice, half_sha, 0, sealed(alice, half)[:1000]).status_code == 200
    # Bob's assignment ends (kept in the history), then A is closed.
    context = app.state.context
    with context.db.write() as conn:
        assignments.reassign(
            conn, from_login="bob", to_login="alice", case_refs=[case_a], now=context.clock()
        )
    close(alice, case_a, base=version(app, case_a))
    return Built(
        alice,
        bob,
        case_a,
        case_b,
        canaries,
        shared,
        hashlib.sha256(both).hexdigest(),
        hashlib.sha256(own).hexdigest(),
    )


def version(app: FastAPI, case_id: str) -> int:
    """The case row's entity_version."""
    cases = ENTITY_TABLES["case"]
    with app.state.context.db.read() as conn:
        query = select(cases.c.entity_version).where(cases.c.id == case_id)
        return int(conn.execute(query).scalar_one())


def close(laptop: Laptop, case_id: str, *, base: int, on: str = CLOSED_ON) -> None:
    """Close a case from a laptop, with its closing date."""
    _ok(
        laptop.push(
            laptop.mutation(
                UPDATE,
                case_id,
                case_id,
                base=base,
                status=("open", "closed"),
                closed_on=(None, on),
            )
        )
    )


def dump(app: FastAPI) -> dict[str, list[str]]:
    """Every row of every table, as text (for "nothing changed" and "nothing left")."""
    with app.state.context.db.read() as conn:
        return {
            name: sorted(repr(tuple(row)) for row in conn.execute(select(table)))
            for name, table in metadata.tables.items()
        }
