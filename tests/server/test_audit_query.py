"""`admin audit query`: who saw or changed a person's file, by user, device and date."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from sync.server.db.tables import server_audit
from tests.server.audit_laptop import AuditChain
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop, seed_case
from tests.server.test_cli import env, run  # noqa: F401 - `env` is a fixture

pytestmark = pytest.mark.usefixtures("env")


def _scene(client: TestClient, app: FastAPI) -> dict[str, Any]:
    """Alice creates person P and reads it; Bob reads P later; Alice also reads Q."""
    alice_id, bob_id = add_user(app, "alice"), add_user(app, "bob")
    case_id = seed_case(app, "ZH-1", "alice", "bob")
    alice, bob = enrol_laptop(client, app, "alice"), enrol_laptop(client, app, "bob")
    person, other = new_id(), new_id()
    alice.push(alice.mutation("person.create.v1", person, case_id, family_name=(None, "Haddad")))
    alice_chain, bob_chain = AuditChain(alice, alice_id), AuditChain(bob, bob_id)
    alice_chain.record("read", "person", person, occurred_at="2026-03-02T10:00:00Z")
    alice_chain.record("print", "person", person, occurred_at="2026-03-05T10:00:00Z")
    alice_chain.record("read", "person", other, occurred_at="2026-03-05T11:00:00Z")
    bob_chain.record("read", "person", person, occurred_at="2026-03-09T08:30:00Z")
    alice_chain.upload_ok()
    bob_chain.upload_ok()
    return {"person": person, "alice": alice, "bob": bob}


def _rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    code, out = run(capsys, "admin", "audit", "query", *argv)
    assert code == 0, out
    rows: list[dict[str, Any]] = out["rows"]
    return rows


def _summary(rows: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    return [(r["source"], r["action"], r["actor_login"]) for r in rows]


def test_who_saw_a_persons_file_lists_every_read_and_change_oldest_first(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    scene = _scene(client, app)
    rows = _rows(capsys, "--person", scene["person"])
    assert _summary(rows) == [
        ("merge", "merge.applied", "alice"),  # created on the service at 09:00
        ("device", "read", "alice"),
        ("device", "print", "alice"),
        ("device", "read", "bob"),
    ]
    assert rows[0]["detail"] == {"field": "family_name", "policy": rows[0]["detail"]["policy"],
                                 "mutation_seq": 1}  # fmt: skip
    assert "Haddad" not in str(rows)  # who and what, never the values
    assert rows[1]["device_id"] == scene["alice"].device_id


def test_queries_by_user_device_and_date_range(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    scene = _scene(client, app)
    by_bob = _rows(capsys, "--user", "bob")
    assert ("device", "read", "bob") in _summary(by_bob)
    assert {r["actor_login"] for r in by_bob} == {"bob"}

    on_alices_laptop = _rows(capsys, "--device", scene["alice"].device_id)
    assert {r["actor_login"] for r in on_alices_laptop} == {"alice"}
    assert len([r for r in on_alices_laptop if r["source"] == "device"]) == 3

    in_range = _rows(capsys, "--since", "2026-03-05", "--until", "2026-03-05")
    assert _summary(in_range) == [("device", "print", "alice"), ("device", "read", "alice")]
    narrowed = _rows(capsys, "--person", scene["person"], "--since", "2026-03-03T00:00:00")
    assert _summary(narrowed) == [("device", "print", "alice"), ("device", "read", "bob")]


def test_a_csv_export_for_the_dpo_and_the_query_itself_is_audited(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    from sync.server.cli import main

    scene = _scene(client, app)
    assert main(["admin", "audit", "query", "--person", scene["person"], "--csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["action"] for r in table] == ["merge.applied", "read", "print", "read"]
    assert table[1]["occurred_at"].startswith("2026-03-02T10:00:00")
    with app.state.context.db.read() as conn:
        queried = conn.execute(
            select(server_audit).where(server_audit.c.action == "audit.queried")
        ).one()
    assert (queried.object_type, queried.object_id) == ("person", scene["person"])
    assert queried.detail == {"rows": 4, "format": "csv"}


def test_a_query_needs_a_criterion(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "admin", "audit", "query")
    assert (code, out["code"]) == (1, "invalid_argument")


def test_chain_breaks_are_listed_for_the_auditor(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    user_id = add_user(app, "alice")
    chain = AuditChain(enrol_laptop(client, app, "alice"), user_id)
    for _ in range(3):
        chain.record()
    chain.upload_ok([chain.entries[0], chain.entries[2]])  # seq 2 withheld
    code, out = run(capsys, "admin", "audit", "flags")
    assert code == 0
    assert [(f["code"], f["seq"], f["profile_id"]) for f in out["flags"]] == [
        ("gap", 2, chain.laptop.profile_id)
    ]
