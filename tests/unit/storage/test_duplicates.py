"""Duplicate-person scoring: the same person across spellings, dates of birth at their
precision and register numbers is proposed with its reasons; different people are not."""

from __future__ import annotations

from typing import Any

import pytest

from storage.duplicates import (
    PersonFacts,
    Reason,
    best_first,
    birth_dates_compatible,
    score_pair,
)
from storage.search_terms import PartialDate
from tests.unit.storage.test_names import DIFFERENT_NAMES, SAME_NAME


def person(person_id: str, given: str, family: str, **values: Any) -> PersonFacts:
    return PersonFacts.of(person_id, {"given_names": given, "family_name": family, **values})


@pytest.mark.parametrize(("a", "b"), SAME_NAME)
def test_spelling_variants_of_a_given_name_with_the_same_birth_date_are_proposed(
    a: str, b: str
) -> None:
    first = person("p1", a, "Haddad", birth_date="1990-03-12")
    second = person("p2", b, "Haddad", birth_date="1990-03-12")
    candidate = score_pair(first, second)
    assert candidate is not None
    assert candidate.reasons[0] in (Reason.NAMES_VARIANTS, Reason.NAMES_SIMILAR)
    assert Reason.SAME_BIRTH_DATE in candidate.reasons


@pytest.mark.parametrize(("a", "b"), DIFFERENT_NAMES)
def test_different_given_names_are_not_proposed_even_with_the_same_family_and_birth(
    a: str, b: str
) -> None:
    first = person("p1", a, "Haddad", birth_date="1990-03-12")
    second = person("p2", b, "Haddad", birth_date="1990-03-12")
    assert score_pair(first, second) is None


def test_transliteration_variants_are_explained_as_such() -> None:
    candidate = score_pair(
        person("a", "Mohammed", "Ali", birth_date="1990"),
        person("b", "Muhammad", "Ali", birth_date="1990-03-12"),
    )
    assert candidate is not None
    assert candidate.reasons == (Reason.NAMES_VARIANTS, Reason.SAME_BIRTH_YEAR)
    assert 0.9 < candidate.score < 1.0


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("1990", "1990-03-12", True),
        ("1990-03", "1990-03-12", True),
        ("1990-01-01", "1990-07-30", True),  # 01.01.YYYY is the register's "year only"
        ("1990-03-12", "1990-03-12", True),
        ("1990-03-12", "1991-01-01", False),
        ("1990-03-12", "1990-03-13", False),
        ("1990-03", "1990-04-01", False),
        ("1989", "1990", False),
    ],
)
def test_birth_dates_are_compared_at_their_precision(a: str, b: str, compatible: bool) -> None:
    first, second = PartialDate.fromisoformat(a), PartialDate.fromisoformat(b)
    assert first is not None and second is not None
    assert birth_dates_compatible(first, second) is compatible
    assert birth_dates_compatible(second, first) is compatible


def test_an_incompatible_birth_date_rules_out_even_identical_names() -> None:
    assert (
        score_pair(
            person("a", "Mohammed", "Ali", birth_date="1990-03-12"),
            person("b", "Mohammed", "Ali", birth_date="1991-01-01"),
        )
        is None
    )


def test_an_equal_zemis_number_in_any_format_is_near_certain_whatever_the_names() -> None:
    candidate = score_pair(
        person("a", "Amanuel", "Tesfay", zemis_number="1234.5678"),
        person("b", "Amanuel", "Gebremedhin", zemis_number="12345678"),
    )
    assert candidate is not None
    assert candidate.score == 1.0
    assert candidate.reasons[0] is Reason.SAME_ZEMIS_NUMBER


def test_an_equal_azr_or_n_number_is_near_certain_too() -> None:
    for field, a, b, reason in [
        ("azr_number", "123456789012", "123456789012", Reason.SAME_AZR_NUMBER),
        ("n_number", "N 123 456", "N123456", Reason.SAME_N_NUMBER),
    ]:
        candidate = score_pair(
            person("a", "X", "Y", **{field: a}), person("b", "Q", "Z", **{field: b})
        )
        assert candidate is not None and candidate.reasons[0] is reason


def test_a_different_register_number_rules_out_identical_names_and_birth() -> None:
    same = {"birth_date": "1990-03-12"}
    assert (
        score_pair(
            person("a", "Mohammed", "Ali", zemis_number="1234.5678", **same),
            person("b", "Mohammed", "Ali", zemis_number="1234.5679", **same),
        )
        is None
    )


def test_an_equal_number_beside_a_different_one_is_proposed_with_the_contradiction() -> None:
    candidate = score_pair(
        person("a", "Mohammed", "Ali", zemis_number="12345678", azr_number="123456789012"),
        person("b", "Mohammed", "Ali", zemis_number="12345678", azr_number="999999999999"),
    )
    assert candidate is not None
    assert Reason.DIFFERENT_IDENTIFIER in candidate.reasons


def test_an_alias_or_the_original_script_can_carry_the_match() -> None:
    by_alias = score_pair(
        person("a", "Yonas", "Tesfay", aliases=["Yohannes Tesfaye"]),
        person("b", "Yohannes", "Tesfaye"),
    )
    assert by_alias is not None and Reason.ALIAS_MATCHES in by_alias.reasons
    by_script = score_pair(
        person("a", "", "Mohamed Aly"),
        person("b", "Karim", "Unrelated", name_original="محمد علي"),
    )
    assert by_script is not None and Reason.ORIGINAL_SCRIPT_MATCHES in by_script.reasons


def test_a_shorter_name_is_not_the_same_person_as_a_longer_one() -> None:
    assert score_pair(person("a", "Fatima", "Ahmadi"), person("b", "Fatima", "")) is None


def test_a_typo_alone_is_not_enough_but_with_the_same_birth_date_it_is() -> None:
    weak = score_pair(person("a", "Ahmad", "Karimi"), person("b", "Ahmad", "Karimo"))
    strong = score_pair(
        person("a", "Ahmad", "Karimi", birth_date="1985-06-01"),
        person("b", "Ahmad", "Karimo", birth_date="1985-06-01"),
    )
    assert weak is None
    assert strong is not None and Reason.NAMES_SIMILAR in strong.reasons


def test_nationality_and_sex_weigh_in_and_are_named() -> None:
    shared = score_pair(
        person("a", "Anna", "Müller", nationalities=["DE"]),
        person("b", "Anna", "Mueller", nationalities=["DE", "CH"]),
    )
    assert shared is not None and Reason.SHARED_NATIONALITY in shared.reasons
    apart = score_pair(
        person("a", "Anna", "Müller", nationalities=["DE"], sex="female"),
        person("b", "Anna", "Mueller", nationalities=["SY"], sex="male"),
    )
    assert apart is None


def test_the_score_is_symmetric_and_the_pair_ordered() -> None:
    a = person("b-second", "Mohamed", "Ali", birth_date="1990")
    b = person("a-first", "Mohammed", "Ali", birth_date="1990")
    forward, backward = score_pair(a, b), score_pair(b, a)
    assert forward == backward
    assert forward is not None and forward.pair == ("a-first", "b-second")
    assert score_pair(a, a) is None


def test_candidates_are_listed_best_first_then_by_pair() -> None:
    weak = score_pair(
        person("c", "Ahmad", "Karimi", birth_date="1985-06-01"),
        person("d", "Ahmad", "Karimo", birth_date="1985-06-01"),
    )
    strong = score_pair(
        person("a", "X", "Y", zemis_number="12345678"),
        person("b", "Q", "Z", zemis_number="12345678"),
    )
    assert weak is not None and strong is not None
    assert best_first([weak, strong]) == [strong, weak]
