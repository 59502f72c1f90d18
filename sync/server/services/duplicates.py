"""Likely duplicate persons across every case on the service (F21), for the admin.

The same person created on two laptops gets two ids and stays two records: the service never
merges them. It lists them instead, scored by the same rules the laptops use
(`storage.duplicates`), with the cases and holders of each side — a pair whose cases are
held by different caseworkers is one no single laptop may ever see, so the admin hears of it
here. Only ids, case numbers, logins, a score and reason codes: no names, no dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, select

from storage.duplicates import (
    IDENTIFIER_FIELDS,
    Candidate,
    PersonFacts,
    best_first,
    ordered_pair,
    score_pair,
)
from storage.name_similarity import DEFAULT_THRESHOLD
from storage.names import NameIndex
from sync.server.db.tables import ENTITY_TABLES, assignment, user_account

BLOCK_LIMIT = 50
_PERSONS = ENTITY_TABLES["person"]
_LINKS = ENTITY_TABLES["case_person"]
_CASES = ENTITY_TABLES["case"]
_DECISIONS = ENTITY_TABLES["person_merge"]
_FACT_COLUMNS = (
    _PERSONS.c.id,
    _PERSONS.c.given_names,
    _PERSONS.c.family_name,
    _PERSONS.c.name_original,
    _PERSONS.c.aliases,
    _PERSONS.c.birth_date,
    _PERSONS.c.sex,
    _PERSONS.c.nationalities,
    *(_PERSONS.c[name] for name in IDENTIFIER_FIELDS),
)


@dataclass(frozen=True, slots=True)
class PersonCases:
    """One side of a pair: the person's id, the case numbers it is linked to, their holders."""

    person_id: str
    case_numbers: tuple[str, ...]
    holders: tuple[str, ...]  # logins


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """A likely duplicate on the service."""

    first: PersonCases
    second: PersonCases
    score: float
    reasons: tuple[str, ...]
    across_holders: bool  # no caseworker holds a case of both sides


def find_duplicates(conn: Connection, *, limit: int = 1000) -> list[DuplicatePair]:
    """Likely duplicate persons (live, linked to a live case, not decided), best first."""
    facts = {
        str(row.id): PersonFacts.of(str(row.id), dict(row._mapping))
        for row in conn.execute(select(*_FACT_COLUMNS).where(_PERSONS.c.archived.is_(False)))
    }
    decided = {
        ordered_pair(str(a), str(b))
        for a, b in conn.execute(
            select(_DECISIONS.c.person_id, _DECISIONS.c.other_person_id).where(
                _DECISIONS.c.archived.is_(False)
            )
        )
    }
    found = [c for c in _candidates(facts) if c.pair not in decided]
    cases = _cases_of(conn)
    pairs = [_pair(c, cases) for c in best_first(found)]
    return [p for p in pairs if p.first.case_numbers and p.second.case_numbers][:limit]


def _candidates(facts: Mapping[str, PersonFacts]) -> list[Candidate]:
    index = NameIndex((pid, f.name_strings) for pid, f in facts.items())
    by_identifier: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pid, f in facts.items():
        for field, value in f.identifiers.items():
            by_identifier[(field, value)].append(pid)
    found: dict[tuple[str, str], Candidate] = {}
    for pid in sorted(facts):
        person = facts[pid]
        others: set[str] = set()
        for name in person.name_strings:
            hits = index.search(name, limit=BLOCK_LIMIT, threshold=DEFAULT_THRESHOLD)
            others.update(other for other, _ in hits)
        for field, value in person.identifiers.items():
            others.update(by_identifier[(field, value)])
        for other in sorted(o for o in others if o > pid):  # each pair once
            candidate = score_pair(person, facts[other])
            if candidate is not None:
                found[candidate.pair] = candidate
    return list(found.values())


def _cases_of(conn: Connection) -> dict[str, list[tuple[str, str | None]]]:
    """person id -> [(case number, holder login)] over live links of live cases."""
    query = (
        select(_LINKS.c.person_id, _CASES.c.case_number, user_account.c.login)
        .join_from(_LINKS, _CASES, _LINKS.c.case_id == _CASES.c.id)
        .outerjoin(assignment, assignment.c.case_id == _CASES.c.id)
        .outerjoin(user_account, user_account.c.id == assignment.c.user_id)
        .where(_LINKS.c.archived.is_(False), _CASES.c.archived.is_(False))
    )
    found: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for person_id, number, login in conn.execute(query):
        found[str(person_id)].append((str(number), login))
    return found


def _side(person_id: str, cases: Mapping[str, list[tuple[str, str | None]]]) -> PersonCases:
    rows = cases.get(person_id, [])
    return PersonCases(
        person_id,
        tuple(sorted({number for number, _ in rows})),
        tuple(sorted({login for _, login in rows if login})),
    )


def _pair(candidate: Candidate, cases: Mapping[str, list[tuple[str, str | None]]]) -> DuplicatePair:
    first, second = _side(candidate.person_id, cases), _side(candidate.other_person_id, cases)
    return DuplicatePair(
        first,
        second,
        candidate.score,
        tuple(r.value for r in candidate.reasons),
        not set(first.holders) & set(second.holders),
    )
