"""Casework use cases: legal deadlines as tasks, interviews from draft to protocol, persons,
notes and a case's history.

Each write is one local transaction through `RecordService` (domain change, outbox mutation,
audit event and search index together) and returns frozen `Record`s. Configuration — deadline
rules and interview templates — is loaded on first use and kept for the unlocked profile.
Errors are codes: `StoreError`/`ValidationFailed` for the store, `DeadlineError` for regions
and dates the deadline engine cannot work with.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from storage import sittings
from storage.context import ProfileContext
from storage.deadline_rules import (
    REGION_NEEDS_COUNTRY,
    SHIPPED_RULES,
    SUPPORTED_COUNTRIES,
    UNKNOWN_REGION,
    subdivisions,
)
from storage.deadlines import (
    Deadline,
    DeadlineError,
    Region,
    Rule,
    Step,
    compute_deadline,
    load_rules,
    parse_region,
)
from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.forms import (
    FORMS_DIR,
    UNKNOWN_QUESTION,
    Template,
    load_templates,
    validate_answers,
)
from storage.schema import PERSON_ROLES, TASK
from storage.services.records import Record, RecordService
from storage.services.summaries import CaseHistory, CaseSummaries
from storage.validation import BAD_TYPE, NOT_A_CHOICE, REQUIRED

EXPLANATION_MAX = TASK.field("explanation").max_length or 400
NOT_FINALISED = "not_finalised"
"""Field code: only a finalised interview is corrected by an addendum (a draft is edited)."""


@dataclasses.dataclass(frozen=True, slots=True)
class DeadlineOptions:
    """What the "new legal deadline" chooser offers for one case.

    `regions` is the case's holiday region — or, when its short code names a canton *and* a
    Land ("BE", "NW", "SH"), both candidates, and the caseworker picks the country.
    """

    regions: tuple[Region, ...]
    rules: Mapping[str, Rule]


def resolve_region(text: str | None, *, country: str | None = None) -> Region:
    """The holiday region of a case's `region` value ("VD", "CH-VD", "BY", "CH").

    A short code that exists in both countries is never guessed: `region_needs_country`
    until `country` says which (a wrong canton would move a legal deadline).
    """
    value = (text or "").strip().upper()
    if not value:
        raise DeadlineError(UNKNOWN_REGION)
    if country:
        return parse_region(value, country=country)
    if "-" in value or value in SUPPORTED_COUNTRIES:
        return parse_region(value)
    found = [c for c in SUPPORTED_COUNTRIES if value in subdivisions(c)]
    if len(found) == 1:
        return Region(found[0], value)
    raise DeadlineError(REGION_NEEDS_COUNTRY if found else UNKNOWN_REGION, value[:10])


def region_candidates(text: str | None) -> tuple[Region, ...]:
    """Every region a case's `region` value may mean (none when it is empty or unknown)."""
    try:
        return (resolve_region(text),)
    except DeadlineError as exc:
        if exc.code != REGION_NEEDS_COUNTRY:
            return ()
    value = (text or "").strip().upper()
    return tuple(Region(c, value) for c in SUPPORTED_COUNTRIES if value in subdivisions(c))


def encoded_explanation(deadline: Deadline, limit: int = EXPLANATION_MAX) -> str:
    """The explanation as stored in a task, within the field's length limit.

    Holiday names go first when it is too long (the app looks them up again from date and
    region, in its own language); then the skipped-holiday steps, keeping how the period was
    counted and where it ended.
    """
    text = deadline.explanation_json()
    if len(text) <= limit:
        return text
    slim = tuple(
        Step(s.code, {k: v for k, v in s.params.items() if k != "holiday"})
        for s in deadline.explanation
    )
    text = dataclasses.replace(deadline, explanation=slim).explanation_json()
    if len(text) <= limit:
        return text
    essential = tuple(s for s in slim if s.code != "holiday_skipped")
    return dataclasses.replace(deadline, explanation=essential).explanation_json()


def _draft_errors(
    template: Template, answers: Mapping[str, Any], stored: Mapping[str, Any]
) -> dict[str, str]:
    # A draft may be incomplete; an answer kept from an earlier template version may stay
    # as it was, but nothing new may be written under a question the template lacks.
    errors = validate_answers(template, answers)
    return {
        key: code
        for key, code in errors.items()
        if code != REQUIRED and not (code == UNKNOWN_QUESTION and stored.get(key) == answers[key])
    }


class CaseworkService:
    """The casework use cases of one unlocked profile."""

    def __init__(
        self,
        ctx: ProfileContext,
        records: RecordService,
        summaries: CaseSummaries,
        *,
        rules_path: Path = SHIPPED_RULES,
        forms_dir: Path = FORMS_DIR,
    ) -> None:
        self._ctx = ctx
        self._records = records
        self._summaries = summaries
        self._rules_path = rules_path
        self._forms_dir = forms_dir
        self._lock = threading.Lock()
        self._rules: Mapping[str, Rule] | None = None
        self._templates: Mapping[str, Template] | None = None

    # --- configuration ------------------------------------------------------------------

    def rules(self) -> Mapping[str, Rule]:
        """The deadline rules by id (empty when the rules file is broken: none is guessed)."""
        with self._lock:
            if self._rules is None:
                self._rules = load_rules(self._rules_path).rules
            return self._rules

    def templates(self) -> Mapping[str, Template]:
        """The sound interview templates by id."""
        with self._lock:
            if self._templates is None:
                self._templates = load_templates(self._forms_dir).templates
            return self._templates

    def _rule(self, rule_id: str) -> Rule:
        rule = self.rules().get(rule_id)
        if rule is None:
            raise ValidationFailed({"rule": NOT_A_CHOICE})
        return rule

    def _template(self, template_id: str) -> Template:
        template = self.templates().get(template_id)
        if template is None:
            raise ValidationFailed({"template": NOT_A_CHOICE})
        return template

    # --- deadlines ----------------------------------------------------------------------

    def deadline_options(self, case_id: str) -> DeadlineOptions:
        """The case's holiday region(s) and every rule (the chooser filters by region)."""
        case = self._records.get("case", case_id, audit_read=False)
        return DeadlineOptions(region_candidates(case["region"]), self.rules())

    def preview_deadline(
        self, case_id: str, rule_id: str, trigger_date: date, *, country: str | None = None
    ) -> Deadline:
        """The due date and its explanation for the case's region; nothing is written."""
        case = self._records.get("case", case_id, audit_read=False)
        region = resolve_region(case["region"], country=country)
        return compute_deadline(self._rule(rule_id), trigger_date, region)

    def create_deadline_task(
        self,
        case_id: str,
        rule_id: str,
        trigger_date: date,
        *,
        country: str | None = None,
        title: str | None = None,
    ) -> Record:
        """A task of the rule's kind due on the computed date, with the rule and the encoded
        explanation. `title` is the caseworker's wording; the rule's label key otherwise."""
        rule = self._rule(rule_id)
        deadline = self.preview_deadline(case_id, rule_id, trigger_date, country=country)
        values = {
            "title": (title or rule.label_key)[: TASK.field("title").max_length],
            "kind": rule.kind.value,
            "due_on": deadline.due_on.isoformat(),
            "rule": rule.id,
            "explanation": encoded_explanation(deadline),
            "done": False,
        }
        return self._records.create("task", values, case_id=case_id)

    def set_task_done(self, task_id: str, done: bool) -> Record:
        """Tick a task off (or on again): a low-risk field, last writer wins when syncing."""
        return self._records.update("task", task_id, {"done": done})

    # --- interviews ---------------------------------------------------------------------

    def start_interview(
        self, case_id: str, template_id: str, language: str | None, interpreter: str | None
    ) -> Record:
        """A new draft interview from a template, started now, with no answers yet."""
        self._template(template_id)
        values: dict[str, Any] = {
            "template": template_id,
            "language": language,
            "interpreter": interpreter,
            "started_at": self._ctx.now(),
            "status": "draft",
            "answers": {},
        }
        return self._records.create("interview", values, case_id=case_id)

    def open_interview(self, interview_id: str) -> Record:
        """The interview as stored now; opening it is recorded as a read (its answers are
        case content, parts of it special-category data)."""
        with self._ctx.store.write() as conn:
            record = self._records.get("interview", interview_id, audit_read=False)
            self._ctx.audit.record(conn, "read", "interview", interview_id)
        return record

    def save_answers(self, interview_id: str, answers: Mapping[str, Any]) -> Record:
        """Autosave: replace the draft's answers. Types are checked, completeness is not.

        Raises `ValidationFailed` (question id → code) for wrong types or unknown questions,
        ``{"answers": INTERRUPTED}`` while it is interrupted (`storage.sittings`), IMMUTABLE
        once the interview is finalised.
        """
        if not isinstance(answers, Mapping) or not all(isinstance(k, str) for k in answers):
            raise ValidationFailed({"answers": BAD_TYPE})
        current = self._records.get("interview", interview_id, audit_read=False)
        stored = current["answers"] if isinstance(current["answers"], Mapping) else {}
        errors = _draft_errors(self._template(current["template"]), answers, stored)
        if errors:
            raise ValidationFailed(errors)
        return self._records.update("interview", interview_id, {"answers": dict(answers)})

    def set_participants(
        self, interview_id: str, *, language: str | None, interpreter: str | None
    ) -> Record:
        """The interview's language and interpreter (while it is a draft and not
        interrupted: INTERRUPTED on the changed field; continuing it sets them)."""
        changes = {"language": language, "interpreter": interpreter}
        return self._records.update("interview", interview_id, changes)

    def interrupt_interview(self, interview_id: str, reason: str | None = None) -> Record:
        """End the current sitting now ("the interpreter had to leave"); the draft waits
        for `continue_interview`. Codes on `sittings`: INTERRUPTED, FINAL (finalised)."""
        with self._ctx.store.write():  # read and change in one transaction
            current = self._records.get("interview", interview_id, audit_read=False)
            changes = sittings.interrupt_changes(current.values, self._ctx.now(), reason)
            return self._records.update("interview", interview_id, changes)

    def continue_interview(
        self, interview_id: str, *, language: str | None, interpreter: str | None
    ) -> Record:
        """Start the next sitting of an interrupted interview now, perhaps with another
        interpreter or language. Codes on `sittings`: NOT_INTERRUPTED, FINAL."""
        with self._ctx.store.write():  # read and change in one transaction
            current = self._records.get("interview", interview_id, audit_read=False)
            changes = sittings.continue_changes(
                current.values, self._ctx.now(), language, interpreter
            )
            return self._records.update("interview", interview_id, changes)

    def finalise_interview(self, interview_id: str) -> Record:
        """Check the answers are complete and valid, then make the protocol final.

        Afterwards the store refuses every edit (IMMUTABLE); corrections are addenda.
        """
        current = self._records.get("interview", interview_id, audit_read=False)
        answers = current["answers"] if isinstance(current["answers"], Mapping) else {}
        errors = {
            key: code
            for key, code in validate_answers(self._template(current["template"]), answers).items()
            if code != UNKNOWN_QUESTION  # kept from an earlier template version, not shown
        }
        if errors:
            raise ValidationFailed(errors)
        now = self._ctx.now()
        changes = {"status": "finalised", "finished_at": now}
        changes |= sittings.finalise_changes(current.values, now)
        return self._records.update(
            "interview", interview_id, changes, expected_hlc=current.updated_hlc
        )

    def add_addendum(self, interview_id: str) -> Record:
        """A new draft correcting a finalised interview: same template and participants,
        its answers as the starting point, linked by `corrects_id`."""
        original = self._records.get("interview", interview_id, audit_read=False)
        if original["status"] != "finalised":
            raise ValidationFailed({"corrects_id": NOT_FINALISED})
        values = {
            "template": original["template"],
            "language": original["language"],
            "interpreter": original["interpreter"],
            "started_at": self._ctx.now(),
            "status": "draft",
            "answers": dict(original["answers"] or {}),
            "corrects_id": original.id,
        }
        return self._records.create("interview", values, case_id=original.case_id)

    # --- persons and notes --------------------------------------------------------------

    def add_person_to_case(
        self, case_id: str, values: Mapping[str, Any], role: str
    ) -> tuple[Record, Record]:
        """Create a person and link them to the case in `role`, in one transaction.

        Returns (link, person)."""
        if role not in PERSON_ROLES:
            raise ValidationFailed({"role": NOT_A_CHOICE if role else REQUIRED})
        with self._ctx.store.write():
            person = self._records.create("person", values)
            link = self._records.create(
                "case_person", {"person_id": person.id, "role": role}, case_id=case_id
            )
        return link, person

    def change_role(self, link_id: str, role: str) -> Record:
        """A person's role in the case (applicant, spouse, child …)."""
        return self._records.update("case_person", link_id, {"role": role})

    def add_note(self, case_id: str, body: str, *, person_id: str | None = None) -> Record:
        """A note: insert-only, never edited afterwards (a correction is another note)."""
        values: dict[str, Any] = {"body": body.strip(), "person_id": person_id}
        return self._records.create("note", values, case_id=case_id)

    # --- history ------------------------------------------------------------------------

    def history(self, case_id: str) -> CaseHistory:
        """The case's audit events on this laptop and its changes not yet synced."""
        if not case_id:
            raise StoreError(ErrorCode.NOT_FOUND, "case")
        return self._summaries.history(case_id, this_device=self._ctx.device_id)


def rules_for(region: Region, rules: Mapping[str, Rule]) -> tuple[Rule, ...]:
    """The rules that apply in `region`, in the rules file's order."""
    return tuple(rule for rule in rules.values() if rule.applies_to(region))


__all__ = [
    "EXPLANATION_MAX",
    "NOT_FINALISED",
    "CaseworkService",
    "DeadlineOptions",
    "encoded_explanation",
    "region_candidates",
    "resolve_region",
    "rules_for",
]
