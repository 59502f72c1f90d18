"""Bulk import (all or nothing, with a report), assignment and visibility; both backends."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from sync.server.db.tables import ENTITY_TABLES, change_log
from sync.server.services import assignments
from sync.server.services.import_files import ImportBatch, read_csv, read_json
from sync.server.services.importing import ImportReport, import_batch
from tests.server.conftest import add_user, bearer, enrol


def _case(number: str, **extra: Any) -> dict[str, Any]:
    return {"case_number": number, "case_type": "asylum_support", "status": "open", **extra}


def _person(family_name: str, **extra: Any) -> dict[str, Any]:
    return {"family_name": family_name, "role": "applicant", **extra}


def _import(app: FastAPI, batch: ImportBatch) -> ImportReport:
    context = app.state.context
    with context.db.write() as conn:
        return import_batch(conn, batch, now=context.clock())


def _import_json(app: FastAPI, document: dict[str, Any]) -> ImportReport:
    batch = ImportBatch()
    read_json(batch, "cases.json", json.dumps(document).encode())
    return _import(app, batch)


def _count(app: FastAPI, table: Any) -> int:
    with app.state.context.db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_a_valid_json_import_writes_cases_persons_links_and_their_change_log(app: FastAPI) -> None:
    document = {
        "cases": [
            _case("ZH-2026-001", persons=[_person("Haddad", nationalities=["SY"]),
                                         _person("Haddad", given_names="Lina", role="child")]),
            _case("ZH-2026-002", persons=[_person("Tesfaye")]),
        ]
    }  # fmt: skip
    report = _import_json(app, document)
    assert (report.ok, report.cases, report.persons, report.links) == (True, 2, 3, 3)
    assert _count(app, ENTITY_TABLES["case"]) == 2
    with app.state.context.db.read() as conn:
        seqs = list(conn.execute(select(change_log.c.seq).order_by(change_log.c.seq)).scalars())
        buckets = set(conn.execute(select(change_log.c.bucket)).scalars())
    assert seqs == list(range(1, 2 + 3 + 3 + 1))  # cases, persons and links, gap-free
    assert len(buckets) == 2


def test_an_import_with_one_bad_row_writes_nothing_and_reports_every_bad_row(app: FastAPI) -> None:
    document = {
        "cases": [
            _case("ZH-2026-001"),
            _case("ZH-2026-002", status="sleeping", persons=[_person("", sex="x")]),
            _case("ZH-2026-001"),
        ]
    }
    report = _import_json(app, document)
    assert not report.ok
    found = {(e.row, e.field, e.code) for e in report.errors}
    assert found == {
        (2, "status", "not_a_choice"),
        (2, "persons.1.family_name", "required"),
        (2, "persons.1.sex", "not_a_choice"),
        (3, "case_number", "duplicate"),
    }
    assert _count(app, ENTITY_TABLES["case"]) == 0
    assert _count(app, change_log) == 0


def test_a_case_number_already_on_the_service_is_refused(app: FastAPI) -> None:
    assert _import_json(app, {"cases": [_case("ZH-2026-001")]}).ok
    report = _import_json(app, {"cases": [_case("ZH-2026-001"), _case("ZH-2026-009")]})
    assert [(e.row, e.field, e.code) for e in report.errors] == [(1, "case_number", "exists")]
    assert _count(app, ENTITY_TABLES["case"]) == 1


def test_csv_import_reports_spreadsheet_row_numbers(app: FastAPI) -> None:
    cases = (
        "case_number,case_type,status,vulnerable,opened_on\n"
        "BE-1,hardship,open,yes,2026-01-05\n"
        "BE-2,hardship,open,perhaps,2026-02-30\n"
    )
    persons = (
        "case_number,role,family_name,nationalities,birth_date\n"
        "BE-1,applicant,Rahimi,AF;IR,1990\n"
        "BE-7,applicant,Karimi,AF,1991-13\n"
    )
    batch = ImportBatch()
    read_csv(batch, "cases.csv", cases.encode(), kind="cases")
    read_csv(batch, "persons.csv", persons.encode(), kind="persons")
    report = _import(app, batch)
    assert {(e.source, e.row, e.field, e.code) for e in report.errors} == {
        ("cases.csv", 3, "vulnerable", "bad_type"),
        ("cases.csv", 3, "opened_on", "bad_date"),
        ("persons.csv", 3, "case_number", "unknown_case"),
        ("persons.csv", 3, "birth_date", "bad_date"),
    }
    good = ImportBatch()
    read_csv(good, "cases.csv", cases.replace("perhaps", "no").replace("02-30", "02-28").encode(),
             kind="cases")  # fmt: skip
    read_csv(good, "persons.csv", persons.splitlines(keepends=True)[0].encode()
             + persons.splitlines(keepends=True)[1].encode(), kind="persons")  # fmt: skip
    assert _import(app, good).ok


def test_a_csv_with_an_unknown_column_is_refused(app: FastAPI) -> None:
    batch = ImportBatch()
    read_csv(batch, "cases.csv", b"case_number,colour\nX-1,red\n", kind="cases")
    report = _import(app, batch)
    assert [(e.row, e.field, e.code) for e in report.errors] == [(1, "colour", "unknown_field")]


def _assign(app: FastAPI, login: str, *numbers: str) -> None:
    context = app.state.context
    with context.db.write() as conn:
        assignments.assign(conn, case_refs=numbers, login=login, replace=False, now=context.clock())


def _visible(client: TestClient, token: str) -> list[str]:
    response = client.get("/v1/assignments", headers=bearer(token))
    assert response.status_code == 200, response.text
    ids: list[str] = response.json()["case_ids"]
    return ids


def _case_ids(app: FastAPI, *numbers: str) -> list[str]:
    with app.state.context.db.read() as conn:
        return sorted(assignments.resolve_cases(conn, numbers))


def test_visibility_is_the_assigned_cases_plus_the_team_for_a_team_lead(
    client: TestClient, app: FastAPI
) -> None:
    assert _import_json(app, {"cases": [_case(f"ZH-{n}") for n in range(1, 5)]}).ok
    add_user(app, "alice", team="north")
    add_user(app, "bob", team="south")
    add_user(app, "lea", role="team_lead", team="north")
    add_user(app, "ivan", role="it", team="north")
    _assign(app, "alice", "ZH-1", "ZH-2")
    _assign(app, "bob", "ZH-3")
    _assign(app, "lea", "ZH-4")
    _assign(app, "ivan", "ZH-3")  # IT never sees case content, assigned or not
    token = {login: enrol(client, app, login)["tokens"]["access_token"]
             for login in ("alice", "bob", "lea", "ivan")}  # fmt: skip
    assert _visible(client, token["alice"]) == _case_ids(app, "ZH-1", "ZH-2")
    assert _visible(client, token["bob"]) == _case_ids(app, "ZH-3")
    assert _visible(client, token["lea"]) == _case_ids(app, "ZH-1", "ZH-2", "ZH-4")
    assert _visible(client, token["ivan"]) == []


def test_bulk_reassignment_moves_the_cases_to_the_new_caseworker(
    client: TestClient, app: FastAPI
) -> None:
    assert _import_json(app, {"cases": [_case(f"ZH-{n}") for n in range(1, 4)]}).ok
    add_user(app, "alice")
    add_user(app, "bob")
    _assign(app, "alice", "ZH-1", "ZH-2", "ZH-3")
    context = app.state.context
    with context.db.write() as conn:
        change = assignments.reassign(
            conn, from_login="alice", to_login="bob", case_refs=None, now=context.clock()
        )
    assert (change.assigned, change.unassigned) == (3, 3)
    alice = enrol(client, app, "alice")["tokens"]["access_token"]
    bob = enrol(client, app, "bob")["tokens"]["access_token"]
    assert _visible(client, alice) == []
    assert _visible(client, bob) == _case_ids(app, "ZH-1", "ZH-2", "ZH-3")
