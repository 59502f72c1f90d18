"""`admin audit verify` names each kind of tampering precisely; `heads --export` for a witness."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import delete, insert, select, update

from storage.ids import new_id
from sync.server.db.audit_tables import audit_leaf, audit_tree_head, device_audit_event
from sync.server.db.tables import server_audit
from sync.server.services import audit_log
from sync.server.settings import Settings
from sync.transparency import SignedTreeHead, TreeHead, verify_tree_head
from tests.server.audit_laptop import AuditChain
from tests.server.audit_tamper import rebuild_tree
from tests.server.conftest import add_user
from tests.server.laptops import enrol_laptop, seed_case
from tests.server.test_cli import env, run  # noqa: F401 - `env` is a fixture

pytestmark = pytest.mark.usefixtures("env")


def _activity(client: TestClient, app: FastAPI) -> None:
    user_id = add_user(app, "alice")
    seed_case(app, "ZH-1", "alice")
    alice = enrol_laptop(client, app, "alice")
    for n in range(3):
        add_user(app, f"user{n}")
    chain = AuditChain(alice, user_id)
    for _ in range(4):
        chain.record()
    chain.upload_ok()


def _verify(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out = run(capsys, "admin", "audit", "verify")
    return code, out.get("report", out)


def _leaf(app: FastAPI, source: str, nth: int = 0) -> Any:
    with app.state.context.db.read() as conn:
        query = select(audit_leaf).where(audit_leaf.c.source == source)
        return conn.execute(query.order_by(audit_leaf.c.leaf_index)).all()[nth]


def _write(app: FastAPI, *statements: Any) -> None:
    with app.state.context.db.engine.begin() as conn:  # behind the service's back
        for statement in statements:
            conn.execute(statement)


def test_an_untouched_log_verifies(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    code, report = _verify(capsys)
    assert code == 0, report
    assert report["counts"] == {} and report["leaves_checked"] == report["tree_size"] > 10


def test_an_edited_event_is_named_by_leaf_and_record(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    leaf = _leaf(app, "server", 2)
    _write(
        app,
        update(server_audit)
        .where(server_audit.c.event_id == leaf.source_id)
        .values(action="user.deleted"),
    )
    code, report = _verify(capsys)
    assert code == 3
    assert report["counts"] == {"record_edited": 1}
    assert report["findings"] == [
        {
            "problem": "record_edited",
            "leaf_index": leaf.leaf_index,
            "source": "server",
            "source_id": leaf.source_id,
        }
    ]


def test_an_edited_device_entry_breaks_its_leaf_and_its_chain(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    leaf = _leaf(app, "device", 1)
    profile_id, seq = leaf.source_id.split("/")
    where = (device_audit_event.c.profile_id == profile_id) & (device_audit_event.c.seq == int(seq))
    _write(app, update(device_audit_event).where(where).values(object_id="p-9"))
    code, report = _verify(capsys)
    assert code == 3
    assert report["counts"] == {"record_edited": 1, "device_chain_broken": 1}
    broken = next(f for f in report["findings"] if f["problem"] == "device_chain_broken")
    assert broken == {
        "problem": "device_chain_broken",
        "source": "device",
        "source_id": leaf.source_id,
        "detail": "hash_mismatch",
    }


def test_a_deleted_leaf_is_named_with_its_index_and_the_record_it_logged(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    leaf = _leaf(app, "server", 3)
    _write(app, delete(audit_leaf).where(audit_leaf.c.leaf_index == leaf.leaf_index))
    code, report = _verify(capsys)
    assert code == 3
    found = {(f["problem"], f.get("leaf_index"), f.get("source_id")) for f in report["findings"]}
    assert ("leaf_missing", leaf.leaf_index, None) in found
    assert ("record_not_logged", None, leaf.source_id) in found
    assert report["counts"]["leaf_missing"] == 1
    assert set(report["counts"]) <= {"leaf_missing", "record_not_logged", "head_unverifiable"}


def test_a_rewritten_log_no_longer_matches_the_signed_heads_above_the_change(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    leaf = _leaf(app, "server", 4)
    # Edit the event *and* its leaf, and rebuild every subtree: only the signed heads remain.
    row = {"action": "user.deleted"}
    _write(app, update(server_audit).where(server_audit.c.event_id == leaf.source_id).values(**row))
    with app.state.context.db.read() as conn:
        record = (
            conn.execute(select(server_audit).where(server_audit.c.event_id == leaf.source_id))
            .mappings()
            .one()
        )
    from sync.server.services.audit_entries import entry_bytes
    from sync.transparency import leaf_hash

    new_hash = leaf_hash(entry_bytes("server", record))
    _write(
        app,
        update(audit_leaf)
        .where(audit_leaf.c.leaf_index == leaf.leaf_index)
        .values(leaf_hash=new_hash),
    )
    rebuild_tree(app)
    code, report = _verify(capsys)
    assert code == 3
    assert set(report["counts"]) == {"head_root_mismatch"}
    first = report["findings"][0]
    assert first["tree_size"] > leaf.leaf_index  # the first head that covered the change
    low, high = first["detail"].removeprefix("changed in leaves [").rstrip(")").split(", ")
    assert int(low) <= leaf.leaf_index < int(high)


def test_a_forged_head_signature_is_named_by_tree_size(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    with app.state.context.db.read() as conn:
        sizes = sorted(s for (s,) in conn.execute(select(audit_tree_head.c.tree_size)))
    forged = bytes(64)
    _write(
        app,
        update(audit_tree_head)
        .where(audit_tree_head.c.tree_size == sizes[2])
        .values(signature=forged),
    )
    code, report = _verify(capsys)
    assert code == 3
    assert report["findings"] == [{"problem": "head_bad_signature", "tree_size": sizes[2]}]


def test_a_truncated_log_is_named_by_the_head_that_covers_more(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    with app.state.context.db.read() as conn:
        size = audit_log.read_state(conn).tree_size
    _write(app, delete(audit_leaf).where(audit_leaf.c.leaf_index >= size - 2))
    rebuild_tree(app)
    code, report = _verify(capsys)
    assert code == 3
    assert {
        "problem": "head_beyond_log",
        "tree_size": size,
        "detail": f"log has {size - 2}",
    } in report["findings"]
    assert report["counts"]["record_not_logged"] == 2


def test_exported_heads_are_json_lines_a_witness_can_check(
    client: TestClient,
    app: FastAPI,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    env: Settings,  # noqa: F811
) -> None:
    _activity(client, app)
    target = tmp_path / "heads.jsonl"
    code, out = run(capsys, "admin", "audit", "heads", "--export", str(target))
    assert code == 0
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert out["exported"] == len(lines) > 3 and out["newest"] == lines[-1]
    public = app.state.context.keyring.current.sign_private.public_key()
    sizes = [line["tree_size"] for line in lines]
    assert sizes == sorted(set(sizes))
    for line in lines:
        head = TreeHead(
            line["tree_size"],
            base64.b64decode(line["root_hash"]),
            line["timestamp_ms"],
            line["log_id"],
        )
        assert verify_tree_head(public, SignedTreeHead(head, base64.b64decode(line["signature"])))
        assert (
            Ed25519PublicKey.from_public_bytes(base64.b64decode(line["sign_public_key"]))
            is not None
        )


def test_records_written_behind_the_logs_back_are_reported_and_can_be_adopted(
    client: TestClient, app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    _activity(client, app)
    row = {"event_id": new_id(), "occurred_at": app.state.context.clock(), "actor_kind": "operator",
           "actor_id": None, "action": "legacy", "object_type": "user", "object_id": None,
           "detail": {}}  # fmt: skip
    _write(app, insert(server_audit).values(**row))  # e.g. written before migration 0003
    code, report = _verify(capsys)
    assert (code, report["findings"]) == (
        3,
        [{"problem": "record_not_logged", "source": "server", "source_id": row["event_id"]}],
    )
    code, out = run(capsys, "admin", "audit", "adopt")
    assert (code, out["adopted"]) == (0, 1)
    assert _verify(capsys)[0] == 0
