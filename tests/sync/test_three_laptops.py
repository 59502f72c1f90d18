"""Three caseworkers edit the same cases offline and sync in every order (issue 4, F18–F20).

For each of the six orders a fresh pair of cases is seeded and synced to all three laptops;
then, offline: anna and ben edit disjoint fields, all three edit the same legal field, cleo
archives the second case while anna edits it, and each writes a note. After the syncs (in the
order, then once more each) every replica equals the service, the same-field edit opened
exactly two conflicts (the two later writers), archive vs edit exactly one, and every value
written is either on the service or kept as a conflict's client value.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import conflict
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop
from tests.sync.replicas import laptop_case, lost_and_duplicated, outbox_left, server_case


def _conflicts(laptop: Laptop, case_id: str) -> list[dict[str, Any]]:
    with laptop.unlock().store.read() as conn:
        query = select(conflict).where(
            conflict.c.case_id == case_id, conflict.c.kind != "rejection"
        )
        return sorted(
            (dict(r) for r in conn.execute(query).mappings()), key=lambda r: r["conflict_id"]
        )


def test_three_laptops_converge_in_every_order(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    laptops = {login: make_laptop(login) for login in ("anna", "ben", "cleo")}
    for number, order in enumerate(itertools.permutations(laptops)):
        edited = seed_case(app, f"P-{number}", *laptops)
        archived = seed_case(app, f"Q-{number}", *laptops)
        for laptop in laptops.values():
            assert laptop.sync().error is None
        anna, ben, cleo = (laptops[n].unlock().records for n in ("anna", "ben", "cleo"))
        anna.update("case", edited, {"summary": "anna's summary"})
        ben.update("case", edited, {"accommodation": "ben's address"})
        for login, records in (("anna", anna), ("ben", ben), ("cleo", cleo)):
            records.update("case", edited, {"legal_basis": f"basis by {login}"})
            records.create("note", {"body": f"{login} {number}"}, case_id=edited)
        anna.update("case", archived, {"summary": "edited while archived"})
        cleo.archive("case", archived)

        for login in (*order, *order):
            assert laptops[login].sync().error is None, (order, login)

        for case_id in (edited, archived):
            expected = server_case(app, case_id)
            for laptop in laptops.values():
                assert laptop_case(laptop, case_id) == expected, (order, laptop.login)
                assert _conflicts(laptop, case_id) == _conflicts(laptops["anna"], case_id)
        values = {k: dict(v[2]) for k, v in server_case(app, edited).items()}
        case = values[f"case:{edited}"]
        assert (case["summary"], case["accommodation"]) == ("anna's summary", "ben's address")
        assert case["legal_basis"] == f"basis by {order[0]}", order
        notes = sorted(v["body"] for k, v in values.items() if k.startswith("note:"))
        assert notes == [f"{login} {number}" for login in ("anna", "ben", "cleo")]
        same_field = _conflicts(laptops["anna"], edited)
        assert sorted((c["field"], c["client_value"]) for c in same_field) == sorted(
            ("legal_basis", f"basis by {login}") for login in order[1:]
        ), order
        (archive_conflict,) = _conflicts(laptops["anna"], archived)
        assert archive_conflict["status"] == "open"
        summary = dict(server_case(app, archived)[f"case:{archived}"][2])["summary"]
        kept = {summary, archive_conflict["client_value"], archive_conflict["server_value"]}
        assert "edited while archived" in kept, (order, archive_conflict)
    for laptop in laptops.values():
        assert outbox_left(laptop) == 0
        assert lost_and_duplicated(app, laptop) == ([], [])
