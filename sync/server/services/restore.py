"""After a restore from a backup: a new server epoch, so every laptop notices (T19, F05).

A restored database has lost what was committed after its backup, yet the laptops still hold
cursors and acknowledgements from that lost history. `mark_restored` gives the database a new
random `server_epoch`: at its next pull every laptop is told `server_epoch_changed`, pushes
its answered mutations again from its journal (`sync.client.sent_journal`; the service applies
what it lacks and answers the rest as duplicates) and downloads every bucket afresh. The
restore is an event of the service's audit log, with figures only.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select, update

from sync.server.db.changes import META_ROW
from sync.server.db.tables import sync_meta
from sync.server.services import audit, audit_log

ACTION = "service.restored"


@dataclass(frozen=True, slots=True)
class Restored:
    """What `mark_restored` did (no personal data)."""

    previous_epoch: str
    server_epoch: str
    sequenced_upto: int
    audit_log_size: int
    event_id: str


def new_epoch() -> str:
    """A fresh random server epoch (32 hex digits, like the migration's first one)."""
    return secrets.token_hex(16)


def mark_restored(conn: Connection, *, now: datetime, note: str | None = None) -> Restored:
    """Give the database a new epoch and audit the restore, in the caller's transaction.

    `note` is the operator's reference (a ticket number), stored in the audit event; keep
    personal data out of it.
    """
    row = conn.execute(
        select(sync_meta.c.server_epoch, sync_meta.c.sequenced_upto)
        .where(sync_meta.c.id == META_ROW)
        .with_for_update()
    ).one()
    epoch = new_epoch()
    conn.execute(update(sync_meta).where(sync_meta.c.id == META_ROW).values(server_epoch=epoch))
    size = audit_log.read_state(conn).tree_size
    detail: dict[str, object] = {"sequenced_upto": int(row.sequenced_upto), "log_size": size}
    if note:
        detail["note"] = note
    event_id = audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action=ACTION,
        object_type="service",
        object_id=None,
        detail=detail,
    )
    return Restored(str(row.server_epoch), epoch, int(row.sequenced_upto), size, event_id)
