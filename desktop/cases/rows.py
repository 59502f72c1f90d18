"""What the case list shows, read from the store on the DB lane (no Qt here).

One `CaseRow` per case with its applicant, its next open deadline and the ids of its
persons (so an edited person updates the right rows). Reading does not write read-audit
events: a list line is not an opened case; opening one is audited by the detail view.

`load_case_rows` selects only the columns the list needs, in one read transaction: going
through `RecordService.list` builds a full `Record` per row (~40 µs each), which for 10,000
cases and their ~60,000 persons, links and tasks would take seconds. It belongs in
`storage/services` as a case-summary query once the store grows one; until then it reads
the declared tables and nothing else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from storage.database import Store
from storage.services.records import Record, RecordService
from storage.tables import ENTITY_TABLES

_ROLE_ORDER = {"applicant": 0, "spouse": 1, "partner": 2, "parent": 3, "child": 4}


@dataclass(frozen=True, slots=True)
class CaseRow:
    case_id: str
    case_number: str
    case_type: str
    status: str
    applicant: str  # family name, given names (Latin transliteration)
    applicant_original: str  # original script, may be empty
    person_ids: tuple[str, ...]
    next_due: str | None  # ISO date of the earliest open task or deadline
    opened_on: str | None
    sync_state: str  # synced | pending | conflict


def _applicant(links: list[Record], persons: dict[str, Record]) -> Record | None:
    ranked = sorted(links, key=lambda link: _ROLE_ORDER.get(link["role"], 9))
    for link in ranked:
        person = persons.get(link["person_id"])
        if person is not None:
            return person
    return None


def _next_due(tasks: Iterable[Record]) -> str | None:
    dues = [t["due_on"] for t in tasks if t["due_on"] and not t["done"]]
    return min(dues) if dues else None


def _row(
    case: Record, links: list[Record], persons: dict[str, Record], tasks: Iterable[Record]
) -> CaseRow:
    applicant = _applicant(links, persons)
    values = applicant.values if applicant is not None else {}
    family, given = values.get("family_name") or "", values.get("given_names") or ""
    return CaseRow(
        case_id=case.id,
        case_number=case["case_number"],
        case_type=case["case_type"],
        status=case["status"],
        applicant=f"{family}, {given}" if family and given else family or given,
        applicant_original=values.get("name_original") or "",
        person_ids=tuple(link["person_id"] for link in links),
        next_due=_next_due(tasks),
        opened_on=case["opened_on"],
        sync_state=case.sync_state,
    )


def load_case_rows(store: Store) -> list[CaseRow]:
    """Every live case as a list row, in case-number order."""
    cases, links, persons, tasks = (
        ENTITY_TABLES[n] for n in ("case", "case_person", "person", "task")
    )
    with store.read() as conn:
        people = {
            r.id: r
            for r in conn.execute(
                select(
                    persons.c.id,
                    persons.c.family_name,
                    persons.c.given_names,
                    persons.c.name_original,
                ).where(persons.c.archived.is_(False))
            )
        }
        members: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for link in conn.execute(
            select(links.c.case_id, links.c.person_id, links.c.role).where(
                links.c.archived.is_(False)
            )
        ):
            members[link.case_id].append((_ROLE_ORDER.get(link.role, 9), link.person_id))
        due: dict[str, str] = {}
        for task in conn.execute(
            select(tasks.c.case_id, tasks.c.due_on).where(
                tasks.c.archived.is_(False), tasks.c.due_on.is_not(None), tasks.c.done.is_not(True)
            )
        ):
            if task.case_id not in due or task.due_on < due[task.case_id]:
                due[task.case_id] = task.due_on
        rows = []
        for case in conn.execute(
            select(
                cases.c.id,
                cases.c.case_number,
                cases.c.case_type,
                cases.c.status,
                cases.c.opened_on,
                cases.c.sync_state,
            ).where(cases.c.archived.is_(False))
        ):
            ranked = sorted(members[case.id])
            first = next((people[pid] for _, pid in ranked if pid in people), None)
            family = (first.family_name or "") if first else ""
            given = (first.given_names or "") if first else ""
            rows.append(
                CaseRow(
                    case_id=case.id,
                    case_number=case.case_number,
                    case_type=case.case_type,
                    status=case.status,
                    applicant=f"{family}, {given}" if family and given else family or given,
                    applicant_original=(first.name_original or "") if first else "",
                    person_ids=tuple(pid for _, pid in ranked),
                    next_due=due.get(case.id),
                    opened_on=case.opened_on,
                    sync_state=case.sync_state,
                )
            )
    rows.sort(key=lambda r: r.case_number)
    return rows


def load_case_row(records: RecordService, case_id: str) -> CaseRow | None:
    """One row again after an edit; None if the case is gone or archived."""
    case = records.get("case", case_id, audit_read=False)
    if case.archived:
        return None
    links = records.list("case_person", case_id=case_id)
    persons = {
        link["person_id"]: records.get("person", link["person_id"], audit_read=False)
        for link in links
    }
    return _row(case, links, persons, records.list("task", case_id=case_id))
