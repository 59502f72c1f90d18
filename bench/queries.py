"""What caseworkers type into the search box: a fixed, realistic list of at least 40 queries.

Names come from the demo generator's pools (with variants, typos and other scripts), plus a
name typed key by key; identifiers, dates of birth and case numbers are taken from the
generated cases themselves, so they hit. Deterministic for a given case list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from storage.demo_data import DemoCase

COLD_QUERY = "Mohammed"
NAMES = (
    "Mohammed",
    "Muhammad",
    "Mohamed",
    "Mohammmed",  # typo
    "Mohammad Ahmadi",
    "Mohammed Al-Hassan",
    "Muhammad Al Hasan",
    "Alhassan",
    "Ahmadi",
    "Ahmady",
    "Ahmadi 1990",
    "Hakimi Fatima",
    "Fatma",
    "Yousef",
    "Youssef",
    "Yusuf Mansour",
    "Tesfay",
    "Tesfai Yonas",
    "Gebremedin",  # typo of Gebremedhin
    "Kovalenko",
    "Kowalenko",
    "Shevchenko Olena",
    "Schewtschenko",
    "Yılmaz Mehmet",
    "Çelik",
    "Husein Ali",
    "Abdulrahman Khalil",
    "Abd al-Rahman",
    "محمد",
    "Олена",
    "Benali Karim",
    "Stanekzai",
    "Noori Maryam",
    "Al-Jubouri",
    "Schneider",  # nobody of that name: still has to answer fast
)
WHILE_TYPING = "Mohammed Al"  # every prefix from two letters on, as each keystroke searches
NOTE_WORDS = ("Dolmetscher", "Arztzeugnis", "Rückkehrberatung", "interprete", "Frist Einreichung")


def _find(cases: Sequence[DemoCase], start: int, key: Callable[[DemoCase], Any]) -> Any:
    """The first non-empty `key(case)` from position `start` on (wrapping around)."""
    for offset in range(len(cases)):
        found = key(cases[(start + offset) % len(cases)])
        if found:
            return found
    return None


def _person_value(field: str) -> Callable[[DemoCase], Any]:
    return lambda demo: next((v[field] for _, v in demo.persons if v.get(field)), None)


def _full_birth_date(demo: DemoCase) -> tuple[str, str] | None:
    for _, values in demo.persons:
        born = values["birth_date"]
        if len(born) == 10 and not born.endswith("-01-01"):
            return values["family_name"], born
    return None


def _identifier_queries(cases: Sequence[DemoCase]) -> list[str]:
    n = len(cases)
    number = cases[n // 3].case["case_number"]  # e.g. ZH-2025-003334
    zemis = _find(cases, n // 2, _person_value("zemis_number"))  # 1234.5678
    n_number = _find(cases, n // 5, _person_value("n_number"))  # N 123 456
    born = _find(cases, (2 * n) // 3, _full_birth_date)
    queries = [number, number.replace("-", "").lower(), number[:-2]]
    if zemis:
        queries += [zemis, zemis.replace(".", ""), zemis.replace(".", " ")]
    if n_number:
        queries += [n_number, n_number.replace(" ", "")]
    if born:
        family, iso = born
        year, month, day = iso.split("-")
        queries += [f"{day}.{month}.{year}", iso, f"{month}.{year}", year]
        queries += [f"{family} {day}.{month}.{year}"]
    return queries


def benchmark_queries(cases: Sequence[DemoCase]) -> list[str]:
    """The query list for a store holding `cases` (names, identifiers, dates, note words)."""
    typing = [WHILE_TYPING[:end] for end in range(2, len(WHILE_TYPING) + 1)]
    return [*NAMES, *typing, *_identifier_queries(cases), *NOTE_WORDS]
