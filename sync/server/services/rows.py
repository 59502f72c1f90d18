"""Entity rows on the service: read under the row lock, write back, and route to buckets.

A change goes to the bucket of its case; a person (not case-scoped, shared by the cases it is
linked to) goes to the bucket of every case that has a link to it. When a link is created,
the person's current image goes into that case's bucket too, so a laptop that holds the case
always holds its persons (`sync.protocol.buckets`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from storage.schema import ENTITIES
from sync.merge import ServerRow
from sync.server.db.changes import Change, case_bucket, row_image
from sync.server.db.tables import ENTITY_TABLES, conflict
from sync.server.services import row_writes

PERSON, LINK, CASE = "person", "case_person", "case"
CONFLICT = "conflict"  # not an entity, but locked in the same order
_LINKS = ENTITY_TABLES[LINK]


@dataclass(frozen=True, slots=True)
class StoredRow:
    """One entity row as the merge sees it, plus the case it belongs to (None: not scoped)."""

    entity: str
    entity_id: str
    case_id: str | None
    row: ServerRow


def server_row(entity: str, mapping: Mapping[Any, Any]) -> ServerRow:
    """The merge's view of a database row."""
    return ServerRow(
        values={name: mapping[name] for name in ENTITIES[entity].field_names},
        version=int(mapping["entity_version"]),
        archived=bool(mapping["archived"]),
        field_hlcs=dict(mapping["field_clocks"] or {}),
        archive_version=int(mapping["archive_version"]),
    )


def _stored(entity: str, mapping: Mapping[Any, Any]) -> StoredRow:
    case_id = mapping["id"] if entity == CASE else mapping.get("case_id")
    return StoredRow(entity, mapping["id"], case_id, server_row(entity, mapping))


class BatchRows:
    """The rows one push batch touches: locked and read up front, then kept current.

    Locking rows as mutations come would take the locks in whatever order laptops edited,
    and two batches touching the same rows in opposite orders deadlock (PostgreSQL notices
    only after `deadlock_timeout`, a second by default). So `lock_and_load` locks every row
    of the batch at once in one global order — tables in schema order, ids sorted, conflicts
    last — and reads them in the same statement, which also saves a round trip per mutation.
    On SQLite the single writer lock already excludes every other writer.
    """

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], StoredRow | None] = {}

    def lock_and_load(self, conn: Connection, targets: Iterable[tuple[str, str]]) -> None:
        """Lock (PostgreSQL `FOR UPDATE`) and read every (entity, id) of the batch."""
        wanted: dict[str, set[str]] = {}
        for entity, entity_id in targets:
            wanted.setdefault(entity, set()).add(entity_id)
        for name in [*ENTITIES, CONFLICT]:
            ids = sorted(wanted.get(name, ()))
            if not ids:
                continue
            if name == CONFLICT:
                key = conflict.c.conflict_id
                conn.execute(select(key).where(key.in_(ids)).order_by(key).with_for_update())
                continue
            table = ENTITY_TABLES[name]
            query = select(table).where(table.c.id.in_(ids)).order_by(table.c.id)
            self._rows.update(dict.fromkeys(((name, i) for i in ids), None))
            for mapping in conn.execute(query.with_for_update()).mappings():
                self._rows[(name, mapping["id"])] = _stored(name, mapping)
        # The persons' links, for the scope checks and the buckets of person changes.
        row_writes.load_links(conn, wanted.get(PERSON, ()))

    def get(self, conn: Connection, entity: str, entity_id: str) -> StoredRow | None:
        """The current row (None: it does not exist), locked until the transaction ends."""
        key = (entity, entity_id)
        if key not in self._rows:
            table = ENTITY_TABLES[entity]
            query = select(table).where(table.c.id == entity_id).with_for_update()
            mapping = conn.execute(query).mappings().first()
            self._rows[key] = None if mapping is None else _stored(entity, mapping)
        return self._rows[key]

    def written(self, stored: StoredRow) -> None:
        """Remember a row this batch has just written."""
        self._rows[(stored.entity, stored.entity_id)] = stored


def write_row(
    conn: Connection,
    *,
    stored: StoredRow | None,
    entity: str,
    entity_id: str,
    case_id: str,
    after: ServerRow,
    profile_id: str,
    hlc: str,
    now: datetime,
) -> dict[str, Any]:
    """Insert or update the row to `after`; returns its stored image (for the change log)."""
    table = ENTITY_TABLES[entity]
    values: dict[str, Any] = {
        **dict(after.values),
        "archived": after.archived,
        "entity_version": after.version,
        "archive_version": after.archive_version,
        "field_clocks": dict(after.field_hlcs),
        "updated_at": now,
        "updated_by_profile": profile_id,
        "updated_hlc": hlc,
    }
    if stored is None:
        values |= {"id": entity_id, "created_at": now}
        if ENTITIES[entity].case_scoped:
            values["case_id"] = case_id
        # Queued, and sent with the batch's other rows (`row_writes`); values as parameters,
        # so each statement compiles once per table and is reused from the cache.
        if not row_writes.defer(conn, entity, entity_id, values, created=True, case_id=case_id):
            conn.execute(insert(table), [values])
    else:
        if not row_writes.defer(
            conn, entity, entity_id, values, created=False, case_id=stored.case_id
        ):
            conn.execute(
                update(table).where(table.c.id == bindparam("row_id")),
                [values | {"row_id": entity_id}],
            )
        values |= {"id": entity_id, "case_id": stored.case_id}
    return row_image(entity, values)


flush = row_writes.flush


def linked_case_ids(conn: Connection, person_id: str) -> list[str]:
    """Every case with a link (archived or not) to the person, sorted."""
    known = row_writes.known_links(conn, person_id)
    if known is not None:
        return sorted(known)
    row_writes.flush(conn)
    query = select(_LINKS.c.case_id).where(_LINKS.c.person_id == person_id).distinct()
    return sorted(conn.execute(query).scalars())


def is_linked(conn: Connection, person_id: str, case_id: str) -> bool:
    """Whether a link row (archived or not) joins the person to the case."""
    known = row_writes.known_links(conn, person_id)
    if known is not None:
        return case_id in known
    row_writes.flush(conn)
    query = select(_LINKS.c.id).where(_LINKS.c.person_id == person_id, _LINKS.c.case_id == case_id)
    return conn.execute(query.limit(1)).first() is not None


def person_image_for_update(conn: Connection, person_id: str) -> dict[str, Any] | None:
    """The person's stored image, locked: a link created now and a concurrent edit of the
    person then commit one after the other, so the new bucket never keeps a stale image."""
    row_writes.flush(conn)
    table = ENTITY_TABLES[PERSON]
    found = conn.execute(select(table).where(table.c.id == person_id).with_for_update())
    mapping = found.mappings().first()
    return None if mapping is None else row_image(PERSON, mapping)


def changes_for(
    conn: Connection,
    *,
    entity: str,
    image: dict[str, Any],
    case_id: str,
    created: bool,
) -> list[Change]:
    """The change-log rows for one written row."""
    entity_id, version = str(image["id"]), int(image["entity_version"])
    if entity == PERSON:
        return [
            Change(case_bucket(case), PERSON, entity_id, version, image)
            for case in linked_case_ids(conn, entity_id)
        ]
    bucket = case_bucket(case_id)
    changes = [Change(bucket, entity, entity_id, version, image)]
    if entity == LINK and created:
        person = person_image_for_update(conn, str(image["person_id"]))
        if person is not None:
            changes.insert(
                0, Change(bucket, PERSON, str(person["id"]), person["entity_version"], person)
            )
    return changes
