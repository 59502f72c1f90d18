"""The deadline engine: from a rule, a trigger date and a region to a due date — and why.

Pure: no clock (callers pass `today`), no database, no Qt. Public holidays come from the
`holidays` package per canton / Land; only its "public" category counts, because a deadline
moves only for days the law treats as holidays, not for days many offices happen to close.

The explanation is a tuple of `Step(code, params)` with ISO dates and codes only, so the app
can say "30 days from the notification on 1.12.2026, shifted because 25.12. is a holiday in
Vaud" in any of its languages. Step codes:

- `counted`: count, unit, direction, from, to (+ region for working days)
- `holiday_skipped`: on, holiday, region — a weekday holiday not counted as a working day
- `month_end`: day, to — the target month has no such day, so its last day is used
- `shifted`: from, to, reason (weekend | holiday), holiday?, region
- `not_shifted`: on, reason, holiday?, region — ends on a non-working day, the rule keeps it
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

import holidays

from storage.deadline_rules import (
    DATE_OUT_OF_RANGE,
    REGION_OUT_OF_SCOPE,
    DeadlineError,
    Direction,
    Region,
    Rule,
    RulesLoad,
    Shift,
    Unit,
    all_regions,
    load_rules,
    parse_region,
    parse_rules,
)

__all__ = [
    "Deadline",
    "DeadlineError",
    "DueState",
    "DueStatus",
    "Region",
    "Rule",
    "RulesLoad",
    "Step",
    "all_regions",
    "compute_deadline",
    "decode_explanation",
    "due_state",
    "holiday_name",
    "is_working_day",
    "load_rules",
    "parse_region",
    "parse_rules",
]

# Saturday and Sunday end no period in either country: VwVG art. 20 para. 3 (CH), § 193 BGB
# and § 222 para. 2 ZPO (DE).
WEEKEND = frozenset({5, 6})
DEFAULT_SOON_DAYS = 7
HOLIDAY_KEY_LANGUAGE = "en_US"
"""Holiday names in explanations are the package's English names: stable across app
languages; `holiday_name()` gives the localized name for display."""


class Step(NamedTuple):
    """One reason in a deadline's explanation: a code and its (ISO, code or number) params."""

    code: str
    params: Mapping[str, str | int]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A computed due date with the steps that led to it."""

    rule_id: str
    trigger_date: date
    region: str
    due_on: date
    explanation: tuple[Step, ...]

    def explanation_json(self) -> str:
        """The explanation as compact JSON, for a task row; read back with `decode_explanation`."""
        steps = [[step.code, dict(step.params)] for step in self.explanation]
        return json.dumps(steps, separators=(",", ":"), ensure_ascii=False)


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    LATER = "later"


@dataclass(frozen=True, slots=True)
class DueStatus:
    """How urgent a due date is; `days` is due date minus today (negative when overdue)."""

    state: DueState
    days: int


def compute_deadline(rule: Rule, trigger_date: date, region: Region) -> Deadline:
    """The due date of `rule` counted from `trigger_date` with `region`'s public holidays.

    Raises `DeadlineError`: `region_out_of_scope` when the rule does not apply in `region`,
    `date_out_of_range` when a date falls outside the years the holiday calendar covers.
    """
    if not rule.applies_to(region):
        raise DeadlineError(REGION_OUT_OF_SCOPE, f"{rule.id} {region.code}")
    steps: list[Step] = []
    try:
        end = _count(rule, trigger_date, region, steps)
    except OverflowError as exc:  # past year 9999
        raise DeadlineError(DATE_OUT_OF_RANGE, trigger_date.isoformat()) from exc
    due_on = _shift(rule.shift, end, region, steps)
    return Deadline(rule.id, trigger_date, region.code, due_on, tuple(steps))


def due_state(due_on: date, today: date, *, soon_days: int = DEFAULT_SOON_DAYS) -> DueStatus:
    """Whether `due_on` is overdue, due today, due within `soon_days` days, or later."""
    days = (due_on - today).days
    if days < 0:
        return DueStatus(DueState.OVERDUE, days)
    if days == 0:
        return DueStatus(DueState.DUE_TODAY, 0)
    return DueStatus(DueState.DUE_SOON if days <= soon_days else DueState.LATER, days)


def is_working_day(day: date, region: Region) -> bool:
    """False on Saturdays, Sundays and the region's public holidays."""
    return day.weekday() not in WEEKEND and _holiday(day, region) is None


def holiday_name(day: date, region: Region, *, language: str = HOLIDAY_KEY_LANGUAGE) -> str | None:
    """The public holiday on `day` in `region`, named in `language` ("de", "fr", "it", "en_US").

    The names are the holiday package's data, not ours; a language it lacks for a country
    falls back to the package's default for that country.
    """
    return _holiday_table(region, day.year, language).get(day)


def decode_explanation(text: str) -> tuple[Step, ...]:
    """Steps from `Deadline.explanation_json()`; an empty tuple for anything malformed."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    if not isinstance(data, list) or not all(_is_step(item) for item in data):
        return ()
    return tuple(Step(code, MappingProxyType(params)) for code, params in data)


def _is_step(item: Any) -> bool:
    if not (isinstance(item, list) and len(item) == 2):
        return False
    code, params = item
    return (
        isinstance(code, str)
        and isinstance(params, dict)
        and all(isinstance(v, str | int) and not isinstance(v, bool) for v in params.values())
    )


# --- counting -----------------------------------------------------------------------------


def _count(rule: Rule, trigger: date, region: Region, steps: list[Step]) -> date:
    sign = 1 if rule.direction is Direction.AFTER else -1
    counted: dict[str, str | int] = {
        "count": rule.count,
        "unit": rule.unit.value,
        "direction": rule.direction.value,
        "from": trigger.isoformat(),
    }
    extra: list[Step] = []
    if rule.unit is Unit.CALENDAR_DAYS:
        end = trigger + timedelta(days=sign * rule.count)
    elif rule.unit is Unit.WEEKS:
        end = trigger + timedelta(weeks=sign * rule.count)
    elif rule.unit is Unit.MONTHS:
        end = _add_months(trigger, sign * rule.count, extra)
    else:
        end = _add_working_days(trigger, sign * rule.count, region, extra)
        counted["region"] = region.code
    counted["to"] = end.isoformat()
    steps.append(Step("counted", counted))
    steps.extend(extra)
    return end


def _add_months(start: date, months: int, steps: list[Step]) -> date:
    # Same day number in the target month, else that month's last day: § 188 para. 3 BGB,
    # art. 77 para. 1 no. 3 OR (applied by analogy in Swiss administrative law), and
    # art. 3 para. 2 (c) of Regulation 1182/71 for the Dublin time limits.
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    if not date.min.year <= year <= date.max.year:
        raise OverflowError(year)
    last = calendar.monthrange(year, month + 1)[1]
    if start.day > last:
        end = date(year, month + 1, last)
        steps.append(Step("month_end", {"day": start.day, "to": end.isoformat()}))
        return end
    return date(year, month + 1, start.day)


def _add_working_days(start: date, count: int, region: Region, steps: list[Step]) -> date:
    # The day of the trigger never counts; each later working day counts one.
    step = timedelta(days=1 if count > 0 else -1)
    day, remaining = start, abs(count)
    while remaining:
        day += step
        if day.weekday() in WEEKEND:
            continue
        name = _holiday(day, region)
        if name is None:
            remaining -= 1
        else:
            params = {"on": day.isoformat(), "holiday": name, "region": region.code}
            steps.append(Step("holiday_skipped", params))
    return day


def _shift(shift: Shift, end: date, region: Region, steps: list[Step]) -> date:
    reason = _non_working_reason(end, region)
    if not reason:
        return end
    if shift is Shift.NONE:
        steps.append(Step("not_shifted", {"on": end.isoformat(), **reason}))
        return end
    step = timedelta(days=1 if shift is Shift.NEXT_WORKING_DAY else -1)
    due_on = end + step
    while not is_working_day(due_on, region):
        due_on += step
    params = {"from": end.isoformat(), "to": due_on.isoformat(), **reason}
    steps.append(Step("shifted", params))
    return due_on


def _non_working_reason(day: date, region: Region) -> dict[str, str]:
    name = _holiday(day, region)
    # A holiday on a Saturday is reported as the holiday: it is the more telling reason.
    if name is not None:
        return {"reason": "holiday", "holiday": name, "region": region.code}
    if day.weekday() in WEEKEND:
        return {"reason": "weekend", "region": region.code}
    return {}


# --- holiday calendars --------------------------------------------------------------------


def _holiday(day: date, region: Region) -> str | None:
    return _holiday_table(region, day.year, HOLIDAY_KEY_LANGUAGE).get(day)


@cache
def _supported_years(country: str) -> range:
    calendar_class = type(holidays.country_holidays(country))
    return range(calendar_class.start_year, calendar_class.end_year + 1)


@lru_cache(maxsize=2048)
def _holiday_table(region: Region, year: int, language: str) -> Mapping[date, str]:
    # The package returns an empty calendar outside its years; an empty calendar would make
    # every holiday a working day, so refuse instead of computing a wrong date.
    if year not in _supported_years(region.country):
        raise DeadlineError(DATE_OUT_OF_RANGE, str(year))
    table = holidays.country_holidays(
        region.country,
        subdiv=region.subdivision,
        years=year,
        language=language,
        categories=("public",),
        observed=False,  # neither country moves a holiday that falls on a Sunday
    )
    # An immutable copy per year: the package's calendars grow on lookup, which is not safe
    # to share between the app's worker threads.
    return MappingProxyType(dict(table))
