"""The case list's read model on a real encrypted profile: one statement, same rows either way."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, event, insert, update

from storage.demo_data import generate_cases, insert_demo_case
from storage.ids import new_id
from storage.services.summaries import CaseSummary
from storage.tables import ENTITY_TABLES, outbox
from storage.unlocked import OpenProfile

CASE = {"case_number": "VD-2026-000001", "case_type": "asylum_support", "status": "open"}


def _person(profile: OpenProfile, case_id: str, role: str, family: str, **extra: Any) -> str:
    person = profile.records.create("person", {"family_name": family, **extra})
    profile.records.create("case_person", {"person_id": person.id, "role": role}, case_id=case_id)
    return person.id


def test_every_listed_row_equals_the_row_reloaded_for_that_case(profile: OpenProfile) -> None:
    for demo in generate_cases(12, today=date(2026, 11, 27)):
        with profile.store.write():
            insert_demo_case(profile.records, demo)

    rows = profile.summaries.rows()

    assert len(rows) == 12
    assert rows == [profile.summaries.row(r.case_id) for r in rows]
    assert [r.case_number for r in rows] == sorted(r.case_number for r in rows)
    assert all(r.applicant and r.person_ids for r in rows)


def test_the_applicant_names_the_case_even_when_linked_after_a_child(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE)
    child = _person(profile, case.id, "child", "Khalil", given_names="Nour")
    applicant = _person(
        profile, case.id, "applicant", "Khalil", given_names="Omar", name_original="عمر خليل"
    )

    (row,) = profile.summaries.rows()

    assert row.applicant == "Khalil, Omar"
    assert row.applicant_original == "عمر خليل"
    assert row.person_ids == (applicant, child)


def test_the_next_deadline_is_the_earliest_open_task_that_is_not_done_or_archived(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE)
    today = date(2026, 11, 27)

    def task(days: int, **extra: Any) -> str:
        due = (today + timedelta(days=days)).isoformat()
        values = {"title": "Frist", "kind": "task", "due_on": due, **extra}
        return profile.records.create("task", values, case_id=case.id).id

    task(1, done=True)
    archived = task(2)
    profile.records.archive("task", archived)
    task(9)
    task(5)

    assert profile.summaries.row(case.id).next_due == "2026-12-02"  # type: ignore[union-attr]


def test_archived_cases_and_persons_leave_the_list(profile: OpenProfile) -> None:
    case = profile.records.create("case", CASE)
    person = _person(profile, case.id, "applicant", "Ahmadi")
    profile.records.archive("person", person)
    other = profile.records.create("case", CASE | {"case_number": "VD-2026-000002"})

    profile.records.archive("case", other.id)

    assert [r.case_id for r in profile.summaries.rows()] == [case.id]
    assert profile.summaries.row(other.id) is None
    assert profile.summaries.row(case.id).applicant == ""  # type: ignore[union-attr]


def test_a_case_is_pending_while_anything_in_it_waits_in_the_outbox(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE)
    task = profile.records.create("task", {"title": "A", "kind": "task"}, case_id=case.id)
    with profile.store.write() as conn:  # as after a successful push
        conn.execute(delete(outbox))
        for name in ("case", "task"):
            conn.execute(update(ENTITY_TABLES[name]).values(sync_state="synced"))
    assert profile.summaries.row(case.id).sync_state == "synced"  # type: ignore[union-attr]
    assert profile.summaries.pending_count() == 0

    profile.casework.set_task_done(task.id, True)

    assert profile.summaries.row(case.id).sync_state == "pending"  # type: ignore[union-attr]
    assert profile.summaries.pending_count() == 1


def _bulk_cases(profile: OpenProfile, count: int) -> None:
    """`count` cases with two persons and two tasks each, written straight into the tables."""
    stamp = {
        "archived": False,
        "version": 0,
        "sync_state": "synced",
        "created_at": "2026-11-27T12:00:00.000Z",
        "updated_at": "2026-11-27T12:00:00.000Z",
        "updated_by": "bench",
        "updated_hlc": "0",
        "field_clocks": {},
    }
    cases, persons, links, tasks = [], [], [], []
    for n in range(count):
        case_id = new_id()
        cases.append(
            stamp
            | {"id": case_id, "case_number": f"ZH-2026-{n:06d}"}
            | {"case_type": "hardship", "status": "open", "opened_on": "2026-01-01"}
        )
        for role in ("child", "applicant"):
            person_id = new_id()
            persons.append(
                stamp | {"id": person_id, "family_name": f"Name{n}", "given_names": role}
            )
            links.append(stamp | {"id": new_id(), "case_id": case_id, "person_id": person_id})
            links[-1]["role"] = role
        for day in (3, 8):
            tasks.append(
                stamp
                | {"id": new_id(), "case_id": case_id, "title": "T", "kind": "task"}
                | {"due_on": f"2026-12-{day:02d}", "done": False}
            )
    with profile.store.write() as conn:
        for name, rows in (("case", cases), ("person", persons)):
            conn.execute(insert(ENTITY_TABLES[name]), rows)
        conn.execute(insert(ENTITY_TABLES["case_person"]), links)
        conn.execute(insert(ENTITY_TABLES["task"]), tasks)


def test_ten_thousand_cases_are_listed_with_one_statement(
    profile: OpenProfile,
) -> None:
    _bulk_cases(profile, 10_000)
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    engine = profile.store._engine  # counting what reaches SQLite
    event.listen(engine, "before_cursor_execute", count)
    try:
        rows = profile.summaries.rows()
    finally:
        event.remove(engine, "before_cursor_execute", count)

    assert len(rows) == 10_000
    assert len(statements) == 1
    first: CaseSummary = rows[0]
    assert first.applicant == "Name0, applicant"
    assert first.next_due == "2026-12-03"
    assert len(first.person_ids) == 2
