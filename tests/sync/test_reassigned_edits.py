"""F31: a case is reassigned away from a laptop that edited it offline (real HTTP, SQLCipher).

At the next sync the laptop's pending edits go up *before* the eviction removes the case:
an edit made while the case was still assigned is accepted (the service compares the edit's
clock with the end of the assignment), one made after is kept as a rejection the inbox shows.
Nothing is silently dropped, and the case leaves the laptop either way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import audit_event, conflict, outbox
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import assignments
from tests.server.conftest import FakeClock
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def _reassign(app: FastAPI, case_id: str, source: str, target: str) -> None:
    context = app.state.context
    with context.db.write() as conn:
        assignments.reassign(
            conn, from_login=source, to_login=target, case_refs=[case_id], now=context.clock()
        )


def _server_summary(app: FastAPI, case_id: str) -> object:
    table = ENTITY_TABLES["case"]
    with app.state.context.db.read() as conn:
        return conn.execute(select(table.c.summary).where(table.c.id == case_id)).scalar_one()


def _rejections(laptop: Laptop) -> list[dict[str, object]]:
    with laptop.unlock().store.read() as conn:
        query = select(conflict).where(conflict.c.kind == "rejection")
        return [dict(r) for r in conn.execute(query).mappings()]


def test_an_edit_made_before_the_reassignment_is_accepted_and_then_the_case_is_evicted(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    clock.now = datetime.now(UTC)  # the laptop's clock is the real one
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-31", "anna")
    keep_id = seed_case(app, "K-32", "anna")
    anna.sync()
    anna.unlock().records.update("case", case_id, {"summary": "written while assigned"})
    anna.lock()  # offline: the edit waits sealed in the outbox
    clock.now = datetime.now(UTC) + timedelta(minutes=1)
    _reassign(app, case_id, "anna", "ben")

    outcome = anna.sync()
    assert outcome.error is None and outcome.applied is not None
    assert outcome.applied.evicted == 1 and outcome.applied.rejected == 0
    assert _server_summary(app, case_id) == "written while assigned"
    profile = anna.unlock()
    assert [c.id for c in profile.records.list("case")] == [keep_id]
    assert _rejections(anna) == []
    with profile.store.read() as conn:
        assert conn.execute(select(outbox)).first() is None
        actions = [a for (a,) in conn.execute(select(audit_event.c.action))]
    assert "evict" in actions
    assert ben.sync().error is None
    moved = ben.unlock().records.get("case", case_id, audit_read=False)
    assert moved["summary"] == "written while assigned"


def test_an_edit_made_after_the_reassignment_is_kept_as_a_rejection_the_inbox_shows(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    clock.now = datetime.now(UTC)
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-33", "anna")
    anna.sync()
    clock.now = datetime.now(UTC) - timedelta(minutes=1)
    _reassign(app, case_id, "anna", "ben")  # a minute before anna's edit
    anna.unlock().records.update("case", case_id, {"summary": "written after it moved"})
    anna.lock()

    outcome = anna.sync()
    assert outcome.error is None and outcome.applied is not None
    assert outcome.applied.evicted == 1 and outcome.applied.rejected == 1
    assert _server_summary(app, case_id) != "written after it moved"
    (kept,) = _rejections(anna)
    assert kept["case_id"] == case_id and kept["reason"] == "forbidden"
    assert kept["status"] == "open"
    assert kept["client_value"]["summary"]["new"] == "written after it moved"  # type: ignore[index]
    assert anna.unlock().records.list("case") == []
    ben.sync()
    assert ben.unlock().records.get("case", case_id, audit_read=False)["summary"] != (
        "written after it moved"
    )


def test_a_locked_laptop_pushes_before_the_eviction_and_applies_both_at_unlock(
    app: FastAPI, make_laptop: Callable[[str], Laptop], clock: FakeClock
) -> None:
    clock.now = datetime.now(UTC)
    anna = make_laptop("anna")
    make_laptop("ben")
    case_id = seed_case(app, "K-34", "anna")
    anna.sync()
    anna.unlock().records.create("note", {"body": "typed on the train"}, case_id=case_id)
    anna.lock()
    clock.now = datetime.now(UTC) + timedelta(minutes=1)
    _reassign(app, case_id, "anna", "ben")

    moved = anna.sync_locked()  # IT's scheduler: push, then pull, nothing applied yet
    assert moved.error is None and moved.moved.sent == 1
    notes = ENTITY_TABLES["note"]
    with app.state.context.db.read() as conn:
        bodies = list(conn.execute(select(notes.c.body).where(notes.c.case_id == case_id)))
    assert [b for (b,) in bodies] == ["typed on the train"]
    anna.apply()
    assert anna.unlock().records.list("case") == []
    assert _rejections(anna) == []
