"""Case aggregates for pull: snapshot rows, open conflicts and checksums of buckets.

Reads many buckets at once (one query per table, not per case) so an initial sync of a few
hundred cases stays a handful of queries. Row images are built without re-validation: they
come from rows the service validated when it wrote them, and this is the hot path of pull.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from storage.schema import ENTITIES
from sync.protocol.buckets import bucket_checksum, case_bucket
from sync.protocol.models import ConflictRecord, RowImage
from sync.protocol.outcomes import ConflictStatus
from sync.server.db.tables import ENTITY_TABLES, conflict
from sync.server.services import conflicts
from sync.server.services.rows import CASE, LINK, PERSON

_SCOPED = tuple(name for name, e in ENTITIES.items() if e.case_scoped)
_LINKS, _PERSONS = ENTITY_TABLES[LINK], ENTITY_TABLES[PERSON]


def row_image(entity: str, mapping: Mapping[Any, Any]) -> RowImage:
    """The wire image of a row, from the database or from a change-log image."""
    declaration = ENTITIES[entity]
    return RowImage.model_construct(
        entity=entity,
        entity_id=mapping["id"],
        case_id=mapping.get("case_id") if declaration.case_scoped else None,
        version=int(mapping["entity_version"]),
        archived=bool(mapping["archived"]),
        values={name: mapping.get(name) for name in declaration.field_names},
        field_hlcs=dict(mapping.get("field_clocks") or {}),
    )


def load_rows(conn: Connection, case_ids: Sequence[str]) -> dict[str, list[RowImage]]:
    """Every row of each case's bucket, archived ones included, in dependency order
    (case, persons, then the case-scoped entities in schema order)."""
    found: dict[str, list[RowImage]] = {case_id: [] for case_id in case_ids}
    if not case_ids:
        return found
    cases = ENTITY_TABLES[CASE]
    for row in conn.execute(select(cases).where(cases.c.id.in_(case_ids))).mappings():
        found[row["id"]].append(row_image(CASE, row))
    for case_id, person in _linked_persons(conn, case_ids, _PERSONS.c):
        found[case_id].append(row_image(PERSON, person))
    for name in _SCOPED:
        table = ENTITY_TABLES[name]
        query = select(table).where(table.c.case_id.in_(case_ids)).order_by(table.c.id)
        for row in conn.execute(query).mappings():
            found[row["case_id"]].append(row_image(name, row))
    return found


def _linked_persons(
    conn: Connection, case_ids: Sequence[str], columns: Any
) -> list[tuple[str, Mapping[Any, Any]]]:
    query = (
        select(_LINKS.c.case_id.label("bucket_case_id"), *columns)
        .join_from(_LINKS, _PERSONS, _LINKS.c.person_id == _PERSONS.c.id)
        .where(_LINKS.c.case_id.in_(case_ids))
        .order_by(_PERSONS.c.id)
    )
    # A person linked twice to one case (two roles) is still one row of the bucket. (Not
    # DISTINCT in SQL: PostgreSQL cannot compare the person's JSON columns.)
    seen: set[tuple[str, str]] = set()
    found: list[tuple[str, Mapping[Any, Any]]] = []
    for row in conn.execute(query).mappings():
        key = (row["bucket_case_id"], row["id"])
        if key not in seen:
            seen.add(key)
            found.append((row["bucket_case_id"], row))
    return found


def open_conflicts(conn: Connection, case_ids: Sequence[str]) -> dict[str, list[ConflictRecord]]:
    """The open conflicts of each case, oldest first."""
    found: dict[str, list[ConflictRecord]] = {case_id: [] for case_id in case_ids}
    if not case_ids:
        return found
    query = (
        select(conflict)
        .where(conflict.c.case_id.in_(case_ids), conflict.c.status == ConflictStatus.OPEN.value)
        .order_by(conflict.c.opened_at, conflict.c.conflict_id)
    )
    for row in conn.execute(query).mappings():
        found[row["case_id"]].append(conflicts.record(row))
    return found


def checksums(conn: Connection, case_ids: Sequence[str]) -> dict[str, int]:
    """The checksum of each case's bucket (`sync.protocol.buckets.bucket_checksum`)."""
    live: dict[str, set[tuple[str, int]]] = defaultdict(set)
    if not case_ids:
        return {}
    cases = ENTITY_TABLES[CASE]
    query = select(cases.c.id, cases.c.entity_version).where(
        cases.c.id.in_(case_ids), cases.c.archived.is_(False)
    )
    for case_id, version in conn.execute(query):
        live[case_id].add((case_id, int(version)))
    person_columns = (_PERSONS.c.id, _PERSONS.c.entity_version, _PERSONS.c.archived)
    for case_id, row in _linked_persons(conn, case_ids, person_columns):
        if not row["archived"]:
            live[case_id].add((row["id"], int(row["entity_version"])))
    for name in _SCOPED:
        table = ENTITY_TABLES[name]
        query = select(table.c.case_id, table.c.id, table.c.entity_version).where(
            table.c.case_id.in_(case_ids), table.c.archived.is_(False)
        )
        for scoped in conn.execute(query).mappings():
            live[scoped["case_id"]].add((scoped["id"], int(scoped["entity_version"])))
    return {case_bucket(c): bucket_checksum(live.get(c, set())) for c in case_ids}
