"""F21: the same person created offline on two laptops, in two cases, under two ids.

After syncing, both records are kept, each laptop that holds both proposes them as a merge
candidate, and nothing is merged silently. The service lists the pair too, also when no
single caseworker holds both cases. A merge made on one laptop reaches the other as ordinary
changes, and so does its undo.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from storage.duplicates import Reason
from storage.duplicates_store import DuplicateFinder
from storage.services.persons_merge import PersonMergeService
from storage.unlocked import OpenProfile
from sync.server.services.duplicates import find_duplicates
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


def _add(profile: OpenProfile, case_id: str, given: str, born: str) -> str:
    values = {"given_names": given, "family_name": "Ali", "birth_date": born}
    _, person = profile.casework.add_person_to_case(case_id, values, "applicant")
    return person.id


def _live_persons(profile: OpenProfile) -> set[str]:
    return {p.id for p in profile.records.list("person")}


def _candidates(profile: OpenProfile) -> list[tuple[tuple[str, str], tuple[Reason, ...]]]:
    finder = DuplicateFinder(profile.store, profile.context.clock)
    return [(c.pair, c.reasons) for c in finder.candidates()]


def test_one_person_created_on_two_laptops_stays_two_records_with_a_merge_candidate(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    first_case = seed_case(app, "K-21-A", "anna", "ben", persons=0)
    second_case = seed_case(app, "K-21-B", "anna", "ben", persons=0)
    for laptop in (anna, ben):
        assert laptop.sync().error is None
    mine = _add(anna.unlock(), first_case, "Mohammed", "1990")
    theirs = _add(ben.unlock(), second_case, "Muhammad", "1990-03-12")
    for laptop in (anna, ben, anna):
        assert laptop.sync().error is None

    pair = tuple(sorted((mine, theirs)))
    for laptop in (anna, ben):
        profile = laptop.unlock()
        assert {mine, theirs} <= _live_persons(profile)  # both records kept
        ((found, reasons),) = _candidates(profile)
        assert found == pair
        assert reasons[:2] == (Reason.NAMES_VARIANTS, Reason.SAME_BIRTH_YEAR)
        assert profile.records.list("person_merge") == []  # no silent merge
    with app.state.context.db.read() as conn:
        (listed,) = find_duplicates(conn)
    assert (listed.first.person_id, listed.second.person_id) == pair
    assert not listed.across_holders

    # Anna merges; Ben receives the merge as ordinary changes, then Anna's undo.
    merge = PersonMergeService(anna.unlock().context, anna.unlock().records).merge(
        first_case, mine, theirs
    )
    for laptop in (anna, ben):
        assert laptop.sync().error is None
    ben_profile = ben.unlock()
    assert ben_profile.records.get("person", mine, audit_read=False).archived
    links = [(link.case_id, link["person_id"]) for link in ben_profile.records.list("case_person")]
    assert sorted(links) == sorted([(first_case, theirs), (second_case, theirs)])
    assert _candidates(ben_profile) == []
    with app.state.context.db.read() as conn:
        assert find_duplicates(conn) == []

    PersonMergeService(anna.unlock().context, anna.unlock().records).undo(merge.id)
    for laptop in (anna, ben, anna):
        assert laptop.sync().error is None
    for laptop in (anna, ben):
        profile = laptop.unlock()
        assert {mine, theirs} <= _live_persons(profile)
        assert profile.records.list("person_merge") == []
        assert [found for found, _ in _candidates(profile)] == [pair]


def test_the_service_lists_a_pair_no_single_caseworker_can_see(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    annas_case = seed_case(app, "K-22-A", "anna", persons=0)
    bens_case = seed_case(app, "K-22-B", "ben", persons=0)
    for laptop in (anna, ben):
        assert laptop.sync().error is None
    _add(anna.unlock(), annas_case, "Mohamed", "1990-03-12")
    _add(ben.unlock(), bens_case, "Mohammad", "1990-03-12")
    for laptop in (anna, ben):
        assert laptop.sync().error is None
        assert _candidates(laptop.unlock()) == []  # each holds only one of them
    with app.state.context.db.read() as conn:
        (listed,) = find_duplicates(conn)
    assert listed.across_holders
    assert (listed.first.holders, listed.second.holders) in [
        (("anna",), ("ben",)),
        (("ben",), ("anna",)),
    ]
    assert {listed.first.case_numbers, listed.second.case_numbers} == {("K-22-A",), ("K-22-B",)}
