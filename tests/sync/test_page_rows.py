"""A pull page applied set-based (`sync.client.page_rows.PageRows`) leaves the same rows and
search-index entries as the row-by-row apply it replaced, on random pages in a real SQLCipher
profile: images newer and older than the local row, the same row twice in one page (a person
in two snapshots), a row removed and put again, removals of rows never held, archived images,
rows moving between cases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, delete, insert, select, text, update

from storage.keys import generate_recovery_keypair
from storage.profiles import Workspace
from storage.schema import ENTITIES
from storage.services.records import record_from_row
from storage.tables import ENTITY_TABLES
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.local_rows import LocalRows
from sync.client.page_rows import PageRows
from sync.protocol.models import RowImage

PASSPHRASE = "Sonnenblume Zugfahrt Bergsee Kaffeetasse Laterne"
CASES = [str(uuid.UUID(int=i)) for i in range(1, 4)]
PERSONS = [str(uuid.UUID(int=100 + i)) for i in range(3)]
NOTES = [str(uuid.UUID(int=200 + i)) for i in range(4)]
NOW, HLC = "2026-11-27T12:00:00Z", "0000000000001-0000-test"
WORDS = ["Mohammed", "Kovalenko", "Yılmaz", "Çelik", "Asyl", "Termin"]


class _Rollback(Exception):
    """Raised to undo one example's rows."""


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenProfile]:
    root: Path = tmp_path_factory.mktemp("page-rows")
    workspace = Workspace(root, unlock_seconds=0)
    workspace.create_profile(
        login="a.keller",
        display_name="A. Keller",
        passphrase=PASSPHRASE,
        recovery_public_key=generate_recovery_keypair()[1],
    )
    (info,) = workspace.list_profiles()
    opened = unlock_profile(workspace, info.profile_id, PASSPHRASE)
    yield opened
    opened.lock()


def _image(
    entity: str, entity_id: str, case_id: str, version: int, word: str, archived: bool
) -> RowImage:
    values: dict[str, Any] = {}
    if entity == "case":
        values = {"case_number": f"2026-{version:05d}", "summary": word}
    elif entity == "person":
        values = {"family_name": word, "given_names": "Ali"}
    elif entity == "note":
        values = {"body": f"{word} am Montag"}
    return RowImage(
        entity=entity,
        entity_id=entity_id,
        case_id=case_id if ENTITIES[entity].case_scoped else None,
        version=version,
        archived=archived,
        values=values,
    )


_key = st.one_of(
    st.tuples(st.just("case"), st.sampled_from(CASES)),
    st.tuples(st.just("person"), st.sampled_from(PERSONS)),
    st.tuples(st.just("note"), st.sampled_from(NOTES)),
)
_put = st.tuples(
    st.just("put"),
    _key,
    st.sampled_from(CASES),
    st.integers(min_value=1, max_value=5),
    st.sampled_from(WORDS),
    st.booleans(),  # archived
    st.booleans(),  # only_newer (a change) or not (a snapshot)
)
_remove = st.tuples(st.just("remove"), _key)
_ops = st.lists(st.one_of(_put, _remove), max_size=30)
_held = st.lists(st.tuples(_key, st.sampled_from(CASES), st.integers(1, 5)), max_size=8)


def _old_put(rows: LocalRows, image: RowImage, case_id: str, *, only_newer: bool) -> bool:
    """What `LocalRows.put` did before: one SELECT, one INSERT or UPDATE, one index entry."""
    table, entity = ENTITY_TABLES[image.entity], ENTITIES[image.entity]
    found = rows.conn.execute(select(table).where(table.c.id == image.entity_id)).first()
    local = None if found is None else dict(found._mapping)
    if local is not None and only_newer and int(local["version"]) >= image.version:
        return False
    row: dict[str, Any] = {f: image.values.get(f) for f in entity.field_names}
    row |= {
        "id": image.entity_id,
        "archived": image.archived,
        "version": image.version,
        "sync_state": "synced",
        "updated_at": rows.now,
        "updated_by": "sync",
        "updated_hlc": rows.hlc,
        "field_clocks": dict(image.field_hlcs),
    }
    if entity.case_scoped:
        row["case_id"] = image.case_id or case_id or (local or {}).get("case_id")
    if local is None:
        row["created_at"] = rows.now
        rows.conn.execute(insert(table), row)
    else:
        rows.conn.execute(update(table).where(table.c.id == image.entity_id), row)
    full = {**(local or {}), **row}
    rows.profile.search.index(rows.conn, record_from_row(entity, full), new=local is None)
    return True


def _old_remove(rows: LocalRows, entity: str, entity_id: str) -> bool:
    table = ENTITY_TABLES[entity]
    rows.conn.execute(delete(table).where(table.c.id == entity_id))
    rows.profile.search.remove(rows.conn, entity, entity_id)
    return True


def _state(conn: Connection) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for entity in ("case", "person", "note"):
        table = ENTITY_TABLES[entity]
        found[entity] = sorted(
            tuple(sorted((k, repr(v)) for k, v in r._mapping.items()))
            for r in conn.execute(select(table))
        )
    fts = "SELECT entity, entity_id, case_id, terms FROM search_fts"
    found["search"] = sorted(tuple(r) for r in conn.execute(text(fts)))
    return found


def _apply(
    profile: OpenProfile,
    held: list[tuple[tuple[str, str], str, int]],
    ops: list[Any],
    *,
    set_based: bool,
) -> tuple[dict[str, Any], list[bool]]:
    outcome: dict[str, Any] = {}
    answers: list[bool] = []
    with pytest.raises(_Rollback), profile.store.write() as conn:
        rows = LocalRows(profile, conn, "held-hlc", "2026-11-26T08:00:00Z")
        for (entity, entity_id), case_id, version in held:
            image = _image(entity, entity_id, case_id, version, "Asyl", False)
            _old_put(rows, image, case_id, only_newer=False)
        rows = LocalRows(profile, conn, HLC, NOW)
        work = PageRows(rows)
        if set_based:
            work.load([op[1] for op in ops])
        for op in ops:
            if op[0] == "remove":
                entity, entity_id = op[1]
                if set_based:
                    answer = work.remove(entity, entity_id)
                else:
                    answer = _old_remove(rows, entity, entity_id)
            else:
                _, (entity, entity_id), case_id, version, word, archived, only_newer = op
                image = _image(entity, entity_id, case_id, version, word, archived)
                if set_based:
                    answer = work.put(image, case_id, only_newer=only_newer)
                else:
                    answer = _old_put(rows, image, case_id, only_newer=only_newer)
            answers.append(answer)
        work.flush()
        outcome = _state(conn)
        raise _Rollback
    return outcome, answers


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(held=_held, ops=_ops)
def test_a_page_applied_at_once_equals_the_row_by_row_apply(
    profile: OpenProfile, held: list[tuple[tuple[str, str], str, int]], ops: list[Any]
) -> None:
    expected = _apply(profile, held, ops, set_based=False)
    assert _apply(profile, held, ops, set_based=True) == expected
