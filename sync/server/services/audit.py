"""The service's own append-only audit log (who did what to which object, no case content)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert

from storage.ids import new_id
from sync.server.db.tables import server_audit

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
    conn.execute(
        insert(server_audit).values(
            event_id=event_id,
            occurred_at=now,
            actor_kind=actor_kind,
            actor_id=actor_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            detail=detail or {},
        )
    )
    return event_id
