"""Deadline rules as data: the rule model, holiday region ids and the rules-file loader.

Rules are configuration (shipped defaults in `resources/deadlines/rules.json`, offices may
replace them), so a rules file is validated like any other untrusted input: every problem is a
`Problem` with a JSON Pointer and a code, and loading never raises on bad content.

Region ids are ISO 3166-2 ("CH-VD", "DE-BY") or a bare country ("CH": national holidays only).
A bare subdivision is ambiguous — "BE" is the canton of Bern *and* the Land Berlin — so short
forms are accepted only together with a country.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Annotated

import holidays
from pydantic import BaseModel, ConfigDict, Field

from storage.resource_files import (
    DUPLICATE_ID,
    RESOURCES_DIR,
    TOO_SHORT,
    UNSUPPORTED_FORMAT,
    Problem,
    pointer,
    read_resource,
    validate_resource,
)

RULES_FORMAT = 1
SHIPPED_RULES = RESOURCES_DIR / "deadlines" / "rules.json"
SUPPORTED_COUNTRIES = ("CH", "DE")
MAX_COUNT = 1000

# Error codes (region parsing, computing, rule cross-checks).
UNKNOWN_COUNTRY = "unknown_country"
UNKNOWN_REGION = "unknown_region"
REGION_NEEDS_COUNTRY = "region_needs_country"
COUNTRY_MISMATCH = "country_mismatch"
REGION_OUT_OF_SCOPE = "region_out_of_scope"
DATE_OUT_OF_RANGE = "date_out_of_range"
SHIFT_AGAINST_DIRECTION = "shift_against_direction"

_ID = r"^[a-z][a-z0-9_]{0,63}$"
_KEY = r"^[a-z][a-z0-9_.]{0,99}$"
_REGION_ID = r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$"


class DeadlineError(ValueError):
    """A region or date the deadline engine cannot work with; `code` says which."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail  # technical and non-personal: a region id, a year


class Unit(StrEnum):
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"  # Monday to Friday, minus the region's public holidays
    WEEKS = "weeks"  # German law counts "zwei Wochen" to the same weekday (§ 188 (2) BGB)
    MONTHS = "months"  # same day number; the month's last day when there is none


class Direction(StrEnum):
    AFTER = "after"  # appeal periods: counted from the notification
    BEFORE = "before"  # reminders: counted back from an expiry


class Shift(StrEnum):
    NONE = "none"
    NEXT_WORKING_DAY = "next_working_day"
    PREVIOUS_WORKING_DAY = "previous_working_day"


class RuleKind(StrEnum):
    """The task kind a rule produces (a subset of `storage.schema.TASK_KINDS`)."""

    LEGAL_DEADLINE = "legal_deadline"
    REMINDER = "reminder"


@dataclass(frozen=True, slots=True, order=True)
class Region:
    """A holiday region: a country, optionally one of its cantons / Länder."""

    country: str
    subdivision: str | None = None

    @property
    def code(self) -> str:
        """The ISO 3166-2 id ("CH-VD") or the bare country ("CH")."""
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country

    def __str__(self) -> str:
        return self.code


_SHIFT_TOWARD_TRIGGER = {
    Direction.AFTER: Shift.PREVIOUS_WORKING_DAY,
    Direction.BEFORE: Shift.NEXT_WORKING_DAY,
}

_Id = Annotated[str, Field(pattern=_ID)]
_Key = Annotated[str, Field(pattern=_KEY)]


class Rule(BaseModel):
    """One deadline rule: how to get from a trigger date to a due date, and where it applies."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    id: _Id
    label_key: _Key  # translated by the app, e.g. "deadline.ch_asylum_appeal_extended"
    trigger: _Id  # what the count starts from: "notification", "permit_expiry", …
    count: Annotated[int, Field(ge=1, le=MAX_COUNT)]
    unit: Unit
    direction: Direction = Direction.AFTER
    shift: Shift
    regions: Annotated[tuple[Annotated[str, Field(pattern=_REGION_ID)], ...], Field(min_length=1)]
    legal_reference: _Key | None = None  # a code the app renders per language (AsylG / LAsi)
    kind: RuleKind = RuleKind.LEGAL_DEADLINE
    source: Annotated[str, Field(max_length=500)] | None = None  # for maintainers, never shown

    def applies_to(self, region: Region) -> bool:
        """True when `region` is inside this rule's scope (its country or the exact region)."""
        return region.country in self.regions or region.code in self.regions


class _RulesFile(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    format: int
    about: Annotated[str, Field(max_length=2000)] | None = None
    rules: tuple[Rule, ...]  # emptiness is checked after parsing (see `_cross_check`)


@dataclass(frozen=True, slots=True)
class RulesLoad:
    """The result of loading a rules file: all rules by id, or none and the problems."""

    rules: Mapping[str, Rule] = field(default_factory=lambda: MappingProxyType({}))
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@cache
def subdivisions(country: str) -> tuple[str, ...]:
    """The cantons / Länder of a supported country that have their own holiday calendar."""
    if country not in SUPPORTED_COUNTRIES:
        raise DeadlineError(UNKNOWN_COUNTRY, country[:10])
    known = holidays.country_holidays(country).subdivisions
    # The package also lists cities ("Stadt Zurich", "Augsburg"); offices work per canton/Land.
    return tuple(sorted(s for s in known if len(s) == 2 and s.isalpha() and s.isupper()))


def all_regions() -> tuple[Region, ...]:
    """Every region the engine knows, countries first, in a stable order."""
    countries = tuple(Region(c) for c in SUPPORTED_COUNTRIES)
    return countries + tuple(Region(c, s) for c in SUPPORTED_COUNTRIES for s in subdivisions(c))


def parse_region(text: str, *, country: str | None = None) -> Region:
    """The region for "CH-VD", "ch-vd", "CH", or — only with `country` — a short form "VD".

    Raises `DeadlineError` (`unknown_country`, `unknown_region`, `region_needs_country`,
    `country_mismatch`): a short "BE" without a country could be Bern or Berlin.
    """
    value = text.strip().upper()
    wanted = country.strip().upper() if country is not None else None
    head, sep, tail = value.partition("-")
    if not sep and value not in SUPPORTED_COUNTRIES:
        if wanted is None:
            short = len(value) == 2 and value.isalpha()
            raise DeadlineError(REGION_NEEDS_COUNTRY if short else UNKNOWN_REGION, value[:10])
        head, tail = wanted, value
    elif wanted is not None and head != wanted:
        raise DeadlineError(COUNTRY_MISMATCH, value[:10])
    if head not in SUPPORTED_COUNTRIES:
        raise DeadlineError(UNKNOWN_COUNTRY, head[:10])
    if value == head:
        return Region(head)
    if tail not in subdivisions(head):
        raise DeadlineError(UNKNOWN_REGION, value[:10])
    return Region(head, tail)


def parse_rules(source: bytes | str) -> RulesLoad:
    """Validate a rules file's content; all rules when it is sound, otherwise only problems."""
    parsed, problems = validate_resource(_RulesFile, source)
    if parsed is None:
        return RulesLoad(problems=problems)
    problems = _cross_check(parsed)
    if problems:
        return RulesLoad(problems=problems)
    # All or nothing: a rules file with one bad rule silently missing a deadline is worse
    # than a visible "the rules file is broken" that keeps the previous rules in force.
    return RulesLoad(rules=MappingProxyType({rule.id: rule for rule in parsed.rules}))


def load_rules(path: Path = SHIPPED_RULES) -> RulesLoad:
    """Read and validate a rules file (the shipped defaults unless `path` is given)."""
    data, problems = read_resource(path)
    return parse_rules(data) if data is not None else RulesLoad(problems=problems)


def _cross_check(parsed: _RulesFile) -> tuple[Problem, ...]:
    if parsed.format != RULES_FORMAT:
        return (Problem("/format", UNSUPPORTED_FORMAT, str(parsed.format)[:10]),)
    # pydantic drops invalid items before checking a length constraint, so one bad rule would
    # also be reported as "too few rules"; hence the emptiness check lives here.
    if not parsed.rules:
        return (Problem("/rules", TOO_SHORT),)
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, rule in enumerate(parsed.rules):
        if rule.id in seen:
            problems.append(Problem(pointer("rules", index, "id"), DUPLICATE_ID, rule.id))
        seen.add(rule.id)
        problems.extend(_check_rule(rule, index))
    return tuple(problems)


def _check_rule(rule: Rule, index: int) -> list[Problem]:
    problems = []
    for position, region_id in enumerate(rule.regions):
        try:
            parse_region(region_id)
        except DeadlineError as exc:
            problems.append(Problem(pointer("rules", index, "regions", position), exc.code))
    # Shifting toward the trigger could move a due date onto or before its trigger (a reminder
    # "1 day before" pushed past the expiry it warns about), so the shift must point away.
    if rule.shift is _SHIFT_TOWARD_TRIGGER[rule.direction]:
        problems.append(Problem(pointer("rules", index, "shift"), SHIFT_AGAINST_DIRECTION))
    return problems
