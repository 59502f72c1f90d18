"""What a caseworker typed into the search box: names, dates of birth, identifiers. Pure, no I/O.

One box serves every lookup, so `parse_query` splits the text into the parts it recognises and
keeps every plausible reading of an ambiguous part (``19900312`` is both a ZEMIS number and a
date of birth); the store searches each reading and the ranking sorts it out. Recognised:

* dates of birth, day first as written in Switzerland and Germany: ``1990``, ``03.1990``,
  ``12.03.1990``, ``12/03/1990``, ``12-3-90``, ``1990-03-12``, ``19900312``, ``12. März 1990``,
  ``mars 1990``; ``00`` for an unknown day or month (``00.00.1990``) as registers write it;
  month first only with slashes and when day first is impossible (``03/25/1990``);
* ZEMIS personal number: 8 digits, shown ``1234.5678``;
* N number of an asylum seeker: ``N 123 456``, ``N123456``;
* AZR number: 12 digits;
* case numbers: letters and digits with ``.``, ``/`` or ``-`` separators, at least one digit;
* everything else made of letters is (part of) the name: "Ahmadi 1990" is a name and a year.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from anyascii import anyascii


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class IdentifierKind(StrEnum):
    ZEMIS = "zemis"
    N_NUMBER = "n_number"
    AZR = "azr"
    CASE_NUMBER = "case_number"


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day (dates of birth often are not whole)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.month is None:
            return Precision.YEAR
        return Precision.MONTH if self.day is None else Precision.DAY

    @property
    def is_placeholder(self) -> bool:
        """01.01.YYYY is what registers write when only the year is known."""
        return self.month == 1 and self.day == 1

    def isoformat(self) -> str:
        """The stored form: ``1990``, ``1990-03`` or ``1990-03-12``."""
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p]
        return "-".join(parts)

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate | None:
        """Parse a stored ``YYYY[-MM[-DD]]``; None when it is not a valid partial date."""
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not m:
            return None
        return _valid(int(m[1]), _int(m[2]), _int(m[3]))


@dataclass(frozen=True, slots=True)
class Identifier:
    kind: IdentifierKind
    value: str  # as `normalise_identifier` returns it


@dataclass(frozen=True, slots=True)
class Query:
    """The recognised parts of one search-box text; each tuple lists every plausible reading."""

    text: str
    name: str = ""  # the words that are not dates or identifiers, as typed
    birth_dates: tuple[PartialDate, ...] = ()
    identifiers: tuple[Identifier, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Nothing to search for."""
        return not (self.name or self.birth_dates or self.identifiers)


_MIN_YEAR, _MAX_YEAR = 1880, 2100
# Month names in de, fr, it, en after anyascii and lower-casing (März → marz, août → aout).
_MONTH_NAMES = {
    "januar": 1, "janvier": 1, "gennaio": 1, "january": 1, "jaenner": 1, "janner": 1,
    "februar": 2, "fevrier": 2, "febbraio": 2, "february": 2,
    "marz": 3, "maerz": 3, "mars": 3, "marzo": 3, "march": 3,
    "april": 4, "avril": 4, "aprile": 4,
    "mai": 5, "maggio": 5, "may": 5,
    "juni": 6, "juin": 6, "giugno": 6, "june": 6,
    "juli": 7, "juillet": 7, "luglio": 7, "july": 7,
    "august": 8, "aout": 8, "agosto": 8,
    "september": 9, "septembre": 9, "settembre": 9,
    "oktober": 10, "octobre": 10, "ottobre": 10, "october": 10,
    "november": 11, "novembre": 11,
    "dezember": 12, "decembre": 12, "dicembre": 12, "december": 12,
}  # fmt: skip
# Abbreviations count only with a day: "Jan 1990" is more likely Mr Jan born in 1990.
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "fev": 2, "mar": 3, "mrz": 3, "apr": 4, "avr": 4, "mag": 5, "jun": 6,
    "giu": 6, "jul": 7, "juil": 7, "lug": 7, "aug": 8, "ago": 8, "sep": 9, "sept": 9, "set": 9,
    "okt": 10, "oct": 10, "ott": 10, "nov": 11, "dez": 12, "dec": 12, "dic": 12,
}  # fmt: skip
_SEP = r"[./\-]"

# Multi-word forms first, so their digits are not read again as separate tokens.
_N_NUMBER = re.compile(r"(?<![\w])N[\s.\-]*(\d{3})[\s.']?(\d{3})(?![\w])", re.IGNORECASE)
_ZEMIS_SPACED = re.compile(r"(?<![\w.])(\d{4})[ .](\d{4})(?![\w]|\.\d)")
# A month is any word here; take_date keeps only real month names (März, août, marzo …).
_WORD_DATE_DAY = re.compile(r"(?<![\w.])(\d{1,2})\.?\s*([^\W\d_]{3,})\.?\s*(\d{4}|\d{2})(?![\w])")
_WORD_DATE = re.compile(r"(?<![\w.])()([^\W\d_]{3,})\.?\s*(\d{4})(?![\w])")
_DATE_SHAPE = re.compile(r"\d{4}|\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{2,4})?|\d{1,2}[./\-]\d{4}")
_SPACED_DATE = re.compile(r"(?<![\w])(\d{1,2})\.\s+(\d{1,2})\.\s*(\d{4}|\d{2})(?![\w])")


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _valid(year: int, month: int | None, day: int | None) -> PartialDate | None:
    """The partial date, with 00 read as unknown; None when it cannot exist."""
    month, day = month or None, day or None
    if not _MIN_YEAR <= year <= _MAX_YEAR or (day is not None and month is None):
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            date(year, month or 1, day)
        except ValueError:
            return None
    return PartialDate(year, month, day)


def _full_year(digits: str, reference_year: int) -> int:
    """Two-digit years of birth lie in the past century: 05 is 2005 in 2026, 90 is 1990."""
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    return 2000 + yy if 2000 + yy <= reference_year else 1900 + yy


def _dates_from_parts(
    a: str, b: str, year: str, reference_year: int, *, slashes: bool = False
) -> list[PartialDate]:
    """dd.mm.yyyy; mm/dd/yyyy (US, only with slashes) when day first is impossible."""
    y = _full_year(year, reference_year)
    day_first = _valid(y, int(b), int(a))
    if day_first is not None or not slashes:
        return [day_first] if day_first else []
    month_first = _valid(y, int(a), int(b))
    return [month_first] if month_first else []


def _token_dates(token: str, reference_year: int) -> list[PartialDate]:
    """Every date of birth one whitespace-free token can be."""
    if re.fullmatch(r"\d{4}", token):
        return [d] if (d := _valid(int(token), None, None)) else []
    if m := re.fullmatch(rf"(\d{{4}}){_SEP}(\d{{1,2}})(?:{_SEP}(\d{{1,2}}))?", token):
        return [d] if (d := _valid(int(m[1]), int(m[2]), _int(m[3]))) else []
    if m := re.fullmatch(rf"(\d{{1,2}}){_SEP}(\d{{4}})", token):
        return [d] if (d := _valid(int(m[2]), int(m[1]), None)) else []
    if m := re.fullmatch(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}|\d{{2}})", token):
        return _dates_from_parts(m[1], m[2], m[3], reference_year, slashes="/" in token)
    if re.fullmatch(r"\d{8}", token):  # compact: yyyymmdd or ddmmyyyy
        found = [_valid(int(token[:4]), int(token[4:6]), int(token[6:]))]
        found.append(_valid(int(token[4:]), int(token[2:4]), int(token[:2])))
        return [d for d in found if d]
    return []


def _token_identifiers(token: str, *, case_number: bool) -> list[Identifier]:
    if re.fullmatch(r"\d{12}", token):
        return [Identifier(IdentifierKind.AZR, token)]
    if re.fullmatch(r"\d{4}\.?\d{4}", token):
        return [Identifier(IdentifierKind.ZEMIS, token.replace(".", ""))]
    if case_number and _looks_like_case_number(token):
        return [Identifier(IdentifierKind.CASE_NUMBER, _case_key(token))]
    return []


def _looks_like_case_number(token: str) -> bool:
    return bool(
        re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9./\-]{2,39}", token)
        and re.search(r"\d", token)
        and not re.fullmatch(r"\d{1,3}", _case_key(token))
    )


def _case_key(value: str) -> str:
    # Caseworkers type case numbers with or without separators and spaces (ZH.2024.123,
    # ZH 2024/123): compare them without, keep the display form as entered.
    return re.sub(r"[\s./\-]+", "", value).upper()


def _clean(text: str) -> str:
    # Fold look-alike characters (full-width digits, non-breaking spaces, Unicode dashes)
    # so that pasted text parses like typed text; drop control and format characters.
    text = unicodedata.normalize("NFKC", text)
    text = "".join(_plain(ch) for ch in text)
    return re.sub("[\u2010-\u2015\u2212]", "-", text)


def _plain(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Nd":
        return str(unicodedata.decimal(ch))  # Arabic-Indic and Persian digits: ١٩٩٠ → 1990
    return " " if category[0] in "CZ" else ch


def parse_query(text: str, *, reference_year: int | None = None) -> Query:
    """Split `text` into a name, dates of birth and identifiers. Never raises.

    `reference_year` (default: this year) decides the century of two-digit years.
    """
    year = reference_year if reference_year is not None else date.today().year
    rest = _clean(text)
    dates: list[PartialDate] = []
    identifiers: list[Identifier] = []

    def take_n(m: re.Match[str]) -> str:
        identifiers.append(Identifier(IdentifierKind.N_NUMBER, f"N{m[1]}{m[2]}"))
        return " "

    def take_zemis(m: re.Match[str]) -> str:
        identifiers.append(Identifier(IdentifierKind.ZEMIS, m[1] + m[2]))
        return " "

    def take_date(m: re.Match[str]) -> str:
        word = anyascii(m[2]).lower()  # März → marz, août → aout
        month = _MONTH_NAMES.get(word) or (_MONTH_ABBREVIATIONS.get(word) if m[1] else None)
        found = _valid(_full_year(m[3], year), month, _int(m[1])) if month else None
        if found is None:
            return m[0]
        dates.append(found)
        return " "

    rest = _N_NUMBER.sub(take_n, rest)
    rest = _WORD_DATE_DAY.sub(take_date, rest)
    rest = _WORD_DATE.sub(take_date, rest)
    rest = _SPACED_DATE.sub(lambda m: _spaced(m, dates, year), rest)
    rest = _ZEMIS_SPACED.sub(take_zemis, rest)
    words: list[str] = []
    for token in rest.split():
        bare = token.strip(",;:()[]")
        found_dates = _token_dates(bare, year)
        found_ids = _token_identifiers(bare, case_number=not _DATE_SHAPE.fullmatch(bare))
        dates.extend(found_dates)
        identifiers.extend(found_ids)
        if not (found_dates or found_ids) and re.fullmatch(r"[^\d]*[^\W\d_][^\d]*", bare):
            words.append(token)  # a word with a letter and no digit
    name = " ".join(words).strip(" ,;:")
    return Query(text, name, tuple(dict.fromkeys(dates)), tuple(dict.fromkeys(identifiers)))


def _spaced(m: re.Match[str], dates: list[PartialDate], year: int) -> str:
    found = _dates_from_parts(m[1], m[2], m[3], year)
    dates.extend(found)
    return " " if found else m[0]


def normalise_identifier(kind: IdentifierKind, value: str) -> str:
    """The comparable form of an identifier: ZEMIS ``12345678``, N number ``N123456``, AZR
    ``123456789012``, case number upper case without spaces and separators.

    Raises ValueError (naming the kind only, never the value) when `value` is not one.
    """
    cleaned = _clean(value)
    compact = re.sub(r"[\s.'\-]", "", cleaned)
    if kind is IdentifierKind.ZEMIS and re.fullmatch(r"\d{8}", compact):
        return compact
    if kind is IdentifierKind.N_NUMBER and (m := re.fullmatch(r"[Nn]?(\d{6})", compact)):
        return f"N{m[1]}"
    if kind is IdentifierKind.AZR and re.fullmatch(r"\d{12}", compact):
        return compact
    if kind is IdentifierKind.CASE_NUMBER and _looks_like_case_number(_case_key(cleaned)):
        return _case_key(cleaned)
    raise ValueError(f"not a valid {kind.value}")


def format_identifier(kind: IdentifierKind, value: str) -> str:
    """The display form of a normalised identifier: ``1234.5678``, ``N 123 456``."""
    if kind is IdentifierKind.ZEMIS and len(value) == 8:
        return f"{value[:4]}.{value[4:]}"
    if kind is IdentifierKind.N_NUMBER and len(value) == 7:
        return f"N {value[1:4]} {value[4:]}"
    return value


def partial_date_matches(stored: str, query: PartialDate) -> bool:
    """Whether a stored partial date (``1990``, ``1990-03``, ``1990-03-12``) can be `query`.

    Compared at the coarser precision of the two: a year-only date matches every date of that
    year, 1990-03 matches 12.03.1990. 01.01.YYYY on either side is read as year-only, being the
    usual placeholder. An unparseable stored value matches nothing. Never raises.
    """
    known = PartialDate.fromisoformat(stored) if isinstance(stored, str) else None
    if known is None or known.year != query.year:
        return False
    if known.is_placeholder or query.is_placeholder:
        return True
    if known.month is None or query.month is None:
        return True
    if known.month != query.month:
        return False
    return known.day is None or query.day is None or known.day == query.day
