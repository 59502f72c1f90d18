"""Are two person records the same person? A deterministic, explainable score. Pure, no I/O.

Used on the laptop (`storage.duplicates_store`, after writes and syncs) and by the service
(`sync.server.services.duplicates`, across the cases of every holder), so both propose the same
pairs for the same reasons.

Evidence, strongest first (DOMAIN.md "People and identifiers"):

* an equal ZEMIS, N or AZR number makes a pair near-certain; a different one (and none
  equal) rules it out;
* the names: every name form of one (given + family name, original script, aliases) against
  every form of the other, with the transliteration-aware matcher (`storage.names`), taken
  symmetrically (each name must explain the other: "Fatima" is not "Fatima Ahmadi");
* the date of birth at its precision: 1990 and 1990-03-12 are compatible, 1990-03-12 and
  1991-01-01 are not (01.01.YYYY counts as year-only) — an incompatible date rules a pair out;
* shared nationality counts a little for, a disjoint one and a different sex against.

A candidate carries its reasons as codes (`Reason`); the app translates them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from storage.name_forms import normalise_name
from storage.name_similarity import DEFAULT_THRESHOLD, name_similarity
from storage.search_terms import IdentifierKind, PartialDate, normalise_identifier

PROPOSE_AT = 0.85
"""Lowest score proposed as a candidate: a spelling variant (~0.95) alone, or a typo-level
name (~0.83) backed by the same date of birth."""

IDENTIFIER_FIELDS: Mapping[str, IdentifierKind] = {
    "zemis_number": IdentifierKind.ZEMIS,
    "n_number": IdentifierKind.N_NUMBER,
    "azr_number": IdentifierKind.AZR,
}
_NORMALISED_EQUAL = 0.97
_VARIANT_AT = 0.9  # above typo level (0.81-0.9): a transliteration or spelling variant
_BINARY_SEXES = frozenset({"female", "male"})
_UNKNOWN_COUNTRY = "XX"


class Reason(StrEnum):
    """Why a pair is proposed (or what speaks against it); codes the app translates."""

    SAME_ZEMIS_NUMBER = "same_zemis_number"
    SAME_N_NUMBER = "same_n_number"
    SAME_AZR_NUMBER = "same_azr_number"
    NAMES_IDENTICAL = "names_identical"
    NAMES_VARIANTS = "names_transliteration_variants"
    NAMES_SIMILAR = "names_similar"
    ALIAS_MATCHES = "alias_matches"
    ORIGINAL_SCRIPT_MATCHES = "original_script_matches"
    SAME_BIRTH_DATE = "same_birth_date"
    SAME_BIRTH_MONTH = "same_birth_month"
    SAME_BIRTH_YEAR = "same_birth_year"
    BIRTH_DATE_UNKNOWN = "birth_date_unknown"
    DIFFERENT_BIRTH_DATE = "different_birth_date"
    SHARED_NATIONALITY = "shared_nationality"
    DIFFERENT_NATIONALITY = "different_nationality"
    DIFFERENT_SEX = "different_sex"
    DIFFERENT_IDENTIFIER = "different_identifier"


_SAME_IDENTIFIER = {
    "zemis_number": Reason.SAME_ZEMIS_NUMBER,
    "n_number": Reason.SAME_N_NUMBER,
    "azr_number": Reason.SAME_AZR_NUMBER,
}


class NameForm(StrEnum):
    FULL = "full"
    ORIGINAL = "original"
    ALIAS = "alias"


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What the score looks at, taken from a person's field values."""

    person_id: str
    names: tuple[tuple[NameForm, str], ...]
    name_parts: tuple[str, str]  # (given names, family name)
    birth_date: PartialDate | None
    sex: str | None
    nationalities: frozenset[str]
    identifiers: Mapping[str, str]  # field -> normalised value

    @classmethod
    def of(cls, person_id: str, values: Mapping[str, Any]) -> PersonFacts:
        """Facts from a person's values (a local `Record.values` or a service row)."""
        born = values.get("birth_date")
        nationalities = values.get("nationalities") or []
        return cls(
            person_id=person_id,
            names=person_names(values),
            name_parts=(values.get("given_names") or "", values.get("family_name") or ""),
            birth_date=PartialDate.fromisoformat(born) if isinstance(born, str) else None,
            sex=values.get("sex"),
            nationalities=frozenset(n for n in nationalities if n != _UNKNOWN_COUNTRY),
            identifiers=_identifiers(values),
        )

    @property
    def name_strings(self) -> list[str]:
        """Every name form as text (what a `NameIndex` entry holds)."""
        return [name for _, name in self.names]


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two person records that may be one person; `person_id` < `other_person_id`."""

    person_id: str
    other_person_id: str
    score: float
    reasons: tuple[Reason, ...]

    @property
    def pair(self) -> tuple[str, str]:
        return self.person_id, self.other_person_id

    @property
    def score_permille(self) -> int:
        return round(self.score * 1000)


def ordered_pair(a: str, b: str) -> tuple[str, str]:
    """The canonical order of a pair of ids (smaller first)."""
    return (a, b) if a < b else (b, a)


def person_names(values: Mapping[str, Any]) -> tuple[tuple[NameForm, str], ...]:
    """A person's name forms: given + family name, original script, each alias."""
    full = " ".join(v for v in (values.get("given_names"), values.get("family_name")) if v)
    forms = [(NameForm.FULL, full), (NameForm.ORIGINAL, values.get("name_original") or "")]
    forms += [(NameForm.ALIAS, alias) for alias in values.get("aliases") or [] if alias]
    return tuple((form, name) for form, name in forms if name and name.strip())


def _identifiers(values: Mapping[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, kind in IDENTIFIER_FIELDS.items():
        value = values.get(name)
        if isinstance(value, str) and value.strip():
            try:
                found[name] = normalise_identifier(kind, value)
            except ValueError:
                continue  # a malformed stored value is no evidence either way
    return found


# --- the parts of the score -------------------------------------------------------------


def _is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 for ch in name if ch.isalpha())


def symmetric_name_score(a: str, b: str) -> float:
    """How well two names match each other, in 0..1: each must explain the other.

    The matcher reads non-Latin script only as the query against a Latin name, so a pair of
    one Latin and one non-Latin name is scored in that direction only."""
    forward, backward = name_similarity(a, b), name_similarity(b, a)
    if _is_latin(a) != _is_latin(b):
        return max(forward, backward)
    return min(forward, backward)


def best_name_match(a: PersonFacts, b: PersonFacts) -> tuple[float, NameForm, NameForm]:
    """The best-matching pair of name forms: (score, form in a, form in b)."""
    best = (0.0, NameForm.FULL, NameForm.FULL)
    for form_a, name_a in a.names:
        for form_b, name_b in b.names:
            score = _pair_score(name_a, name_b)
            if form_a is NameForm.FULL and form_b is NameForm.FULL:
                score = min(score, _parts_score(a.name_parts, b.name_parts))
            if score > best[0]:
                best = (score, form_a, form_b)
    return best


def _pair_score(a: str, b: str) -> float:
    # Symmetric, so one cache entry serves both orders: the same names meet again and again
    # (a family's given names, common names) when many people are checked at once.
    return _ordered_pair_score(a, b) if a <= b else _ordered_pair_score(b, a)


@lru_cache(maxsize=1 << 14)
def _ordered_pair_score(a: str, b: str) -> float:
    if " ".join(a.casefold().split()) == " ".join(b.casefold().split()):
        return 1.0
    if normalise_name(a) == normalise_name(b):
        return _NORMALISED_EQUAL  # same letters once diacritics and joins are folded
    # Only the same spelling is "identical"; a join or a variant stays just below.
    return min(symmetric_name_score(a, b), _NORMALISED_EQUAL)


def _parts_score(a: tuple[str, str], b: tuple[str, str]) -> float:
    """Given names against given names and family name against family name, each on its
    own: Jamal Haddad is not Kamal Haddad, although the whole names are close. A part
    missing on one side is no evidence (1.0); swapped parts count too (family name written
    as given name)."""

    def part(x: str, y: str) -> float:
        return 1.0 if not x or not y else _pair_score(x, y)

    straight = min(part(a[0], b[0]), part(a[1], b[1]))
    swapped = min(part(a[0], b[1]), part(a[1], b[0]))
    return max(straight, swapped)


def _name_reasons(score: float, forms: tuple[NameForm, NameForm]) -> list[Reason]:
    if score >= 0.999:
        reasons = [Reason.NAMES_IDENTICAL]
    elif score >= _VARIANT_AT:
        reasons = [Reason.NAMES_VARIANTS]
    else:
        reasons = [Reason.NAMES_SIMILAR]
    if NameForm.ALIAS in forms:
        reasons.append(Reason.ALIAS_MATCHES)
    if NameForm.ORIGINAL in forms:
        reasons.append(Reason.ORIGINAL_SCRIPT_MATCHES)
    return reasons


def _year_only(date: PartialDate) -> bool:
    return date.month is None or date.is_placeholder


def birth_dates_compatible(a: PartialDate, b: PartialDate) -> bool:
    """Whether two dates of birth can be one date, compared at the coarser precision
    (01.01.YYYY counts as year-only: it is what registers write for an unknown day)."""
    if a.year != b.year:
        return False
    if _year_only(a) or _year_only(b):
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


def _birth_evidence(a: PartialDate | None, b: PartialDate | None) -> tuple[Reason, float]:
    """(reason, score adjustment); DIFFERENT_BIRTH_DATE rules a pair out unless an
    identifier is equal."""
    if a is None or b is None:
        return Reason.BIRTH_DATE_UNKNOWN, 0.0
    if not birth_dates_compatible(a, b):
        return Reason.DIFFERENT_BIRTH_DATE, -1.0
    if _year_only(a) or _year_only(b):
        return Reason.SAME_BIRTH_YEAR, 0.02
    if a.day is None or b.day is None:
        return Reason.SAME_BIRTH_MONTH, 0.04
    return Reason.SAME_BIRTH_DATE, 0.08


def _other_evidence(a: PersonFacts, b: PersonFacts) -> tuple[list[Reason], float]:
    reasons: list[Reason] = []
    adjustment = 0.0
    if a.nationalities and b.nationalities:
        if a.nationalities & b.nationalities:
            reasons.append(Reason.SHARED_NATIONALITY)
            adjustment += 0.02
        else:
            reasons.append(Reason.DIFFERENT_NATIONALITY)
            adjustment -= 0.08
    if {a.sex, b.sex} <= _BINARY_SEXES and a.sex != b.sex:
        reasons.append(Reason.DIFFERENT_SEX)
        adjustment -= 0.15
    return reasons, adjustment


def _identifier_evidence(a: PersonFacts, b: PersonFacts) -> tuple[list[Reason], bool]:
    """(reasons for equal identifiers, whether any identifier differs)."""
    if not a.identifiers or not b.identifiers:
        return [], False  # the common case: nothing to compare
    shared = sorted(set(a.identifiers) & set(b.identifiers))
    equal = [_SAME_IDENTIFIER[f] for f in shared if a.identifiers[f] == b.identifiers[f]]
    differs = any(a.identifiers[f] != b.identifiers[f] for f in shared)
    return equal, differs


# --- the score --------------------------------------------------------------------------


def score_pair(a: PersonFacts, b: PersonFacts) -> Candidate | None:
    """The candidate `a`/`b` make, or None when they are not proposed. Deterministic and
    symmetric: ``score_pair(a, b) == score_pair(b, a)``."""
    if a.person_id == b.person_id:
        return None
    if b.person_id < a.person_id:
        a, b = b, a
    same_ids, ids_differ = _identifier_evidence(a, b)
    birth, birth_adjustment = _birth_evidence(a.birth_date, b.birth_date)
    if not same_ids and (ids_differ or birth is Reason.DIFFERENT_BIRTH_DATE):
        return None  # ruled out whatever the names say: don't pay for comparing them
    name_score, form_a, form_b = best_name_match(a, b)
    others, other_adjustment = _other_evidence(a, b)
    reasons: list[Reason] = list(same_ids)
    if name_score >= DEFAULT_THRESHOLD:
        reasons += _name_reasons(name_score, (form_a, form_b))
    reasons.append(birth)
    reasons += others
    if same_ids:
        # An equal register number outweighs everything the names and dates say.
        reasons += [Reason.DIFFERENT_IDENTIFIER] if ids_differ else []
        return Candidate(a.person_id, b.person_id, 1.0, tuple(reasons))
    if name_score < DEFAULT_THRESHOLD or birth is Reason.DIFFERENT_BIRTH_DATE:
        return None
    score = min(0.99, name_score + birth_adjustment + other_adjustment)
    if score < PROPOSE_AT:
        return None
    return Candidate(a.person_id, b.person_id, round(score, 3), tuple(reasons))


def best_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Candidates by score (highest first), then by pair, so every replica lists them alike."""
    return sorted(candidates, key=lambda c: (-c.score, c.pair))
