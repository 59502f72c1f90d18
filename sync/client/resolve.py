"""Resolve a conflict from the laptop: keep mine, take theirs, or an edited value (DESIGN §5.4).

A resolution is a mutation like any other edit: the chosen value is written to the row, a
`conflict.resolve.v1` mutation goes into the outbox in the same transaction, and the local
conflict is marked resolved. The service closes the conflict for every laptop holding the case
with the next pull; if another laptop resolved it differently offline, the second resolution
opens a new conflict there (F24), so neither choice is lost.
"""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import insert, select, update

from storage.ids import new_id
from storage.schema import ENTITIES
from storage.tables import ENTITY_TABLES, conflict, outbox
from storage.unlocked import OpenProfile
from sync.protocol.versions import RESOLVE_KIND

ARCHIVED = "archived"  # the field of an archive-vs-edit conflict


class Choice(enum.Enum):
    """Which value a resolution keeps."""

    MINE = "mine"  # the value this laptop's caseworker wrote (the conflict's client value)
    THEIRS = "theirs"  # the value on the service when the conflict opened
    EDITED = "edited"  # a new value the caseworker typed, e.g. a merge of both


class ResolveRefused(Exception):
    """The conflict cannot be resolved here; `code` says why (not_found, not_open, ...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def resolve_conflict(
    profile: OpenProfile, conflict_id: str, choice: Choice, value: Any = None
) -> int:
    """Resolve an open conflict locally and queue the resolution; returns its mutation_seq.

    `value` is used only with `Choice.EDITED`. Rejections (kind ``rejection``) are not
    conflicts on the service and are refused with ``not_a_conflict``.
    """
    ctx = profile.context
    with profile.store.write() as conn:
        row = conn.execute(select(conflict).where(conflict.c.conflict_id == conflict_id)).first()
        if row is None:
            raise ResolveRefused("not_found")
        found = dict(row._mapping)
        if found["kind"] == "rejection" or not found["field"]:
            raise ResolveRefused("not_a_conflict")
        if found["status"] != "open":
            raise ResolveRefused("not_open")
        chosen = {
            Choice.MINE: found["client_value"],
            Choice.THEIRS: found["server_value"],
            Choice.EDITED: value,
        }[choice]
        entity, field = str(found["entity"]), str(found["field"])
        table = ENTITY_TABLES[entity]
        current = conn.execute(select(table).where(table.c.id == found["entity_id"])).first()
        if current is None:
            raise ResolveRefused("row_gone")  # evicted meanwhile; the service still has it
        stamp = ctx.stamp(conn)
        seq = ctx.next_mutation_seq(conn)
        conn.execute(
            insert(outbox),
            {
                "mutation_seq": seq,
                "mutation_id": new_id(),
                "kind": RESOLVE_KIND,
                "entity": entity,
                "entity_id": found["entity_id"],
                "case_id": found["case_id"],
                "base_version": int(current._mapping["version"]),
                # old = the server value the conflict showed: the service checks the resolution
                # was made against what it still holds, else it opens a new conflict.
                "changes": {field: {"old": found["server_value"], "new": chosen}},
                "client_hlc": stamp.hlc,
                "created_at": stamp.time,
                "conflict_id": conflict_id,
            },
        )
        conn.execute(
            update(table)
            .where(table.c.id == found["entity_id"])
            .values(
                {
                    field: chosen,
                    "sync_state": "pending",
                    "updated_at": stamp.time,
                    "updated_by": stamp.actor,
                    "updated_hlc": stamp.hlc,
                }
            )
        )
        conn.execute(
            update(conflict)
            .where(conflict.c.conflict_id == conflict_id)
            .values(status="resolved", resolved_at=stamp.time)
        )
        ctx.audit.record(
            conn, "conflict_resolved", "conflict", conflict_id, detail={"choice": choice.value}
        )
        if field != ARCHIVED and field in ENTITIES[entity].field_names:
            from storage.services.records import record_from_row

            fresh = conn.execute(select(table).where(table.c.id == found["entity_id"])).one()
            profile.search.index(conn, record_from_row(ENTITIES[entity], fresh))
    return seq
