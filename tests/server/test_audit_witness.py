"""`admin audit chains | export-head | check-head`: which chains are MAC-checked, and an
outside witness that catches a rolled-back or rewritten service log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import delete, select, update

from sync.server.db.audit_tables import (
    AUDIT_LOG_ROW,
    audit_leaf,
    audit_log_state,
    audit_tree_head,
)
from sync.server.db.tables import server_audit
from sync.server.services.audit_entries import entry_bytes
from sync.transparency import leaf_hash
from tests.server.audit_tamper import rebuild_tree, sign_current_tree
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop
from tests.server.test_cli import env, run  # noqa: F401 - `env` is a fixture
from tests.server.test_device_audit_macs import KeyedChain

pytestmark = pytest.mark.usefixtures("env")


def _chain(client: TestClient, app: FastAPI, login: str, *, keyed: bool) -> KeyedChain:
    """A chain of 3 entries at the service, with its key granted (`keyed`) or not."""
    user_id = add_user(app, login)
    chain = KeyedChain(enrol_laptop(client, app, login), user_id)
    for _ in range(3):
        chain.record()
    chain.send_ok(chain.entries, chain.grant() if keyed else None)
    return chain


def _write(app: FastAPI, *statements: Any) -> None:
    with app.state.context.db.engine.begin() as conn:  # behind the service's back
        for statement in statements:
            conn.execute(statement)


def _export(capsys: pytest.CaptureFixture[str], path: Path) -> int:
    code, out = run(capsys, "admin", "audit", "export-head", str(path))
    assert code == 0, out
    assert json.loads(path.read_text())["tree_size"] == out["tree_size"]
    return int(out["tree_size"])


def _check(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict[str, Any]]:
    code, out = run(capsys, "admin", "audit", "check-head", str(path))
    return code, out.get("report", out)


def test_chains_says_which_profiles_are_mac_checked(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    keyed = _chain(client, app, "alice", keyed=True)
    plain = _chain(client, app, "bob", keyed=False)
    code, out = run(capsys, "admin", "audit", "chains")
    assert code == 0
    by_profile = {c["profile_id"]: c for c in out["chains"]}
    assert by_profile[keyed.laptop.profile_id] == {
        "profile_id": keyed.laptop.profile_id,
        "checkpoint_seq": 3,
        "macs_checked": True,
        "macs_checked_after_seq": 0,
        "flags": 0,
    }
    assert by_profile[plain.laptop.profile_id]["macs_checked"] is False
    code, out = run(capsys, "admin", "audit", "chains", "--profile", plain.laptop.profile_id)
    assert [c["profile_id"] for c in out["chains"]] == [plain.laptop.profile_id]


def test_a_log_that_grew_or_stayed_is_consistent_with_the_witnessed_head(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    chain = _chain(client, app, "alice", keyed=True)
    witness = tmp_path / "witness.json"
    size = _export(capsys, witness)
    code, out = _check(capsys, witness)
    assert (code, out["consistent"], out["live_size"]) == (0, True, size)
    chain.record()
    chain.send_ok(chain.entries[-1:])
    code, out = _check(capsys, witness)
    assert (code, out["witnessed_size"]) == (0, size) and out["live_size"] > size


def test_a_log_rolled_back_to_an_older_state_is_caught(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    chain = _chain(client, app, "alice", keyed=True)
    old = _export(capsys, tmp_path / "old.json")
    with app.state.context.db.read() as conn:
        old_timestamp = conn.execute(
            select(audit_tree_head.c.timestamp_ms).where(audit_tree_head.c.tree_size == old)
        ).scalar_one()
    for _ in range(3):
        chain.record()
    chain.send_ok(chain.entries[-3:])
    witness = tmp_path / "witness.json"
    witnessed = _export(capsys, witness)
    assert witnessed > old
    # The database is put back to its state at `old` (e.g. restored from a backup).
    _write(
        app,
        delete(audit_leaf).where(audit_leaf.c.leaf_index >= old),
        delete(audit_tree_head).where(audit_tree_head.c.tree_size > old),
    )
    rebuild_tree(app)
    _write(
        app,
        update(audit_log_state)
        .where(audit_log_state.c.id == AUDIT_LOG_ROW)
        .values(signed_size=old, signed_timestamp_ms=old_timestamp),
    )
    code, report = _check(capsys, witness)
    assert code == 3
    assert report == {"witnessed_size": witnessed, "live_size": old, "problem": "witness_rewound"}


def test_a_rewritten_log_signed_with_the_services_own_key_is_caught(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _chain(client, app, "alice", keyed=True)
    witness = tmp_path / "witness.json"
    _export(capsys, witness)
    # An insider edits an early record, recomputes its leaf and every subtree, and signs
    # a new head over the result with the service's key: only the witness can tell.
    with app.state.context.db.read() as conn:
        first = conn.execute(select(audit_leaf).order_by(audit_leaf.c.leaf_index)).first()
        assert first is not None and first.source == "server"
        record = dict(
            conn.execute(select(server_audit).where(server_audit.c.event_id == first.source_id))
            .mappings()
            .one()
        )
    record["action"] = "user.deleted"
    _write(
        app,
        update(server_audit)
        .where(server_audit.c.event_id == first.source_id)
        .values(action="user.deleted"),
        update(audit_leaf)
        .where(audit_leaf.c.leaf_index == first.leaf_index)
        .values(leaf_hash=leaf_hash(entry_bytes("server", record))),
    )
    rebuild_tree(app)
    sign_current_tree(app)
    code, report = _check(capsys, witness)
    assert code == 3 and report["problem"] == "witness_fork"


def test_a_damaged_or_forged_witness_file_is_refused(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _chain(client, app, "alice", keyed=False)
    witness = tmp_path / "witness.json"
    _export(capsys, witness)
    data = json.loads(witness.read_text())
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data | {"tree_size": data["tree_size"] - 1}))
    code, report = _check(capsys, forged)
    assert (code, report["problem"]) == (3, "witness_bad_signature")
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json")
    code, out = _check(capsys, damaged)
    assert (code, out["code"], out["detail"]) == (1, "invalid_argument", "witness_unreadable")
