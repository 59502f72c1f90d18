"""Field-level three-way merge through push: conflicts, resolutions, audit (both backends)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from storage.ids import new_id
from sync.protocol.models import ConflictRecord, PushResult
from sync.server.cli import main
from sync.server.db.tables import merge_audit, mutation_log
from sync.server.services.push import stored_result
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case

UPDATE = "case.update.v1"


@pytest.fixture
def team(client: TestClient, app: FastAPI) -> tuple[Laptop, Laptop, Laptop, str]:
    """Alice and Bob hold one case on two laptops; Lea leads their team. All synced."""
    add_user(app, "alice", team="north")
    add_user(app, "bob", team="north")
    add_user(app, "lea", role="team_lead", team="north")
    case_id = seed_case(app, "ZH-7", "alice", "bob")
    laptops = tuple(enrol_laptop(client, app, login) for login in ("alice", "bob", "lea"))
    for laptop in laptops:
        laptop.sync()
    alice, bob, lea = laptops
    return alice, bob, lea, case_id


def _only(result: PushResult) -> Any:
    (single,) = result.results
    return single


def _assert_every_outcome_is_audited(app: FastAPI) -> None:
    with app.state.context.db.read() as conn:
        audited = {
            (r.profile_id, r.mutation_seq, r.field, r.outcome)
            for r in conn.execute(select(merge_audit))
        }
        logged = list(conn.execute(select(mutation_log)))
    assert logged
    for row in logged:
        result = stored_result(row.result)
        for name, outcome in result.field_outcomes.items():
            assert (row.profile_id, row.mutation_seq, name, outcome.value) in audited


def test_the_same_field_edited_on_two_laptops_opens_a_conflict_every_holder_sees(
    team: tuple[Laptop, Laptop, Laptop, str], app: FastAPI
) -> None:
    alice, bob, lea, case_id = team
    assert (
        _only(
            alice.push(alice.mutation(UPDATE, case_id, case_id, base=1, stage=(None, "intake")))
        ).status.value
        == "applied"
    )
    conflicted = _only(
        bob.push(bob.mutation(UPDATE, case_id, case_id, base=1, stage=(None, "hearing")))
    )
    assert (conflicted.status.value, conflicted.outcome.value) == ("conflict", "conflict_opened")
    (conflict_id,) = conflicted.conflict_ids
    for laptop in (alice, bob, lea):
        laptop.sync()
        record = laptop.conflicts[conflict_id]
        assert (record.base, record.server, record.client) == (None, "intake", "hearing")
        assert (record.status.value, record.kind.value, record.field) == (
            "open",
            "same_field",
            "stage",
        )
        assert laptop.row(case_id, case_id)["values"]["stage"] == "intake"  # server value kept
    _assert_every_outcome_is_audited(app)


def test_a_resolution_closes_the_conflict_for_everyone(
    team: tuple[Laptop, Laptop, Laptop, str], app: FastAPI
) -> None:
    alice, bob, _, case_id = team
    record = _conflict_on_stage(alice, bob, case_id)
    resolved = _only(alice.push(alice.resolve(record, "hearing")))
    assert (resolved.status.value, resolved.outcome.value) == ("applied", "conflict_resolved")
    bob.sync()
    closed = bob.conflicts[record.conflict_id]
    assert (closed.status.value, closed.resolved_value) == ("resolved", "hearing")
    assert closed.resolved_by_profile == alice.profile_id
    assert bob.row(case_id, case_id)["values"]["stage"] == "hearing"
    with app.state.context.db.read() as conn:
        trail = conn.execute(
            select(merge_audit.c.outcome).where(merge_audit.c.conflict_id == record.conflict_id)
        )
        assert sorted(trail.scalars()) == ["conflict_opened", "conflict_resolved"]
    _assert_every_outcome_is_audited(app)


def test_two_different_offline_resolutions_make_a_new_conflict(
    team: tuple[Laptop, Laptop, Laptop, str], app: FastAPI
) -> None:
    alice, bob, _, case_id = team
    record = _conflict_on_stage(alice, bob, case_id)
    alice.push(alice.resolve(record, "hearing"))
    second = _only(bob.push(bob.resolve(record, "appeal")))  # Bob saw the same conflict
    assert second.status.value == "conflict"
    (new_id_,) = second.conflict_ids
    bob.sync()
    fresh = bob.conflicts[new_id_]
    assert (fresh.kind.value, fresh.supersedes, fresh.status.value) == (
        "resolution",
        record.conflict_id,
        "open",
    )
    assert (fresh.base, fresh.server, fresh.client) == ("intake", "hearing", "appeal")
    assert bob.conflicts[record.conflict_id].status.value == "superseded"
    # The same choice twice is no disagreement: it converges and closes the new conflict.
    again = _only(alice.push(alice.resolve(fresh, "hearing")))
    assert again.outcome.value == "converged"
    alice.sync()
    assert alice.conflicts[new_id_].status.value == "resolved"
    _assert_every_outcome_is_audited(app)


def _conflict_on_stage(alice: Laptop, bob: Laptop, case_id: str) -> ConflictRecord:
    alice.push(alice.mutation(UPDATE, case_id, case_id, base=1, stage=(None, "intake")))
    bob.push(bob.mutation(UPDATE, case_id, case_id, base=1, stage=(None, "hearing")))
    alice.sync()
    bob.sync()
    (record,) = bob.open_conflicts()
    return record


def test_disjoint_fields_edited_on_two_laptops_are_both_applied(
    team: tuple[Laptop, Laptop, Laptop, str], app: FastAPI
) -> None:
    alice, bob, lea, case_id = team
    alice.push(alice.mutation(UPDATE, case_id, case_id, base=1, stage=(None, "intake")))
    merged = _only(
        bob.push(bob.mutation(UPDATE, case_id, case_id, base=1, office=(None, "Bern")))
    ).outcome
    assert merged.value == "auto_merged_disjoint"
    lea.sync()
    values = lea.row(case_id, case_id)["values"]
    assert (values["stage"], values["office"]) == ("intake", "Bern")
    assert lea.open_conflicts() == []
    _assert_every_outcome_is_audited(app)


def test_archive_against_a_concurrent_edit_is_a_conflict_and_the_edit_is_kept(
    team: tuple[Laptop, Laptop, Laptop, str], app: FastAPI
) -> None:
    alice, bob, _, case_id = team
    edited, archived = new_id(), new_id()
    for task in (edited, archived):
        alice.push(
            alice.mutation(
                "task.create.v1", task, case_id, title=(None, "Passport"), kind=(None, "task")
            )
        )
    bob.sync()
    # Bob edits the first task while Alice, offline, archives it: the archive must not bury it.
    bob.push(bob.mutation("task.update.v1", edited, case_id, base=1, due_on=(None, "2026-04-01")))
    refused = _only(alice.push(alice.mutation("task.archive.v1", edited, case_id, base=1)))
    assert refused.status.value == "conflict"
    # Alice archives the second task while Bob, offline, edits it: the edit lands, and a
    # conflict asks whether the task should come back.
    alice.push(alice.mutation("task.archive.v1", archived, case_id, base=1))
    late = _only(
        bob.push(
            bob.mutation(
                "task.update.v1", archived, case_id, base=1, title=("Passport", "Passport copy")
            )
        )
    )
    assert late.status.value == "conflict"
    alice.sync()
    kinds = {c.entity_id: c.kind.value for c in alice.open_conflicts()}
    assert kinds == {edited: "archive_vs_edit", archived: "edit_vs_archive"}
    assert alice.row(case_id, edited)["archived"] is False
    kept = alice.row(case_id, archived)
    assert (kept["archived"], kept["values"]["title"]) == (True, "Passport copy")
    _assert_every_outcome_is_audited(app)


def test_low_risk_fields_go_to_the_later_writer_and_both_sides_are_audited(
    team: tuple[Laptop, Laptop, Laptop, str], app: FastAPI
) -> None:
    alice, bob, _, case_id = team
    task = new_id()
    alice.push(
        alice.mutation("task.create.v1", task, case_id, title=(None, "Call"), kind=(None, "task"))
    )
    early = bob.mutation("task.update.v1", task, case_id, base=1, remind_on=(None, "2026-05-01"))
    late = alice.mutation("task.update.v1", task, case_id, base=1, remind_on=(None, "2026-05-02"))
    alice.push(late)
    assert _only(bob.push(early)).field_outcomes["remind_on"].value == "lww_discarded"
    newer = bob.mutation("task.update.v1", task, case_id, base=2, remind_on=(None, "2026-05-03"))
    assert _only(bob.push(newer)).field_outcomes["remind_on"].value == "lww_applied"
    same = alice.mutation("task.update.v1", task, case_id, base=3, title=("Call", "Call"))
    assert _only(alice.push(same)).outcome.value == "converged"
    _assert_every_outcome_is_audited(app)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    old, sys.stdin = sys.stdin, io.StringIO("")
    try:
        code = main([*argv, "--json"])
    finally:
        sys.stdin = old
    return code, json.loads(capsys.readouterr().out)


def test_the_admin_cli_lists_and_shows_conflicts(
    team: tuple[Laptop, Laptop, Laptop, str],
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    alice, bob, _, case_id = team
    record = _conflict_on_stage(alice, bob, case_id)
    alice.push(
        alice.mutation("case.update.v1", case_id, case_id, base=2, status=("open", "decided"))
    )
    monkeypatch.setenv("DOSSIER_DATABASE_URL", database_url)
    monkeypatch.setenv("DOSSIER_SERVER_DATA_DIR", str(tmp_path / "data"))
    code, listed = _run(capsys, "admin", "conflicts", "list", "--status", "open")
    assert code == 0
    assert [(c["conflict_id"], c["field"]) for c in listed["conflicts"]] == [
        (record.conflict_id, "stage")
    ]
    assert "server_value" not in json.dumps(listed)  # a list shows no case content
    code, shown = _run(capsys, "admin", "conflicts", "show", record.conflict_id)
    assert code == 0
    conflict = shown["conflict"]
    assert (conflict["server"], conflict["client"]) == ("intake", "hearing")
    assert [a["outcome"] for a in conflict["audit"]] == ["conflict_opened"]
    code, missing = _run(capsys, "admin", "conflicts", "show", new_id())
    assert (code, missing["code"]) == (1, "conflict_not_found")
    code, rejections = _run(capsys, "admin", "conflicts", "rejections")
    assert [(r["login"], r["rejection_code"]) for r in rejections["rejections"]] == [
        ("alice", "illegal_transition")
    ]


def test_conflict_records_name_the_profiles_that_wrote_each_side(
    team: tuple[Laptop, Laptop, Laptop, str], client: TestClient, app: FastAPI
) -> None:
    alice, bob, lea, case_id = team
    record = _conflict_on_stage(alice, bob, case_id)  # Alice's value is on the service
    lea.sync()
    late = enrol_laptop(client, app, "lea")  # a new laptop gets the conflict in a snapshot
    late.sync()
    for laptop in (alice, bob, lea, late):
        held = laptop.conflicts[record.conflict_id]
        assert (held.opened_by_profile, held.server_writer_profile) == (
            bob.profile_id,
            alice.profile_id,
        )
    # A second, different resolution: the value on the service is Alice's resolution.
    alice.push(alice.resolve(record, "hearing"))
    (fresh_id,) = _only(bob.push(bob.resolve(record, "appeal"))).conflict_ids
    bob.sync()
    fresh = bob.conflicts[fresh_id]
    assert (fresh.server, fresh.client) == ("hearing", "appeal")
    assert (fresh.opened_by_profile, fresh.server_writer_profile) == (
        bob.profile_id,
        alice.profile_id,
    )


def test_a_laptop_on_protocol_1_gets_conflicts_without_the_new_field(
    team: tuple[Laptop, Laptop, Laptop, str],
) -> None:
    alice, bob, lea, case_id = team
    record = _conflict_on_stage(alice, bob, case_id)
    response = lea.pull_raw({"buckets": {}, "protocol_version": 1})
    assert response.status_code == 200, response.text
    page = lea.open_page(response.json())
    (held,) = [c for c in page.conflicts if c.conflict_id == record.conflict_id]
    assert held.server_writer_profile is None
    # What a version-1 laptop parses with its closed models: the member is not there at all.
    assert "server_writer_profile" not in page.model_dump_json()
    assert "server_writer_profile" not in held.model_dump(mode="json")
    named = held.model_copy(update={"server_writer_profile": alice.profile_id})
    assert ConflictRecord.model_validate_json(named.model_dump_json()) == named
