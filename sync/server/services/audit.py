"""The service's own append-only audit log (who did what to which object, no case content).

Every event is also a leaf of the Merkle audit log (`audit_log`), appended in the same
transaction, so deleting or editing an event afterwards is detectable (AUD-3).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert

from storage.ids import new_id
from sync.server.db.tables import server_audit
from sync.server.services import audit_entries, audit_log

OPERATOR = "operator"  # someone at the admin CLI
USER = "user"
DEVICE = "device"
SERVICE = "service"


def record(
    conn: Connection,
    *,
    now: datetime,
    actor_kind: str,
    actor_id: str | None,
    action: str,
    object_type: str,
    object_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> str:
    """Append one audit event in the caller's transaction; returns its id."""
    event_id = new_id()
    row = {
        "event_id": event_id,
        "occurred_at": now,
        "actor_kind": actor_kind,
        "actor_id": actor_id,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "detail": detail or {},
    }
    conn.execute(insert(server_audit).values(**row))
    leaf = audit_log.Leaf(
        audit_entries.SERVER, event_id, audit_entries.entry_bytes(audit_entries.SERVER, row)
    )
    audit_log.record_leaves(conn, [leaf], now=now)
    return event_id
