"""Conflict resolution from the laptop (DESIGN §5.4, F24): a mutation through the outbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import conflict, outbox
from sync.client.resolve import Choice, ResolveRefused, resolve_conflict
from sync.protocol.versions import RESOLVE_KIND
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def _conflicts(laptop: Laptop) -> list[dict[str, Any]]:
    with laptop.unlock().store.read() as conn:
        rows = conn.execute(select(conflict).order_by(conflict.c.opened_at)).mappings()
        return [dict(r) for r in rows]


def _number(laptop: Laptop, case_id: str) -> object:
    return laptop.unlock().records.get("case", case_id, audit_read=False)["case_number"]


def _same_field_conflict(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> tuple[Laptop, Laptop, str, str]:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "R-1", "anna", "ben")
    anna.sync()
    ben.sync()
    anna.unlock().records.update("case", case_id, {"case_number": "R-1-ANNA"})
    ben.unlock().records.update("case", case_id, {"case_number": "R-1-BEN"})
    anna.sync()
    ben.sync()
    anna.sync()
    (opened,) = _conflicts(anna)
    assert [c["conflict_id"] for c in _conflicts(ben)] == [opened["conflict_id"]]
    return anna, ben, case_id, str(opened["conflict_id"])


def test_keep_mine_closes_the_conflict_on_both_laptops(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben, case_id, conflict_id = _same_field_conflict(app, make_laptop)
    seq = resolve_conflict(ben.unlock(), conflict_id, Choice.MINE)
    with ben.unlock().store.read() as conn:
        queued = conn.execute(select(outbox)).mappings().one()
    assert (queued["mutation_seq"], queued["kind"], queued["conflict_id"]) == (
        seq,
        RESOLVE_KIND,
        conflict_id,
    )
    assert _number(ben, case_id) == "R-1-BEN"  # shown at once, before any sync
    assert [c["status"] for c in _conflicts(ben)] == ["resolved"]
    with pytest.raises(ResolveRefused, match="not_open"):
        resolve_conflict(ben.unlock(), conflict_id, Choice.THEIRS)

    assert ben.sync().error is None
    assert anna.sync().error is None
    for laptop in (anna, ben):
        assert _number(laptop, case_id) == "R-1-BEN"
        assert [(c["conflict_id"], c["status"]) for c in _conflicts(laptop)] == [
            (conflict_id, "resolved")
        ]
        with laptop.unlock().store.read() as conn:
            assert conn.execute(select(outbox)).first() is None


@pytest.mark.parametrize(
    "first",
    [Choice.EDITED, Choice.THEIRS],
)
def test_two_different_offline_resolutions_open_a_new_conflict(
    app: FastAPI, make_laptop: Callable[[str], Laptop], first: Choice
) -> None:
    anna, ben, case_id, conflict_id = _same_field_conflict(app, make_laptop)
    resolve_conflict(anna.unlock(), conflict_id, first, "R-1-ANNA-2")
    resolve_conflict(ben.unlock(), conflict_id, Choice.EDITED, "R-1-MERGED")
    for laptop in (anna, ben, anna, ben):
        assert laptop.sync().error is None
    assert _number(anna, case_id) == _number(ben, case_id)
    for laptop in (anna, ben):
        records = _conflicts(laptop)
        still_open = [c for c in records if c["status"] == "open"]
        assert len(still_open) == 1, records
        assert {still_open[0]["server_value"], still_open[0]["client_value"]} >= {"R-1-MERGED"}
        assert conflict_id in {c["conflict_id"] for c in records}
