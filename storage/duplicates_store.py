"""Duplicate-person candidates on the laptop: found incrementally, kept in `person_match`.

`DuplicateFinder.refresh` checks only the persons written since the last check (local edits
and rows applied from a sync alike stamp `updated_hlc` from the profile's hybrid clock, which
never goes back, unlike the wall clock), each against the others through
a `NameIndex` (blocking: only people sharing a similar name token are scored) and an exact
lookup of register numbers — never all pairs. Candidates are derived data: every replica
finds the same ones from the same rows, so they are not synced; the caseworker's decisions
about them are (`person_merge`, `storage.services.persons_merge`). A decided pair is never
proposed again, unless its decision is undone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, tuple_

from storage.clock import WallClock, system_clock, utc_iso
from storage.database import Store
from storage.duplicates import (
    IDENTIFIER_FIELDS,
    Candidate,
    PersonFacts,
    Reason,
    best_first,
    ordered_pair,
    score_pair,
)
from storage.name_similarity import DEFAULT_THRESHOLD
from storage.names import NameIndex
from storage.tables import ENTITY_TABLES, person_match

META_CHECKED = "duplicates_checked_upto"
"""(updated_hlc, id) of the last person checked, as a two-item list."""
BLOCK_LIMIT = 50  # most similar names looked at per name form of a person

_PERSONS = ENTITY_TABLES["person"]
_LINKS = ENTITY_TABLES["case_person"]
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


def _facts(row: Any) -> PersonFacts:
    return PersonFacts.of(row.id, row._mapping)


def decided_pairs(
    conn: Connection, person_ids: Iterable[str] | None = None
) -> set[tuple[str, str]]:
    """Pairs with a live decision (merged, or not the same person), in canonical order."""
    query = select(_DECISIONS.c.person_id, _DECISIONS.c.other_person_id).where(
        _DECISIONS.c.archived.is_(False)
    )
    if person_ids is not None:
        ids = list(person_ids)
        query = query.where(
            or_(_DECISIONS.c.person_id.in_(ids), _DECISIONS.c.other_person_id.in_(ids))
        )
    return {ordered_pair(str(a), str(b)) for a, b in conn.execute(query)}


def forget_pair(conn: Connection, a: str, b: str) -> None:
    """Drop the candidate row of a pair (in the caller's transaction)."""
    first, second = ordered_pair(a, b)
    conn.execute(
        delete(person_match).where(
            person_match.c.person_id == first, person_match.c.other_person_id == second
        )
    )


class _Blocking:
    """Who may be a duplicate of whom: similar names (NameIndex) or an equal register number."""

    def __init__(self, facts: Mapping[str, PersonFacts]) -> None:
        self._index = NameIndex((pid, f.name_strings) for pid, f in facts.items())
        self._memo: dict[Any, Any] = {}  # token matches, shared by all searches of one check
        self._by_identifier: dict[tuple[str, str], list[str]] = defaultdict(list)
        for pid, f in facts.items():
            for field, value in f.identifiers.items():
                self._by_identifier[(field, value)].append(pid)

    def others(self, person: PersonFacts) -> set[str]:
        found: set[str] = set()
        for name in person.name_strings:
            hits = self._index.search(
                name, limit=BLOCK_LIMIT, threshold=DEFAULT_THRESHOLD, memo=self._memo
            )
            found.update(pid for pid, _ in hits)
        for field, value in person.identifiers.items():
            found.update(self._by_identifier.get((field, value), ()))
        found.discard(person.person_id)
        return found


class DuplicateFinder:
    """The duplicate candidates of one unlocked profile."""

    def __init__(self, store: Store, clock: WallClock = system_clock) -> None:
        self._store = store
        self._clock = clock

    def refresh(self) -> int:
        """Check every person written since the last check; returns how many were checked.

        One transaction: the candidates and the new check mark commit together, so a person
        written meanwhile is checked by the next call."""
        with self._store.write() as conn:
            changed = self._changed(conn)
            if not changed:
                return 0
            live = {
                row.id: _facts(row)
                for row in conn.execute(
                    select(*_FACT_COLUMNS).where(_PERSONS.c.archived.is_(False))
                )
            }
            changed_ids = [str(row.id) for row in changed]
            found = self._score_changed(live, changed_ids)
            decided = decided_pairs(conn, changed_ids)
            conn.execute(
                delete(person_match).where(
                    or_(
                        person_match.c.person_id.in_(changed_ids),
                        person_match.c.other_person_id.in_(changed_ids),
                    )
                )
            )
            now = utc_iso(self._clock)
            rows = [_row(c, now) for c in found.values() if c.pair not in decided]
            if rows:
                conn.execute(insert(person_match), rows)
            last = changed[-1]
            self._store.set_meta(conn, META_CHECKED, [last.updated_hlc, last.id])
        return len(changed)

    def _changed(self, conn: Connection) -> list[Any]:
        query = select(_PERSONS.c.id, _PERSONS.c.updated_hlc).order_by(
            _PERSONS.c.updated_hlc, _PERSONS.c.id
        )
        mark = self._store.get_meta(conn, META_CHECKED)
        if isinstance(mark, list) and len(mark) == 2:
            query = query.where(
                tuple_(_PERSONS.c.updated_hlc, _PERSONS.c.id) > tuple_(str(mark[0]), str(mark[1]))
            )
        return list(conn.execute(query))

    @staticmethod
    def _score_changed(
        live: Mapping[str, PersonFacts], changed_ids: Iterable[str]
    ) -> dict[tuple[str, str], Candidate]:
        blocking = _Blocking(live)
        found: dict[tuple[str, str], Candidate] = {}
        scored: set[tuple[str, str]] = set()  # a pair of two changed persons comes up twice
        for person_id in changed_ids:
            person = live.get(person_id)
            if person is None:
                continue  # archived (merged): its candidates are dropped above
            for other in sorted(blocking.others(person)):
                pair = (person_id, other) if person_id < other else (other, person_id)
                if pair in scored:
                    continue
                scored.add(pair)
                candidate = score_pair(person, live[other])
                if candidate is not None:
                    found[candidate.pair] = candidate
        return found

    # --- reads --------------------------------------------------------------------------

    def candidates(self, person_ids: Iterable[str] | None = None) -> list[Candidate]:
        """Open candidates (optionally those involving some persons), best first."""
        with self._store.read() as conn:
            return self._candidates(conn, person_ids)

    def candidates_for_case(self, case_id: str) -> list[Candidate]:
        """Open candidates involving a person linked to the case."""
        with self._store.read() as conn:
            query = select(_LINKS.c.person_id).where(
                _LINKS.c.case_id == case_id, _LINKS.c.archived.is_(False)
            )
            persons = [str(p) for p in conn.execute(query).scalars()]
            return self._candidates(conn, persons) if persons else []

    def _candidates(self, conn: Connection, person_ids: Iterable[str] | None) -> list[Candidate]:
        query = select(person_match)
        ids = None if person_ids is None else list(person_ids)
        if ids is not None:
            query = query.where(
                or_(person_match.c.person_id.in_(ids), person_match.c.other_person_id.in_(ids))
            )
        rows = list(conn.execute(query))
        involved = {r.person_id for r in rows} | {r.other_person_id for r in rows}
        archived = set(
            conn.execute(
                select(_PERSONS.c.id).where(
                    and_(_PERSONS.c.id.in_(involved), _PERSONS.c.archived.is_(True))
                )
            ).scalars()
        )
        decided = decided_pairs(conn, involved)
        return best_first(
            Candidate(r.person_id, r.other_person_id, r.score / 1000, _reasons(r.reasons))
            for r in rows
            if (r.person_id, r.other_person_id) not in decided
            and not {r.person_id, r.other_person_id} & archived
        )


def _row(candidate: Candidate, now: str) -> dict[str, object]:
    return {
        "person_id": candidate.person_id,
        "other_person_id": candidate.other_person_id,
        "score": candidate.score_permille,
        "reasons": [r.value for r in candidate.reasons],
        "found_at": now,
    }


def _reasons(stored: object) -> tuple[Reason, ...]:
    known = {r.value for r in Reason}
    items = stored if isinstance(stored, list) else []
    return tuple(Reason(code) for code in items if code in known)
