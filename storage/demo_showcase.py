"""What the demo shows besides the generated cases: a return in progress, a finished protocol.

`showcase` picks two of the given cases (the first caseworker's) and gives one a return
assistance (AVRR) that is ready to be registered and the other a finalised initial interview
held in two sittings — the interpreter had to leave the first — so a new user can export its
protocol right away. Deterministic: no random numbers, only the cases' own values. The
answers are clearly fictional and complete for the shipped template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from storage.demo_data import DemoCase
from storage.forms import AnswerType, Question, Template, load_templates, validate_answers

SHOWCASE_TEMPLATE = "initial_interview"
_DEMO_TEXT = "Fiktive Angabe (Demo)."


def _sample(question: Question) -> Any:
    """A valid, obviously fictional answer of the question's type."""
    if question.choices:
        first = question.choices[0].value
        return [first] if question.type is AnswerType.CHOICES else first
    return {
        AnswerType.TEXT: "Demo",
        AnswerType.LONG_TEXT: _DEMO_TEXT,
        AnswerType.DATE: "2026-11-02",
        AnswerType.PARTIAL_DATE: "1990",
        AnswerType.YES_NO: True,
        AnswerType.NUMBER: int(question.minimum or 1),
        AnswerType.COUNTRY: "SY",
        AnswerType.LANGUAGE: "ar",
    }.get(question.type, _DEMO_TEXT)


def complete_answers(template: Template, answers: Mapping[str, Any]) -> dict[str, Any]:
    """`answers` plus a fictional answer for every required question still open."""
    result = dict(answers)
    for _ in range(10):  # an answer may reveal further required questions
        missing = [k for k, c in validate_answers(template, result).items() if c == "required"]
        if not missing:
            return result
        for key in missing:
            question = template.question(key)
            if question is not None:
                result[key] = _sample(question)
    raise ValueError("the demo answers never became complete")


def _at(day: date, hour: int, minute: int = 0) -> str:
    moment = datetime.combine(day, time(hour, minute), tzinfo=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _interview(demo: DemoCase, today: date, template: Template) -> dict[str, Any]:
    applicant = demo.persons[0][1]
    languages = applicant.get("languages") or ["ar"]
    first_day, second_day = today - timedelta(days=9), today - timedelta(days=6)
    answers = {
        "family_name": applicant["family_name"],
        "given_names": applicant.get("given_names") or "Demo",
        "route_description": "Fiktive Reiseroute (Demo).",
    }
    sittings = [
        {"started_at": _at(first_day, 8, 30), "ended_at": _at(first_day, 9, 40),
         "language": languages[0], "interpreter": "INT-204",
         "reason": "Dolmetscherin musste zu einem anderen Termin (Demo)."},
        {"started_at": _at(second_day, 13), "ended_at": _at(second_day, 14, 25),
         "language": languages[0], "interpreter": "INT-311", "reason": None},
    ]  # fmt: skip
    return {
        "template": SHOWCASE_TEMPLATE,
        "language": languages[0],
        "interpreter": "INT-311",
        "started_at": sittings[0]["started_at"],
        "finished_at": sittings[1]["ended_at"],
        "status": "finalised",
        "answers": {
            k: v
            for k, v in complete_answers(template, answers).items()
            if template.question(k) is not None
        },
        "sittings": sittings,
    }


def _return_assistance(demo: DemoCase, today: date) -> dict[str, Any]:
    country = (demo.persons[0][1].get("nationalities") or ["IQ"])[0]
    return {
        "programme": "RIF",
        "country": country,
        "status": "counselling",
        "eligible": True,
        "travel_date": (today + timedelta(days=40)).isoformat(),
        "reintegration_budget": 3000,
        "reintegration_plan": "Kleingewerbe im Herkunftsort, Starthilfe in Raten (Demo).",
    }


def showcase(cases: Sequence[DemoCase], today: date) -> tuple[DemoCase, DemoCase]:
    """Give `cases[0]` a return assistance and `cases[1]` a finalised interview in two
    sittings (needs two cases). Returns (the AVRR case, the interview case)."""
    if len(cases) < 2:
        raise ValueError("the showcase needs two cases")
    template = load_templates().templates[SHOWCASE_TEMPLATE]
    avrr, interviewed = cases[0], cases[1]
    avrr.case["case_type"] = "return_assistance"
    avrr.case["status"] = "in_progress"
    avrr.return_assistance = _return_assistance(avrr, today)
    interviewed.interview = _interview(interviewed, today, template)
    return avrr, interviewed
