"""Services on a real encrypted profile: each write = change + outbox mutation + audit event."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.profiles import Workspace
from storage.services.records import pending_mutations
from storage.tables import audit_event
from storage.unlocked import OpenProfile, unlock_profile

from .conftest import PASSPHRASE

CASE = {
    "case_number": "VD-2026-000123",
    "case_type": "asylum_support",
    "status": "open",
    "region": "VD",
}
PERSON = {
    "family_name": "Ahmadi",
    "given_names": "Fatima",
    "birth_date": "1990",
    "nationalities": ["AF"],
    "zemis_number": "1234.5678",
}


def _audit_actions(profile: OpenProfile) -> list[tuple[str, str]]:
    with profile.store.read() as conn:
        rows = conn.execute(
            select(audit_event.c.action, audit_event.c.object_type).order_by(audit_event.c.seq)
        ).fetchall()
    return [(r.action, r.object_type) for r in rows]


def _outbox(profile: OpenProfile) -> list:
    with profile.store.read() as conn:
        return list(pending_mutations(conn))


def test_creating_a_case_writes_the_row_its_mutation_and_an_audit_event(profile) -> None:
    case = profile.records.create("case", CASE)
    assert case.values["case_number"] == "VD-2026-000123"
    assert case.sync_state == "pending" and case.version == 0
    (mutation,) = _outbox(profile)
    assert mutation.mutation_seq == 1
    assert mutation.kind == "case.create.v1"
    assert mutation.entity_id == case.id and mutation.case_id == case.id
    assert mutation.changes["status"] == {"old": None, "new": "open"}
    assert mutation.client_hlc == case.updated_hlc
    assert ("create", "case") in _audit_actions(profile)


def test_an_update_carries_old_and_new_of_changed_fields_only(profile) -> None:
    person = profile.records.create("person", PERSON)
    profile.records.update(
        "person", person.id, {"phone": "+41 79 123 45 67", "family_name": "Ahmadi"}
    )
    update = _outbox(profile)[-1]
    assert update.kind == "person.update.v1"
    assert update.changes == {"phone": {"old": None, "new": "+41 79 123 45 67"}}
    assert update.base_version == 0


def test_a_change_to_nothing_writes_nothing(profile) -> None:
    person = profile.records.create("person", PERSON)
    before = len(_outbox(profile))
    profile.records.update("person", person.id, {"family_name": "Ahmadi"})
    assert len(_outbox(profile)) == before


def test_invalid_fields_are_reported_per_field_and_nothing_is_written(profile) -> None:
    with pytest.raises(ValidationFailed) as caught:
        profile.records.create(
            "person",
            {"family_name": "", "birth_date": "1990-13", "zemis_number": "12", "sex": "robot"},
        )
    assert caught.value.fields == {
        "family_name": "required",
        "birth_date": "bad_date",
        "zemis_number": "bad_format",
        "sex": "not_a_choice",
    }
    assert _outbox(profile) == []


def test_a_reference_to_a_missing_person_is_refused_and_rolls_back(profile) -> None:
    case = profile.records.create("case", CASE)
    writes = len(_outbox(profile)), len(_audit_actions(profile))
    with pytest.raises(ValidationFailed) as caught:
        profile.records.create(
            "case_person",
            {"person_id": "0190f0f0-0000-7000-8000-000000000000", "role": "applicant"},
            case_id=case.id,
        )
    assert caught.value.fields == {"person_id": "not_found"}
    assert (len(_outbox(profile)), len(_audit_actions(profile))) == writes


def test_an_illegal_case_status_transition_is_refused(profile) -> None:
    case = profile.records.create("case", CASE)
    profile.records.update("case", case.id, {"status": "closed"})
    with pytest.raises(ValidationFailed) as caught:
        profile.records.update("case", case.id, {"status": "decided"})
    assert caught.value.fields == {"status": "illegal_transition"}


def test_a_finalised_interview_cannot_change_or_be_archived(profile) -> None:
    case = profile.records.create("case", CASE)
    interview = profile.records.create(
        "interview", {"template": "initial_interview", "status": "draft"}, case_id=case.id
    )
    profile.records.update("interview", interview.id, {"status": "finalised"})
    for attempt in (
        lambda: profile.records.update("interview", interview.id, {"interpreter": "INT-1"}),
        lambda: profile.records.archive("interview", interview.id),
    ):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.IMMUTABLE


def test_notes_are_insert_only(profile) -> None:
    case = profile.records.create("case", CASE)
    note = profile.records.create("note", {"body": "Termin vereinbart."}, case_id=case.id)
    with pytest.raises(StoreError) as caught:
        profile.records.update("note", note.id, {"body": "changed"})
    assert caught.value.code is ErrorCode.IMMUTABLE


def test_archiving_is_a_mutation_and_hides_the_row_from_lists(profile) -> None:
    case = profile.records.create("case", CASE)
    task = profile.records.create(
        "task", {"title": "Arztzeugnis einholen", "kind": "task"}, case_id=case.id
    )
    profile.records.archive("task", task.id)
    assert _outbox(profile)[-1].kind == "task.archive.v1"
    assert profile.records.list("task", case_id=case.id) == []
    assert len(profile.records.list("task", case_id=case.id, include_archived=True)) == 1


def test_opening_a_case_or_person_is_audited_as_a_read(profile) -> None:
    case = profile.records.create("case", CASE)
    person = profile.records.create("person", PERSON)
    profile.records.get("case", case.id)
    profile.records.get("person", person.id)
    assert _audit_actions(profile)[-2:] == [("read", "case"), ("read", "person")]


def test_a_stale_editor_gets_a_version_conflict_instead_of_overwriting(profile) -> None:
    person = profile.records.create("person", PERSON)
    profile.records.update("person", person.id, {"phone": "+41 79 000 00 00"})
    with pytest.raises(StoreError) as caught:
        profile.records.update(
            "person", person.id, {"phone": "+41 79 111 11 11"}, expected_hlc=person.updated_hlc
        )
    assert caught.value.code is ErrorCode.VERSION_CONFLICT


def test_mutation_sequence_is_gap_free_and_survives_lock_and_unlock(
    profile: OpenProfile, workspace: Workspace
) -> None:
    case = profile.records.create("case", CASE)
    for n in range(5):
        profile.records.create("note", {"body": f"Notiz {n}"}, case_id=case.id)
    last_hlc = profile.records.get("case", case.id).updated_hlc
    profile.lock()
    again = unlock_profile(workspace, profile.profile_id, PASSPHRASE)
    try:
        again.records.create("note", {"body": "nach dem Entsperren"}, case_id=case.id)
        seqs = [m.mutation_seq for m in _outbox(again)]
        assert seqs == list(range(1, 8))
        assert _outbox(again)[-1].client_hlc > last_hlc
    finally:
        again.lock()


def test_several_service_calls_in_one_write_commit_together(profile) -> None:
    with pytest.raises(RuntimeError), profile.store.write():
        profile.records.create("case", CASE)
        raise RuntimeError("crash before commit")
    assert profile.records.list("case") == [] and _outbox(profile) == []


def test_a_full_disk_is_a_clear_error_and_loses_nothing_committed(profile) -> None:
    case = profile.records.create("case", CASE)
    with pytest.raises(StoreError) as caught, profile.store.write() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages + 2}")  # the disk "fills up"
        for n in range(200):
            profile.records.create("note", {"body": "x" * 3000 + str(n)}, case_id=case.id)
    assert caught.value.code is ErrorCode.DISK_FULL
    with profile.store.write() as conn:
        conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")  # space freed again
    assert profile.records.list("note", case_id=case.id) == []
    assert [m.kind for m in _outbox(profile)] == ["case.create.v1"]
    profile.records.create("note", {"body": "works again"}, case_id=case.id)
    assert profile.store.integrity_problems() == []
