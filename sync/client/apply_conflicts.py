"""Conflict records a pull page brings, kept in the apply's transaction (DESIGN §5.1).

The service sends each conflict of a case the laptop holds, with its version; the newest
one is kept here for the conflict inbox, with who wrote each side (`conflict_sides`).
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from storage.tables import conflict
from sync.client.conflict_sides import stored_sides
from sync.client.local_rows import IN_CHUNK
from sync.protocol.buckets import case_of_bucket
from sync.protocol.models import ConflictRecord, PullPage
from sync.protocol.outcomes import ConflictStatus


def keep_conflict(conn: Connection, record: ConflictRecord) -> bool:
    """Insert or update one conflict; False when the one held is as new already."""
    held = conn.execute(
        select(conflict.c.version).where(conflict.c.conflict_id == record.conflict_id)
    ).first()
    if held is not None and (held[0] or 0) >= record.version:
        return False
    values = {
        "case_id": record.case_id,
        "entity": record.entity,
        "entity_id": record.entity_id,
        "field": record.field,
        "kind": record.kind.value,
        "policy": record.policy.value,
        "base_value": record.base,
        "server_value": record.server,
        "client_value": record.client,
        # Who wrote each side, beside the suggestion (`conflict_sides`).
        "suggested": stored_sides(record),
        "status": record.status.value,
        "opened_at": record.opened_at,
        "resolved_at": record.resolved_at,
        "version": record.version,
        "mutation_seq": record.mutation_seq,
    }
    if held is None:
        conn.execute(insert(conflict), values | {"conflict_id": record.conflict_id})
    else:
        where = conflict.c.conflict_id == record.conflict_id
        conn.execute(update(conflict).where(where).values(**values))
    return True


def close_settled_conflicts(conn: Connection, page: PullPage) -> None:
    """Close the open conflicts of each whole-bucket snapshot's case that the page lacks.

    A whole-bucket snapshot comes with every conflict of the case still open on the
    service: one open here but not there was settled while this laptop was not following
    the bucket's changes (a reset bucket never replays them). Set-based: the open
    conflicts of the page's cases are read at once, and those to close updated at once.
    """
    cases = sorted(
        {
            case_id
            for snapshot in page.snapshots
            if snapshot.complete and (case_id := case_of_bucket(snapshot.bucket)) is not None
        }
    )
    still_open = {(r.case_id, r.conflict_id) for r in page.conflicts}
    settled: list[str] = []
    for start in range(0, len(cases), IN_CHUNK):
        query = select(conflict.c.case_id, conflict.c.conflict_id).where(
            conflict.c.case_id.in_(cases[start : start + IN_CHUNK]),
            conflict.c.kind != "rejection",
            conflict.c.status == ConflictStatus.OPEN.value,
        )
        settled += [str(c) for case_id, c in conn.execute(query) if (case_id, c) not in still_open]
    for start in range(0, len(settled), IN_CHUNK):
        conn.execute(
            update(conflict)
            .where(conflict.c.conflict_id.in_(settled[start : start + IN_CHUNK]))
            .values(status=ConflictStatus.RESOLVED.value)
        )
