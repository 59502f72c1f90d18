"""The laptop holds the service's audit log to the last head it verified (AUD-3, SYNC-3).

The service's log is rolled back, rewritten or given a forged head behind its back (what a
restored backup or an insider does); the laptop's next sync must stop, say why, and apply
nothing of that run. Real SQLCipher profiles, real HTTP, SQLite and PostgreSQL.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import outbox, sync_bucket
from sync.cli import main as dossier_sync
from sync.client.audit_upload_files import AuditFiles
from sync.client.engine import sync_unlocked
from sync.client.layout import ProfileFiles
from sync.client.transport import Transport
from tests.server.audit_tamper import forge_current_head, rewrite_first_leaf, roll_back_log
from tests.server.laptops import seed_case
from tests.sync.conftest import FAST_RETRY, Laptop


def _head_size(laptop: Laptop) -> int:
    head = AuditFiles(laptop.info).state().head
    assert head is not None
    return int(head["tree_size"])


def _refused(laptop: Laptop) -> tuple[str, str]:
    failure = AuditFiles(laptop.info).state().failure
    assert failure is not None
    return failure["code"], failure["detail"]


def _cursors(laptop: Laptop) -> list[Any]:
    with laptop.unlock().store.read() as conn:
        return [tuple(row) for row in conn.execute(select(sync_bucket).order_by("bucket"))]


def _cli(laptop: Laptop, *args: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    code = dossier_sync([*args, "--json", "--data-dir", str(laptop.workspace.root)], out=out)
    return code, json.loads(out.getvalue())


def test_a_rolled_back_service_log_stops_the_sync_before_anything_moves(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "HEAD-1", "anna")
    anna.sync()
    backup = _head_size(anna)  # the service's backup is taken here
    anna.unlock().records.get("case", case_id)
    anna.sync()
    seen = _head_size(anna)
    assert seen > backup
    roll_back_log(app, backup)
    anna.unlock().records.create("note", {"body": "waits"}, case_id=case_id)

    outcome = anna.sync()

    assert outcome.error == "service_rollback"
    assert (outcome.moved.sent, outcome.moved.pages) == (0, 0)  # stopped before the push
    assert _refused(anna) == ("service_rollback", "rewound")
    assert _head_size(anna) == seen  # the laptop keeps holding the log to what it saw
    with anna.unlock().store.read() as conn:
        assert len(conn.execute(select(outbox)).all()) == 1  # the note still waits

    anna.lock()
    code, ran = _cli(anna, "run")
    assert code == 6 and ran["profiles"][0]["error"] == "service_rollback"  # needs attention
    _, status = _cli(anna, "status")
    (row,) = status["profiles"]
    assert row["last_error"] == "service_rollback"
    assert row["audit"]["refused"]["code"] == "service_rollback"
    assert row["audit"]["refused"]["detail"] == "rewound"
    assert row["audit"]["log_size"] == seen


def test_a_rewritten_service_log_is_refused_at_the_same_and_at_a_larger_size(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "HEAD-2", "anna", "ben")
    anna.sync()
    rewrite_first_leaf(app)  # re-signed with the service's own key: only history betrays it

    assert anna.sync().error == "audit_log_inconsistent"
    assert _refused(anna) == ("audit_log_inconsistent", "fork")

    # ben's first sync trusts the rewritten log on first use …
    assert ben.sync().error is None
    ben.unlock().records.get("case", case_id)
    assert ben.sync().error is None
    assert _head_size(ben) > _head_size(anna)  # ben's audit entries grew the log
    outcome = anna.sync()  # … but it cannot prove to anna that it extends what she saw
    assert outcome.error == "audit_log_inconsistent"
    assert _refused(anna) == ("audit_log_inconsistent", "not_consistent")


def test_a_forged_head_signature_is_refused(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    seed_case(app, "HEAD-3", "anna")
    anna.sync()
    forge_current_head(app)

    outcome = anna.sync()

    assert outcome.error == "audit_log_inconsistent"
    assert _refused(anna) == ("audit_log_inconsistent", "bad_signature")


class _RollbackAfterUpload(Transport):
    """The real transport; right after the audit upload the service's log is rolled back."""

    def __init__(self, url: str, roll_back: Callable[[], None]) -> None:
        super().__init__(url, retry=FAST_RETRY, timeout=(2.0, 10.0))
        self.roll_back: Callable[[], None] | None = roll_back

    def call(self, method: str, path: str, model: Any, **kw: Any) -> Any:
        answer = super().call(method, path, model, **kw)
        if path == "/v1/audit/events" and self.roll_back is not None:
            self.roll_back()
            self.roll_back = None
        return answer


def test_a_log_rolled_back_during_the_run_keeps_everything_of_the_run_from_being_applied(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "HEAD-4", "anna", "ben")
    anna.sync()
    ben.sync()
    backup = _head_size(anna)
    ben.unlock().records.create("note", {"body": "from ben"}, case_id=case_id)
    ben.sync()
    anna.unlock().records.get("case", case_id)  # something for anna to upload
    files = ProfileFiles(anna.info)
    before, cursors = files.state(), _cursors(anna)
    transport = _RollbackAfterUpload(anna.url, lambda: roll_back_log(app, backup))

    outcome = sync_unlocked(anna.workspace, anna.unlock(), transport)

    assert outcome.error == "service_rollback"
    assert outcome.moved.pages >= 1  # ben's note came down in this run …
    assert anna.unlock().records.list("note", case_id=case_id) == []  # … and was not applied
    assert files.staged() == []
    assert AuditFiles(anna.info).held_count() >= 1
    after = files.state()
    assert (after.acked_upto, after.last_success) == (before.acked_upto, before.last_success)
    assert _cursors(anna) == cursors  # the pull's cursors did not move either

    again = anna.sync()  # every later sync stops at the first check
    assert again.error == "service_rollback" and again.moved.pages == 0
    assert anna.unlock().records.list("note", case_id=case_id) == []
