"""Bulk import of cases and persons: validated row by row, written all or nothing.

Every value goes through `storage.validation`, the rules the laptops apply, so an imported case
never syncs down as something a laptop would refuse. Any error anywhere means nothing is
written, and the report names each bad row by source, row number, field and code. A good
import writes the rows and their change log entries in one transaction, so laptops receive
them on their next pull.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from storage.case_closing import closing_errors
from storage.ids import is_uuid, new_id
from storage.schema import ENTITIES
from storage.validation import BAD_FORMAT, check_field, check_values
from sync.server.db.changes import Change, append_changes, case_bucket, row_image
from sync.server.db.tables import ENTITY_TABLES
from sync.server.services import audit
from sync.server.services.import_files import ImportBatch, RowError, SourceRow

DUPLICATE = "duplicate"  # the same case number or id twice in this import
EXISTS = "exists"  # already on the service
UNKNOWN_CASE = "unknown_case"  # a person row names a case that is nowhere
CASE, PERSON, LINK = ENTITIES["case"], ENTITIES["person"], ENTITIES["case_person"]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did (or, with errors, why it did nothing)."""

    ok: bool
    cases: int
    persons: int
    links: int
    errors: tuple[RowError, ...]


def import_batch(conn: Connection, batch: ImportBatch, *, now: datetime) -> ImportReport:
    """Validate `batch` and, only if it is entirely valid, write it in this transaction."""
    errors = list(batch.errors)
    _check_ids(conn, batch, errors)  # before ids are generated for rows without one
    # The office's date may be a day ahead of the service's UTC one: a case closed "today"
    # late in the evening is not in the future.
    case_ids = _check_cases(conn, batch.cases, errors, today=(now + timedelta(days=1)).date())
    person_ids, links = _check_persons(conn, batch.persons, case_ids, errors)
    if errors:
        return ImportReport(False, 0, 0, 0, tuple(errors))
    _write(conn, batch, case_ids=case_ids, person_ids=person_ids, links=links, now=now)
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action="cases.imported",
        object_type="import",
        detail={"cases": len(batch.cases), "persons": len(batch.persons)},
    )
    return ImportReport(True, len(batch.cases), len(batch.persons), len(links), ())


def _field_errors(row: SourceRow, codes: dict[str, str], errors: list[RowError]) -> None:
    errors += [RowError(row.source, row.row, row.prefix + f, c) for f, c in sorted(codes.items())]


def _check_cases(
    conn: Connection, cases: list[SourceRow], errors: list[RowError], *, today: date
) -> dict[str, str]:
    """case number -> id for this import (ids generated where the file has none).

    A closed case needs its true closing date (`closed_on`): retention counts from it, so none
    is made up — a closed row without one is refused (`required`), like one closed in the
    future or before it was opened.
    """
    table = ENTITY_TABLES["case"]
    numbers = [r.values.get("case_number") for r in cases]
    texts = [n for n in numbers if isinstance(n, str)]
    existing = set(
        conn.execute(select(table.c.case_number).where(table.c.case_number.in_(texts))).scalars()
    )
    by_number: dict[str, str] = {}
    for row in cases:
        codes = check_values(CASE, row.values)
        if not codes.keys() & {"status", "opened_on", "closed_on"}:
            codes |= closing_errors(None, row.values, today)
        _field_errors(row, codes, errors)
        number = row.values.get("case_number")
        if not isinstance(number, str):
            continue
        if number in by_number:
            errors.append(RowError(row.source, row.row, "case_number", DUPLICATE))
        elif number in existing:
            errors.append(RowError(row.source, row.row, "case_number", EXISTS))
        by_number.setdefault(number, row.id if isinstance(row.id, str) else new_id())
        row.id = by_number[number]
    return by_number


def _check_persons(
    conn: Connection, persons: list[SourceRow], case_ids: dict[str, str], errors: list[RowError]
) -> tuple[dict[int, str], list[tuple[str, str, str]]]:
    """person id by position, and the (case id, person id, role) links to create."""
    person_ids: dict[int, str] = {}
    links: list[tuple[str, str, str]] = []
    known = _existing_case_ids(conn, [p.case_number for p in persons if p.parent is None])
    for index, row in enumerate(persons):
        _field_errors(row, check_values(PERSON, row.values), errors)
        role_code = check_field(LINK.field("role"), row.role)
        if role_code:
            errors.append(RowError(row.source, row.row, row.prefix + "role", role_code))
        case_id = _case_of(row, case_ids, known, errors)
        person_ids[index] = row.id if isinstance(row.id, str) else new_id()
        if case_id is not None and not role_code:
            links.append((case_id, person_ids[index], str(row.role)))
    return person_ids, links


def _existing_case_ids(conn: Connection, numbers: list[Any]) -> dict[str, str]:
    table = ENTITY_TABLES["case"]
    texts = [n for n in numbers if isinstance(n, str)]
    rows = conn.execute(
        select(table.c.case_number, table.c.id).where(table.c.case_number.in_(texts))
    )
    return {number: case_id for number, case_id in rows}


def _case_of(
    row: SourceRow, case_ids: dict[str, str], known: dict[str, str], errors: list[RowError]
) -> str | None:
    if row.parent is not None:
        return row.parent.id
    number = row.case_number
    found = case_ids.get(number) or known.get(number) if isinstance(number, str) else None
    if found is None:
        code = "required" if number is None else UNKNOWN_CASE
        errors.append(RowError(row.source, row.row, "case_number", code))
    return found


def _check_ids(conn: Connection, batch: ImportBatch, errors: list[RowError]) -> None:
    """Ids given in the file: canonical UUIDs, once per file, not yet on the service."""
    for rows, entity in ((batch.cases, "case"), (batch.persons, "person")):
        table = ENTITY_TABLES[entity]
        given = [r for r in rows if r.id is not None]
        seen: set[str] = set()
        valid = [r.id for r in given if is_uuid(r.id)]
        taken = set(conn.execute(select(table.c.id).where(table.c.id.in_(valid))).scalars())
        for row in given:
            code = None if is_uuid(row.id) else BAD_FORMAT
            code = code or (EXISTS if row.id in taken else DUPLICATE if row.id in seen else None)
            seen.add(str(row.id))
            if code:
                errors.append(RowError(row.source, row.row, row.prefix + "id", code))


def _write(
    conn: Connection,
    batch: ImportBatch,
    *,
    case_ids: dict[str, str],
    person_ids: dict[int, str],
    links: list[tuple[str, str, str]],
    now: datetime,
) -> None:
    meta = {
        "archived": False,
        "entity_version": 1,
        "created_at": now,
        "updated_at": now,
        "updated_by_profile": None,
        "updated_hlc": None,
        "field_clocks": {},
    }
    cases = [{**meta, **_full("case", r.values), "id": r.id} for r in batch.cases]
    persons = [
        {**meta, **_full("person", r.values), "id": person_ids[i]}
        for i, r in enumerate(batch.persons)
    ]
    link_rows: list[dict[str, Any]] = [
        {**meta, "id": new_id(), "case_id": c, "person_id": p, "role": role} for c, p, role in links
    ]
    for name, rows in (("case", cases), ("person", persons), ("case_person", link_rows)):
        if rows:
            conn.execute(insert(ENTITY_TABLES[name]), rows)
    person_by_id = {row["id"]: row for row in persons}
    changes = [
        Change(case_bucket(r["id"]), "case", r["id"], 1, row_image("case", r)) for r in cases
    ]
    for link in link_rows:
        bucket, person = case_bucket(link["case_id"]), person_by_id[link["person_id"]]
        changes.append(Change(bucket, "person", person["id"], 1, row_image("person", person)))
        changes.append(Change(bucket, "case_person", link["id"], 1, row_image("case_person", link)))
    append_changes(conn, changes, commit_group=new_id(), now=now)


def _full(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    # Every declared field gets a value (None when absent), so all rows of one insert have
    # the same keys.
    return {name: values.get(name) for name in ENTITIES[entity].field_names}
