"""Erasure of a case on the service, past its retention's service figure (issue 7, GOV-4).

`erase_case` removes, in one transaction, every row that carries the case's data, in every
table that can hold it (`CASE_DATA_TABLES`; a test checks that every table of the schema is
either there or in `NO_CASE_CONTENT_TABLES`, so a new table cannot be forgotten):

* the case row and every case-scoped row (links, documents, interviews, notes, tasks,
  attachments, return assistance, person merges), and the persons linked to no other case;
* its bucket's change log (row images) and horizon, its conflicts, its assignments (current
  and ended), the mutation log of pushes to it (rejections kept for review included);
* the merge records of all those rows (they hold field values). Their audit-log leaves stay
  — a hash commits to no readable content — and each removed record is listed in
  `audit_erasure` under the case's `case.erase` event, so `admin audit verify` still passes;
* the bytes of its attachments (`blob`, `blob_chunk`) unless another case holds the same
  file, and its unfinished uploads.

One `case.erase` event per case goes into the service's audit log: object = case id,
detail = counts only (AUD-1). What the database engine keeps after a delete is handled by
`scrub` (SQLite `secure_delete` and a WAL checkpoint, PostgreSQL `VACUUM FULL`); what lies
outside the database files (PostgreSQL WAL archives, backups) is described in docs/deploy.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, text, tuple_

from storage.schema import ENTITIES, FieldType
from sync.protocol.buckets import case_bucket
from sync.server.db.audit_tables import audit_erasure
from sync.server.db.blob_tables import blob, blob_chunk, blob_upload, blob_upload_part
from sync.server.db.database import Database
from sync.server.db.horizon_tables import assignment_history, bucket_horizon
from sync.server.db.tables import (
    ENTITY_TABLES,
    assignment,
    change_log,
    conflict,
    merge_audit,
    mutation_log,
)
from sync.server.services import audit, audit_entries
from sync.server.services.audit_verify import ERASE_ACTION
from sync.server.services.retention import RetentionPolicy

CASE, PERSON, ATTACHMENT = "case", "person", "attachment"
_CASE_SCOPED = [name for name, e in ENTITIES.items() if e.case_scoped]
_PERSON_REFERENCES = [
    (name, f.name)
    for name, e in ENTITIES.items()
    if e.case_scoped
    for f in e.fields
    if f.type is FieldType.REFERENCE and f.target == PERSON
]
"""(entity, field) of every case-scoped reference to a person: what keeps a person alive."""

CASE_DATA_TABLES = frozenset(
    {
        *ENTITY_TABLES,
        "change_log",
        "bucket_horizon",
        "assignment",
        "assignment_history",
        "conflict",
        "mutation_log",
        "merge_audit",
        "blob",
        "blob_chunk",
        "blob_upload",
        "blob_upload_part",
    }
)
"""Tables whose rows of a case `erase_case` removes."""

NO_CASE_CONTENT_TABLES = frozenset(
    {
        "user_account",
        "enrolment_code",
        "device",
        "profile",
        "auth_token",
        "auth_throttle",
        "sync_meta",
        # Audit trail: ids, codes and counts only (AUD-1); leaves are hashes.
        "server_audit",
        "audit_log_state",
        "audit_leaf",
        "audit_node",
        "audit_tree_head",
        "audit_erasure",
        "device_audit_event",
        "device_audit_checkpoint",
        "device_audit_key",  # a MAC key, no content
        "device_audit_flag",
    }
)
"""Tables that hold no case content (they may name a case id, as the audit must)."""


@dataclass(frozen=True, slots=True)
class CaseErasure:
    """What the erasure of one case removed (or, in a dry run, would remove): counts only."""

    case_id: str
    rows: int  # the case and its case-scoped rows
    persons: int
    change_log: int
    conflicts: int
    mutations: int
    merge_records: int
    assignments: int
    blobs: int
    uploads: int

    def counts(self) -> dict[str, int]:
        """The counts (the audit event's detail: no content, AUD-1)."""
        found = asdict(self)
        del found["case_id"]
        return found


@dataclass(slots=True)
class _Plan:
    case_id: str
    rows: dict[str, list[str]]  # entity -> ids in this case (the case itself included)
    persons: list[str]
    blobs: list[str]
    uploads: list[tuple[str, str]]  # (sha256, profile_id)

    @property
    def entity_ids(self) -> list[str]:
        return [i for ids in self.rows.values() for i in ids] + self.persons


def due_case_ids(conn: Connection, policy: RetentionPolicy, today: date) -> list[str]:
    """The cases the service erases on `today`, sorted."""
    cases = ENTITY_TABLES[CASE]
    query = select(cases.c.id).where(policy.due_for_erasure(today)).order_by(cases.c.id)
    return list(conn.execute(query).scalars())


def plan_case(conn: Connection, case_id: str) -> CaseErasure:
    """What `erase_case` would remove now (for a dry run)."""
    return _count(conn, _plan(conn, case_id))


def erase_case(
    conn: Connection, case_id: str, *, policy: RetentionPolicy, today: date, now: datetime
) -> CaseErasure | None:
    """Erase one case in the caller's write transaction; None when it is no longer due
    (reopened, or its date changed, since the list was made)."""
    cases = ENTITY_TABLES[CASE]
    row = conn.execute(
        select(cases.c.case_type, cases.c.status, cases.c.closed_on)
        .where(cases.c.id == case_id)
        .with_for_update()
    ).first()
    if row is None or not policy.is_due_for_erasure(
        row.case_type, row.status, row.closed_on, today
    ):
        return None
    plan = _plan(conn, case_id)
    done = _count(conn, plan)
    event_id = audit.record(
        conn,
        now=now,
        actor_kind=audit.SERVICE,
        actor_id=None,
        action=ERASE_ACTION,
        object_type=CASE,
        object_id=case_id,
        detail=done.counts(),
    )
    _delete(conn, plan, event_id, now)
    return done


def _plan(conn: Connection, case_id: str) -> _Plan:
    rows = {CASE: [case_id]}
    for name in _CASE_SCOPED:
        table = ENTITY_TABLES[name]
        rows[name] = list(
            conn.execute(select(table.c.id).where(table.c.case_id == case_id)).scalars()
        )
    attachments = ENTITY_TABLES[ATTACHMENT]
    shas = set(
        conn.execute(select(attachments.c.sha256).where(attachments.c.case_id == case_id)).scalars()
    )
    shared = set(
        conn.execute(
            select(attachments.c.sha256).where(
                attachments.c.sha256.in_(shas), attachments.c.case_id != case_id
            )
        ).scalars()
    )
    uploads = [
        (str(r.sha256), str(r.profile_id))
        for r in conn.execute(
            select(blob_upload.c.sha256, blob_upload.c.profile_id).where(
                blob_upload.c.case_id == case_id
            )
        )
    ]
    return _Plan(case_id, rows, _persons_only_here(conn, case_id), sorted(shas - shared), uploads)


def _persons_only_here(conn: Connection, case_id: str) -> list[str]:
    """Persons this case refers to that no row of another case refers to."""
    here: set[str] = set()
    elsewhere: set[str] = set()
    for entity, field in _PERSON_REFERENCES:
        table = ENTITY_TABLES[entity]
        column = table.c[field]
        here.update(
            conn.execute(
                select(column).where(table.c.case_id == case_id, column.is_not(None))
            ).scalars()
        )
    for entity, field in _PERSON_REFERENCES:
        table = ENTITY_TABLES[entity]
        column = table.c[field]
        for chunk in _chunks(sorted(here)):
            elsewhere.update(
                conn.execute(
                    select(column).where(column.in_(chunk), table.c.case_id != case_id)
                ).scalars()
            )
    return sorted(here - elsewhere)


def _merge_records(ids: Sequence[str]) -> Any:
    return merge_audit.c.entity_id.in_(ids)


def _conflicts(case_id: str, ids: Sequence[str]) -> Any:
    return or_(conflict.c.case_id == case_id, conflict.c.entity_id.in_(ids))


def _count(conn: Connection, plan: _Plan) -> CaseErasure:
    ids, case_id = plan.entity_ids, plan.case_id

    def count(table: Any, where: Any) -> int:
        return int(conn.execute(select(func.count()).select_from(table).where(where)).scalar_one())

    persons = ENTITY_TABLES[PERSON]
    return CaseErasure(
        case_id=case_id,
        rows=sum(len(v) for v in plan.rows.values()),
        persons=count(persons, persons.c.id.in_(plan.persons)),
        change_log=count(change_log, change_log.c.bucket == case_bucket(case_id)),
        conflicts=count(conflict, _conflicts(case_id, ids)),
        mutations=count(mutation_log, mutation_log.c.case_id == case_id),
        merge_records=count(merge_audit, _merge_records(ids)),
        assignments=count(assignment, assignment.c.case_id == case_id)
        + count(assignment_history, assignment_history.c.case_id == case_id),
        blobs=len(plan.blobs),
        uploads=len(plan.uploads),
    )


def _delete(conn: Connection, plan: _Plan, event_id: str, now: datetime) -> None:
    case_id, ids, bucket = plan.case_id, plan.entity_ids, case_bucket(plan.case_id)
    # Merge records go, their leaves stay: list them under this erasure for `audit verify`.
    erased = conn.execute(select(merge_audit.c.audit_id).where(_merge_records(ids))).scalars()
    marks = [
        {"source": audit_entries.MERGE, "source_id": i, "erased_by": event_id, "erased_at": now}
        for i in erased
    ]
    if marks:
        conn.execute(insert(audit_erasure), marks)
    conn.execute(delete(merge_audit).where(_merge_records(ids)))
    conn.execute(delete(conflict).where(_conflicts(case_id, ids)))
    conn.execute(delete(change_log).where(change_log.c.bucket == bucket))
    conn.execute(delete(bucket_horizon).where(bucket_horizon.c.bucket == bucket))
    conn.execute(delete(mutation_log).where(mutation_log.c.case_id == case_id))
    conn.execute(delete(assignment).where(assignment.c.case_id == case_id))
    conn.execute(delete(assignment_history).where(assignment_history.c.case_id == case_id))
    if plan.uploads:
        keys = tuple_(blob_upload_part.c.sha256, blob_upload_part.c.profile_id)
        conn.execute(delete(blob_upload_part).where(keys.in_(plan.uploads)))
    conn.execute(delete(blob_upload).where(blob_upload.c.case_id == case_id))
    for name in reversed(_CASE_SCOPED):  # referencing before referenced
        table = ENTITY_TABLES[name]
        conn.execute(delete(table).where(table.c.case_id == case_id))
    if plan.blobs:
        conn.execute(delete(blob_chunk).where(blob_chunk.c.sha256.in_(plan.blobs)))
        conn.execute(delete(blob).where(blob.c.sha256.in_(plan.blobs)))
    persons = ENTITY_TABLES[PERSON]
    for chunk in _chunks(plan.persons):
        conn.execute(delete(persons).where(persons.c.id.in_(chunk)))
    cases = ENTITY_TABLES[CASE]
    conn.execute(delete(cases).where(cases.c.id == case_id))


def scrub(db: Database, tables: Iterable[str]) -> str:
    """Make the engine forget the deleted bytes; returns what was done (for the report).

    SQLite: every service connection runs with `secure_delete` (deleted content is zeroed in
    the pages), and a TRUNCATE checkpoint copies the zeroed pages into the database file and
    empties the WAL, which still held the old page images. PostgreSQL: a deleted tuple stays
    in its page until the page is rewritten, so the touched tables (with their indexes and
    TOAST) are rewritten with VACUUM FULL — it locks each table while it runs.
    """
    names = sorted(set(tables))
    if db.dialect == "sqlite":
        with db.engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        return "wal_checkpoint_busy" if busy else "wal_checkpoint_truncate"
    if not names:
        return "nothing_to_vacuum"
    with db.engine.connect() as plain:
        conn = plain.execution_options(isolation_level="AUTOCOMMIT")
        for name in names:
            conn.execute(text(f'VACUUM (FULL) "{name}"'))
    return "vacuum_full"


def touched_tables(erasures: Sequence[CaseErasure]) -> list[str]:
    """The tables an erasure deleted from (what `scrub` must rewrite)."""
    if not erasures:
        return []
    touched = {*ENTITY_TABLES, "audit_erasure"}  # cheap to list all: most are small
    for field, tables in _TABLES_BY_COUNT.items():
        if any(getattr(e, field) for e in erasures):
            touched.update(tables)
    return sorted(touched)


_TABLES_BY_COUNT = {
    "change_log": ("change_log", "bucket_horizon"),
    "conflicts": ("conflict",),
    "mutations": ("mutation_log",),
    "merge_records": ("merge_audit",),
    "assignments": ("assignment", "assignment_history"),
    "blobs": ("blob", "blob_chunk"),
    "uploads": ("blob_upload", "blob_upload_part"),
}


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


__all__ = [
    "CASE_DATA_TABLES",
    "NO_CASE_CONTENT_TABLES",
    "CaseErasure",
    "due_case_ids",
    "erase_case",
    "plan_case",
    "scrub",
    "touched_tables",
]
