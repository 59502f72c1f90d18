"""Two caseworkers edit the same case offline and sync in both orders (issue 4, e2e)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import conflict, outbox, sync_report
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def _field(laptop: Laptop, entity: str, entity_id: str, name: str) -> object:
    return laptop.unlock().records.get(entity, entity_id, audit_read=False)[name]


def test_first_sync_brings_the_assigned_case_into_the_store(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    case_id = seed_case(app, "K-1", "anna", persons=2)
    outcome = anna.sync()
    assert outcome.error is None, outcome
    profile = anna.unlock()
    assert profile.records.get("case", case_id, audit_read=False)["case_number"] == "K-1"
    assert profile.records.count("person") == 2
    assert profile.search.search("Person1")
    with profile.store.read() as conn:
        (report,) = conn.execute(select(sync_report)).mappings()
    assert report["received"] >= 3


def test_disjoint_offline_edits_converge_in_both_orders(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-2", "anna", "ben")
    anna.sync()
    ben.sync()
    anna.unlock().records.update("case", case_id, {"summary": "from anna"})
    ben.unlock().records.create("note", {"body": "ben was here"}, case_id=case_id)
    for laptop in (ben, anna, ben, anna):
        assert laptop.sync().error is None
    for laptop in (anna, ben):
        assert _field(laptop, "case", case_id, "summary") == "from anna"
        notes = laptop.unlock().records.list("note", case_id=case_id)
        assert [n["body"] for n in notes] == ["ben was here"]
        with laptop.unlock().store.read() as conn:
            assert conn.execute(select(outbox)).first() is None
    assert anna.unlock().records.get("case", case_id, audit_read=False).sync_state == "synced"


def test_same_field_edits_open_a_conflict_and_lose_nothing(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-3", "anna", "ben")
    anna.sync()
    ben.sync()
    anna.unlock().records.update("case", case_id, {"case_number": "K-3-ANNA"})
    ben.unlock().records.update("case", case_id, {"case_number": "K-3-BEN"})
    assert anna.sync().error is None
    outcome = ben.sync()
    assert outcome.error is None
    assert outcome.applied is not None and outcome.applied.conflicts == 1
    anna.sync()
    for laptop in (anna, ben):
        assert _field(laptop, "case", case_id, "case_number") == "K-3-ANNA"
        with laptop.unlock().store.read() as conn:
            rows = conn.execute(select(conflict)).mappings().all()
        assert [(r["server_value"], r["client_value"], r["status"]) for r in rows] == [
            ("K-3-ANNA", "K-3-BEN", "open")
        ]
