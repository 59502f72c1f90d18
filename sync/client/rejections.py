"""Rejected changes on the laptop: dismiss one, or re-apply it as a new change (DESIGN §5.1).

A rejection is kept as a `conflict` row of kind ``rejection`` with the caseworker's own values
(`client_value` holds the mutation's ``{field: {old, new}}``) and the service's reason code.
Neither action deletes it: dismissing marks it ``dismissed``, re-applying marks it
``reapplied`` after writing its values again as a fresh edit (a new outbox mutation against
the current row). Both are audited in the same transaction, so the rejection and what the
caseworker did about it stay on record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from storage.schema import ENTITIES
from storage.tables import conflict
from storage.unlocked import OpenProfile
from sync.client.resolve import ResolveRefused
from sync.protocol.errors import RejectionCode

REJECTION = "rejection"
DISMISSED = "dismissed"
REAPPLIED = "reapplied"

RETRYABLE: frozenset[str] = frozenset(
    {
        RejectionCode.ILLEGAL_TRANSITION.value,  # the status may allow the step by now
        RejectionCode.INVALID_HLC.value,  # a new change carries a new clock
        RejectionCode.UNSUPPORTED_KIND.value,  # a new change is written in a current kind
    }
)
"""Reasons after which the same values, written again as a new change, can be accepted."""


def can_reapply(reason: str | None, entity: str, changes: Any) -> bool:
    """Whether a rejection may be re-applied: a retryable reason and fields to write."""
    return reason in RETRYABLE and bool(_values(entity, changes))


def dismiss_rejection(profile: OpenProfile, conflict_id: str) -> None:
    """Mark an open rejection dismissed (kept, audited); ResolveRefused if it is not one."""
    with profile.store.write() as conn:
        found = _open_rejection(conn, conflict_id)
        _close(profile, conn, conflict_id, DISMISSED, str(found["reason"] or ""))


def reapply_rejection(profile: OpenProfile, conflict_id: str) -> None:
    """Write a retryable rejection's values again as a new change, in one transaction.

    The new change is an ordinary edit of the current row (validated, queued, audited);
    the store's own errors (validation, not found) are raised unchanged for the app.
    """
    with profile.store.write() as conn:
        found = _open_rejection(conn, conflict_id)
        entity, reason = str(found["entity"]), str(found["reason"] or "")
        values = _values(entity, found["client_value"])
        if reason not in RETRYABLE or not values:
            raise ResolveRefused("not_retryable")
        profile.records.update(entity, str(found["entity_id"]), values)
        _close(profile, conn, conflict_id, REAPPLIED, reason)


def _open_rejection(conn: Connection, conflict_id: str) -> dict[str, Any]:
    row = conn.execute(select(conflict).where(conflict.c.conflict_id == conflict_id)).first()
    if row is None:
        raise ResolveRefused("not_found")
    found = dict(row._mapping)
    if found["kind"] != REJECTION:
        raise ResolveRefused("not_a_rejection")
    if found["status"] != "open":
        raise ResolveRefused("not_open")
    return found


def _close(
    profile: OpenProfile, conn: Connection, conflict_id: str, status: str, reason: str
) -> None:
    stamp = profile.context.stamp(conn)
    conn.execute(
        update(conflict)
        .where(conflict.c.conflict_id == conflict_id)
        .values(status=status, resolved_at=stamp.time)
    )
    # The audit action of every conflict outcome; the choice says what became of the rejection.
    profile.context.audit.record(
        conn,
        "conflict_resolved",
        "conflict",
        conflict_id,
        detail={"choice": status, "code": reason},
    )


def _values(entity: str, changes: Any) -> dict[str, Any]:
    """The new values of the rejected mutation's fields that the entity still declares."""
    declared = ENTITIES.get(entity)
    if declared is None or not isinstance(changes, dict):
        return {}
    return {
        name: change["new"]
        for name, change in changes.items()
        if name in declared.field_names and isinstance(change, dict) and "new" in change
    }
