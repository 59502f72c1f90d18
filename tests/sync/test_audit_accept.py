"""IT clears a refused audit head after investigating it, and syncs resume (issue 7).

The service's log is rolled back the way a restored backup does it; IT runs
`dossier-sync audit-accept-head` on the locked laptop. Real SQLCipher profiles, real HTTP,
SQLite and PostgreSQL.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import audit_event
from sync.cli import main as dossier_sync
from sync.client.audit_upload_files import AuditFiles
from sync.client.engine import sync_unlocked
from sync.client.sealer import seal_outbox
from tests.server.audit_tamper import forge_current_head, roll_back_log
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop
from tests.sync.test_audit_upload_head import _RollbackAfterUpload


def _cli(laptop: Laptop, *args: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    code = dossier_sync([*args, "--json", "--data-dir", str(laptop.workspace.root)], out=out)
    return code, json.loads(out.getvalue())


def _accept(laptop: Laptop, *extra: str) -> tuple[int, dict[str, Any]]:
    return _cli(laptop, "audit-accept-head", "--profile", laptop.info.profile_id, *extra)


def _head_size(laptop: Laptop) -> int:
    head = AuditFiles(laptop.info).state().head
    assert head is not None
    return int(head["tree_size"])


def _accept_events(laptop: Laptop) -> list[dict[str, str]]:
    query = select(audit_event.c.action, audit_event.c.object_id, audit_event.c.detail).where(
        audit_event.c.object_type == "audit_head"
    )
    with laptop.unlock().store.read() as conn:
        return [
            detail | {"action": action, "id": oid} for action, oid, detail in conn.execute(query)
        ]


def test_it_accepts_a_restored_service_log_and_syncs_resume(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "ACC-1", "anna")
    anna.sync()
    backup = _head_size(anna)  # the service's backup is taken here
    anna.unlock().records.get("case", case_id)
    anna.sync()
    seen = _head_size(anna)
    roll_back_log(app, backup)  # restored on purpose
    anna.unlock().records.create("note", {"body": "waits"}, case_id=case_id)
    assert anna.sync().error == "service_rollback"
    anna.lock()
    assert _cli(anna, "run")[0] == 6

    code, review = _accept(anna)  # without --confirm: shows what would be trusted

    assert code == 2 and review["code"] == "confirmation_required"
    refused = review["refused"]
    assert (refused["code"], refused["detail"]) == ("service_rollback", "rewound")
    assert (refused["previous"]["tree_size"], refused["head"]["tree_size"]) == (seen, backup)
    assert AuditFiles(anna.info).state().failure is not None  # nothing changed yet

    code, done = _accept(anna, "--confirm")

    assert code == 0 and done["code"] == "accepted"
    record = done["accepted"]
    _, status = _cli(anna, "status")
    audit = status["profiles"][0]["audit"]
    assert audit["refused"] is None and audit["log_size"] == backup
    assert audit["accepted_pending"] == 1  # the store is locked: audited at the next unlock
    code, ran = _cli(anna, "run")  # IT's scheduled sync resumes, still locked
    assert code == 0 and ran["profiles"][0]["sent"] == 1, ran  # the note went up
    assert _accept(anna, "--confirm") == (2, {"code": "no_refused_head", "exit_code": 2})

    assert _accept_events(anna) == []
    seal_outbox(anna.unlock())  # what the app does at unlock (`desktop.sync.state.catch_up`)
    events = _accept_events(anna)  # the record became a chained audit event
    assert events == [
        {
            "action": "update",
            "id": record["id"],
            "reason": "accepted_by_it",
            "code": "service_rollback",
            "refusal": "rewound",
            "from_size": str(seen),
            "to_size": str(backup),
            "key_id": app.state.context.keyring.current.key_id,
            "accepted_at": record["accepted_at"],
            "by": record["by"],
        }
    ]
    assert AuditFiles(anna.info).acceptances() == []
    assert anna.sync().error is None  # the event goes up like any other
    with anna.unlock().store.read() as conn:
        seq = conn.execute(
            select(audit_event.c.seq).where(audit_event.c.object_id == record["id"])
        ).scalar_one()
    assert AuditFiles(anna.info).state().uploaded_upto >= seq
    anna.lock()
    assert len(_accept_events(anna)) == 1  # exactly once, also across unlocks
    assert _cli(anna, "status")[1]["profiles"][0]["audit"]["accepted_pending"] == 0


def test_pages_held_by_a_refused_run_are_discarded_on_accept_and_pulled_again(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "ACC-2", "anna", "ben")
    anna.sync()
    ben.sync()
    backup = _head_size(anna)
    ben.unlock().records.create("note", {"body": "from ben"}, case_id=case_id)
    ben.sync()
    anna.unlock().records.get("case", case_id)
    transport = _RollbackAfterUpload(anna.url, lambda: roll_back_log(app, backup))
    assert sync_unlocked(anna.workspace, anna.unlock(), transport).error == "service_rollback"
    files = AuditFiles(anna.info)
    held = files.held_count()
    assert held >= 1
    anna.lock()

    code, done = _accept(anna, "--confirm")

    assert code == 0 and done["discarded_held"] == held
    assert files.held_count() == 0
    outcome = anna.sync()
    assert outcome.error is None, outcome
    notes = anna.unlock().records.list("note", case_id=case_id)
    assert [note.values["body"] for note in notes] == ["from ben"]  # pulled again, applied


def test_a_forged_head_cannot_be_accepted(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    seed_case(app, "ACC-3", "anna")
    anna.sync()
    trusted = AuditFiles(anna.info).state().head
    assert _accept(anna, "--confirm")[1]["code"] == "no_refused_head"
    forge_current_head(app)
    assert anna.sync().error == "audit_log_inconsistent"
    anna.lock()

    code, answer = _accept(anna, "--confirm")

    assert (code, answer["code"]) == (6, "head_not_verifiable")
    state = AuditFiles(anna.info).state()
    assert state.head == trusted and state.failure is not None
    assert AuditFiles(anna.info).acceptances() == []
    assert _cli(anna, "audit-accept-head", "--profile", "nobody")[0] == 2
