"""Conflict records: opened by the merge, closed by resolutions, synced in the case's bucket.

A conflict keeps base, server and client values, so nothing either side wrote is lost
(DESIGN §5.4). Every change of a record (opened, resolved, superseded) is a change-log row of
the case's bucket, so every holder of the case — and the team lead, whose scope includes it —
receives it with the next pull. A resolution is a mutation (`conflict.resolve.v1`) that the
merge applies; this module only keeps the records in step with what the merge decided.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, insert, select, update

from storage.ids import new_id
from storage.schema import MergeClass
from sync.merge import ConflictDraft, JsonValue
from sync.protocol.models import ConflictRecord
from sync.protocol.outcomes import ConflictKind, ConflictStatus, MutationStatus, Side
from sync.server.db.changes import Change, case_bucket
from sync.server.db.tables import conflict, merge_audit, mutation_log, profile, user_account
from sync.server.errors import ServerError, ServerErrorCode

ENTITY = "conflict"
"""`entity_type` of conflict rows in the change log (their image is a `ConflictRecord`)."""


def timestamp(moment: datetime) -> str:
    """A `UtcTimestamp` wire value."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def record(row: Mapping[Any, Any]) -> ConflictRecord:
    """The wire record of a conflict row."""
    resolution = row["resolution"] or {}
    resolved_at = row["resolved_at"]
    return ConflictRecord(
        conflict_id=row["conflict_id"],
        case_id=row["case_id"],
        entity=row["entity_type"],
        entity_id=row["entity_id"],
        field=row["field"],
        kind=ConflictKind(row["kind"]),
        policy=MergeClass(row["policy"]),
        status=ConflictStatus(row["status"]),
        base=row["base_value"],
        server=row["server_value"],
        client=row["client_value"],
        suggested=Side(row["suggested"]) if row["suggested"] else None,
        client_hlc=row["client_hlc"],
        server_hlc=row["server_hlc"],
        opened_by_profile=row["opened_by_profile"],
        opened_at=timestamp(row["opened_at"]),
        mutation_seq=row["mutation_seq"],
        supersedes=row["supersedes"],
        resolved_value=resolution.get("value"),
        resolved_by_profile=row["resolved_by_profile"],
        resolved_at=timestamp(resolved_at) if resolved_at else None,
        version=row["version"],
    )


WRITERS_SINCE_PROTOCOL = 2
"""The protocol version from which pulled conflict records name the server side's writer."""


def with_writers(conn: Connection, records: Sequence[ConflictRecord]) -> list[ConflictRecord]:
    """`records` with `server_writer_profile` filled in from the merge audit.

    The server value of a conflict was written by the mutation whose HLC the field's clock
    held when the conflict opened (`server_hlc`); the merge audit keeps, for every mutation
    and field it applied, the writer's profile and that HLC. One query for a whole page; a
    value with no audited writer (an import, a service change) stays unnamed.
    """

    def unnamed(record: ConflictRecord) -> bool:
        return bool(record.server_hlc) and record.server_writer_profile is None

    wanted = [r for r in records if unnamed(r)]
    if not wanted:
        return list(records)
    query = select(
        merge_audit.c.entity_id, merge_audit.c.client_hlc, merge_audit.c.profile_id
    ).where(
        merge_audit.c.entity_id.in_(sorted({r.entity_id for r in wanted})),
        merge_audit.c.client_hlc.in_(sorted({str(r.server_hlc) for r in wanted})),
        merge_audit.c.profile_id.is_not(None),
    )
    writers = {(str(e), str(h)): str(p) for e, h, p in conn.execute(query)}
    return [
        r.model_copy(
            update={"server_writer_profile": writers.get((r.entity_id, str(r.server_hlc)))}
        )
        if unnamed(r)
        else r
        for r in records
    ]


def record_from_image(image: Mapping[str, Any]) -> ConflictRecord:
    """A record back from its change-log image (JSON types: enums arrive as strings)."""
    return ConflictRecord.model_validate(dict(image), strict=False)


def _change(row: Mapping[Any, Any]) -> Change:
    image = record(row).model_dump(mode="json")
    return Change(case_bucket(row["case_id"]), ENTITY, row["conflict_id"], row["version"], image)


def open_conflict(
    conn: Connection,
    draft: ConflictDraft,
    *,
    case_id: str,
    profile_id: str,
    mutation_seq: int,
    now: datetime,
) -> tuple[str, Change]:
    """Store a conflict the merge opened; returns its id and its change-log row."""
    conflict_id = new_id()
    row: dict[str, Any] = {
        "conflict_id": conflict_id,
        "case_id": case_id,
        "entity_type": draft.entity,
        "entity_id": draft.entity_id,
        "field": draft.field,
        "kind": draft.kind.value,
        "policy": draft.policy.value,
        "base_value": draft.base,
        "server_value": draft.server,
        "client_value": draft.client,
        "suggested": draft.suggested.value if draft.suggested else None,
        "reason": None,
        "status": ConflictStatus.OPEN.value,
        "opened_by_profile": profile_id,
        "mutation_seq": mutation_seq,
        "opened_at": now,
        "resolved_by_profile": None,
        "resolved_at": None,
        "resolution": None,
        "client_hlc": draft.client_hlc,
        "server_hlc": draft.server_hlc,
        "supersedes": draft.supersedes,
        "version": 1,
    }
    conn.execute(insert(conflict).values(**row))
    return conflict_id, _change(row)


def lock(conn: Connection, conflict_id: str) -> RowMapping | None:
    """The conflict row, locked until the transaction ends."""
    query = select(conflict).where(conflict.c.conflict_id == conflict_id).with_for_update()
    return conn.execute(query).mappings().first()


def close(
    conn: Connection,
    conflict_id: str,
    *,
    status: ConflictStatus,
    profile_id: str,
    value: JsonValue = None,
    justification: str | None = None,
    now: datetime,
) -> Change | None:
    """Mark a conflict resolved or superseded; None when there was nothing to change.

    Only an open conflict can be resolved. A resolved one can still be superseded: a second,
    different resolution from another laptop reopens the question as a new conflict, and
    the record of the first says so (keeping who resolved it, and how).
    """
    row = lock(conn, conflict_id)
    closable = {ConflictStatus.OPEN.value}
    if status is ConflictStatus.SUPERSEDED:
        closable.add(ConflictStatus.RESOLVED.value)
    if row is None or row["status"] not in closable:
        return None
    values: dict[str, Any] = {"status": status.value, "version": row["version"] + 1}
    if status is ConflictStatus.RESOLVED:
        values |= {
            "resolved_by_profile": profile_id,
            "resolved_at": now,
            "resolution": {"value": value, "justification": justification},
        }
    conn.execute(update(conflict).where(conflict.c.conflict_id == conflict_id).values(**values))
    return _change({**row, **values})


# --- review (admin CLI) -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConflictSummary:
    """One conflict in a list: ids and classification, no values."""

    conflict_id: str
    case_id: str
    entity: str
    entity_id: str
    field: str | None
    kind: str
    policy: str
    status: str
    opened_at: datetime
    opened_by_profile: str | None


def list_conflicts(
    conn: Connection, *, status: str | None, case_id: str | None, limit: int
) -> list[ConflictSummary]:
    """Conflicts, newest first, optionally of one status and one case."""
    query = select(conflict).order_by(conflict.c.opened_at.desc(), conflict.c.conflict_id.desc())
    if status is not None:
        query = query.where(conflict.c.status == status)
    if case_id is not None:
        query = query.where(conflict.c.case_id == case_id)
    return [
        ConflictSummary(
            r["conflict_id"],
            r["case_id"],
            r["entity_type"],
            r["entity_id"],
            r["field"],
            r["kind"],
            r["policy"],
            r["status"],
            r["opened_at"],
            r["opened_by_profile"],
        )
        for r in conn.execute(query.limit(limit)).mappings()
    ]


def conflict_detail(conn: Connection, conflict_id: str) -> dict[str, Any]:
    """One conflict with its values and the merge-audit rows that mention it."""
    row = conn.execute(select(conflict).where(conflict.c.conflict_id == conflict_id)).mappings()
    found = row.first()
    if found is None:
        raise ServerError(ServerErrorCode.CONFLICT_NOT_FOUND)
    trail = conn.execute(
        select(merge_audit)
        .where(merge_audit.c.conflict_id == conflict_id)
        .order_by(merge_audit.c.server_time, merge_audit.c.audit_id)
    ).mappings()
    detail = record(found).model_dump(mode="json")
    detail["justification"] = (found["resolution"] or {}).get("justification")
    detail["audit"] = [_audit_view(a) for a in trail]
    return detail


def _audit_view(row: Mapping[Any, Any]) -> dict[str, Any]:
    keys: Sequence[str] = ("outcome", "field", "profile_id", "mutation_seq", "client_hlc")
    return {key: row[key] for key in keys} | {"server_time": row["server_time"].isoformat()}


@dataclass(frozen=True, slots=True)
class RejectionSummary:
    """One rejected mutation: who, which, why (the values are in the merge audit)."""

    profile_id: str
    login: str
    mutation_seq: int
    kind: str
    case_id: str | None
    rejection_code: str | None
    received_at: datetime


def list_rejections(conn: Connection, *, case_id: str | None, limit: int) -> list[RejectionSummary]:
    """Rejected mutations, newest first, optionally of one case."""
    query = (
        select(mutation_log, user_account.c.login)
        .join_from(mutation_log, profile, mutation_log.c.profile_id == profile.c.id)
        .join(user_account, profile.c.user_id == user_account.c.id)
        .where(mutation_log.c.status == MutationStatus.REJECTED.value)
        .order_by(mutation_log.c.received_at.desc(), mutation_log.c.mutation_seq.desc())
    )
    if case_id is not None:
        query = query.where(mutation_log.c.case_id == case_id)
    return [
        RejectionSummary(
            r["profile_id"],
            r["login"],
            r["mutation_seq"],
            r["kind"],
            r["case_id"],
            (r["result"] or {}).get("rejection_code"),
            r["received_at"],
        )
        for r in conn.execute(query.limit(limit)).mappings()
    ]
