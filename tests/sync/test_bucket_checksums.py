"""The laptop's set-based bucket checksum (`LocalRows.checksums`) equals the row-by-row one it
replaced, on random local data in a real SQLCipher profile: live and archived rows, rows of
other cases, persons linked twice or through archived links, links to persons not held."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from storage.keys import generate_recovery_keypair
from storage.profiles import Workspace
from storage.schema import ENTITIES
from storage.tables import ENTITY_TABLES
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.local_rows import IN_CHUNK, LocalRows
from sync.protocol.buckets import bucket_checksum

PASSPHRASE = "Sonnenblume Zugfahrt Bergsee Kaffeetasse Laterne"
CASES = [str(uuid.UUID(int=i)) for i in range(1, 5)]
PERSONS = [str(uuid.UUID(int=100 + i)) for i in range(6)]
SCOPED = sorted(name for name, entity in ENTITIES.items() if entity.case_scoped)


class _Rollback(Exception):
    """Raised to undo one example's rows."""


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenProfile]:
    root: Path = tmp_path_factory.mktemp("checksums")
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


def old_bucket_rows(rows: LocalRows, case_id: str) -> list[tuple[str, str]]:
    """What `LocalRows.bucket_rows` read before: the case row, then one SELECT per table."""
    found = [("case", case_id)] if rows.current("case", case_id) else []
    for name in ENTITIES:
        if ENTITIES[name].case_scoped:
            table = ENTITY_TABLES[name]
            ids = rows.conn.execute(select(table.c.id).where(table.c.case_id == case_id))
            found += [(name, str(i)) for (i,) in ids]
    return found


def old_checksum(rows: LocalRows, case_id: str) -> int:
    """The computation `LocalRows.checksum` used before: one SELECT per member row."""
    live: list[tuple[str, int]] = []
    members = old_bucket_rows(rows, case_id)
    members += [("person", p) for p in rows.linked_persons(case_id)]
    for entity, entity_id in members:
        row = rows.current(entity, entity_id)
        if row is not None and not row["archived"]:
            live.append((entity_id, int(row["version"])))
    return bucket_checksum(live)


_state = st.tuples(st.booleans(), st.integers(min_value=0, max_value=2**31 - 1))
_scoped_rows = st.lists(
    st.tuples(st.sampled_from(SCOPED), st.sampled_from(CASES), _state), max_size=25
)
_links = st.lists(
    st.tuples(st.sampled_from(CASES), st.sampled_from(PERSONS), st.booleans()), max_size=10
)


def _insert(conn: Any, entity: str, values: dict[str, Any]) -> None:
    conn.execute(
        insert(ENTITY_TABLES[entity]),
        values
        | {
            "sync_state": "synced",
            "created_at": "2026-11-27T12:00:00Z",
            "updated_at": "2026-11-27T12:00:00Z",
            "updated_by": "test",
            "updated_hlc": "0",
            "field_clocks": {},
        },
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cases=st.dictionaries(st.sampled_from(CASES), _state),
    persons=st.dictionaries(st.sampled_from(PERSONS), _state),
    links=_links,
    scoped=_scoped_rows,
    asked=st.lists(st.sampled_from([*CASES, str(uuid.UUID(int=99))]), unique=True),
)
def test_the_set_based_checksum_equals_the_row_by_row_one(
    profile: OpenProfile,
    cases: dict[str, tuple[bool, int]],
    persons: dict[str, tuple[bool, int]],
    links: list[tuple[str, str, bool]],
    scoped: list[tuple[str, str, tuple[bool, int]]],
    asked: list[str],
) -> None:
    with pytest.raises(_Rollback), profile.store.write() as conn:
        for case_id, (archived, version) in cases.items():
            _insert(conn, "case", {"id": case_id, "archived": archived, "version": version})
        for person_id, (archived, version) in persons.items():
            _insert(conn, "person", {"id": person_id, "archived": archived, "version": version})
        for case_id, person_id, archived in links:  # a person may be linked twice to a case
            values = {"case_id": case_id, "person_id": person_id, "archived": archived}
            _insert(conn, "case_person", values | {"id": str(uuid.uuid4()), "version": 1})
        for entity, case_id, (archived, version) in scoped:
            values = {"id": str(uuid.uuid4()), "case_id": case_id, "archived": archived}
            _insert(conn, entity, values | {"version": version})
        rows = LocalRows(profile, conn, "0", "2026-11-27T12:00:00Z")
        expected = {case_id: old_checksum(rows, case_id) for case_id in asked}
        assert rows.checksums(asked) == expected
        held = rows.bucket_rows_of(asked)
        for case_id in asked:
            assert rows.checksum(case_id) == expected[case_id]
            assert sorted(held[case_id]) == sorted(old_bucket_rows(rows, case_id))
        raise _Rollback


def test_more_cases_than_one_query_binds_are_checked_in_chunks(profile: OpenProfile) -> None:
    many = [str(uuid.UUID(int=10_000 + i)) for i in range(IN_CHUNK * 2 + 7)]
    with pytest.raises(_Rollback), profile.store.write() as conn:
        for number, case_id in enumerate(many):
            _insert(conn, "case", {"id": case_id, "archived": False, "version": number})
            values = {"id": str(uuid.uuid4()), "case_id": case_id, "archived": False}
            _insert(conn, "note", values | {"version": 2})
        rows = LocalRows(profile, conn, "0", "2026-11-27T12:00:00Z")
        found = rows.checksums(many)
        assert found == {case_id: old_checksum(rows, case_id) for case_id in many}
        assert len(set(found.values())) == len(many)
        raise _Rollback
