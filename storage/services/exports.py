"""Protocol exports: the content of one interview as a legal protocol, read and audited.

`ProtocolExports.protocol` assembles everything a printed or exported protocol shows — case
number and type, the persons of the case, the template's title and texts in the chosen
language, participants (interpreter, spoken language, who recorded it), when it started and
finished, its sittings (each with its own interpreter and language), every shown section,
question and answer in template order (conditional questions only where they applied), the
finalisation state and the linked addenda — as frozen plain data. Rendering (PDF, printing)
is the desktop's job; nothing here knows about pages.

The read and its audit event (`export` with the format, or `print`) are one transaction
(AUD-1): an export that cannot be read leaves no event, and no protocol leaves the store
without one. The event carries ids and codes only, never content. The event is written when
the content leaves the store, before any file exists: a file write or print that fails
afterwards (disk full, no permission) adds a second event of the same action with
`outcome=failed` and the error code (`export_failed`), so the log tells an attempt from an
export that reached its file — and a crash between the two still leaves the attempt logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from storage.context import ProfileContext
from storage.errors import ErrorCode, ValidationFailed
from storage.forms import TEXT_LANGUAGES, AnswerType, Question, Template, visible_questions
from storage.services.casework import CaseworkService
from storage.services.records import Record, RecordService
from storage.sittings import Sitting, sittings_of
from storage.validation import NOT_A_CHOICE, REQUIRED

PROTOCOL_PURPOSES = ("pdf", "print")
"""What a protocol is read for: `pdf` is audited as an export, `print` as a print."""
FAILURE_CODES = frozenset({*(code.value for code in ErrorCode), "unexpected"})
"""Why an export's file write or a print failed: a store error code, or `unexpected`."""


def record_failure(
    ctx: ProfileContext,
    action: str,
    target: tuple[str, str],
    detail: Mapping[str, str],
    error: str,
) -> None:
    """The audit event of an export or print whose output failed after it was read:
    `action` on `target` (object type, id), `detail` plus outcome and error code."""
    if error not in FAILURE_CODES:
        raise ValidationFailed({"error": NOT_A_CHOICE})
    with ctx.store.write() as conn:
        failed = {**detail, "outcome": "failed", "error": error}
        ctx.audit.record(conn, action, target[0], target[1], detail=failed)


@dataclass(frozen=True, slots=True)
class ProtocolAnswer:
    """One shown question with its stored answer (codes; the desktop turns them into words)."""

    question_id: str
    label: str  # in the protocol's language
    answer_type: str  # an `AnswerType` value
    value: Any  # as stored: text, code, list of codes, ISO date, number, bool or None
    choice_labels: Mapping[str, str]  # template choices, value → label (empty otherwise)
    sensitive: bool  # special-category data: included, but marked


@dataclass(frozen=True, slots=True)
class ProtocolSection:
    section_id: str
    title: str
    sensitive: bool
    answers: tuple[ProtocolAnswer, ...]


@dataclass(frozen=True, slots=True)
class ProtocolPerson:
    person_id: str
    role: str  # applicant, spouse, child …
    family_name: str
    given_names: str
    name_original: str  # original script, may be empty
    birth_date: str | None  # partial ISO date (precision kept)


@dataclass(frozen=True, slots=True)
class LinkedProtocol:
    """An addendum correcting this protocol, or the protocol this addendum corrects."""

    interview_id: str
    relation: str  # "corrects" | "corrected_by"
    status: str
    started_at: str | None
    finished_at: str | None


@dataclass(frozen=True, slots=True)
class Protocol:
    """Everything a protocol shows, in template order, ready to render."""

    interview_id: str
    case_id: str
    case_number: str
    case_type: str
    language: str  # of the template's texts (de, fr, it, en)
    template_id: str
    template_version: int
    title: str
    persons: tuple[ProtocolPerson, ...]
    interpreter: str | None
    spoken_language: str | None  # the interview's language code
    recorded_by: str  # login of the caseworker who last wrote it (finalised: who finalised)
    started_at: str | None  # UTC ISO 8601
    finished_at: str | None
    sittings: tuple[Sitting, ...]  # at least one; each signed on its own line
    status: str  # draft | finalised
    sections: tuple[ProtocolSection, ...]
    earlier_answers: Mapping[str, Any]  # answers to questions the template no longer has
    linked: tuple[LinkedProtocol, ...]
    exported_at: str
    exported_by: str

    @property
    def finalised(self) -> bool:
        return self.status == "finalised"

    @property
    def is_addendum(self) -> bool:
        return any(link.relation == "corrects" for link in self.linked)


def _answer(
    question: Question, answers: Mapping[str, Any], language: str, sensitive: bool
) -> ProtocolAnswer:
    labels = {c.value: c.label.get(language) for c in question.choices}
    return ProtocolAnswer(
        question_id=question.id,
        label=question.label.get(language),
        answer_type=AnswerType(question.type).value,
        value=answers.get(question.id),
        choice_labels=MappingProxyType(labels),
        sensitive=sensitive or question.sensitive,
    )


def protocol_sections(
    template: Template, answers: Mapping[str, Any], language: str
) -> tuple[ProtocolSection, ...]:
    """The sections with at least one shown question, each with its shown answers."""
    shown = {q.id for q in visible_questions(template, answers)}
    sections = []
    for section in template.sections:
        items = tuple(
            _answer(q, answers, language, section.sensitive)
            for q in section.questions
            if q.id in shown
        )
        if items:
            sections.append(
                ProtocolSection(section.id, section.title.get(language), section.sensitive, items)
            )
    return tuple(sections)


def _person(link: Record, person: Record) -> ProtocolPerson:
    values = person.values
    return ProtocolPerson(
        person_id=person.id,
        role=str(link["role"]),
        family_name=values["family_name"] or "",
        given_names=values["given_names"] or "",
        name_original=values["name_original"] or "",
        birth_date=values["birth_date"],
    )


def _linked(interview: Record, others: list[Record]) -> tuple[LinkedProtocol, ...]:
    def link(other: Record, relation: str) -> LinkedProtocol:
        values = other.values
        return LinkedProtocol(
            other.id, relation, values["status"], values["started_at"], values["finished_at"]
        )

    found = [link(o, "corrects") for o in others if o.id == interview["corrects_id"]]
    found += [link(o, "corrected_by") for o in others if o["corrects_id"] == interview.id]
    return tuple(found)


class ProtocolExports:
    """Reads interview protocols for export and printing, audited."""

    def __init__(
        self, ctx: ProfileContext, records: RecordService, casework: CaseworkService
    ) -> None:
        self._ctx = ctx
        self._records = records
        self._casework = casework

    def protocol(self, interview_id: str, *, language: str, purpose: str = "pdf") -> Protocol:
        """The protocol of `interview_id` with the template's texts in `language`.

        Writes one audit event in the same transaction: `export` (detail: kind, format,
        language) for `purpose="pdf"`, `print` for `purpose="print"`. Raises
        `ValidationFailed` for an unknown language, purpose or template and NOT_FOUND for an
        unknown interview; then nothing is written.
        """
        errors: dict[str, str] = {}
        if language not in TEXT_LANGUAGES:
            errors["language"] = NOT_A_CHOICE if language else REQUIRED
        if purpose not in PROTOCOL_PURPOSES:
            errors["purpose"] = NOT_A_CHOICE
        if errors:
            raise ValidationFailed(errors)
        with self._ctx.store.write() as conn:
            protocol = self._assemble(interview_id, language)
            action = "print" if purpose == "print" else "export"
            detail = {"kind": "protocol", "language": language}
            if action == "export":
                detail["format"] = purpose
            self._ctx.audit.record(conn, action, "interview", interview_id, detail=detail)
        return protocol

    def export_failed(self, interview_id: str, *, purpose: str, error: str) -> None:
        """Record that the protocol read for `purpose` never reached its file or printer
        (`error`: a `FAILURE_CODES` code). Raises `ValidationFailed` for anything else."""
        if purpose not in PROTOCOL_PURPOSES:
            raise ValidationFailed({"purpose": NOT_A_CHOICE})
        action = "print" if purpose == "print" else "export"
        detail = {"kind": "protocol"} | ({"format": purpose} if action == "export" else {})
        record_failure(self._ctx, action, ("interview", interview_id), detail, error)

    def _assemble(self, interview_id: str, language: str) -> Protocol:
        interview = self._records.get("interview", interview_id, audit_read=False)
        template = self._casework.templates().get(interview["template"])
        if template is None:
            raise ValidationFailed({"template": NOT_A_CHOICE})
        case_id = str(interview.case_id)
        case = self._records.get("case", case_id, audit_read=False)
        persons = tuple(
            _person(link, self._records.get("person", link["person_id"], audit_read=False))
            for link in self._records.list("case_person", case_id=case_id)
        )
        answers: Mapping[str, Any] = interview["answers"] or {}
        known = {q.id for q in template.questions()}
        values = interview.values
        return Protocol(
            interview_id=interview.id,
            case_id=case_id,
            case_number=case["case_number"],
            case_type=case["case_type"],
            language=language,
            template_id=template.id,
            template_version=template.version,
            title=template.title.get(language),
            persons=persons,
            interpreter=values["interpreter"],
            spoken_language=values["language"],
            recorded_by=interview.updated_by,
            started_at=values["started_at"],
            finished_at=values["finished_at"],
            sittings=sittings_of(values, interview.created_at),
            status=values["status"],
            sections=protocol_sections(template, answers, language),
            earlier_answers=MappingProxyType({k: v for k, v in answers.items() if k not in known}),
            linked=_linked(interview, self._records.list("interview", case_id=case_id)),
            exported_at=self._ctx.now(),
            exported_by=self._ctx.actor,
        )


__all__ = [
    "FAILURE_CODES",
    "PROTOCOL_PURPOSES",
    "LinkedProtocol",
    "Protocol",
    "ProtocolAnswer",
    "ProtocolExports",
    "ProtocolPerson",
    "ProtocolSection",
    "protocol_sections",
    "record_failure",
]
