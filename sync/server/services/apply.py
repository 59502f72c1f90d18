"""Apply one pushed mutation inside the push transaction (DESIGN §5.1, §5.4).

Order of work for a mutation: take its (already locked) row, check the writer's scope, run
the pure three-way merge (`sync.merge`), write the new row, open / resolve / supersede
conflicts, and build one merge-audit row per field outcome. Change-log and merge-audit rows
are returned, not written: the push writes them for the whole batch at the end of the same
transaction, where the seq lock is taken (so that lock is held as briefly as possible).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from storage.ids import new_id
from storage.schema import ENTITIES
from sync.merge import FieldOutcome, MergeResult, PriorResolution, merge_mutation
from sync.merge_decisions import policy_of
from sync.protocol.errors import RejectionCode
from sync.protocol.models import Mutation, MutationResult
from sync.protocol.outcomes import ConflictStatus, MergeOutcome, MutationStatus
from sync.protocol.versions import RESOLVE_KIND
from sync.server.db.changes import Change
from sync.server.services import assignments, audit, clocks, conflicts, row_writes, rows
from sync.server.services.merge_audit import AuditContext, outcome_rows
from sync.server.services.write_scope import Writer, refusal

UNREADABLE_KIND = "invalid"
"""`mutation_log.kind` of an authentic mutation whose content could not be read."""


@dataclass(slots=True)
class Applied:
    """What one mutation did, for the mutation log and the change log."""

    mutation_seq: int
    kind: str
    case_id: str | None
    commit_group: str
    result: MutationResult
    changes: list[Change] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)  # merge-audit rows to append


def apply_mutation(
    conn: Connection,
    writer: Writer,
    mutation: Mutation,
    *,
    batch_rows: rows.BatchRows,
    now: datetime,
) -> Applied:
    """Apply `mutation` in the caller's transaction; never raises for bad content."""
    # An HLC from the future is merged and stored clamped, its claim audited (`clocks`).
    claimed = mutation
    mutation, ahead_ms = clocks.clamp_future(claimed, now, writer=writer.profile_id)
    if ahead_ms:
        clocks.record_clamp(
            conn,
            user_id=writer.user_id,
            claimed=claimed,
            stored_hlc=mutation.client_hlc,
            ahead_ms=ahead_ms,
            now=now,
        )
    context = AuditContext(
        new_id(), writer.profile_id, writer.user_id, mutation.mutation_seq, mutation.client_hlc, now
    )
    known = mutation.entity in ENTITIES
    stored = batch_rows.get(conn, mutation.entity, mutation.entity_id) if known else None
    code = refusal(conn, writer, mutation, stored) if known else None
    if code is None and mutation.kind == RESOLVE_KIND and known:
        code = _resolution_refusal(conn, mutation)
    if code is not None:
        return _refused(conn, mutation, code, context)
    before = stored.row if stored else None
    prior = _prior_resolution(conn, mutation) if mutation.kind == RESOLVE_KIND else None
    merged = merge_mutation(mutation, before, prior=prior)
    if ahead_ms:
        merged = clocks.reissue_if_discarded(merged, before)
    changes: list[Change] = []
    if merged.outcome is MergeOutcome.REJECTED:
        _audit_rejection(conn, mutation, merged.rejection, context)
    elif merged.changed_from(before):
        changes += _write(conn, writer, mutation, stored=stored, merged=merged, now=now)
        batch_rows.written(_stored_after(mutation, stored, merged))
    links = _conflicts(conn, mutation, merged, changes, now)
    audit_rows = outcome_rows(
        context,
        entity=mutation.entity,
        entity_id=mutation.entity_id,
        fields=merged.fields,
        overall=merged.outcome,
        conflict_ids=links,
    )
    opened = [conflict_id for name, conflict_id in links.items() if _opened(merged, name)]
    result = _result(mutation, merged, opened)
    return Applied(
        mutation.mutation_seq,
        mutation.kind,
        mutation.case_id,
        context.commit_group,
        result,
        changes,
        audit_rows,
    )


def _stored_after(
    mutation: Mutation, stored: rows.StoredRow | None, merged: MergeResult
) -> rows.StoredRow:
    assert merged.row is not None
    if stored is not None:
        case_id = stored.case_id
    elif mutation.entity == rows.CASE:
        case_id = mutation.entity_id
    else:
        case_id = mutation.case_id if ENTITIES[mutation.entity].case_scoped else None
    return rows.StoredRow(mutation.entity, mutation.entity_id, case_id, merged.row)


def _resolution_refusal(conn: Connection, mutation: Mutation) -> RejectionCode | None:
    if mutation.conflict_id is None or len(mutation.changes) != 1:
        return None  # the merge refuses the shape itself
    row = conflicts.lock(conn, mutation.conflict_id)
    (name,) = mutation.changes
    matches = row is not None and (
        row["entity_type"],
        row["entity_id"],
        row["case_id"],
        row["field"],
    ) == (mutation.entity, mutation.entity_id, mutation.case_id, name)
    return None if matches else RejectionCode.INVALID_RESOLUTION


def _prior_resolution(conn: Connection, mutation: Mutation) -> PriorResolution | None:
    # The conflict row is already locked by `_resolution_refusal`.
    row = conflicts.lock(conn, mutation.conflict_id) if mutation.conflict_id else None
    if row is None or row["status"] != ConflictStatus.RESOLVED.value:
        return None
    return PriorResolution((row["resolution"] or {}).get("value"))


def _write(
    conn: Connection,
    writer: Writer,
    mutation: Mutation,
    *,
    stored: rows.StoredRow | None,
    merged: MergeResult,
    now: datetime,
) -> list[Change]:
    assert merged.row is not None
    case_id = stored.case_id if stored and stored.case_id else mutation.case_id
    image = rows.write_row(
        conn,
        stored=stored,
        entity=mutation.entity,
        entity_id=mutation.entity_id,
        case_id=case_id,
        after=merged.row,
        profile_id=writer.profile_id,
        hlc=mutation.client_hlc,
        now=now,
    )
    if mutation.entity == rows.CASE and stored is None:
        row_writes.flush(conn)  # the assignment refers to the case row
        assignments.assign_new_case(
            conn, case_id=mutation.entity_id, user_id=writer.user_id, now=now
        )
        writer.now_holds(mutation.entity_id)
    return rows.changes_for(
        conn, entity=mutation.entity, image=image, case_id=case_id, created=stored is None
    )


def _conflicts(
    conn: Connection, mutation: Mutation, merged: MergeResult, changes: list[Change], now: datetime
) -> dict[str, str]:
    """Open the merge's conflicts and close the ones it resolved; field → conflict id."""
    links: dict[str, str] = {}
    for draft in merged.conflicts:
        conflict_id, change = conflicts.open_conflict(
            conn,
            draft,
            case_id=mutation.case_id,
            profile_id=mutation.profile_id,
            mutation_seq=mutation.mutation_seq,
            now=now,
        )
        links[draft.field] = conflict_id
        changes.append(change)
        if draft.supersedes:
            closed = conflicts.close(
                conn,
                draft.supersedes,
                status=ConflictStatus.SUPERSEDED,
                profile_id=mutation.profile_id,
                now=now,
            )
            changes += [closed] if closed else []
    if merged.resolved_conflict_id is not None:
        ((name, chosen),) = mutation.changes.items()
        closed = conflicts.close(
            conn,
            merged.resolved_conflict_id,
            status=ConflictStatus.RESOLVED,
            profile_id=mutation.profile_id,
            value=chosen.new,
            justification=mutation.justification,
            now=now,
        )
        changes += [closed] if closed else []
        links[name] = merged.resolved_conflict_id
    return links


def _opened(merged: MergeResult, name: str) -> bool:
    return any(d.field == name for d in merged.conflicts)


def _result(mutation: Mutation, merged: MergeResult, opened: list[str]) -> MutationResult:
    status = MutationStatus.CONFLICT if opened else MutationStatus.APPLIED
    if merged.outcome is MergeOutcome.REJECTED:
        status = MutationStatus.REJECTED
    return MutationResult(
        mutation_seq=mutation.mutation_seq,
        status=status,
        outcome=merged.outcome,
        field_outcomes={f.field: f.outcome for f in merged.fields},
        entity_version=merged.row.version if merged.row is not None else None,
        conflict_ids=opened,
        rejection_code=merged.rejection,
        rejection_fields=dict(merged.rejection_fields),
    )


def _refused(
    conn: Connection, mutation: Mutation, code: RejectionCode, context: AuditContext
) -> Applied:
    # Nothing of the row is read into the audit: a refused writer learns nothing from it.
    declaration = ENTITIES[mutation.entity]
    fields = tuple(
        FieldOutcome(
            name,
            MergeOutcome.REJECTED,
            change.old,
            change.new,
            None,
            None,
            policy_of(declaration, name),
        )
        for name, change in mutation.changes.items()
    )
    audit_rows = outcome_rows(
        context,
        entity=mutation.entity,
        entity_id=mutation.entity_id,
        fields=fields,
        overall=MergeOutcome.REJECTED,
    )
    _audit_rejection(conn, mutation, code, context)
    result = MutationResult(
        mutation_seq=mutation.mutation_seq,
        status=MutationStatus.REJECTED,
        outcome=MergeOutcome.REJECTED,
        field_outcomes={f.field: f.outcome for f in fields},
        rejection_code=code,
    )
    return Applied(
        mutation.mutation_seq,
        mutation.kind,
        mutation.case_id,
        context.commit_group,
        result,
        [],
        audit_rows,
    )


def _audit_rejection(
    conn: Connection, mutation: Mutation, code: RejectionCode | None, context: AuditContext
) -> None:
    audit.record(
        conn,
        now=context.now,
        actor_kind=audit.USER,
        actor_id=context.user_id,
        action="mutation.rejected",
        object_type=mutation.entity,
        object_id=mutation.entity_id,
        detail={
            "code": code.value if code else None,
            "profile_id": mutation.profile_id,
            "mutation_seq": mutation.mutation_seq,
            "case_id": mutation.case_id,
        },
    )


def unreadable(conn: Connection, writer: Writer, mutation_seq: int, *, now: datetime) -> Applied:
    """Record an authentic mutation whose content is not a valid mutation as a rejection."""
    audit.record(
        conn,
        now=now,
        actor_kind=audit.USER,
        actor_id=writer.user_id,
        action="mutation.rejected",
        object_type="mutation",
        object_id=None,
        detail={
            "code": RejectionCode.INVALID_CHANGES.value,
            "profile_id": writer.profile_id,
            "mutation_seq": mutation_seq,
        },
    )
    result = MutationResult(
        mutation_seq=mutation_seq,
        status=MutationStatus.REJECTED,
        outcome=MergeOutcome.REJECTED,
        rejection_code=RejectionCode.INVALID_CHANGES,
    )
    return Applied(mutation_seq, UNREADABLE_KIND, None, new_id(), result)
