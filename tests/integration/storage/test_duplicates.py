"""Duplicate persons in a real encrypted store: candidates found incrementally, dismissals
remembered, merge and undo as audited, reversible, ordinary mutations."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from storage.duplicates import Reason
from storage.duplicates_store import DuplicateFinder
from storage.errors import ValidationFailed
from storage.services.persons_merge import ALREADY_DECIDED, NOT_MERGEABLE, PersonMergeService
from storage.tables import audit_event, outbox
from storage.unlocked import OpenProfile


def new_case(profile: OpenProfile, number: str) -> str:
    values = {"case_number": number, "case_type": "asylum_support", "status": "open"}
    return profile.records.create("case", values).id


def add(profile: OpenProfile, case_id: str, role: str = "applicant", **values: Any) -> str:
    _, person = profile.casework.add_person_to_case(case_id, values, role)
    return person.id


def finder(profile: OpenProfile) -> DuplicateFinder:
    return DuplicateFinder(profile.store, profile.context.clock)


def merges(profile: OpenProfile) -> PersonMergeService:
    return PersonMergeService(profile.context, profile.records)


@pytest.fixture
def pair(profile: OpenProfile) -> tuple[str, str, str, str]:
    """Two cases, each with its own record of one man (spelled differently)."""
    first_case, second_case = new_case(profile, "ZH-2026-001"), new_case(profile, "ZH-2026-002")
    first = add(
        profile,
        first_case,
        given_names="Mohammed",
        family_name="Ali",
        birth_date="1990",
        nationalities=["SY"],
        phone="+41 79 123 45 67",
    )
    second = add(
        profile,
        second_case,
        given_names="Muhammad",
        family_name="Ali",
        birth_date="1990-03-12",
        nationalities=["SY"],
    )
    add(profile, second_case, "child", given_names="Lina", family_name="Ali", birth_date="2015")
    return first_case, second_case, first, second


def test_a_spelling_variant_in_another_case_becomes_a_candidate_with_reasons(
    profile: OpenProfile, pair: tuple[str, str, str, str]
) -> None:
    first_case, _, first, second = pair
    assert finder(profile).refresh() == 3
    (candidate,) = finder(profile).candidates()
    assert set(candidate.pair) == {first, second}
    assert candidate.reasons[:2] == (Reason.NAMES_VARIANTS, Reason.SAME_BIRTH_YEAR)
    assert finder(profile).candidates_for_case(first_case) == [candidate]


def test_refresh_checks_only_what_changed_since_the_last_check(
    profile: OpenProfile, pair: tuple[str, str, str, str]
) -> None:
    first_case, _, first, _ = pair
    finder(profile).refresh()
    assert finder(profile).refresh() == 0
    add(profile, first_case, "spouse", given_names="Amina", family_name="Haddad")
    assert finder(profile).refresh() == 1
    profile.records.update("person", first, {"birth_date": "1985"})
    assert finder(profile).refresh() == 1
    assert finder(profile).candidates() == []  # 1985 cannot be 1990-03-12


def test_different_people_are_not_proposed(profile: OpenProfile) -> None:
    case_id = new_case(profile, "ZH-2026-010")
    add(profile, case_id, given_names="Jamal", family_name="Haddad", birth_date="1980-02-02")
    add(profile, case_id, given_names="Kamal", family_name="Haddad", birth_date="1980-02-02")
    add(profile, case_id, given_names="Fatima", family_name="Ahmadi", zemis_number="1234.5678")
    add(profile, case_id, given_names="Fatima", family_name="Ahmadi", zemis_number="8765.4321")
    finder(profile).refresh()
    assert finder(profile).candidates() == []


def test_a_dismissed_pair_is_remembered_and_never_proposed_again(
    profile: OpenProfile, pair: tuple[str, str, str, str]
) -> None:
    first_case, _, first, second = pair
    finder(profile).refresh()
    decision = merges(profile).dismiss(first_case, first, second)
    assert decision["decision"] == "distinct"
    assert finder(profile).candidates() == []
    profile.records.update("person", second, {"phone": "+41 79 000 00 00"})
    finder(profile).refresh()
    assert finder(profile).candidates() == []
    with pytest.raises(ValidationFailed) as failed:
        merges(profile).merge(first_case, first, second)
    assert failed.value.fields == {"person_id": ALREADY_DECIDED}


def _links(profile: OpenProfile, person_id: str) -> list[tuple[str, str]]:
    return sorted(
        (r.case_id or "", r["role"])
        for r in profile.records.list("case_person")
        if r["person_id"] == person_id
    )


def test_merge_moves_links_and_picked_values_hides_the_merged_and_undo_restores_all(
    profile: OpenProfile, pair: tuple[str, str, str, str]
) -> None:
    first_case, second_case, first, second = pair
    finder(profile).refresh()
    with profile.store.read() as conn:
        queued = len(conn.execute(select(outbox)).all())
    record = merges(profile).merge(first_case, first, second, {"phone": first})

    assert profile.records.get("person", first, audit_read=False).archived
    assert _links(profile, first) == []
    assert _links(profile, second) == [(first_case, "applicant"), (second_case, "applicant")]
    survivor = profile.records.get("person", second, audit_read=False)
    assert survivor["phone"] == "+41 79 123 45 67"
    assert survivor["birth_date"] == "1990-03-12"  # not picked: the survivor's value
    assert {h.person_id for h in profile.search.search("Mohammed Ali")} == {second}
    assert finder(profile).candidates() == []
    assert merges(profile).merge_of(first) == record
    with profile.store.read() as conn:
        kinds = [r.kind for r in conn.execute(select(outbox).order_by(outbox.c.mutation_seq))]
        actions = [r.action for r in conn.execute(select(audit_event.c.action))]
    assert kinds[queued:] == [
        "case_person.archive.v1",
        "case_person.create.v1",
        "person.archive.v1",
        "person.update.v1",
        "person_merge.create.v1",
    ]
    assert "merge" in actions

    result = merges(profile).undo(record.id)
    assert result.kept == ()
    assert not profile.records.get("person", first, audit_read=False).archived
    assert _links(profile, first) == [(first_case, "applicant")]
    assert _links(profile, second) == [(second_case, "applicant")]
    assert profile.records.get("person", second, audit_read=False)["phone"] is None
    assert {h.person_id for h in profile.search.search("Mohammed Ali")} == {first, second}
    assert merges(profile).merge_of(first) is None
    with profile.store.read() as conn:
        assert "unmerge" in [r.action for r in conn.execute(select(audit_event.c.action))]
    finder(profile).refresh()
    assert len(finder(profile).candidates()) == 1  # undone: proposed again


def test_undo_keeps_a_survivor_value_edited_after_the_merge(
    profile: OpenProfile, pair: tuple[str, str, str, str]
) -> None:
    first_case, _, first, second = pair
    record = merges(profile).merge(first_case, first, second, {"phone": first})
    profile.records.update("person", second, {"phone": "+41 44 555 55 55"})
    result = merges(profile).undo(record.id)
    assert result.kept == ("phone",)
    assert profile.records.get("person", second, audit_read=False)["phone"] == "+41 44 555 55 55"


def test_merge_refuses_bad_input_with_codes_and_changes_nothing(
    profile: OpenProfile, pair: tuple[str, str, str, str]
) -> None:
    first_case, _, first, second = pair
    with pytest.raises(ValidationFailed) as same:
        merges(profile).merge(first_case, first, first)
    assert same.value.fields == {"other_person_id": NOT_MERGEABLE}
    with pytest.raises(ValidationFailed) as bad_pick:
        merges(profile).merge(first_case, first, second, {"phone": "someone-else", "shoe": first})
    assert set(bad_pick.value.fields) == {"phone", "shoe"}
    assert _links(profile, first) == [(first_case, "applicant")]
    record = merges(profile).merge(first_case, first, second)
    with pytest.raises(ValidationFailed):
        merges(profile).merge(first_case, first, second)
    merges(profile).undo(record.id)
    with pytest.raises(ValidationFailed):
        merges(profile).undo(record.id)


def test_compare_shows_both_sides_with_cases_documents_and_differences(
    profile: OpenProfile, pair: tuple[str, str, str, str]
) -> None:
    first_case, second_case, first, second = pair
    profile.records.create(
        "identity_document",
        {"person_id": first, "document_type": "passport", "number": "N0123456"},
        case_id=first_case,
    )
    comparison = merges(profile).compare(first, second)
    assert comparison.first.person.id == first
    assert [c[0] for c in comparison.first.cases] == [first_case]
    assert [c[0] for c in comparison.second.cases] == [second_case]
    assert [d["number"] for d in comparison.first.documents] == ["N0123456"]
    assert set(comparison.differing) == {"given_names", "birth_date", "phone"}
    assert comparison.reasons[0] is Reason.NAMES_VARIANTS
