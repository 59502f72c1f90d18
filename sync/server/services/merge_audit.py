"""The append-only merge audit: one row per field outcome, in the transaction of the change.

Every outcome — applied, auto-merged, converged, conflict opened, resolved, last-writer-wins
either way, rejected — is written here with the base, client, before and after values and the
policy that decided (sync-designs §2.6), so "who changed what, and why did my value lose?"
always has an answer. Rows are only ever inserted, and each is a leaf of the Merkle audit log
(`audit_log`), appended in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert

from storage.ids import new_id
from sync.merge import FieldOutcome
from sync.protocol.outcomes import MergeOutcome
from sync.server.db.tables import merge_audit
from sync.server.services import audit_entries, audit_log


@dataclass(frozen=True, slots=True)
class AuditContext:
    """Who made the mutation an outcome belongs to, and when the service applied it."""

    commit_group: str
    profile_id: str
    user_id: str
    mutation_seq: int
    client_hlc: str | None
    now: datetime


def outcome_rows(
    context: AuditContext,
    *,
    entity: str,
    entity_id: str,
    fields: Sequence[FieldOutcome],
    overall: MergeOutcome,
    conflict_ids: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """One audit row per field outcome (one field-less row when there is none).

    `conflict_ids` maps a field to the conflict its outcome opened or resolved.
    """
    links = conflict_ids or {}
    rows: list[dict[str, Any]] = [
        _row(context, entity, entity_id, links.get(f.field))
        | {
            "field": f.field,
            "base_value": f.base,
            "client_value": f.client,
            "server_value_before": f.server_before,
            "result_value": f.result,
            "outcome": f.outcome.value,
            "policy": f.policy.value if f.policy else None,
        }
        for f in fields
    ]
    if not rows:
        rows.append(_row(context, entity, entity_id, None) | {"outcome": overall.value})
    return rows


def append(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert audit rows in the caller's transaction (the one of the changes they describe)."""
    if not rows:
        return
    conn.execute(insert(merge_audit), list(rows))
    source = audit_entries.MERGE
    leaves = [
        audit_log.Leaf(source, row["audit_id"], audit_entries.entry_bytes(source, row))
        for row in rows
    ]
    audit_log.record_leaves(conn, leaves, now=rows[-1]["server_time"])


def _row(
    context: AuditContext, entity: str, entity_id: str, conflict_id: str | None
) -> dict[str, Any]:
    return {
        "audit_id": new_id(),
        "commit_group": context.commit_group,
        "profile_id": context.profile_id,
        "mutation_seq": context.mutation_seq,
        "user_id": context.user_id,
        "entity_type": entity,
        "entity_id": entity_id,
        "field": None,
        "base_value": None,
        "client_value": None,
        "server_value_before": None,
        "result_value": None,
        "policy": None,
        "client_hlc": context.client_hlc,
        "server_time": context.now,
        "conflict_id": conflict_id,
    }
