"""Interview templates: shipped templates, broken templates, answers with conditional questions."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.forms import (
    FORMS_DIR,
    TEXT_LANGUAGES,
    AnswerType,
    LocalizedText,
    Template,
    load_template,
    load_templates,
    parse_template,
    validate_answers,
    visible_questions,
)
from storage.schema import AVRR_PROGRAMMES, SEXES

SHIPPED = sorted(p.name for p in FORMS_DIR.glob("*.json"))
TEMPLATES = load_templates().templates


def texts(template: Template) -> Iterator[tuple[str, LocalizedText]]:
    """Every translatable text of a template, with where it is."""
    yield "title", template.title
    if template.description:
        yield "description", template.description
    for section in template.sections:
        yield f"{section.id}.title", section.title
        if section.help:
            yield f"{section.id}.help", section.help
        for question in section.questions:
            yield f"{question.id}.label", question.label
            if question.help:
                yield f"{question.id}.help", question.help
            for choice in question.choices:
                yield f"{question.id}.{choice.value}", choice.label


def t(text: str) -> dict[str, str]:
    return {"de": f"{text} (de)", "fr": f"{text} (fr)", "it": f"{text} (it)", "en": text}


def minimal_template() -> dict[str, Any]:
    return {
        "format": 1,
        "id": "mini",
        "version": 1,
        "title": t("Mini"),
        "sections": [
            {
                "id": "first",
                "title": t("First"),
                "questions": [
                    {"id": "has_children", "type": "yes_no", "label": t("Children?")},
                    {
                        "id": "children_count",
                        "type": "number",
                        "label": t("How many?"),
                        "required": True,
                        "integer": True,
                        "minimum": 1,
                        "show_if": {"question": "has_children", "equals": True},
                    },
                    {
                        "id": "needs",
                        "type": "choices",
                        "label": t("Needs"),
                        "choices": [
                            {"value": "housing", "label": t("Housing")},
                            {"value": "medical", "label": t("Medical")},
                        ],
                    },
                ],
            },
            {
                "id": "second",
                "title": t("Second"),
                "questions": [
                    {
                        "id": "medical_details",
                        "type": "long_text",
                        "label": t("Medical details"),
                        "required": True,
                        "show_if": {"question": "needs", "equals": "medical"},
                    }
                ],
            },
        ],
    }


def mini() -> Template:
    template = parse_template(json.dumps(minimal_template())).template
    assert template is not None
    return template


# --- the shipped templates ----------------------------------------------------------------


def test_the_three_templates_are_shipped() -> None:
    assert set(TEMPLATES) == {
        "initial_interview",
        "return_counselling",
        "integration_agreement_review",
    }


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_template_loads_without_problems(name: str) -> None:
    loaded = load_template(FORMS_DIR / name)

    assert loaded.problems == ()
    assert loaded.template is not None and loaded.template.id == name.removesuffix(".json")


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_every_text_is_written_in_all_four_languages(template_id: str) -> None:
    for where, text in texts(TEMPLATES[template_id]):
        values = [getattr(text, language) for language in TEXT_LANGUAGES]
        assert all(value.strip() == value and value for value in values), where


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_question_labels_are_translated_not_copied(template_id: str) -> None:
    template = TEMPLATES[template_id]
    for question in template.questions():
        label = question.label
        assert len({label.de, label.fr, label.it, label.en}) >= 2, question.id
        assert label.get("fr") == label.fr and label.get("ti") == label.en


def test_initial_interview_covers_identity_route_family_health_and_documents() -> None:
    template = TEMPLATES["initial_interview"]
    sections = {section.id: section for section in template.sections}

    assert {"identity", "route", "family", "health", "documents"} <= set(sections)
    assert sections["health"].sensitive
    assert template.question("religion").sensitive  # type: ignore[union-attr]
    sex = template.question("sex")
    assert sex is not None and {c.value for c in sex.choices} <= set(SEXES)
    dob = template.question("date_of_birth")
    assert dob is not None and dob.type is AnswerType.PARTIAL_DATE


def test_return_counselling_offers_exactly_the_avrr_programmes() -> None:
    programmes = TEMPLATES["return_counselling"].question("programmes")

    assert programmes is not None
    assert tuple(c.value for c in programmes.choices) == AVRR_PROGRAMMES


# --- broken templates ---------------------------------------------------------------------


def _broken(change: Any) -> str:
    document = minimal_template()
    change(document)
    return json.dumps(document)


def _question(document: dict[str, Any], index: int = 0) -> dict[str, Any]:
    question: dict[str, Any] = document["sections"][0]["questions"][index]
    return question


Q0 = "/sections/0/questions/0"
Q1 = "/sections/0/questions/1"
Q2 = "/sections/0/questions/2"


@pytest.mark.parametrize(
    ("source", "path", "code"),
    [
        ("{", "", "bad_json"),
        (b"\xc3\x28", "", "bad_encoding"),
        ('{"id": "a", "id": "b"}', "", "duplicate_key"),
        ('"a template"', "", "bad_type"),
        (_broken(lambda d: d.update(format=2)), "/format", "unsupported_format"),
        (_broken(lambda d: d["title"].pop("it")), "/title/it", "required"),
        (_broken(lambda d: d.update(version=0)), "/version", "out_of_range"),
        (_broken(lambda d: d.update(id="Mini Form")), "/id", "bad_format"),
        (_broken(lambda d: d.update(sections=[])), "/sections", "too_short"),
        (_broken(lambda d: d.update(owner="x")), "/owner", "unknown_key"),
        (
            _broken(lambda d: d["sections"][0].update(questions=[])),
            "/sections/0/questions",
            "too_short",
        ),
        (
            _broken(lambda d: _question(d)["label"].update(fr="   ")),
            f"{Q0}/label/fr",
            "bad_format",
        ),
        (_broken(lambda d: _question(d).update(type="essay")), f"{Q0}/type", "not_a_choice"),
        (_broken(lambda d: _question(d).update(required="yes")), f"{Q0}/required", "bad_type"),
        (
            _broken(lambda d: d["sections"][1]["questions"][0].update(id="needs")),
            "/sections/1/questions/0/id",
            "duplicate_id",
        ),
        (
            _broken(lambda d: d["sections"][1].update(id="first")),
            "/sections/1/id",
            "duplicate_id",
        ),
        (
            _broken(lambda d: _question(d).update(show_if={"question": "needs", "equals": "x"})),
            f"{Q0}/show_if/question",
            "forward_reference",
        ),
        (
            _broken(lambda d: _question(d, 1)["show_if"].update(equals="yes")),
            f"{Q1}/show_if/equals",
            "bad_type",
        ),
        (
            _broken(lambda d: d["sections"][1]["questions"][0]["show_if"].update(equals="food")),
            "/sections/1/questions/0/show_if/equals",
            "not_a_choice",
        ),
        (_broken(lambda d: _question(d, 2).update(choices=[])), f"{Q2}/choices", "choices_missing"),
        (
            _broken(lambda d: _question(d, 2)["choices"][1].update(value="housing")),
            f"{Q2}/choices/1/value",
            "duplicate_id",
        ),
        (
            _broken(lambda d: _question(d, 0).update(choices=_question(d, 2)["choices"])),
            f"{Q0}/choices",
            "not_allowed",
        ),
        (_broken(lambda d: _question(d, 2).update(maximum=3)), f"{Q2}/maximum", "not_allowed"),
        (
            _broken(lambda d: _question(d, 1).update(max_length=3)),
            f"{Q1}/max_length",
            "not_allowed",
        ),
        (_broken(lambda d: _question(d, 1).update(maximum=0)), f"{Q1}/maximum", "out_of_range"),
    ],
)
def test_broken_templates_are_reported_with_path_and_code(
    source: str | bytes, path: str, code: str
) -> None:
    loaded = parse_template(source)

    assert loaded.template is None
    assert (path, code) in {(p.path, p.code) for p in loaded.problems}


def test_every_problem_of_a_template_is_reported_at_once() -> None:
    document = minimal_template()
    document["title"].pop("en")
    _question(document, 2)["type"] = "checkbox"

    problems = {(p.path, p.code) for p in parse_template(json.dumps(document)).problems}

    assert problems == {("/title/en", "required"), (f"{Q2}/type", "not_a_choice")}


def test_template_file_must_be_named_after_its_id(tmp_path: Path) -> None:
    (tmp_path / "other.json").write_text(json.dumps(minimal_template()), encoding="utf-8")

    loaded = load_template(tmp_path / "other.json")

    assert loaded.template is None
    assert [(p.path, p.code) for p in loaded.problems] == [("/id", "id_mismatch")]


def test_one_broken_template_does_not_hide_the_others(tmp_path: Path) -> None:
    (tmp_path / "mini.json").write_text(json.dumps(minimal_template()), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")

    loaded = load_templates(tmp_path)

    assert set(loaded.templates) == {"mini"}
    assert [p.code for p in loaded.problems["broken.json"]] == ["bad_json"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=10,
)


@settings(max_examples=100)
@given(st.sampled_from(["title", "sections", "version", "id"]), json_values)
def test_any_json_in_a_template_yields_a_template_or_problems(key: str, value: Any) -> None:
    document = minimal_template()
    document[key] = value

    loaded = parse_template(json.dumps(document))

    assert (loaded.template is None) == bool(loaded.problems)


@settings(max_examples=100)
@given(json_values)
def test_any_json_as_a_question_never_crashes_the_loader(question: Any) -> None:
    document = minimal_template()
    document["sections"][1]["questions"].append(question)

    loaded = parse_template(json.dumps(document))

    assert (loaded.template is None) == bool(loaded.problems)


# --- answers ------------------------------------------------------------------------------


def test_required_questions_are_reported_while_shown_only() -> None:
    assert validate_answers(mini(), {}) == {}
    assert validate_answers(mini(), {"has_children": False}) == {}
    assert validate_answers(mini(), {"has_children": True}) == {"children_count": "required"}


def test_condition_on_a_multiple_choice_question_means_contains() -> None:
    answers = {"needs": ["housing", "medical"]}

    assert validate_answers(mini(), answers) == {"medical_details": "required"}
    assert validate_answers(mini(), {"needs": ["housing"]}) == {}


def test_answers_to_hidden_questions_are_kept_but_not_checked() -> None:
    answers = {"has_children": False, "children_count": "many"}

    assert validate_answers(mini(), answers) == {}
    assert "children_count" not in {q.id for q in visible_questions(mini(), answers)}


def test_yes_does_not_satisfy_a_condition_on_the_number_one() -> None:
    assert "children_count" not in {q.id for q in visible_questions(mini(), {"has_children": 1})}


def test_questions_depending_on_a_hidden_question_are_hidden_too() -> None:
    template = TEMPLATES["initial_interview"]
    answers = {"health_consent": False, "health_complaints": True, "takes_medication": True}

    shown = {q.id for q in visible_questions(template, answers)}

    assert not {"health_complaints", "health_details", "medication_details"} & shown
    assert "health_referral" in shown


def test_section_condition_hides_all_its_questions() -> None:
    template = TEMPLATES["return_counselling"]
    base = {"session_number": 1, "procedure_status": "rejected", "departure_deadline_set": False}

    errors_no = validate_answers(template, {**base, "wish_to_return": "no"})
    errors_yes = validate_answers(template, {**base, "wish_to_return": "yes"})

    assert "destination_country" not in errors_no and "programmes" not in errors_no
    assert errors_yes["destination_country"] == "required"
    assert errors_yes["programmes"] == "required"


@pytest.mark.parametrize(
    ("question_id", "value", "code"),
    [
        ("has_second_nationality", "yes", "bad_type"),
        ("date_of_birth", "1990-13", "bad_date"),
        ("date_of_birth", "1990-02-30", "bad_date"),
        ("date_of_birth", "01.01.1990", "bad_date"),
        ("date_of_birth", 1990, "bad_date"),
        ("nationality", "ZZ", "not_a_choice"),
        ("first_language", "klingon", "not_a_choice"),
        ("sex", "F", "not_a_choice"),
        ("other_documents", ["birth_certificate", "birth_certificate"], "duplicate_choice"),
        ("other_documents", ["passport_copy"], "not_a_choice"),
        ("other_documents", "birth_certificate", "bad_type"),
        ("other_documents", [1], "bad_type"),
        ("family_name", "A" * 121, "too_long"),
        ("family_name", "Haile\x00", "bad_format"),
        ("aliases", "\ud800", "bad_format"),
        ("family_name", ["Haile"], "bad_type"),
        ("unknown_field", "x", "unknown_question"),
    ],
)
def test_invalid_answers_get_a_code(question_id: str, value: Any, code: str) -> None:
    errors = validate_answers(TEMPLATES["initial_interview"], {question_id: value})

    assert errors[question_id] == code


@pytest.mark.parametrize(
    ("value", "code"),
    [(0, "out_of_range"), (31, "out_of_range"), (2.5, "bad_type"), (True, "bad_type"), (2, None)],
)
def test_number_answers_respect_bounds_and_whole_numbers(value: Any, code: str | None) -> None:
    answers = {"has_children": True, "children_count": value}

    errors = validate_answers(TEMPLATES["initial_interview"], answers)

    assert errors.get("children_count") == code


@pytest.mark.parametrize("value", ["1987", "1987-06", "1987-06-14"])
def test_partial_dates_keep_their_precision(value: str) -> None:
    errors = validate_answers(TEMPLATES["initial_interview"], {"date_of_birth": value})

    assert "date_of_birth" not in errors


@pytest.mark.parametrize(
    "text",
    [
        "محمد عبد الرحمن",  # Arabic
        "محمد\u200f (Mohammed)",  # right-to-left mark between scripts
        "\u2067عبد الرحمن\u2069 Abd al-Rahman",  # isolate around an RTL run
        "زهرا احمدی\u200cنژاد",  # Persian, zero-width non-joiner
        "ሃብቶም ተስፋይ",  # Tigrinya (Ge'ez)
        "Олена Коваленко",  # Cyrillic
    ],
)
def test_answers_in_right_to_left_and_other_scripts_are_accepted(text: str) -> None:
    template = TEMPLATES["initial_interview"]
    answers = {"name_original_script": text, "aliases": f"{text}\n{text}"}

    errors = validate_answers(template, answers)

    assert "name_original_script" not in errors and "aliases" not in errors


def complete_initial_interview() -> dict[str, Any]:
    return {
        "understands_interpreter": True,
        "fit_for_interview": True,
        "informed_about_purpose": True,
        "family_name": "Tesfay",
        "given_names": "Habtom",
        "name_original_script": "ሃብቶም ተስፋይ",
        "date_of_birth": "1996",
        "sex": "male",
        "nationality": "ER",
        "has_second_nationality": False,
        "first_language": "ti",
        "route_description": "Eritrea – Sudan (3 months) – Libya (8 months) – Italy – Switzerland",
        "arrival_date": "2026-02",
        "fingerprints_elsewhere": True,
        "fingerprints_where": "Italy, 2025",
        "applied_elsewhere": False,
        "marital_status": "married",
        "spouse_details": "Spouse in Khartoum, born about 1998",
        "has_children": True,
        "children_count": 2,
        "unaccompanied_minor": False,
        "health_consent": False,
        "health_referral": False,
        "has_passport": False,
        "originals_handed_in": False,
        "read_back_confirmed": True,
    }


def test_a_complete_initial_interview_has_no_errors() -> None:
    assert validate_answers(TEMPLATES["initial_interview"], complete_initial_interview()) == {}


def test_a_missing_conditional_answer_blocks_completion() -> None:
    answers = complete_initial_interview()
    answers["originals_handed_in"] = True

    errors = validate_answers(TEMPLATES["initial_interview"], answers)

    assert errors == {"originals_list": "required"}


def test_blank_text_counts_as_unanswered() -> None:
    answers = {**complete_initial_interview(), "family_name": "  \u00a0"}

    assert validate_answers(TEMPLATES["initial_interview"], answers) == {"family_name": "required"}


def test_validation_does_not_change_the_answers() -> None:
    answers = complete_initial_interview()
    before = copy.deepcopy(answers)

    validate_answers(TEMPLATES["initial_interview"], answers)

    assert answers == before


ALL_IDS = sorted({q.id for template in TEMPLATES.values() for q in template.questions()})


@settings(max_examples=150)
@given(
    st.sampled_from(sorted(TEMPLATES)),
    st.dictionaries(st.sampled_from([*ALL_IDS, "", "not_a_question"]), json_values, max_size=8),
)
def test_any_answers_yield_codes_never_an_exception(
    template_id: str, answers: dict[str, Any]
) -> None:
    template = TEMPLATES[template_id]

    errors = validate_answers(template, answers)

    assert all(isinstance(code, str) for code in errors.values())
    assert set(errors) <= {q.id for q in template.questions()} | set(answers)
