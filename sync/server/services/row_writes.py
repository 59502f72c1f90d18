"""Entity-row writes of one push batch: deferred, coalesced, sent as one statement per table.

A batch of 50 mutations used to send 50 single-row INSERTs and UPDATEs, and the statement
overhead (SQLAlchemy and the driver, per statement) was the largest part of a push's CPU. Now
`write_row` queues the row in the transaction's scratch (`Database.write`), one entry per row
(an insert then an update of the same row in one batch is one insert of its last image), and
`flush` sends them with one executemany per table and shape, in table order with ids sorted,
like the row locks (`rows.BatchRows`). Every row was locked before the batch started, so the
deferred order changes no outcome.

Anything that reads entity tables in the push transaction flushes first (`rows.is_linked`,
`rows.linked_case_ids`, the link check of `write_scope`, the assignment of a new case), and
the push flushes before it takes the seq lock. Outside a write transaction nothing is queued:
`defer` says so and the caller writes at once.

The links of the persons a batch touches are read once (`load_links`) and kept current as the
batch writes links, so the per-mutation link checks need no query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Update, bindparam, insert, select, update

from storage.schema import ENTITIES
from sync.server.db.database import transaction_scratch
from sync.server.db.tables import ENTITY_TABLES

_KEY = "row_writes"
_LINK = "case_person"
_LINKS = ENTITY_TABLES[_LINK]
_UPDATES: dict[str, Update] = {
    name: update(table).where(table.c.id == bindparam("row_id"))
    for name, table in ENTITY_TABLES.items()
}


@dataclass(slots=True)
class _Pending:
    inserts: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    updates: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # person id -> the case ids of all its links (archived or not), for the persons loaded.
    links: dict[str, set[str]] = field(default_factory=dict)


def _pending(conn: Connection, *, create: bool) -> _Pending | None:
    scratch = transaction_scratch(conn)
    if scratch is None:
        return None
    found = scratch.get(_KEY)
    if isinstance(found, _Pending):
        return found
    if not create:
        return None
    made = _Pending()
    scratch[_KEY] = made
    return made


def defer(
    conn: Connection,
    entity: str,
    entity_id: str,
    values: dict[str, Any],
    *,
    created: bool,
    case_id: str | None,
) -> bool:
    """Queue the write of one row; False outside a write transaction (write it now)."""
    pending = _pending(conn, create=True)
    if pending is None:
        return False
    key = (entity, entity_id)
    if key in pending.inserts:
        pending.inserts[key] |= values
    elif created:
        pending.inserts[key] = dict(values)
    else:
        pending.updates[key] = pending.updates.get(key, {}) | values
    if entity == _LINK and case_id is not None:
        person_id = values.get("person_id")
        if isinstance(person_id, str) and person_id in pending.links:
            pending.links[person_id].add(case_id)
    return True


def flush(conn: Connection) -> None:
    """Send every queued row write of this transaction (nothing queued: no statement)."""
    pending = _pending(conn, create=False)
    if pending is None or not (pending.inserts or pending.updates):
        return
    inserts, updates = pending.inserts, pending.updates
    pending.inserts, pending.updates = {}, {}
    for name in ENTITIES:
        for rows in _by_shape(v for (e, _), v in sorted(inserts.items()) if e == name):
            conn.execute(insert(ENTITY_TABLES[name]), rows)
        changed = (v | {"row_id": i} for (e, i), v in sorted(updates.items()) if e == name)
        for rows in _by_shape(changed):
            conn.execute(_UPDATES[name], rows)


def _by_shape(rows: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    # One executemany needs the same keys in every row.
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        shapes.setdefault(tuple(sorted(row)), []).append(row)
    return list(shapes.values())


def load_links(conn: Connection, person_ids: Iterable[str]) -> None:
    """Read the links of these persons once for the rest of the transaction."""
    pending = _pending(conn, create=True)
    if pending is None:
        return
    wanted = sorted(set(person_ids) - pending.links.keys())
    if not wanted:
        return
    flush(conn)
    for person_id in wanted:
        pending.links[person_id] = set()
    query = select(_LINKS.c.person_id, _LINKS.c.case_id).where(_LINKS.c.person_id.in_(wanted))
    for person_id, case_id in conn.execute(query):
        pending.links[person_id].add(case_id)


def known_links(conn: Connection, person_id: str) -> set[str] | None:
    """The case ids linked to the person, when loaded in this transaction (else None)."""
    pending = _pending(conn, create=False)
    if pending is None:
        return None
    return pending.links.get(person_id)
