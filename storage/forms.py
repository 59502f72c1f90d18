"""Interview templates as data: the template schema, its loader, and answer validation.

Templates live in `resources/forms/<id>.json` with every text in de, fr, it and en (they are
resources, so the prose is theirs, not this module's). Offices edit them, so loading treats a
template as untrusted input: each problem is reported as a JSON Pointer and a code, never an
exception. Answers are a flat mapping of question id to value, validated here so the editor,
the finalisation check and the service all agree on what a complete interview is.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict
from pydantic import Field as Constraint

from storage.resource_files import (
    DUPLICATE_ID,
    OUT_OF_RANGE,
    RESOURCES_DIR,
    TOO_SHORT,
    UNSUPPORTED_FORMAT,
    Problem,
    pointer,
    read_resource,
    validate_resource,
)
from storage.schema import COUNTRIES, LANGUAGES, Field, FieldType, MergeClass
from storage.validation import BAD_TYPE, DEFAULT_TEXT_MAX, REQUIRED, SAFE_INTEGER, check_field

TEMPLATE_FORMAT = 1
FORMS_DIR = RESOURCES_DIR / "forms"
TEXT_LANGUAGES = ("de", "fr", "it", "en")
DEFAULT_LONG_TEXT_MAX = 20_000  # like the long texts of `storage.schema` (notes, summaries)

# Codes beyond the shared field codes of `storage.validation`.
UNKNOWN_QUESTION = "unknown_question"
DUPLICATE_CHOICE = "duplicate_choice"
CHOICES_MISSING = "choices_missing"
NOT_ALLOWED = "not_allowed"
FORWARD_REFERENCE = "forward_reference"
ID_MISMATCH = "id_mismatch"

_ID = r"^[a-z][a-z0-9_]{0,63}$"
_VALUE = r"^[A-Za-z0-9_]{1,64}$"
_STRICT = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)

_Id = Annotated[str, Constraint(pattern=_ID)]
_Text = Annotated[str, Constraint(pattern=r"\S", max_length=4000)]  # not blank


class AnswerType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    CHOICES = "choices"
    DATE = "date"
    PARTIAL_DATE = "partial_date"  # yyyy, yyyy-mm or yyyy-mm-dd: dates of birth are often vague
    YES_NO = "yes_no"
    NUMBER = "number"
    COUNTRY = "country"  # ISO 3166-1 alpha-2 from `storage.schema.COUNTRIES`
    LANGUAGE = "language"  # a code from `storage.schema.LANGUAGES`


class LocalizedText(BaseModel):
    """A text in each of the app's four languages; every one is required."""

    model_config = _STRICT

    de: _Text
    fr: _Text
    it: _Text
    en: _Text

    def get(self, language: str) -> str:
        """The text in `language`, or the English one for a language the app does not ship."""
        return str(getattr(self, language)) if language in TEXT_LANGUAGES else self.en


class Choice(BaseModel):
    model_config = _STRICT

    value: Annotated[str, Constraint(pattern=_VALUE)]
    label: LocalizedText


class ShowIf(BaseModel):
    """Show only when an earlier question's answer equals (or, for `choices`, contains) a value."""

    model_config = _STRICT

    question: _Id
    equals: Any  # checked against the controlling question's type after parsing


class Question(BaseModel):
    model_config = _STRICT

    id: _Id
    type: AnswerType
    label: LocalizedText
    help: LocalizedText | None = None
    required: bool = False
    sensitive: bool = False  # special-category data: collapsed in the UI, reveal is audited
    choices: tuple[Choice, ...] = ()
    show_if: ShowIf | None = None
    max_length: Annotated[int, Constraint(ge=1, le=DEFAULT_LONG_TEXT_MAX)] | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False


class Section(BaseModel):
    model_config = _STRICT

    id: _Id
    title: LocalizedText
    help: LocalizedText | None = None
    sensitive: bool = False
    show_if: ShowIf | None = None
    questions: tuple[Question, ...]  # emptiness checked after parsing, like `sections`


class Template(BaseModel):
    """An interview template: sections of questions, identified by `id` and `version`."""

    model_config = _STRICT

    format: int
    id: _Id
    version: Annotated[int, Constraint(ge=1)]
    title: LocalizedText
    description: LocalizedText | None = None
    # Not a pydantic length constraint: it would report "too short" for every invalid item.
    sections: tuple[Section, ...]

    def questions(self) -> Iterator[Question]:
        """Every question in template order."""
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question | None:
        """The question with `question_id`, if the template has one."""
        return next((q for q in self.questions() if q.id == question_id), None)


@dataclass(frozen=True, slots=True)
class TemplateLoad:
    """A template, or None and the problems that kept it from loading."""

    template: Template | None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class TemplatesLoad:
    """Every sound template by id, and the problems of the others by file name."""

    templates: Mapping[str, Template] = field(default_factory=lambda: MappingProxyType({}))
    problems: Mapping[str, tuple[Problem, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )


# --- loading ------------------------------------------------------------------------------


def parse_template(source: bytes | str) -> TemplateLoad:
    """Validate a template file's content: the template, or None and every problem found."""
    template, problems = validate_resource(Template, source)
    if template is None:
        return TemplateLoad(None, problems)
    problems = _cross_check(template)
    return TemplateLoad(None if problems else template, problems)


def load_template(path: Path) -> TemplateLoad:
    """Read and validate one template file; its id must match the file name."""
    data, problems = read_resource(path)
    if data is None:
        return TemplateLoad(None, problems)
    loaded = parse_template(data)
    if loaded.template is not None and loaded.template.id != path.stem:
        return TemplateLoad(None, (Problem("/id", ID_MISMATCH, path.stem[:64]),))
    return loaded


def load_templates(directory: Path = FORMS_DIR) -> TemplatesLoad:
    """Load every `*.json` template in `directory` (the shipped ones by default).

    One broken template does not hide the others: a caseworker can still run the interviews
    whose templates are sound while an office fixes the broken file.
    """
    templates: dict[str, Template] = {}
    problems: dict[str, tuple[Problem, ...]] = {}
    for path in sorted(directory.glob("*.json")):
        loaded = load_template(path)
        if loaded.template is not None:
            templates[loaded.template.id] = loaded.template
        else:
            problems[path.name] = loaded.problems
    return TemplatesLoad(MappingProxyType(templates), MappingProxyType(problems))


def _cross_check(template: Template) -> tuple[Problem, ...]:
    if template.format != TEMPLATE_FORMAT:
        return (Problem("/format", UNSUPPORTED_FORMAT, str(template.format)[:10]),)
    problems: list[Problem] = [] if template.sections else [Problem("/sections", TOO_SHORT)]
    earlier: dict[str, Question] = {}  # question ids are unique across the whole template
    for index, section in enumerate(template.sections):
        if any(other.id == section.id for other in template.sections[:index]):
            problems.append(Problem(pointer("sections", index, "id"), DUPLICATE_ID, section.id))
        problems.extend(_check_section(section, ("sections", index), earlier))
    return tuple(problems)


def _check_section(
    section: Section, at: tuple[str | int, ...], earlier: dict[str, Question]
) -> list[Problem]:
    problems = [] if section.questions else [Problem(pointer(*at, "questions"), TOO_SHORT)]
    problems.extend(_check_condition(section.show_if, earlier, at))
    for index, question in enumerate(section.questions):
        q_at = (*at, "questions", index)
        if question.id in earlier:
            problems.append(Problem(pointer(*q_at, "id"), DUPLICATE_ID, question.id))
        problems.extend(_check_condition(question.show_if, earlier, q_at))
        problems.extend(_check_question(question, q_at))
        earlier.setdefault(question.id, question)
    return problems


def _check_condition(
    condition: ShowIf | None, earlier: Mapping[str, Question], at: tuple[str | int, ...]
) -> list[Problem]:
    # Only earlier questions may control visibility: no cycles, and the form reads top-down.
    if condition is None:
        return []
    controlling = earlier.get(condition.question)
    if controlling is None:
        return [Problem(pointer(*at, "show_if", "question"), FORWARD_REFERENCE)]
    # The expected value must be a valid answer to the controlling question (one choice of a
    # multi-choice question), or the condition could never be met.
    as_single = controlling.type is AnswerType.CHOICES
    code = _check_value(controlling, condition.equals, single_choice=as_single)
    return [Problem(pointer(*at, "show_if", "equals"), code)] if code else []


def _check_question(question: Question, at: tuple[str | int, ...]) -> list[Problem]:
    problems: list[Problem] = []
    has_choices = question.type in (AnswerType.CHOICE, AnswerType.CHOICES)
    if has_choices and not question.choices:
        problems.append(Problem(pointer(*at, "choices"), CHOICES_MISSING))
    seen: set[str] = set()
    for index, choice in enumerate(question.choices):
        if not has_choices:
            problems.append(Problem(pointer(*at, "choices"), NOT_ALLOWED))
            break
        if choice.value in seen:
            problems.append(Problem(pointer(*at, "choices", index, "value"), DUPLICATE_ID))
        seen.add(choice.value)
    is_text = question.type in (AnswerType.TEXT, AnswerType.LONG_TEXT)
    is_number = question.type is AnswerType.NUMBER
    for key, allowed in (
        ("max_length", is_text),
        ("minimum", is_number),
        ("maximum", is_number),
        ("integer", is_number),
    ):
        if getattr(question, key) not in (None, False) and not allowed:
            problems.append(Problem(pointer(*at, key), NOT_ALLOWED))
    low, high = question.minimum, question.maximum
    if low is not None and high is not None and low > high:
        problems.append(Problem(pointer(*at, "maximum"), OUT_OF_RANGE))
    return problems


# --- answers ------------------------------------------------------------------------------


def visible_questions(template: Template, answers: Mapping[str, Any]) -> tuple[Question, ...]:
    """The questions shown for `answers`, in template order.

    A question is hidden when its section's or its own condition is not met, or when the
    question controlling it is itself hidden (so answers left over from an earlier branch
    never bring back the questions that depended on them).
    """
    shown: dict[str, Question] = {}
    for section in template.sections:
        if not _condition_met(section.show_if, answers, shown):
            continue
        for question in section.questions:
            if _condition_met(question.show_if, answers, shown):
                shown[question.id] = question
    return tuple(shown.values())


def validate_answers(template: Template, answers: Mapping[str, Any]) -> dict[str, str]:
    """Error codes by question id; empty when the answers are complete and valid.

    Required questions must be answered only while shown; answers to hidden questions are
    kept (the caseworker may switch back) but not checked. Ids the template does not know
    are `unknown_question`.
    """
    known = {q.id for q in template.questions()}
    errors = {key: UNKNOWN_QUESTION for key in answers if key not in known}
    for question in visible_questions(template, answers):
        value = answers.get(question.id)
        if _is_unanswered(value):
            if question.required:
                errors[question.id] = REQUIRED
            continue
        code = _check_value(question, value)
        if code:
            errors[question.id] = code
    return errors


def _condition_met(
    condition: ShowIf | None, answers: Mapping[str, Any], shown: Mapping[str, Question]
) -> bool:
    if condition is None:
        return True
    if condition.question not in shown:
        return False
    value = answers.get(condition.question)
    if isinstance(value, list):
        return any(_same(item, condition.equals) for item in value)
    return _same(value, condition.equals)


def _same(left: Any, right: Any) -> bool:
    # Python says True == 1; a yes/no answer must not satisfy "equals 1" (or the reverse).
    return isinstance(left, bool) is isinstance(right, bool) and bool(left == right)


def _is_unanswered(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def _check_value(question: Question, value: Any, *, single_choice: bool = False) -> str | None:
    if question.type is AnswerType.NUMBER:
        return _check_number(question, value)
    # Everything else is checked by the store's own field rules, so an answer is held to
    # exactly the limits of the entity field it resembles (one copy of the rules, both ends).
    decl = _as_field(question)
    if single_choice:
        decl = replace(decl, type=FieldType.CHOICE)
    code = check_field(decl, value)
    if code is None and isinstance(value, list) and len(set(value)) != len(value):
        return DUPLICATE_CHOICE
    return code


def _as_field(question: Question) -> Field:
    choices = {
        AnswerType.COUNTRY: COUNTRIES,
        AnswerType.LANGUAGE: LANGUAGES,
    }.get(question.type) or tuple(c.value for c in question.choices)
    limit = question.max_length or {
        AnswerType.TEXT: DEFAULT_TEXT_MAX,
        AnswerType.LONG_TEXT: DEFAULT_LONG_TEXT_MAX,
        AnswerType.CHOICES: len(choices),  # a list field's limit counts items
    }.get(question.type)
    field_type = _FIELD_TYPES[question.type]
    return Field(question.id, field_type, MergeClass.TEXT, max_length=limit, choices=choices)


def _check_number(question: Question, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return BAD_TYPE
    if isinstance(value, float) and (not math.isfinite(value) or question.integer):
        return BAD_TYPE
    if not -SAFE_INTEGER < value < SAFE_INTEGER:  # beyond this JSON readers lose precision
        return OUT_OF_RANGE
    low, high = question.minimum, question.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        return OUT_OF_RANGE
    return None


_FIELD_TYPES = {
    AnswerType.TEXT: FieldType.TEXT,
    AnswerType.LONG_TEXT: FieldType.LONG_TEXT,
    AnswerType.CHOICE: FieldType.CHOICE,
    AnswerType.CHOICES: FieldType.CHOICES,
    AnswerType.DATE: FieldType.DATE,
    AnswerType.PARTIAL_DATE: FieldType.PARTIAL_DATE,
    AnswerType.YES_NO: FieldType.BOOLEAN,
    AnswerType.COUNTRY: FieldType.CHOICE,
    AnswerType.LANGUAGE: FieldType.CHOICE,
}
