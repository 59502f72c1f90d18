"""An interview held in two sittings on one laptop reaches the second laptop (issue 6)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from sqlalchemy import select

from storage.sittings import is_interrupted, sittings_of
from storage.tables import conflict
from tests.integration.storage.test_casework import complete_answers
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def test_an_interview_with_two_sittings_syncs_to_the_second_laptop(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-61", "anna", "ben")
    assert anna.sync().error is None and ben.sync().error is None
    casework = anna.unlock().casework
    interview = casework.start_interview(case_id, "initial_interview", "ti", "INT-204")
    casework.save_answers(interview.id, {"family_name": "Tesfay"})
    casework.interrupt_interview(interview.id, "Person unwell")
    assert anna.sync().error is None
    assert ben.sync().error is None

    seen = ben.unlock().records.get("interview", interview.id, audit_read=False)
    assert is_interrupted(seen.values)
    assert sittings_of(seen.values)[0].reason == "Person unwell"

    casework.continue_interview(interview.id, language="ar", interpreter="INT-310")
    template = casework.templates()["initial_interview"]
    casework.save_answers(interview.id, complete_answers(template, {"family_name": "Tesfay"}))
    final = casework.finalise_interview(interview.id)
    assert anna.sync().error is None
    assert ben.sync().error is None

    seen = ben.unlock().records.get("interview", interview.id, audit_read=False)
    assert seen["status"] == "finalised"
    assert seen["sittings"] == final["sittings"]
    assert [(s.language, s.interpreter) for s in sittings_of(seen.values)] == [
        ("ti", "INT-204"),
        ("ar", "INT-310"),
    ]


def test_sittings_changed_on_two_laptops_at_once_open_a_conflict_and_lose_nothing(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "K-62", "anna", "ben")
    anna.sync()
    interview = anna.unlock().casework.start_interview(case_id, "return_counselling", "fa", None)
    assert anna.sync().error is None and ben.sync().error is None

    anna.unlock().casework.interrupt_interview(interview.id, "Interpreter left")
    ben.unlock().casework.interrupt_interview(interview.id, "Power cut")
    assert anna.sync().error is None
    outcome = ben.sync()
    assert outcome.error is None
    assert outcome.applied is not None and outcome.applied.conflicts == 1
    assert anna.sync().error is None

    for laptop in (anna, ben):
        kept = laptop.unlock().records.get("interview", interview.id, audit_read=False)
        assert sittings_of(kept.values)[0].reason == "Interpreter left"  # the first to sync
    with ben.unlock().store.read() as conn:
        (row,) = conn.execute(select(conflict)).mappings().all()
    assert row["field"] == "sittings" and row["status"] == "open"
    assert row["client_value"][0]["reason"] == "Power cut"  # ben's kept for the resolution
