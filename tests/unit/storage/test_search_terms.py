"""Search-box parsing: dates of birth, Swiss and German identifiers, case numbers, names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.search_terms import (
    Identifier,
    IdentifierKind,
    PartialDate,
    Precision,
    format_identifier,
    normalise_identifier,
    parse_query,
    partial_date_matches,
)

ZEMIS, N, AZR, CASE = (
    IdentifierKind.ZEMIS,
    IdentifierKind.N_NUMBER,
    IdentifierKind.AZR,
    IdentifierKind.CASE_NUMBER,
)


def parse(text: str) -> tuple[str, tuple[PartialDate, ...], tuple[Identifier, ...]]:
    query = parse_query(text, reference_year=2026)
    return query.name, query.birth_dates, query.identifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990", PartialDate(1990)),
        ("03.1990", PartialDate(1990, 3)),
        ("3/1990", PartialDate(1990, 3)),
        ("1990-03", PartialDate(1990, 3)),
        ("12.03.1990", PartialDate(1990, 3, 12)),
        ("12/03/1990", PartialDate(1990, 3, 12)),
        ("12-03-1990", PartialDate(1990, 3, 12)),
        ("1990-03-12", PartialDate(1990, 3, 12)),
        ("12.3.90", PartialDate(1990, 3, 12)),
        ("12.3.05", PartialDate(2005, 3, 12)),  # two-digit years lie in the past
        ("12. 03. 1990", PartialDate(1990, 3, 12)),
        ("12. März 1990", PartialDate(1990, 3, 12)),
        ("12 mars 1990", PartialDate(1990, 3, 12)),
        ("3 marzo 1990", PartialDate(1990, 3, 3)),
        ("12 août 85", PartialDate(1985, 8, 12)),
        ("3 Jan 1990", PartialDate(1990, 1, 3)),
        ("März 1990", PartialDate(1990, 3)),
        ("00.00.1990", PartialDate(1990)),  # unknown day and month, as registers write it
        ("00.03.1990", PartialDate(1990, 3)),
        ("03/25/1990", PartialDate(1990, 3, 25)),  # month first only when day first fails
        ("١٩٩٠", PartialDate(1990)),  # Arabic-Indic digits
        ("１２.０３.１９９０", PartialDate(1990, 3, 12)),  # full-width digits
    ],
)
def test_dates_of_birth_in_common_forms_are_recognised(text: str, expected: PartialDate) -> None:
    assert parse(text) == ("", (expected,), ())


def test_day_first_wins_when_both_readings_are_possible() -> None:
    assert parse("03/04/1990")[1] == (PartialDate(1990, 4, 3),)


@pytest.mark.parametrize("text", ["31.02.1990", "12.13.1990", "00.05.1850", "5.5.5", "99"])
def test_impossible_dates_are_not_dates(text: str) -> None:
    assert parse(text)[1] == ()


def test_precision_follows_what_was_typed() -> None:
    assert PartialDate(1990).precision is Precision.YEAR
    assert PartialDate(1990, 3).precision is Precision.MONTH
    assert PartialDate(1990, 3, 12).precision is Precision.DAY
    assert PartialDate(1990, 3, 12).isoformat() == "1990-03-12"
    assert PartialDate(1990, 3).isoformat() == "1990-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12345678", Identifier(ZEMIS, "12345678")),
        ("1234.5678", Identifier(ZEMIS, "12345678")),
        ("1234 5678", Identifier(ZEMIS, "12345678")),
        ("N 123 456", Identifier(N, "N123456")),
        ("N123456", Identifier(N, "N123456")),
        ("n 123.456", Identifier(N, "N123456")),
        ("N123 456", Identifier(N, "N123456")),
        ("123456789012", Identifier(AZR, "123456789012")),
        ("ZH.2024.123", Identifier(CASE, "ZH2024123")),
        ("2024-0123", Identifier(CASE, "20240123")),
        ("A/123/2024", Identifier(CASE, "A1232024")),
        ("BAMF-1234567-438", Identifier(CASE, "BAMF1234567438")),
    ],
)
def test_identifiers_are_recognised_and_normalised(text: str, expected: Identifier) -> None:
    assert parse(text) == ("", (), (expected,))


def test_eight_digits_that_form_a_date_are_read_both_ways() -> None:
    _, dates, identifiers = parse("19900312")
    assert dates == (PartialDate(1990, 3, 12),)
    assert identifiers == (Identifier(ZEMIS, "19900312"),)


@pytest.mark.parametrize(
    ("text", "name", "dates", "identifiers"),
    [
        ("Ahmadi 1990", "Ahmadi", (PartialDate(1990),), ()),
        ("Ahmadi, Fatima 12.03.1990", "Ahmadi, Fatima", (PartialDate(1990, 3, 12),), ()),
        ("Fatima Ahmadi 12. März 1990", "Fatima Ahmadi", (PartialDate(1990, 3, 12),), ()),
        ("Jan 1990", "Jan", (PartialDate(1990),), ()),  # Mr Jan, not January
        ("Mai 1990", "", (PartialDate(1990, 5),), ()),
        (
            "Abd al-Rahman N 123 456 01.01.1985",
            "Abd al-Rahman",
            (PartialDate(1985, 1, 1),),
            (Identifier(N, "N123456"),),
        ),
        ("محمد 1990", "محمد", (PartialDate(1990),), ()),
        ("Müller ZH-2024/55", "Müller", (), (Identifier(CASE, "ZH202455"),)),
    ],
)
def test_a_query_can_hold_a_name_a_date_and_an_identifier(
    text: str, name: str, dates: tuple[PartialDate, ...], identifiers: tuple[Identifier, ...]
) -> None:
    assert parse(text) == (name, dates, identifiers)


@pytest.mark.parametrize("text", ["", "   ", "!!!", "💥", "\u200f", "--", "12"])
def test_nothing_searchable_gives_an_empty_query(text: str) -> None:
    assert parse_query(text, reference_year=2026).is_empty


def test_the_reference_year_decides_the_century_of_two_digit_years() -> None:
    assert parse_query("1.1.25", reference_year=2026).birth_dates == (PartialDate(2025, 1, 1),)
    assert parse_query("1.1.25", reference_year=2020).birth_dates == (PartialDate(1925, 1, 1),)


@pytest.mark.parametrize(
    ("stored", "query", "matches"),
    [
        ("1990", PartialDate(1990, 3, 12), True),  # year-only matches any date of its year
        ("1990", PartialDate(1990), True),
        ("1990", PartialDate(1991, 3, 12), False),
        ("1990-03", PartialDate(1990, 3, 12), True),
        ("1990-03", PartialDate(1990, 4, 12), False),
        ("1990-03-12", PartialDate(1990, 3), True),
        ("1990-03-12", PartialDate(1990), True),
        ("1990-03-12", PartialDate(1990, 3, 12), True),
        ("1990-03-12", PartialDate(1990, 3, 13), False),
        ("1990-01-01", PartialDate(1990, 7, 4), True),  # 01.01. is the year-only placeholder
        ("1990-07-04", PartialDate(1990, 1, 1), True),
        ("1990-01-01", PartialDate(1991, 1, 1), False),
        ("", PartialDate(1990), False),
        ("garbage", PartialDate(1990), False),
        ("1990-02-30", PartialDate(1990), False),
    ],
)
def test_partial_dates_match_at_the_coarser_precision(
    stored: str, query: PartialDate, matches: bool
) -> None:
    assert partial_date_matches(stored, query) is matches


@pytest.mark.parametrize(
    ("kind", "value", "normalised", "shown"),
    [
        (ZEMIS, "1234.5678", "12345678", "1234.5678"),
        (ZEMIS, " 1234 5678 ", "12345678", "1234.5678"),
        (N, "N 123 456", "N123456", "N 123 456"),
        (N, "n123456", "N123456", "N 123 456"),
        (N, "123 456", "N123456", "N 123 456"),
        (AZR, "123456789012", "123456789012", "123456789012"),
        (CASE, "zh.2024 / 123", "ZH2024123", "ZH2024123"),
    ],
)
def test_identifiers_normalise_for_comparison_and_format_for_display(
    kind: IdentifierKind, value: str, normalised: str, shown: str
) -> None:
    assert normalise_identifier(kind, value) == normalised
    assert normalise_identifier(kind, normalised) == normalised
    assert format_identifier(kind, normalised) == shown


@pytest.mark.parametrize(
    ("kind", "value"),
    [(ZEMIS, "1234567"), (N, "N 12 345"), (AZR, "12345678901"), (CASE, "--"), (CASE, "Ahmadi")],
)
def test_invalid_identifiers_are_rejected_without_echoing_the_value(
    kind: IdentifierKind, value: str
) -> None:
    with pytest.raises(ValueError) as raised:
        normalise_identifier(kind, value)
    assert value not in str(raised.value)


@given(st.text())
def test_parsing_any_text_never_raises_and_keeps_digits_out_of_the_name(text: str) -> None:
    query = parse_query(text, reference_year=2026)
    assert not any(ch.isdecimal() for ch in query.name)
    for found in query.birth_dates:
        assert partial_date_matches(found.isoformat(), found)


@given(st.text(), st.integers(1, 9999), st.integers(0, 13), st.integers(0, 32))
def test_matching_any_stored_text_never_raises(stored: str, y: int, m: int, d: int) -> None:
    partial_date_matches(stored, PartialDate(y, m or None, d or None))


@given(st.sampled_from(list(IdentifierKind)), st.text())
def test_normalising_any_identifier_raises_only_value_error(
    kind: IdentifierKind, text: str
) -> None:
    try:
        normalised = normalise_identifier(kind, text)
    except ValueError:
        return
    assert normalise_identifier(kind, normalised) == normalised
