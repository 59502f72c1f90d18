"""Finding cases the way caseworkers type: name variants, typos, dates, identifiers, text."""

from __future__ import annotations

import pytest

from storage.errors import ErrorCode, StoreError
from storage.unlocked import OpenProfile


def _case(profile: OpenProfile, number: str, *people: dict, note: str | None = None) -> str:
    with profile.store.write():
        case = profile.records.create(
            "case", {"case_number": number, "status": "open", "case_type": "asylum_support"}
        )
        for values in people:
            person = profile.records.create("person", values)
            profile.records.create(
                "case_person", {"person_id": person.id, "role": "applicant"}, case_id=case.id
            )
        if note:
            profile.records.create("note", {"body": note}, case_id=case.id)
    return case.id


@pytest.fixture
def cases(profile: OpenProfile) -> dict[str, str]:
    return {
        "hassan": _case(
            profile,
            "VD-2026-000101",
            {
                "family_name": "Al-Hassan",
                "given_names": "Mohammed",
                "birth_date": "1990-03-12",
                "zemis_number": "1234.5678",
                "name_original": "محمد الحسن",
            },
        ),
        "ahmadi": _case(
            profile,
            "ZH-2025-000202",
            {"family_name": "Ahmadi", "given_names": "Fatima", "birth_date": "1990"},
            {"family_name": "Ahmadi", "given_names": "Ali", "birth_date": "2012"},
            note="Arztzeugnis angekündigt, Frist vermerkt.",
        ),
        "mueller": _case(
            profile,
            "BE-2024-000303",
            {"family_name": "Müller", "given_names": "Jonas", "n_number": "N 123 456"},
        ),
        "mahmoud": _case(
            profile, "GE-2026-000404", {"family_name": "Mahmoud", "given_names": "Karim"}
        ),
    }


def _found(profile: OpenProfile, typed: str) -> list[str]:
    return [hit.case_id for hit in profile.search.search(typed)]


@pytest.mark.parametrize(
    "typed",
    [
        "Muhammad Al Hassan",
        "Mohamed Alhassan",
        "mohamad hasan",
        "Mohammed Al-Hasan",
        "Hassan",
        "محمد",
    ],
)
def test_name_variants_and_typos_find_the_person(profile, cases, typed) -> None:
    assert _found(profile, typed)[:1] == [cases["hassan"]]


def test_a_different_name_is_not_found(profile, cases) -> None:
    assert cases["mahmoud"] not in _found(profile, "Mohammed")
    assert cases["hassan"] not in _found(profile, "Mahmoud")


def test_umlaut_spellings_match(profile, cases) -> None:
    assert _found(profile, "Mueller") == [cases["mueller"]]
    assert _found(profile, "Muller Jonas") == [cases["mueller"]]


def test_typing_a_prefix_already_finds(profile, cases) -> None:
    assert cases["hassan"] in _found(profile, "Moham")


def test_a_date_of_birth_narrows_a_name(profile, cases) -> None:
    hits = profile.search.search("Ahmadi 1990")
    assert [h.case_id for h in hits] == [cases["ahmadi"]]
    persons = {h.person_id for h in hits}
    fatima = [p for p in profile.records.list("person") if p["given_names"] == "Fatima"]
    assert persons == {fatima[0].id}


def test_a_full_date_matches_a_year_only_birth_date_and_the_exact_one(profile, cases) -> None:
    assert set(_found(profile, "12.03.1990")) == {cases["hassan"], cases["ahmadi"]}


@pytest.mark.parametrize("typed", ["1234.5678", "12345678"])
def test_zemis_number_finds_the_case(profile, cases, typed) -> None:
    assert _found(profile, typed)[:1] == [cases["hassan"]]


def test_n_number_in_any_spacing(profile, cases) -> None:
    assert _found(profile, "N123456") == [cases["mueller"]]


@pytest.mark.parametrize("typed", ["ZH-2025-000202", "zh 2025 000202", "ZH-2025-0002"])
def test_case_number_exact_or_while_typing(profile, cases, typed) -> None:
    assert _found(profile, typed)[:1] == [cases["ahmadi"]]


def test_words_from_notes_are_found(profile, cases) -> None:
    assert _found(profile, "Arztzeugnis") == [cases["ahmadi"]]


def test_archived_people_and_notes_leave_the_index(profile, cases) -> None:
    (link,) = profile.records.list("case_person", case_id=cases["mueller"])
    profile.records.archive("person", link["person_id"])
    assert _found(profile, "Müller") == []


def test_a_renamed_person_is_found_under_the_new_name_at_once(profile, cases) -> None:
    assert _found(profile, "Mahmoud") == [cases["mahmoud"]]
    (link,) = profile.records.list("case_person", case_id=cases["mahmoud"])
    profile.records.update("person", link["person_id"], {"family_name": "Tesfay"})
    assert _found(profile, "Tesfay") == [cases["mahmoud"]]
    assert _found(profile, "Mahmoud") == []


def test_garbage_finds_nothing_and_never_fails(profile, cases) -> None:
    for typed in ["", "   ", '"*)(', "\u202e\u200f", "NEAR(", "a" * 5000]:
        assert isinstance(profile.search.search(typed), list)


def test_search_after_lock_is_refused(profile, cases) -> None:
    profile.lock()
    with pytest.raises(StoreError) as caught:
        profile.search.search("Ahmadi")
    assert caught.value.code is ErrorCode.STORE_LOCKED
