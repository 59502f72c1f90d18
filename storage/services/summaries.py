"""Read models for the app's lists: one statement per screen, only the columns it shows.

The case list needs, for every live case, its number, type, status, opening date and sync
state, the applicant's name (Latin and original script), the ids of its persons and its next
open deadline. Going through `RecordService` builds a full `Record` per row (~40 µs each) and
needs several queries per case, which for 10,000 cases and their ~60,000 persons, links and
tasks takes seconds. `CaseSummaries.rows()` is one SQL statement instead; `row()` runs the
same statement narrowed to one case, so the list and a row reloaded after an edit can never
disagree.

Reading summaries writes no audit event: a list line is not an opened case (opening one is
audited by `RecordService.get`). The case's history is a read model too and lives here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union,
)

from storage.database import Store
from storage.schema import ENTITIES
from storage.tables import ENTITY_TABLES, audit_event, conflict, outbox

ROLE_ORDER: Mapping[str, int] = MappingProxyType(
    {"applicant": 0, "spouse": 1, "partner": 2, "parent": 3, "child": 4}
)
"""Whose name stands for a case in the list: the applicant, else the closest relative."""

HISTORY_LIMIT = 2000
"""The newest events of a case shown at most; older ones stay in the audit log."""


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One line of the case list."""

    case_id: str
    case_number: str
    case_type: str
    status: str
    applicant: str  # "FAMILY, Given" in the Latin transliteration, may be empty
    applicant_original: str  # original script, may be empty
    person_ids: tuple[str, ...]  # applicant first, then by role
    next_due: str | None  # ISO date of the earliest open task or deadline
    opened_on: str | None
    sync_state: str  # synced | pending | conflict (of the case and everything in it)


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """One audited action on the case or on something belonging to it (codes only)."""

    seq: int
    occurred_at: str  # UTC ISO 8601
    actor: str
    device_id: str
    action: str
    object_type: str
    object_id: str
    detail: Mapping[str, str]
    synced: bool  # the event itself has reached the service


@dataclass(frozen=True, slots=True)
class PendingChange:
    """A local change of the case waiting in the outbox for the next push."""

    mutation_seq: int
    entity: str
    entity_id: str
    op: str  # create | update | archive | unarchive
    fields: tuple[str, ...]
    created_at: str


@dataclass(frozen=True, slots=True)
class CaseHistory:
    """What happened to a case on this laptop, newest first, and what is not yet synced."""

    case_id: str
    this_device: str
    events: tuple[HistoryEvent, ...]
    pending: tuple[PendingChange, ...]
    open_conflicts: int


def _rank(role: ColumnElement[Any]) -> ColumnElement[int]:
    return case(*((role == name, n) for name, n in ROLE_ORDER.items()), else_=9)


def _summary_statement(case_id: str | None) -> Select[Any]:
    cases, links, persons, tasks = (
        ENTITY_TABLES[n] for n in ("case", "case_person", "person", "task")
    )
    member_filter: list[ColumnElement[bool]] = [
        links.c.archived.is_(False),
        persons.c.archived.is_(False),
    ]
    due_filter: list[ColumnElement[bool]] = [
        tasks.c.archived.is_(False),
        tasks.c.due_on.is_not(None),
        or_(tasks.c.done.is_(None), tasks.c.done.is_(False)),
    ]
    case_filter: list[ColumnElement[bool]] = [cases.c.archived.is_(False)]
    if case_id is not None:  # the same statement, narrowed: indexes on case_id do the rest
        member_filter.append(links.c.case_id == case_id)
        due_filter.append(tasks.c.case_id == case_id)
        case_filter.append(cases.c.id == case_id)
    order = (_rank(links.c.role), links.c.created_at, links.c.id)
    members = (
        select(
            links.c.case_id,
            links.c.person_id,
            persons.c.family_name,
            persons.c.given_names,
            persons.c.name_original,
            func.row_number().over(partition_by=links.c.case_id, order_by=order).label("n"),
        )
        .join_from(links, persons, persons.c.id == links.c.person_id)
        .where(*member_filter)
        .cte("members")
    )
    people = (
        select(
            members.c.case_id,
            # "rank id" pairs; the order is restored in Python (group_concat has none).
            func.group_concat(func.printf("%d %s", members.c.n, members.c.person_id)).label("ids"),
        )
        .group_by(members.c.case_id)
        .cte("people")
    )
    due = (
        select(tasks.c.case_id, func.min(tasks.c.due_on).label("next_due"))
        .where(*due_filter)
        .group_by(tasks.c.case_id)
        .cte("due")
    )
    first = members.alias("first")
    pending = exists().where(outbox.c.case_id == cases.c.id)
    conflicted = exists().where(conflict.c.case_id == cases.c.id, conflict.c.status == "open")
    return (
        select(
            cases.c.id,
            cases.c.case_number,
            cases.c.case_type,
            cases.c.status,
            cases.c.opened_on,
            cases.c.sync_state,
            first.c.family_name,
            first.c.given_names,
            first.c.name_original,
            people.c.ids,
            due.c.next_due,
            pending.label("has_pending"),
            conflicted.label("has_conflict"),
        )
        .select_from(cases)
        .outerjoin(first, and_(first.c.case_id == cases.c.id, first.c.n == 1))
        .outerjoin(people, people.c.case_id == cases.c.id)
        .outerjoin(due, due.c.case_id == cases.c.id)
        .where(*case_filter)
        .order_by(cases.c.case_number, cases.c.id)
    )


def _person_ids(packed: str | None) -> tuple[str, ...]:
    if not packed:
        return ()
    pairs = (item.split(" ", 1) for item in packed.split(","))
    return tuple(pid for _, pid in sorted(pairs, key=lambda pair: int(pair[0])))


def _sync_state(row: Any) -> str:
    if row.has_conflict or row.sync_state == "conflict":
        return "conflict"
    return "pending" if row.has_pending or row.sync_state == "pending" else str(row.sync_state)


def _summary(row: Any) -> CaseSummary:
    family, given = row.family_name or "", row.given_names or ""
    return CaseSummary(
        case_id=row.id,
        case_number=row.case_number,
        case_type=row.case_type,
        status=row.status,
        applicant=f"{family}, {given}" if family and given else family or given,
        applicant_original=row.name_original or "",
        person_ids=_person_ids(row.ids),
        next_due=row.next_due,
        opened_on=row.opened_on,
        sync_state=_sync_state(row),
    )


class CaseSummaries:
    """The list and status-bar reads of one unlocked profile."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def rows(self) -> list[CaseSummary]:
        """Every live case as a list line, in case-number order (one SQL statement)."""
        with self._store.read() as conn:
            return [_summary(r) for r in conn.execute(_summary_statement(None))]

    def row(self, case_id: str) -> CaseSummary | None:
        """One case's line again (after an edit); None if it is gone or archived."""
        with self._store.read() as conn:
            found = conn.execute(_summary_statement(case_id)).first()
        return _summary(found) if found is not None else None

    def pending_count(self) -> int:
        """How many local changes wait in the outbox for the next sync (counted in SQL)."""
        with self._store.read() as conn:
            return int(conn.execute(select(func.count()).select_from(outbox)).scalar_one())

    def history(self, case_id: str, *, this_device: str) -> CaseHistory:
        """The case's audit events (newest first), its pending changes and open conflicts."""
        with self._store.read() as conn:
            ids = self._object_ids(conn, case_id)
            events = conn.execute(
                select(audit_event)
                .where(audit_event.c.object_id.in_(ids))
                .order_by(audit_event.c.seq.desc())
                .limit(HISTORY_LIMIT)
            ).fetchall()
            changes = conn.execute(
                select(outbox).where(outbox.c.case_id == case_id).order_by(outbox.c.mutation_seq)
            ).fetchall()
            conflicts = conn.execute(
                select(func.count())
                .select_from(conflict)
                .where(conflict.c.case_id == case_id, conflict.c.status == "open")
            ).scalar_one()
        return CaseHistory(
            case_id=case_id,
            this_device=this_device,
            events=tuple(_event(r) for r in events),
            pending=tuple(_pending(r) for r in changes),
            open_conflicts=int(conflicts),
        )

    @staticmethod
    def _object_ids(conn: Connection, case_id: str) -> list[str]:
        # The case, everything scoped to it (archived too: history keeps them) and its persons.
        links = ENTITY_TABLES["case_person"]
        parts: list[Select[Any]] = [select(literal(case_id).label("id"))]
        parts += [
            select(ENTITY_TABLES[e.name].c.id).where(ENTITY_TABLES[e.name].c.case_id == case_id)
            for e in ENTITIES.values()
            if e.case_scoped
        ]
        parts.append(select(links.c.person_id).where(links.c.case_id == case_id))
        return [str(r[0]) for r in conn.execute(union(*parts))]


def _event(row: Any) -> HistoryEvent:
    return HistoryEvent(
        seq=int(row.seq),
        occurred_at=row.occurred_at,
        actor=row.actor,
        device_id=row.device_id,
        action=row.action,
        object_type=row.object_type,
        object_id=row.object_id or "",
        detail=MappingProxyType(dict(row.detail or {})),
        synced=bool(row.synced),
    )


def _pending(row: Any) -> PendingChange:
    changes = row.changes if isinstance(row.changes, dict) else {}
    return PendingChange(
        mutation_seq=int(row.mutation_seq),
        entity=row.entity,
        entity_id=row.entity_id,
        op=str(row.kind).split(".")[1] if row.kind.count(".") >= 2 else str(row.kind),
        fields=tuple(sorted(changes)),
        created_at=row.created_at,
    )
