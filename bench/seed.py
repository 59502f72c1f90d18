"""Fast set-up for the search benchmark: thousands of cases written straight into the tables.

Search latency depends on what is stored (people, links, the full-text index), not on how it
got there, and writing 10,000 cases through the services would take minutes. So the seed
writes the same entity rows `RecordService.create` writes (same columns, same bookkeeping)
and the same full-text entries (`storage.search.record_terms`, the store's own function),
many rows per statement, 100 cases per transaction; it skips the outbox and the audit chain,
which search never reads. `seed_matches_services` checks on a small set that a seeded store
answers every benchmark query exactly like a store written through the services.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, text

from storage.demo_data import DemoCase
from storage.ids import new_id
from storage.schema import ENTITIES
from storage.search import INDEXED, record_terms
from storage.services.records import record_from_row
from storage.tables import ENTITY_TABLES
from storage.unlocked import OpenProfile

BATCH = 100  # cases per transaction
_FTS_INSERT = text(
    "INSERT INTO search_fts(entity, entity_id, case_id, terms) VALUES (:e, :i, :c, :t)"
)
Rows = dict[str, list[dict[str, Any]]]


def _stored(entity_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    # As RecordService stores a value: "" and [] mean "no value" and become NULL.
    names = ENTITIES[entity_name].field_names
    return {f: None if values.get(f) in ("", []) else values.get(f) for f in names}


def _case_rows(demo: DemoCase, rows: Rows) -> None:
    case_id = new_id()
    rows["case"].append(_stored("case", demo.case) | {"id": case_id})
    for role, values in demo.persons:
        person_id = new_id()
        rows["person"].append(_stored("person", values) | {"id": person_id})
        link = _stored("case_person", {"person_id": person_id, "role": role})
        rows["case_person"].append(link | {"id": new_id(), "case_id": case_id})
    for body in demo.notes:
        rows["note"].append(_stored("note", {"body": body}) | {"id": new_id(), "case_id": case_id})
    for task in demo.tasks:
        rows["task"].append(_stored("task", task) | {"id": new_id(), "case_id": case_id})
    if demo.interview:
        interview = _stored("interview", demo.interview)
        rows["interview"].append(interview | {"id": new_id(), "case_id": case_id})


def _write_batch(profile: OpenProfile, conn: Connection, batch: Sequence[DemoCase]) -> int:
    rows: Rows = defaultdict(list)
    for demo in batch:
        _case_rows(demo, rows)
    stamp = profile.context.stamp(conn)
    bookkeeping = {
        "archived": False,
        "version": 0,
        "sync_state": "pending",
        "created_at": stamp.time,
        "updated_at": stamp.time,
        "updated_by": stamp.actor,
        "updated_hlc": stamp.hlc,
        "field_clocks": {},
    }
    for name, entity_rows in rows.items():
        conn.execute(insert(ENTITY_TABLES[name]), [r | bookkeeping for r in entity_rows])
        if name in INDEXED:
            _index(conn, name, [r["id"] for r in entity_rows])
    return sum(len(r) for r in rows.values())


def _index(conn: Connection, name: str, ids: list[str]) -> None:
    # Read the rows back so the index sees exactly what a service's Record would hold.
    table = ENTITY_TABLES[name]
    stored = conn.execute(select(table).where(table.c.id.in_(ids))).fetchall()
    entries = []
    for row in stored:
        record = record_from_row(ENTITIES[name], row)
        terms = record_terms(record)
        if terms:
            entries.append({"e": name, "i": record.id, "c": record.case_id, "t": terms})
    if entries:
        conn.execute(_FTS_INSERT, entries)


def seed_cases(profile: OpenProfile, cases: Sequence[DemoCase]) -> int:
    """Write `cases` into the profile's tables and search index; returns the rows written."""
    written = 0
    for start in range(0, len(cases), BATCH):
        with profile.store.write() as conn:
            written += _write_batch(profile, conn, cases[start : start + BATCH])
    return written
