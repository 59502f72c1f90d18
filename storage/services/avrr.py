"""Return assistance (AVRR): one record per case, its status flow and the reminders each step
brings.

The status moves along `storage.validation.AVRR_STATUS_TRANSITIONS` only (the store and the
service enforce the same table). Two steps start reminders from the deadline rules in data —
rules whose `trigger` is `avrr_travel` count from the travel date when the return is
registered (and again when the travel date moves), rules with `avrr_departure` count from the
departure when it is recorded. Each step and its tasks are one local transaction, so a
step never lands without its reminders or the other way round; every write is audited by
`RecordService` like any other update.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from storage.context import ProfileContext
from storage.deadline_rules import RuleKind
from storage.deadlines import DeadlineError, Rule, compute_deadline
from storage.errors import ValidationFailed
from storage.schema import TASK
from storage.services.casework import (
    CaseworkService,
    encoded_explanation,
    region_candidates,
    resolve_region,
)
from storage.services.records import Record, RecordService
from storage.validation import ILLEGAL_TRANSITION, REQUIRED, transition_allowed

TRAVEL_TRIGGER = "avrr_travel"
DEPARTURE_TRIGGER = "avrr_departure"
STEP_TRIGGERS: Mapping[str, str] = {"registered": TRAVEL_TRIGGER, "departed": DEPARTURE_TRIGGER}
"""Which rules a step starts: those whose trigger is named here."""
AVRR_TRIGGERS = frozenset(STEP_TRIGGERS.values())
FIRST_STATUS = "counselling"
CURRENCIES: Mapping[str, str] = {"CH": "CHF", "DE": "EUR"}
RETURN_CASE_TYPES = frozenset({"return_assistance"})
"""Case types whose detail always offers return assistance; other cases show it once a
record exists (return counselling is offered in asylum, removal and emergency-aid cases)."""

# Field codes of this module (the app words them).
ALREADY_STARTED = "already_started"
NOT_ELIGIBLE = "not_eligible"
IN_FUTURE = "in_future"


@dataclass(frozen=True, slots=True)
class ReturnAssistance:
    """What the return-assistance pane shows for one case."""

    case_id: str
    case_type: str
    record: Record | None  # None: no return assistance recorded yet
    tasks: tuple[Record, ...]  # the reminders return assistance created (open and done)
    currency: str | None  # CHF / EUR from the case's region; None while it is unknown
    rules: Mapping[str, Rule]

    @property
    def offered(self) -> bool:
        return self.record is not None or self.case_type in RETURN_CASE_TYPES


@dataclass(frozen=True, slots=True)
class StepResult:
    """A saved change with the tasks it created and withdrew (archived or ticked off).

    `skipped` is the `DeadlineError` code when reminders were due but could not be computed
    (no or an ambiguous region on the case): the step is saved anyway and the app says so.
    """

    record: Record
    created: tuple[Record, ...] = ()
    withdrawn: tuple[Record, ...] = ()
    skipped: str | None = None


def currency_for(region: str | None) -> str | None:
    """CHF for a Swiss canton, EUR for a German Land; None when the region says neither."""
    countries = {r.country for r in region_candidates(region)}
    if len(countries) != 1:
        return None
    return CURRENCIES.get(countries.pop())


class ReturnAssistanceService:
    """The return-assistance use cases of one unlocked profile."""

    def __init__(
        self, ctx: ProfileContext, records: RecordService, casework: CaseworkService
    ) -> None:
        self._ctx = ctx
        self._records = records
        self._casework = casework

    # --- reads ---------------------------------------------------------------------------

    def load(self, case_id: str) -> ReturnAssistance:
        """The case's return assistance, its reminders and the currency of its region."""
        case = self._records.get("case", case_id, audit_read=False)
        found = self._records.list("return_assistance", case_id=case_id, limit=1)
        rules = self._casework.rules()
        tasks = tuple(
            t for t in self._records.list("task", case_id=case_id) if _is_avrr_task(t, rules)
        )
        return ReturnAssistance(
            case_id,
            case["case_type"],
            found[0] if found else None,
            tasks,
            currency_for(case["region"]),
            rules,
        )

    # --- writes --------------------------------------------------------------------------

    def start(self, case_id: str, values: Mapping[str, Any]) -> Record:
        """Record return assistance for a case; it starts in counselling, one per case."""
        fields = {k: v for k, v in values.items() if k != "status"}
        with self._ctx.store.write():
            if self._records.list("return_assistance", case_id=case_id, limit=1):
                raise ValidationFailed({"case_id": ALREADY_STARTED})
            return self._records.create(
                "return_assistance", fields | {"status": FIRST_STATUS}, case_id=case_id
            )

    def save(
        self, record_id: str, changes: Mapping[str, Any], *, expected_hlc: str, today: date
    ) -> StepResult:
        """Edit programme, country, eligibility, travel date, budget or plan (not the status:
        that is `move`). A new travel date of a registered return recomputes its reminders."""
        if "status" in changes:
            raise ValidationFailed({"status": ILLEGAL_TRANSITION})
        with self._ctx.store.write():
            before = self._records.get("return_assistance", record_id, audit_read=False)
            record = self._records.update(
                "return_assistance", record_id, changes, expected_hlc=expected_hlc
            )
            moved = record["travel_date"] != before["travel_date"]
            if not moved or record["status"] != "registered":
                return StepResult(record)
            withdrawn = self._withdraw(record, {TRAVEL_TRIGGER})
            created, skipped = self._remind(record, TRAVEL_TRIGGER, record["travel_date"], today)
            return StepResult(record, created, withdrawn, skipped)

    def move(
        self,
        record_id: str,
        status: str,
        *,
        expected_hlc: str,
        today: date,
        departed_on: date | None = None,
    ) -> StepResult:
        """Move to the next status, with the reminders that step starts, in one transaction.

        Registering needs an eligible person; recording the departure needs its date (not in
        the future) and ticks the travel reminders off. Cancelling withdraws (archives) the
        open reminders; moving back to counselling withdraws the travel reminders. Raises
        `ValidationFailed` with field codes.
        """
        with self._ctx.store.write():
            current = self._records.get("return_assistance", record_id, audit_read=False)
            self._check_step(current, status, today, departed_on)
            record = self._records.update(
                "return_assistance", record_id, {"status": status}, expected_hlc=expected_hlc
            )
            withdrawn = self._withdraw(record, _withdrawn_by(status))
            if status == "departed":
                withdrawn += self._withdraw(record, {TRAVEL_TRIGGER}, archive=False)
            trigger = STEP_TRIGGERS.get(status)
            start = departed_on.isoformat() if departed_on else record["travel_date"]
            if trigger is None or not start:
                return StepResult(record, (), withdrawn)
            created, skipped = self._remind(record, trigger, start, today)
            return StepResult(record, created, withdrawn, skipped)

    # --- internals -----------------------------------------------------------------------

    @staticmethod
    def _check_step(current: Record, status: str, today: date, departed_on: date | None) -> None:
        if not transition_allowed("return_assistance", "status", current["status"], status):
            raise ValidationFailed({"status": ILLEGAL_TRANSITION})
        if current["status"] == status:
            raise ValidationFailed({"status": ILLEGAL_TRANSITION})
        if status == "registered" and current["eligible"] is not True:
            raise ValidationFailed({"eligible": NOT_ELIGIBLE})
        if status == "departed" and departed_on is None:
            raise ValidationFailed({"departed_on": REQUIRED})
        if status == "departed" and departed_on is not None and departed_on > today:
            raise ValidationFailed({"departed_on": IN_FUTURE})

    def _remind(
        self, record: Record, trigger: str, start: str, today: date
    ) -> tuple[tuple[Record, ...], str | None]:
        """Tasks for every rule of `trigger` that applies in the case's region.

        A reminder whose day has already passed when it is created is left out: it would
        only say "overdue" about a preparation that can no longer happen on time.
        """
        rules = [r for r in self._casework.rules().values() if r.trigger == trigger]
        if not rules:
            return (), None
        case = self._records.get("case", str(record.case_id), audit_read=False)
        try:
            region = resolve_region(case["region"])
        except DeadlineError as exc:
            return (), exc.code
        created: list[Record] = []
        for rule in (r for r in rules if r.applies_to(region)):
            try:
                deadline = compute_deadline(rule, date.fromisoformat(start), region)
            except DeadlineError as exc:
                return tuple(created), exc.code
            if rule.kind is RuleKind.REMINDER and deadline.due_on < today:
                continue
            values = {
                "title": rule.label_key[: TASK.field("title").max_length],
                "kind": rule.kind.value,
                "due_on": deadline.due_on.isoformat(),
                "rule": rule.id,
                "explanation": encoded_explanation(deadline),
                "done": False,
            }
            created.append(self._records.create("task", values, case_id=record.case_id))
        return tuple(created), None

    def _withdraw(
        self, record: Record, triggers: frozenset[str] | set[str], *, archive: bool = True
    ) -> tuple[Record, ...]:
        """Archive (or tick off) the open reminders of these triggers; done ones stay."""
        if not triggers:
            return ()
        rules = self._casework.rules()
        open_tasks = [
            t
            for t in self._records.list("task", case_id=record.case_id)
            if not t["done"] and _is_avrr_task(t, rules, triggers)
        ]
        if archive:
            return tuple(self._records.archive("task", t.id) for t in open_tasks)
        return tuple(self._casework.set_task_done(t.id, True) for t in open_tasks)


def _withdrawn_by(status: str) -> frozenset[str]:
    if status == "cancelled":
        return AVRR_TRIGGERS
    if status == "counselling":
        return frozenset({TRAVEL_TRIGGER})
    return frozenset()


def _is_avrr_task(
    task: Record, rules: Mapping[str, Rule], triggers: frozenset[str] | set[str] = AVRR_TRIGGERS
) -> bool:
    rule = rules.get(task["rule"] or "")
    return rule is not None and rule.trigger in triggers


__all__ = [
    "ALREADY_STARTED",
    "AVRR_TRIGGERS",
    "DEPARTURE_TRIGGER",
    "IN_FUTURE",
    "NOT_ELIGIBLE",
    "RETURN_CASE_TYPES",
    "STEP_TRIGGERS",
    "TRAVEL_TRIGGER",
    "ReturnAssistance",
    "ReturnAssistanceService",
    "StepResult",
    "currency_for",
]
