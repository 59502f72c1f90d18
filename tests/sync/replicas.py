"""Compare laptops with the service: rows of a case, mutation logs, outboxes.

Shared by the multi-laptop and fault tests. The service's database is read directly (the test
owns it); a laptop's store through its unlocked profile.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from sqlalchemy import Connection, Table, func, select

from storage.context import META_MUTATION_SEQ
from storage.schema import ENTITIES
from storage.tables import ENTITY_TABLES as LOCAL_TABLES
from storage.tables import outbox
from sync.client.layout import ProfileFiles
from sync.server.db.tables import ENTITY_TABLES as SERVER_TABLES
from sync.server.db.tables import mutation_log
from tests.sync.conftest import Laptop

Image = tuple[int, bool, tuple[tuple[str, Any], ...]]


def _rows(
    conn: Connection, tables: dict[str, Table], case_id: str, version: str
) -> dict[str, Image]:
    found: dict[str, Image] = {}
    link = tables["case_person"]
    persons = {
        str(p) for (p,) in conn.execute(select(link.c.person_id).where(link.c.case_id == case_id))
    }
    for name, entity in ENTITIES.items():
        table = tables[name]
        if name == "case":
            query = select(table).where(table.c.id == case_id)
        elif name == "person":
            query = select(table).where(table.c.id.in_(persons))
        else:
            query = select(table).where(table.c.case_id == case_id)
        for row in conn.execute(query).mappings():
            values = tuple((f, _norm(row[f])) for f in entity.field_names)
            found[f"{name}:{row['id']}"] = (int(row[version]), bool(row["archived"]), values)
    return found


def _norm(value: Any) -> Any:
    # Dates come back as objects from one side and text from the other; compare as text.
    if value is None or isinstance(value, (str, int, float, bool, list, dict)):
        return value
    return str(value)


def server_case(app: FastAPI, case_id: str) -> dict[str, Image]:
    """Every row of the case's bucket on the service: entity:id -> (version, archived, values)."""
    with app.state.context.db.read() as conn:
        return _rows(conn, SERVER_TABLES, case_id, "entity_version")


def laptop_case(laptop: Laptop, case_id: str) -> dict[str, Image]:
    """The same view of the laptop's replica."""
    with laptop.unlock().store.read() as conn:
        return _rows(conn, LOCAL_TABLES, case_id, "version")


def server_seqs(app: FastAPI, laptop: Laptop) -> list[int]:
    """The mutation_seqs the service recorded for the laptop's profile (with repeats, if any)."""
    profile_id = ProfileFiles(laptop.info).state().server_profile_id
    with app.state.context.db.read() as conn:
        query = select(mutation_log.c.mutation_seq).where(mutation_log.c.profile_id == profile_id)
        return sorted(int(s) for (s,) in conn.execute(query))


def server_statuses(app: FastAPI) -> dict[str, int]:
    """How many logged mutations have each status (applied, conflict, rejected, ...)."""
    with app.state.context.db.read() as conn:
        query = select(mutation_log.c.status, func.count()).group_by(mutation_log.c.status)
        return {str(s): int(n) for s, n in conn.execute(query)}


def local_seq(laptop: Laptop) -> int:
    """The last mutation_seq the laptop's profile handed out."""
    profile = laptop.unlock()
    with profile.store.read() as conn:
        return int(profile.store.get_meta(conn, META_MUTATION_SEQ) or 0)


def outbox_left(laptop: Laptop) -> int:
    """Unacknowledged mutations still in the laptop's store."""
    with laptop.unlock().store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(outbox)).scalar_one())


def lost_and_duplicated(app: FastAPI, laptop: Laptop) -> tuple[list[int], list[int]]:
    """Seqs the laptop wrote that the service never recorded, and seqs recorded twice or
    never written (the (profile, seq) key should make the second impossible)."""
    wrote = set(range(1, local_seq(laptop) + 1))
    logged = server_seqs(app, laptop)
    lost = sorted(wrote - set(logged))
    duplicated = sorted({s for s in logged if logged.count(s) > 1} | (set(logged) - wrote))
    return lost, duplicated
