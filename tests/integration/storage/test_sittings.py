"""An interview held in several sittings, on a real encrypted profile."""

from __future__ import annotations

from typing import Any

import pytest

from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.schema import INTERVIEW
from storage.sittings import Sitting, is_interrupted, sittings_of
from storage.unlocked import OpenProfile
from storage.validation import check_values
from tests.integration.storage.test_casework import CASE, complete_answers


@pytest.fixture
def case_id(profile: OpenProfile) -> str:
    return profile.records.create("case", CASE).id


def test_an_interview_is_interrupted_and_continued_with_another_interpreter(
    profile: OpenProfile, case_id: str
) -> None:
    casework = profile.casework
    interview = casework.start_interview(case_id, "initial_interview", "ti", "INT-204")
    assert sittings_of(interview.values) == (
        Sitting(interview["started_at"], None, "ti", "INT-204"),
    )

    paused = casework.interrupt_interview(interview.id, "  Interpreter had to leave  ")
    assert is_interrupted(paused.values)
    first = sittings_of(paused.values)
    assert len(first) == 1 and first[0].ended_at and first[0].reason == "Interpreter had to leave"
    with pytest.raises(ValidationFailed) as twice:
        casework.interrupt_interview(interview.id)
    assert twice.value.fields == {"sittings": "interrupted"}

    resumed = casework.continue_interview(interview.id, language="ar", interpreter="INT-310")
    assert not is_interrupted(resumed.values)
    assert (resumed["language"], resumed["interpreter"]) == ("ar", "INT-310")
    casework.save_answers(interview.id, {"family_name": "Tesfay"})  # autosave goes on
    with pytest.raises(ValidationFailed) as not_paused:
        casework.continue_interview(interview.id, language=None, interpreter=None)
    assert not_paused.value.fields == {"sittings": "not_interrupted"}

    template = casework.templates()["initial_interview"]
    casework.save_answers(interview.id, complete_answers(template, {"family_name": "Tesfay"}))
    final = casework.finalise_interview(interview.id)

    sittings = sittings_of(final.values)
    assert [(s.language, s.interpreter) for s in sittings] == [("ti", "INT-204"), ("ar", "INT-310")]
    assert sittings[0].started_at == interview["started_at"]
    assert sittings[1].ended_at == final["finished_at"]
    assert sittings[1].started_at >= sittings[0].ended_at  # type: ignore[operator]
    assert all(s.ended_at for s in sittings)
    # The stored list carries the sittings' own people, not only the interview's.
    assert final["sittings"][0]["interpreter"] == "INT-204"


def test_a_finalised_interviews_sittings_are_immutable(profile: OpenProfile, case_id: str) -> None:
    casework = profile.casework
    template = casework.templates()["return_counselling"]
    interview = casework.start_interview(case_id, "return_counselling", "fa", None)
    casework.interrupt_interview(interview.id)
    casework.continue_interview(interview.id, language="fa", interpreter="INT-1")
    casework.save_answers(interview.id, complete_answers(template))
    final = casework.finalise_interview(interview.id)

    with pytest.raises(ValidationFailed) as refused:
        casework.interrupt_interview(interview.id)
    assert refused.value.fields == {"sittings": "final"}
    with pytest.raises(StoreError) as immutable:
        profile.records.update("interview", interview.id, {"sittings": []})
    assert immutable.value.code is ErrorCode.IMMUTABLE
    assert profile.records.get("interview", interview.id)["sittings"] == final["sittings"]


def test_an_interview_from_before_sittings_reads_as_one_sitting(
    profile: OpenProfile, case_id: str
) -> None:
    old = profile.records.create(
        "interview",
        {
            "template": "initial_interview",
            "status": "finalised",
            "language": "ar",
            "interpreter": "INT-9",
            "started_at": "2026-03-02T09:00:00.000Z",
            "finished_at": "2026-03-02T11:30:00.000Z",
            "answers": {},
        },
        case_id=case_id,
    )
    assert old["sittings"] is None
    assert sittings_of(old.values) == (
        Sitting("2026-03-02T09:00:00.000Z", "2026-03-02T11:30:00.000Z", "ar", "INT-9"),
    )


def _sitting(start: str, end: str | None, **extra: Any) -> dict[str, Any]:
    return {"started_at": start, "ended_at": end} | extra


@pytest.mark.parametrize(
    ("sittings", "code"),
    [
        ({"started_at": "2026-03-02T09:00:00Z"}, "bad_type"),
        ([_sitting("2026-03-02T09:00:00Z", None), _sitting("2026-03-03T09:00:00Z", None)],
         "bad_format"),
        ([_sitting("2026-03-02T09:00:00Z", "2026-03-02T08:00:00Z")], "bad_date"),
        ([_sitting("2026-03-02T09:00:00Z", "2026-03-02T12:00:00Z"),
          _sitting("2026-03-02T11:00:00Z", None)], "bad_date"),
        ([_sitting("2026-03-02T09:00:00Z", None, language="xx")], "not_a_choice"),
        ([_sitting("2026-03-02T09:00:00Z", None, interpreter="x" * 500)], "bad_format"),
        ([_sitting("2026-03-02T09:00:00Z", None, secret="x")], "bad_type"),
        ([_sitting("yesterday", None)], "bad_date"),
    ],
)  # fmt: skip
def test_malformed_sittings_are_refused_with_a_code(sittings: Any, code: str) -> None:
    assert check_values(INTERVIEW, {"sittings": sittings}, partial=True) == {"sittings": code}


def test_well_formed_sittings_pass_even_with_different_fractions() -> None:
    sittings = [
        _sitting("2026-03-02T09:00:00.500Z", "2026-03-02T10:00:00Z", reason="Unwell"),
        _sitting("2026-03-04T09:00:00Z", None, language="ar", interpreter="INT-3"),
    ]
    assert check_values(INTERVIEW, {"sittings": sittings}, partial=True) == {}


def test_bad_sittings_written_through_the_store_lose_nothing(
    profile: OpenProfile, case_id: str
) -> None:
    interview = profile.casework.start_interview(case_id, "initial_interview", None, None)
    with pytest.raises(ValidationFailed) as refused:
        profile.records.update("interview", interview.id, {"sittings": [{"ended_at": 3}]})
    assert refused.value.fields == {"sittings": "bad_date"}
    assert profile.records.get("interview", interview.id)["sittings"] is None
