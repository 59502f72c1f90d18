"""Casework use cases on a real encrypted profile: deadlines, interviews, persons, history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from storage.deadlines import Deadline, DeadlineError, Step, decode_explanation
from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.forms import AnswerType, Template, validate_answers
from storage.services.casework import (
    EXPLANATION_MAX,
    encoded_explanation,
    region_candidates,
    resolve_region,
)
from storage.unlocked import OpenProfile

CASE = {
    "case_number": "VD-2026-000123",
    "case_type": "asylum_support",
    "status": "open",
    "region": "VD",
}


def sample_answer(question: Any) -> Any:
    """A valid answer of the question's type (yes/no is "no", so fewer follow-ups appear)."""
    values: dict[AnswerType, Any] = {
        AnswerType.TEXT: "Test",
        AnswerType.LONG_TEXT: "Fiktive Angabe (Test).",
        AnswerType.DATE: "2026-11-27",
        AnswerType.PARTIAL_DATE: "1990",
        AnswerType.YES_NO: False,
        AnswerType.NUMBER: int(question.minimum or 1),
        AnswerType.COUNTRY: "SY",
        AnswerType.LANGUAGE: "ar",
    }
    if question.type is AnswerType.CHOICE:
        return question.choices[0].value
    if question.type is AnswerType.CHOICES:
        return [question.choices[0].value]
    return values[question.type]


def complete_answers(template: Template, answers: Mapping[str, Any] | None = None) -> dict:
    """`answers` plus a valid answer for every required question still open."""
    result = dict(answers or {})
    for _ in range(10):  # answering may reveal further required questions
        missing = [k for k, c in validate_answers(template, result).items() if c == "required"]
        if not missing:
            return result
        for key in missing:
            question = template.question(key)
            assert question is not None
            result[key] = sample_answer(question)
    raise AssertionError("answers never became complete")


@pytest.fixture
def case_id(profile: OpenProfile) -> str:
    return profile.records.create("case", CASE).id


# --- deadlines ----------------------------------------------------------------------------


def test_a_legal_deadline_task_is_due_on_the_computed_date_and_explains_why(
    profile: OpenProfile, case_id: str
) -> None:
    task = profile.casework.create_deadline_task(
        case_id, "ch_asylum_appeal_extended", date(2026, 11, 25)
    )

    # 30 days after 25.11. is Christmas, a holiday in Vaud; the 26th and 27th are a weekend.
    assert task["due_on"] == "2026-12-28"
    assert task["kind"] == "legal_deadline"
    assert task["rule"] == "ch_asylum_appeal_extended"
    steps = decode_explanation(task["explanation"])
    assert [s.code for s in steps] == ["counted", "shifted"]
    assert steps[0].params["from"] == "2026-11-25"
    assert steps[1].params["reason"] == "holiday"
    assert steps[1].params["region"] == "CH-VD"
    assert profile.summaries.row(case_id).next_due == "2026-12-28"  # type: ignore[union-attr]


def test_a_short_region_code_of_a_canton_and_a_land_is_never_guessed(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE | {"region": "BE"})
    trigger = date(2026, 3, 2)

    with pytest.raises(DeadlineError) as raised:
        profile.casework.preview_deadline(case.id, "dublin_transfer", trigger)
    assert raised.value.code == "region_needs_country"
    options = profile.casework.deadline_options(case.id)
    assert [r.code for r in options.regions] == ["CH-BE", "DE-BE"]

    deadline = profile.casework.preview_deadline(case.id, "dublin_transfer", trigger, country="DE")
    assert deadline.region == "DE-BE"


def test_a_rule_of_the_other_country_does_not_apply(profile: OpenProfile, case_id: str) -> None:
    with pytest.raises(DeadlineError) as raised:
        profile.casework.create_deadline_task(case_id, "de_asylum_action", date(2026, 5, 4))
    assert raised.value.code == "region_out_of_scope"
    with pytest.raises(ValidationFailed) as unknown:
        profile.casework.preview_deadline(case_id, "no_such_rule", date(2026, 5, 4))
    assert unknown.value.fields == {"rule": "not_a_choice"}


def test_regions_resolve_from_short_and_full_codes() -> None:
    assert resolve_region("vd").code == "CH-VD"
    assert resolve_region("BY").code == "DE-BY"
    assert resolve_region("DE-NW").code == "DE-NW"
    assert resolve_region("NW", country="CH").code == "CH-NW"
    assert region_candidates("") == ()
    assert region_candidates("XX") == ()


def test_a_long_explanation_is_shortened_to_fit_the_task_field() -> None:
    skipped = tuple(
        Step("holiday_skipped", {"on": f"2026-12-{d:02d}", "holiday": "A long holiday name"})
        for d in range(1, 20)
    )
    counted = Step("counted", {"count": 7, "unit": "working_days", "from": "2026-11-30"})
    deadline = Deadline("x", date(2026, 11, 30), "CH-VD", date(2027, 1, 4), (counted, *skipped))

    text = encoded_explanation(deadline)

    assert len(deadline.explanation_json()) > EXPLANATION_MAX >= len(text)
    assert [s.code for s in decode_explanation(text)] == ["counted"]


# --- interviews ---------------------------------------------------------------------------


def test_an_interview_runs_from_draft_to_an_immutable_protocol_with_an_addendum(
    profile: OpenProfile, case_id: str
) -> None:
    casework = profile.casework
    template = casework.templates()["initial_interview"]
    interview = casework.start_interview(case_id, "initial_interview", "ar", "INT-204")
    assert interview["status"] == "draft" and interview["answers"] == {}

    draft = {"family_name": "Khalil", "name_original_script": "عمر خليل"}
    saved = casework.save_answers(interview.id, draft)  # incomplete is fine for a draft
    assert saved["answers"] == draft

    with pytest.raises(ValidationFailed) as incomplete:
        casework.finalise_interview(interview.id)
    assert incomplete.value.fields["given_names"] == "required"
    assert "family_name" not in incomplete.value.fields

    casework.save_answers(interview.id, complete_answers(template, draft))
    final = casework.finalise_interview(interview.id)
    assert final["status"] == "finalised" and final["finished_at"]

    with pytest.raises(StoreError) as refused:
        casework.save_answers(interview.id, draft)
    assert refused.value.code is ErrorCode.IMMUTABLE

    addendum = casework.add_addendum(interview.id)
    assert addendum["corrects_id"] == interview.id
    assert addendum["status"] == "draft"
    assert addendum["answers"]["name_original_script"] == "عمر خليل"
    assert addendum["interpreter"] == "INT-204"


def test_autosave_checks_types_but_keeps_answers_of_an_earlier_template_version(
    profile: OpenProfile, case_id: str
) -> None:
    legacy = {"route": "Fiktive Reiseroute (Demo)."}  # as the demo data writes them
    interview = profile.records.create(
        "interview",
        {"template": "initial_interview", "status": "draft", "answers": legacy},
        case_id=case_id,
    )
    casework = profile.casework

    kept = casework.save_answers(interview.id, legacy | {"children_count": 2})
    assert kept["answers"]["route"] == legacy["route"]

    with pytest.raises(ValidationFailed) as wrong:
        casework.save_answers(interview.id, {"sex": "tuesday", "invented": "x"})
    assert wrong.value.fields == {"sex": "not_a_choice", "invented": "unknown_question"}


def test_only_a_finalised_interview_gets_an_addendum_and_opening_one_is_audited(
    profile: OpenProfile, case_id: str
) -> None:
    interview = profile.casework.start_interview(case_id, "return_counselling", None, None)
    with pytest.raises(ValidationFailed):
        profile.casework.add_addendum(interview.id)
    with pytest.raises(ValidationFailed) as unknown:
        profile.casework.start_interview(case_id, "no_such_template", None, None)
    assert unknown.value.fields == {"template": "not_a_choice"}

    profile.casework.open_interview(interview.id)

    history = profile.casework.history(case_id)
    assert ("read", "interview", interview.id) in [
        (e.action, e.object_type, e.object_id) for e in history.events
    ]


# --- persons, notes, history --------------------------------------------------------------


def test_adding_a_person_with_an_invalid_role_creates_nothing(
    profile: OpenProfile, case_id: str
) -> None:
    before = profile.records.count("person")
    with pytest.raises(ValidationFailed) as raised:
        profile.casework.add_person_to_case(case_id, {"family_name": "Haddad"}, "cousin")
    assert raised.value.fields == {"role": "not_a_choice"}
    with pytest.raises(ValidationFailed):
        profile.casework.add_person_to_case(case_id, {"given_names": "Nour"}, "child")
    assert profile.records.count("person") == before

    link, person = profile.casework.add_person_to_case(case_id, {"family_name": "Haddad"}, "child")
    assert link["person_id"] == person.id and link.case_id == case_id
    assert profile.casework.change_role(link.id, "spouse")["role"] == "spouse"


def test_the_history_lists_the_cases_events_newest_first_and_what_waits_for_sync(
    profile: OpenProfile, case_id: str
) -> None:
    note = profile.casework.add_note(case_id, "  Termin vereinbart.  ")
    assert note["body"] == "Termin vereinbart."
    task = profile.records.create("task", {"title": "A", "kind": "task"}, case_id=case_id)
    profile.casework.set_task_done(task.id, True)
    profile.records.create("case", CASE | {"case_number": "ZH-2026-000001"})  # another case

    history = profile.casework.history(case_id)

    actions = [(e.action, e.object_type) for e in history.events]
    assert actions[:4] == [
        ("update", "task"),
        ("create", "task"),
        ("create", "note"),
        ("create", "case"),
    ]
    assert history.events[0].detail["fields"] == "done"
    assert history.events[0].device_id == history.this_device == profile.context.device_id
    assert [(p.entity, p.op) for p in history.pending] == [
        ("case", "create"),
        ("note", "create"),
        ("task", "create"),
        ("task", "update"),
    ]
    assert history.pending[-1].fields == ("done",)
    assert history.open_conflicts == 0
