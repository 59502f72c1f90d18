"""The rows and counters a write defers to its commit (`storage.write_batch`) behave exactly as
if each had been written at once: visible to any statement in the same transaction, gone with
a rollback, gap-free and verifiable afterwards."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from storage.audit import verify_store_chain
from storage.bootstrap import AUDIT_K0_CONTEXT
from storage.errors import StoreError
from storage.sealing import open_sealed
from storage.services.records import pending_mutations
from storage.tables import ENTITY_TABLES, audit_event, outbox
from storage.unlocked import OpenProfile

CASE = {
    "case_number": "ZH-2026-000001",
    "case_type": "asylum_support",
    "status": "open",
    "opened_on": "2026-01-05",
    "assigned_to": "a.keller",
}


def _k0(profile: OpenProfile, recovery_private: bytearray) -> bytearray:
    with profile.store.read() as conn:
        sealed = str(profile.store.get_meta(conn, "audit_k0_sealed_for_recovery"))
    context = AUDIT_K0_CONTEXT + profile.profile_id.encode()
    return bytearray(open_sealed(bytes(recovery_private), bytes.fromhex(sealed), context=context))


def _counts(profile: OpenProfile) -> tuple[int, int, int]:
    with profile.store.read() as conn:
        return (
            conn.execute(select(func.count()).select_from(outbox)).scalar_one(),
            conn.execute(select(func.count()).select_from(audit_event)).scalar_one(),
            conn.execute(text("SELECT count(*) FROM search_fts")).scalar_one(),
        )


def _assert_sound(profile: OpenProfile, recovery_private: bytearray) -> None:
    with profile.store.read() as conn:
        seqs = [row.mutation_seq for row in pending_mutations(conn)]
        audit_seqs = list(conn.execute(select(audit_event.c.seq).order_by(audit_event.c.seq)))
    assert seqs == list(range(1, len(seqs) + 1))
    assert [row.seq for row in audit_seqs] == list(range(1, len(audit_seqs) + 1))
    verdict = verify_store_chain(profile.store, profile.profile_id, _k0(profile, recovery_private))
    assert verdict.ok and verdict.macs_checked


def test_a_read_inside_the_write_sees_the_outbox_audit_and_index_rows_of_its_records(
    profile: OpenProfile,
) -> None:
    before = _counts(profile)
    with profile.store.write() as conn:
        case = profile.records.create("case", CASE)
        profile.records.create("note", {"body": "Termin Migrationsamt"}, case_id=case.id)
        seen = (
            conn.execute(select(func.count()).select_from(outbox)).scalar_one(),
            conn.execute(select(func.count()).select_from(audit_event)).scalar_one(),
            conn.execute(text("SELECT count(*) FROM search_fts")).scalar_one(),
        )
    assert seen == (before[0] + 2, before[1] + 2, before[2] + 2)
    assert _counts(profile) == seen
    assert [hit.case_id for hit in profile.search.search("Migrationsamt")] == [case.id]


def test_a_failed_write_leaves_nothing_and_the_next_one_continues_without_a_gap(
    profile: OpenProfile, recovery_keys: tuple[bytearray, bytes]
) -> None:
    first = profile.records.create("case", CASE)
    before = _counts(profile)
    with pytest.raises(RuntimeError), profile.store.write():
        profile.records.create("note", {"body": "verworfen"}, case_id=first.id)
        profile.records.create("note", {"body": "auch verworfen"}, case_id=first.id)
        raise RuntimeError("the caller gave up")
    assert _counts(profile) == before
    profile.records.create("note", {"body": "behalten"}, case_id=first.id)
    assert _counts(profile) == (before[0] + 1, before[1] + 1, before[2] + 1)
    _assert_sound(profile, recovery_keys[0])


def test_a_duplicate_id_is_a_coded_error_and_rolls_the_whole_write_back(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE)
    before = _counts(profile)
    with pytest.raises(StoreError) as raised, profile.store.write():
        profile.records.create("note", {"body": "eins"}, case_id=case.id)
        profile.records.create("note", {"body": "zwei"}, case_id=case.id, record_id=case.id)
        profile.records.create("note", {"body": "zwei"}, case_id=case.id, record_id=case.id)
    assert raised.value.code == "io_error"
    assert _counts(profile) == before


def test_counters_continue_correctly_after_statements_that_flush_in_between(
    profile: OpenProfile, recovery_keys: tuple[bytearray, bytes]
) -> None:
    with profile.store.write() as conn:
        case = profile.records.create("case", CASE)
        for n in range(3):
            profile.records.create("note", {"body": f"Notiz {n}"}, case_id=case.id)
            profile.store.get_meta(conn, "mutation_seq")  # any statement writes what is queued
    with profile.store.read() as conn:
        stored_seq = profile.store.get_meta(conn, "mutation_seq")
    assert stored_seq == 4
    _assert_sound(profile, recovery_keys[0])


def test_a_savepoint_rolled_back_takes_its_queued_rows_and_counters_with_it(
    profile: OpenProfile, recovery_keys: tuple[bytearray, bytes]
) -> None:
    with profile.store.write() as conn:
        case = profile.records.create("case", CASE)
        savepoint = conn.begin_nested()
        profile.records.create("note", {"body": "im Savepoint"}, case_id=case.id)
        savepoint.rollback()
        profile.records.create("note", {"body": "danach"}, case_id=case.id)
    notes = profile.records.list("note", case_id=case.id)
    assert [note["body"] for note in notes] == ["danach"]
    assert _counts(profile)[0] == 2
    _assert_sound(profile, recovery_keys[0])


def test_rows_written_through_the_driver_hold_what_sqlalchemy_would_have_stored(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE | {"vulnerable": True})
    person = profile.records.create(
        "person", {"family_name": "Çelik", "given_names": "Ayşe", "languages": ["tr", "de"]}
    )
    cases, persons = ENTITY_TABLES["case"], ENTITY_TABLES["person"]
    with profile.store.read() as conn:
        raw_case = conn.execute(
            text('SELECT vulnerable, archived, field_clocks FROM "case" WHERE id = :i'),
            {"i": case.id},
        ).one()
        raw_person = conn.execute(
            text("SELECT languages FROM person WHERE id = :i"), {"i": person.id}
        ).scalar_one()
        changes = conn.execute(
            text("SELECT changes FROM outbox WHERE entity_id = :i"), {"i": person.id}
        ).scalar_one()
        typed = conn.execute(select(cases.c.vulnerable).where(cases.c.id == case.id)).scalar()
        languages = conn.execute(select(persons.c.languages).where(persons.c.id == person.id))
    assert tuple(raw_case) == (1, 0, "{}")
    assert raw_person == json.dumps(["tr", "de"])
    assert changes == json.dumps(
        {k: {"old": None, "new": v} for k, v in person.values.items() if v is not None}
    )
    assert typed is True
    assert languages.scalar() == ["tr", "de"]
