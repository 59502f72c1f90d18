"""The duplicate check finds exactly what scoring every pair of persons finds.

`DuplicateFinder` scores only the pairs its blocking lets through (similar names among
compatible years of birth, equal names, equal register numbers), in chunks of persons, one
transaction each, resumable after an interruption. Here a seeded few hundred persons with
transliteration variants, typos, original-script names, dates of birth at every precision,
nationalities and colliding register numbers are checked, and the stored candidates are
compared with a straightforward reference: `score_pair` on all pairs.
"""

from __future__ import annotations

import random
from itertools import combinations
from typing import Any

import pytest
from sqlalchemy import delete, select

from storage import duplicates_store
from storage.duplicates import PersonFacts, score_pair
from storage.duplicates_store import META_CHECKED, DuplicateFinder, Step, forget_snapshot
from storage.tables import ENTITY_TABLES, person_match
from storage.unlocked import OpenProfile

GIVEN = {
    "male": [
        ("Mohammed", "محمد"), ("Muhammad", "محمد"), ("Mohamed", None), ("Mehmet", None),
        ("Yusuf", "يوسف"), ("Youssef", None), ("Jusuf", None), ("Hamid", None),
        ("Hamed", None), ("Oleksandr", "Олександр"), ("Aleksandr", "Александр"),
        ("Abdulrahman", "عبد الرحمن"), ("Abd al-Rahman", None), ("Samir", None),
        ("Jamal", None), ("Kamal", None), ("Tesfay", None), ("Tesfaye", None),
    ],
    "female": [
        ("Fatima", "فاطمة"), ("Fatma", None), ("Fatimah", None), ("Zeynep", None),
        ("Zainab", "زينب"), ("Amina", None), ("Amine", None), ("Samira", None),
        ("Olena", "Олена"), ("Elena", None), ("Hiwet", None), ("Hiywet", None),
    ],
}  # fmt: skip
FAMILY = [
    ("Ahmadi", "احمدی"), ("Ahmady", None), ("Haddad", "حداد"), ("Hadad", None),
    ("Kovalenko", "Коваленко"), ("Kowalenko", None), ("Yılmaz", None), ("Yilmaz", None),
    ("Gebremedhin", None), ("Gebremedin", None), ("Al-Hassan", "الحسن"), ("Hassan", None),
]  # fmt: skip
NATIONS = [["SY"], ["AF"], ["UA"], ["ER"], ["TR"], ["SY", "TR"], ["XX"], []]


def _birth_date(rng: random.Random) -> str | None:
    year = rng.choice((1970, 1985, 1990, 1991, 2012))
    shape = rng.random()
    if shape < 0.1:
        return None
    if shape < 0.3:
        return str(year)
    if shape < 0.4:
        return f"{year}-01-01"  # the register's "day unknown"
    if shape < 0.5:
        return f"{year}-{rng.randint(3, 4):02d}"
    return f"{year}-{rng.randint(3, 4):02d}-{rng.choice((5, 12)):02d}"


def seeded_persons(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    persons = []
    for _ in range(count):
        sex = rng.choice(("female", "male", None))
        given, given_script = rng.choice(GIVEN[sex or rng.choice(("female", "male"))])
        family, family_script = rng.choice(FAMILY)
        values: dict[str, Any] = {"given_names": given, "family_name": family}
        if sex:
            values["sex"] = sex
        if (born := _birth_date(rng)) is not None:
            values["birth_date"] = born
        if nations := rng.choice(NATIONS):
            values["nationalities"] = nations
        if given_script and family_script and rng.random() < 0.5:
            values["name_original"] = f"{given_script} {family_script}"
        if rng.random() < 0.1:
            values["aliases"] = [f"{rng.choice(GIVEN['male'])[0]} {family}"]
        if rng.random() < 0.25:  # few numbers, so some are shared and some differ
            values["zemis_number"] = f"1234.{rng.randint(5670, 5689)}"
        if rng.random() < 0.1:
            values["n_number"] = f"N {rng.randint(100, 103)} 456"
        persons.append(values)
    return persons


def add_persons(profile: OpenProfile, persons: list[dict[str, Any]]) -> list[str]:
    ids: list[str] = []
    with profile.store.write():
        case_id = ""
        for i, values in enumerate(persons):
            if i % 5 == 0:
                number = f"ZH-2026-{len(ids):04d}-{i}"
                case_id = profile.records.create(
                    "case", {"case_number": number, "case_type": "asylum_support", "status": "open"}
                ).id
            _, person = profile.casework.add_person_to_case(case_id, values, "applicant")
            ids.append(person.id)
    return ids


def stored(profile: OpenProfile) -> dict[tuple[str, str], tuple[int, list[str]]]:
    with profile.store.read() as conn:
        return {
            (r.person_id, r.other_person_id): (r.score, r.reasons)
            for r in conn.execute(select(person_match))
        }


def all_pairs(profile: OpenProfile) -> dict[tuple[str, str], tuple[int, list[str]]]:
    """The reference: every live person scored against every other, no blocking."""
    persons = ENTITY_TABLES["person"]
    with profile.store.read() as conn:
        rows = conn.execute(select(persons).where(persons.c.archived.is_(False))).fetchall()
    facts = [PersonFacts.of(r.id, dict(r._mapping)) for r in rows]
    found = {}
    for a, b in combinations(facts, 2):
        candidate = score_pair(a, b)
        if candidate is not None:
            found[candidate.pair] = (
                candidate.score_permille,
                [reason.value for reason in candidate.reasons],
            )
    return found


def check_some(finder: DuplicateFinder, limit: int) -> Step:
    """One chunk of the check, after the steps that first load every person (none checked)."""
    step = finder.check_some(limit)
    while step == Step(0, True):
        step = finder.check_some(limit)
    return step


def forget_checks(profile: OpenProfile) -> None:
    with profile.store.write() as conn:
        conn.execute(delete(person_match))
        profile.store.set_meta(conn, META_CHECKED, None)
    forget_snapshot(profile.store)


@pytest.fixture
def seeded(profile: OpenProfile) -> list[str]:
    return add_persons(profile, seeded_persons(300, seed=21))


def test_first_check_in_chunks_finds_exactly_what_scoring_all_pairs_finds(
    profile: OpenProfile, seeded: list[str]
) -> None:
    reference = all_pairs(profile)
    assert len(reference) > 100  # variants, typos, shared numbers: plenty to find
    reasons = {code for _, codes in reference.values() for code in codes}
    assert {
        "same_zemis_number",
        "names_transliteration_variants",
        "original_script_matches",
        "same_birth_year",
        "same_birth_month",
        "same_birth_date",
        "shared_nationality",
        "different_nationality",
    } <= reasons

    assert DuplicateFinder(profile.store, profile.context.clock).refresh(chunk=37) == 300
    assert stored(profile) == reference

    forget_checks(profile)  # the same in one chunk, from a cold start
    assert DuplicateFinder(profile.store, profile.context.clock).refresh(chunk=10_000) == 300
    assert stored(profile) == reference


def test_later_checks_follow_edits_archiving_and_new_persons(
    profile: OpenProfile, seeded: list[str]
) -> None:
    finder = DuplicateFinder(profile.store, profile.context.clock)
    finder.refresh(chunk=50)
    rng = random.Random(5)
    changes = seeded_persons(40, seed=99)
    edited, archived = rng.sample(seeded, 40), rng.sample(seeded, 10)
    with profile.store.write():
        for person_id, values in zip(edited, changes, strict=True):
            profile.records.update("person", person_id, values)
        for person_id in archived:
            profile.records.archive("person", person_id)
    add_persons(profile, seeded_persons(30, seed=7))
    assert finder.refresh(chunk=16) == len({*edited, *archived}) + 30
    assert stored(profile) == all_pairs(profile)


def test_an_interrupted_check_resumes_where_it_stopped(
    profile: OpenProfile, seeded: list[str]
) -> None:
    first = check_some(DuplicateFinder(profile.store, profile.context.clock), 120)
    assert first == Step(120, True)
    forget_snapshot(profile.store)  # as after a restart: nothing kept in memory
    # An edit in between: the edited person is checked again, after the others.
    profile.records.update("person", seeded[3], {"given_names": "Muhammad"})
    assert DuplicateFinder(profile.store, profile.context.clock).refresh(chunk=70) == 181
    assert stored(profile) == all_pairs(profile)
    assert DuplicateFinder(profile.store, profile.context.clock).check_some(70) == Step(0, False)


def test_a_pair_only_one_side_finds_survives_the_other_sides_chunk(profile: OpenProfile) -> None:
    # Only the original-script name finds Mahmud (short vowels are unwritten); neither
    # "Hamid Ahmadi" nor Mahmud's own name finds the other. Hamid is checked in the first
    # chunk, Mahmud in the second: that chunk must not drop the pair it cannot find itself,
    # even when nothing of the first chunk is remembered.
    hamid, mahmud = add_persons(
        profile,
        [
            {"given_names": "Hamid", "family_name": "Ahmadi", "name_original": "محمد احمدی",
             "birth_date": "1990-03-12", "sex": "male"},
            {"given_names": "Mahmud", "family_name": "Ahmadi", "birth_date": "1990-03-12",
             "sex": "male"},
        ],
    )  # fmt: skip
    finder = DuplicateFinder(profile.store, profile.context.clock)
    assert check_some(finder, 1) == Step(1, True)
    assert set(stored(profile)) == {(min(hamid, mahmud), max(hamid, mahmud))}
    forget_snapshot(profile.store)  # a restart in between: nothing remembered in memory
    assert check_some(finder, 1) == Step(1, False)
    assert stored(profile) == all_pairs(profile)
    assert len(stored(profile)) == 1


def test_the_persons_kept_in_memory_go_with_the_lock(profile: OpenProfile) -> None:
    add_persons(profile, seeded_persons(12, seed=3))
    DuplicateFinder(profile.store, profile.context.clock).refresh()
    assert profile.store in duplicates_store._SNAPSHOTS  # kept for the next check
    profile.lock()
    assert profile.store not in duplicates_store._SNAPSHOTS  # MEM-1: wiped with the key
