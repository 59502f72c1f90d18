"""One push batch whose mutations read what earlier ones in the same batch wrote (issue 3).

The push queues its row writes and sends them per table at the end (`row_writes`), and reads
the links of the batch's persons once. Everything a later mutation of the batch checks must
still see the earlier ones: a link just created makes its person editable through that
case, a person edited after a second link goes to both buckets, a case created in the batch
can be assigned and written to, and two edits of one row coalesce into its last image. Both
backends.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from sync.protocol.buckets import case_bucket
from sync.server.db.tables import ENTITY_TABLES, assignment, change_log
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop, seed_case


def test_a_batch_sees_its_own_earlier_rows_links_and_cases(
    client: TestClient, app: FastAPI
) -> None:
    for login in ("alice", "bob"):
        add_user(app, login)
    alice, bob = enrol_laptop(client, app, "alice"), enrol_laptop(client, app, "bob")
    case_a = seed_case(app, "ZH-A", "alice", persons=0)
    case_b = seed_case(app, "ZH-B", "alice", "bob", persons=0)
    person, new_case, note = new_id(), new_id(), new_id()
    m = alice.mutation
    link = "case_person.create.v1"
    result = alice.push(
        m("person.create.v1", person, case_a, family_name=(None, "Haddad")),
        m(link, new_id(), case_a, person_id=(None, person), role=(None, "applicant")),
        m("person.update.v1", person, case_a, base=1, family_name=("Haddad", "Haddad-1")),
        m("person.update.v1", person, case_b, base=2, family_name=("Haddad-1", "Haddad-2")),
        m(link, new_id(), case_b, person_id=(None, person), role=(None, "spouse")),
        m("person.update.v1", person, case_b, base=2, family_name=("Haddad-1", "Haddad-3")),
        m("case.update.v1", case_a, case_a, base=1, summary=(None, "first")),
        m("case.update.v1", case_a, case_a, base=2, summary=("first", "second")),
        m(
            "case.create.v1",
            new_case,
            new_case,
            case_number=(None, "ZH-NEW"),
            case_type=(None, "hardship"),
            status=(None, "open"),
        ),
        m("note.create.v1", note, new_case, body=(None, "in the new case")),
    )
    statuses = [(r.status.value, r.rejection_code) for r in result.results]
    assert statuses == [
        ("applied", None),
        ("applied", None),
        ("applied", None),  # through the link created two mutations before
        ("rejected", "forbidden"),  # not (yet) linked to case B
        ("applied", None),
        ("applied", None),  # now linked to B as well
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("applied", None),
    ]
    persons, cases = ENTITY_TABLES["person"], ENTITY_TABLES["case"]
    notes = ENTITY_TABLES["note"]
    with app.state.context.db.read() as conn:
        name, version = conn.execute(
            select(persons.c.family_name, persons.c.entity_version).where(persons.c.id == person)
        ).one()
        summary, case_version = conn.execute(
            select(cases.c.summary, cases.c.entity_version).where(cases.c.id == case_a)
        ).one()
        holder = conn.execute(
            select(assignment.c.case_id).where(assignment.c.case_id == new_case)
        ).scalar()
        noted = conn.execute(select(notes.c.case_id).where(notes.c.id == note)).scalar()
        person_buckets = conn.execute(
            select(change_log.c.bucket, change_log.c.entity_version).where(
                change_log.c.entity_id == person
            )
        ).all()
    assert (name, version) == ("Haddad-3", 3)
    assert (summary, case_version) == ("second", 3)
    assert holder == new_case and noted == new_case
    # The last edit went to both cases' buckets; the link into B carried the person along.
    assert (case_bucket(case_b), 3) in person_buckets and (case_bucket(case_a), 3) in person_buckets
    assert (case_bucket(case_b), 2) in person_buckets
    bob.sync()
    assert bob.row(case_b, person)["values"]["family_name"] == "Haddad-3"
