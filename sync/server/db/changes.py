"""The change log: rows written in the transaction of the change, numbered in commit order.

Every writer takes its `seq` numbers from the single `sync_meta` row, locked `FOR UPDATE`
(PostgreSQL) or under SQLite's one-writer lock (`BEGIN IMMEDIATE`). The lock is held until the
writer commits, so a transaction with smaller seqs always commits before one with larger
seqs, and a puller that has seen seq N can never later find an uncommitted change below N —
the out-of-order-commit bug of timestamp and bigserial cursors (sync-designs §2.2, F01).
The price is one writer at a time through this row; keep write transactions short.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from storage.schema import ENTITIES
from sync.protocol import buckets
from sync.server.db.tables import change_log, sync_meta

META_ROW = 1


@dataclass(frozen=True, slots=True)
class Change:
    """One entity change, destined for one bucket (`case:<id>`)."""

    bucket: str
    entity_type: str
    entity_id: str
    entity_version: int
    row_image: dict[str, Any] | None  # None for a tombstone
    op: str = "put"


def case_bucket(case_id: str) -> str:
    """The sync bucket of a case: the case, its links, records and conflicts."""
    return buckets.case_bucket(case_id)


def row_image(entity_name: str, row: Mapping[Any, Any]) -> dict[str, Any]:
    """The stored image of an entity row: id, case id, declared fields and sync metadata
    (`field_clocks`: the HLC of each field's last writer, for the laptops' rebase)."""
    entity = ENTITIES[entity_name]
    keys = ["id", *(["case_id"] if entity.case_scoped else []), *entity.field_names]
    image = {key: row.get(key) for key in [*keys, "archived", "entity_version"]}
    image["field_clocks"] = dict(row.get("field_clocks") or {})
    return image


def allocate_seqs(conn: Connection, count: int) -> int:
    """Reserve `count` consecutive seqs in this transaction; returns the first one."""
    current = conn.execute(
        select(sync_meta.c.sequenced_upto).where(sync_meta.c.id == META_ROW).with_for_update()
    ).scalar_one()
    conn.execute(
        update(sync_meta).where(sync_meta.c.id == META_ROW).values(sequenced_upto=current + count)
    )
    return int(current) + 1


def append_changes(
    conn: Connection, changes: Sequence[Change], *, commit_group: str, now: datetime
) -> range:
    """Write `changes` to the change log in this transaction; returns the seqs they got."""
    if not changes:
        return range(0)
    first = allocate_seqs(conn, len(changes))
    rows = [
        _log_row(first + offset, commit_group, change, now) for offset, change in enumerate(changes)
    ]
    conn.execute(insert(change_log), rows)
    return range(first, first + len(changes))


def append_groups(
    conn: Connection, groups: Sequence[tuple[str, Sequence[Change]]], *, now: datetime
) -> list[range]:
    """Write several commit groups' changes in this transaction, in the given order.

    Call it last in the transaction: the seq lock is held from here to the commit, so the
    shorter that stretch, the more writers get through (sync-designs §2.2).
    """
    total = sum(len(changes) for _, changes in groups)
    if total == 0:
        return [range(0) for _ in groups]
    seq = allocate_seqs(conn, total)
    rows, ranges = [], []
    for commit_group, changes in groups:
        ranges.append(range(seq, seq + len(changes)))
        for change in changes:
            rows.append(_log_row(seq, commit_group, change, now))
            seq += 1
    conn.execute(insert(change_log), rows)
    return ranges


def _log_row(seq: int, commit_group: str, change: Change, now: datetime) -> dict[str, Any]:
    return {
        "seq": seq,
        "commit_group": commit_group,
        "bucket": change.bucket,
        "entity_type": change.entity_type,
        "entity_id": change.entity_id,
        "entity_version": change.entity_version,
        "op": change.op,
        "row_image": change.row_image,
        "created_at": now,
    }


def sequenced_upto(conn: Connection) -> int:
    """The highest seq handed out; every change at or below it is committed once this
    transaction can see the value (the writer held the row lock until its commit)."""
    return int(
        conn.execute(
            select(sync_meta.c.sequenced_upto).where(sync_meta.c.id == META_ROW)
        ).scalar_one()
    )


def server_epoch(conn: Connection) -> str:
    """The random id of this database's history; a restored server gets a new one (F05)."""
    return str(
        conn.execute(
            select(sync_meta.c.server_epoch).where(sync_meta.c.id == META_ROW)
        ).scalar_one()
    )
