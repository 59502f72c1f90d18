"""Retention per case type: when a closed case leaves the laptops, when the service erases it.

Issue 7, GOV-4 (deletion on schedule). The policy is data: the shipped defaults are
`resources/retention/policy.json`; IT may name its own file in `DOSSIER_RETENTION_FILE`, whose
case types replace the shipped ones (types it does not list keep theirs). Each case type has
two figures, in whole days after the case's `closed_on`:

* `laptop_days` — from then on the case is no longer visible to laptops: every holder gets
  its bucket in `evict` at the next pull, and a push to it is judged like a push to a case
  that was unassigned (`write_scope`, F31): an edit made before that day is accepted, one
  made after is refused as `forbidden` and kept on record for review.
* `service_days` — from then on `dossier-server admin retention run` erases it on the service
  (`erasure`). Never below `laptop_days`: a case is off the laptops before it is erased.

A case is due only while its status is `closed` and `closed_on` is set; a reopened case
(status back to `in_progress`) is no longer due. A closed case without `closed_on` is never
due; `retention run` counts such cases so IT can have the date filled in.

The file is checked when the service or a CLI command starts (`Settings.from_env`): a bad
file stops it with `config_invalid` and names the place and the problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Connection, and_, false, not_, or_, select, true

from storage.resource_files import (
    NOT_A_CHOICE,
    OUT_OF_RANGE,
    RESOURCES_DIR,
    UNSUPPORTED_FORMAT,
    Problem,
    pointer,
    read_resource,
    validate_resource,
)
from storage.schema import CASE_TYPES
from sync.server.db.tables import ENTITY_TABLES

POLICY_FORMAT = 1
SHIPPED_POLICY = RESOURCES_DIR / "retention" / "policy.json"
MAX_DAYS = 36_600  # a hundred years: anything longer is a typo
CLOSED = "closed"
CASE = ENTITY_TABLES["case"]

_Days = Annotated[int, Field(ge=0, le=MAX_DAYS)]


class _RuleModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    laptop_days: _Days
    service_days: _Days


class _FileModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    format: int
    case_types: dict[str, _RuleModel]


class RetentionConfigError(ValueError):
    """A retention file that cannot be used; `problems` says where and why."""

    def __init__(self, source: Path, problems: tuple[Problem, ...]) -> None:
        listed = "; ".join(
            f"{p.path or '/'} {p.code}{' ' + p.detail if p.detail else ''}" for p in problems
        )
        super().__init__(f"{source.name}: {listed}")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """Days after closure until the case leaves laptops, and until it is erased."""

    laptop_days: int
    service_days: int


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """One rule per case type (every type in `storage.schema.CASE_TYPES`)."""

    rules: Mapping[str, RetentionRule]

    def as_dict(self) -> dict[str, Any]:
        """The policy for the admin CLI's JSON output."""
        return {
            t: {"laptop_days": r.laptop_days, "service_days": r.service_days}
            for t, r in sorted(self.rules.items())
        }

    def off_laptops(self, today: date) -> ColumnElement[bool]:
        """SQL (over the `case` table): the case has left the laptops by `today`."""
        return self._closed_before(today, {t: r.laptop_days for t, r in self.rules.items()})

    def on_laptops(self, today: date) -> ColumnElement[bool]:
        """SQL (over the `case` table): laptops may still see the case on `today`."""
        return not_(self.off_laptops(today))

    def due_for_erasure(self, today: date) -> ColumnElement[bool]:
        """SQL (over the `case` table): the service erases the case on `today`."""
        return self._closed_before(today, {t: r.service_days for t, r in self.rules.items()})

    def is_due_for_erasure(self, case_type: Any, status: Any, closed_on: Any, today: date) -> bool:
        """The same as `due_for_erasure`, for one case row read back (re-checked before erasing)."""
        rule = self.rules.get(str(case_type))
        if rule is None or status != CLOSED or not isinstance(closed_on, str):
            return False
        return closed_on <= (today - timedelta(days=rule.service_days)).isoformat()

    @staticmethod
    def _closed_before(today: date, days: Mapping[str, int]) -> ColumnElement[bool]:
        # `closed_on` is stored in its wire form (YYYY-MM-DD), so text order is date order.
        per_type = [
            and_(CASE.c.case_type == t, CASE.c.closed_on <= (today - timedelta(days=d)).isoformat())
            for t, d in sorted(days.items())
        ]
        return and_(
            CASE.c.status == CLOSED,
            CASE.c.closed_on.is_not(None),
            or_(*per_type) if per_type else false(),
        )


def load_policy(path: Path | None = None) -> RetentionPolicy:
    """The shipped policy, with the case types of `path` (if given) replacing their defaults.

    Raises RetentionConfigError naming every problem of the file that was read.
    """
    rules = dict(_read(SHIPPED_POLICY))
    if path is not None:
        rules.update(_read(path))
    missing = [t for t in CASE_TYPES if t not in rules]
    if missing:  # only a broken shipped file can get here
        raise RetentionConfigError(
            SHIPPED_POLICY, tuple(Problem(pointer("case_types", t), "required") for t in missing)
        )
    return RetentionPolicy(MappingProxyType(rules))


@cache
def shipped_policy() -> RetentionPolicy:
    """The shipped defaults (read once)."""
    return load_policy()


def _read(path: Path) -> dict[str, RetentionRule]:
    data, problems = read_resource(path)
    if data is None:
        raise RetentionConfigError(path, problems)
    model, problems = validate_resource(_FileModel, data)
    if model is None:
        raise RetentionConfigError(path, problems)
    found: list[Problem] = []
    if model.format != POLICY_FORMAT:
        found.append(Problem(pointer("format"), UNSUPPORTED_FORMAT, str(model.format)[:20]))
    for case_type, rule in model.case_types.items():
        where = ("case_types", case_type)
        if case_type not in CASE_TYPES:
            found.append(Problem(pointer(*where), NOT_A_CHOICE, "unknown case type"))
        if rule.service_days < rule.laptop_days:
            found.append(
                Problem(pointer(*where, "service_days"), OUT_OF_RANGE, "below laptop_days")
            )
    if found:
        raise RetentionConfigError(path, tuple(found))
    return {
        t: RetentionRule(laptop_days=r.laptop_days, service_days=r.service_days)
        for t, r in model.case_types.items()
    }


@dataclass(frozen=True, slots=True)
class OnLaptops:
    """Which cases laptops may still see: `policy` applied on `today` (the service's UTC date)."""

    policy: RetentionPolicy
    today: date
    # Every case, whatever its retention: for what only adds bytes (an attachment upload),
    # never for what shows a case.
    ignore: bool = False

    def clause(self) -> ColumnElement[bool]:
        """SQL over the `case` table."""
        return true() if self.ignore else self.policy.on_laptops(self.today)

    def any_case(self) -> OnLaptops:
        """The same, for every case whatever its retention."""
        return OnLaptops(self.policy, self.today, ignore=True)


def left_laptops_on(conn: Connection, policy: RetentionPolicy, case_id: str) -> date | None:
    """The day the case left (or leaves) the laptops; None while it is not closed with a date."""
    row = conn.execute(
        select(CASE.c.case_type, CASE.c.status, CASE.c.closed_on).where(CASE.c.id == case_id)
    ).first()
    if row is None or row.status != CLOSED or not isinstance(row.closed_on, str):
        return None
    rule = policy.rules.get(str(row.case_type))
    try:
        closed = date.fromisoformat(row.closed_on)
    except ValueError:
        return None
    return None if rule is None else closed + timedelta(days=rule.laptop_days)
