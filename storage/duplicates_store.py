"""Duplicate-person candidates on the laptop: found incrementally, kept in `person_match`.

`DuplicateFinder` checks only the persons written since the last check (local edits and rows
applied from a sync alike stamp `updated_hlc` from the profile's hybrid clock, which never
goes back, unlike the wall clock), each against the others through the blocking of
`storage.duplicates_blocking` (similar names among compatible dates of birth, equal names,
equal register numbers), which lets through every pair `score_pair` would propose — never
all pairs. The check goes in chunks of `CHUNK` persons, one short transaction each
(`check_some`), each committing its candidates with the check mark (`META_CHECKED`), so other
writers get the store between chunks and an interrupted check resumes where it stopped. The
persons' facts and their blocking are built once per unlocked store, in steps of their own,
and then only brought up to date (`_Snapshot`).

Candidates are derived data: every replica finds the same ones from the same rows, so they
are not synced; the caseworker's decisions about them are (`person_merge`,
`storage.services.persons_merge`). A decided pair is never proposed again, unless its
decision is undone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, tuple_

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
from storage.duplicates_blocking import Blocking
from storage.tables import ENTITY_TABLES, person_match

META_CHECKED = "duplicates_checked_upto"
"""(updated_hlc, id) of the last person checked, as a two-item list."""
CHUNK = 500
"""Persons checked per transaction: other writers wait at most one chunk (well under a second)."""
LOAD_PAGE = 5000  # persons read per step when a store's persons are first loaded
REBUILD_AT = 256  # persons re-read since the blocking was built before it is built again

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


class _Snapshot:
    """Every live person's facts and their blocking, kept between checks of one store.

    Loading and indexing every person is most of a check's cost, so it is done once per
    unlocked store (in steps: `load_some`) and then brought up to date at the start of each
    chunk: persons written
    since (`updated_hlc` above the newest seen) are re-read and go to a small second
    blocking, and their entries in the big one are ignored; persons gone from the store
    (evicted by a sync) are dropped. When that second part grows, everything is rebuilt.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.facts: dict[str, PersonFacts] = {}
        self.keys: dict[str, tuple[str, str]] = {}  # person → (updated_hlc, id)
        self.seen = ""
        self._main = Blocking({})
        self._stale: set[str] = set()
        self._delta = Blocking({})
        self.scored_with: dict[str, tuple[tuple[str, str], set[str]]] = {}
        """A person still waiting → (its key, the persons already scored with it)."""
        self.loaded = False
        self._load_after: str | None = None  # the first load's position (person id)
        self._load_seen = ""

    def load_some(self, conn: Connection, limit: int) -> None:
        """Read the next `limit` persons of the first load; index them all after the last.

        Persons written between two pages are read again by the first `bring_up_to_date`:
        everything written after the load began has a newer `updated_hlc`."""
        if self._load_after is None:
            newest = conn.execute(select(func.max(_PERSONS.c.updated_hlc))).scalar()
            self._load_seen, self._load_after = newest or "", ""
        query = (
            select(*_FACT_COLUMNS, _PERSONS.c.updated_hlc)
            .where(_PERSONS.c.archived.is_(False), _PERSONS.c.id > self._load_after)
            .order_by(_PERSONS.c.id)
            .limit(limit)
        )
        rows = conn.execute(query).fetchall()
        for row in rows:
            pid = str(row.id)
            self.facts[pid] = _facts(row)
            self.keys[pid] = (row.updated_hlc, pid)
        if len(rows) == limit:
            self._load_after = str(rows[-1].id)
            return
        self.seen, self.loaded = self._load_seen, True
        self._main = Blocking(self.facts)

    def bring_up_to_date(self, conn: Connection) -> None:
        changed = self._read(conn, _PERSONS.c.updated_hlc > self.seen)
        live = conn.execute(
            select(func.count()).select_from(_PERSONS).where(_PERSONS.c.archived.is_(False))
        ).scalar_one()
        if live != len(self.facts):
            ids = set(
                conn.execute(select(_PERSONS.c.id).where(_PERSONS.c.archived.is_(False))).scalars()
            )
            for gone in self.facts.keys() - ids:
                self._drop(gone)
                changed = True
            missing = ids - self.facts.keys()
            if missing:
                self._read(conn, _PERSONS.c.id.in_(sorted(missing)))
                changed = True
        if not changed:
            return
        if len(self._stale) > max(REBUILD_AT, self._main.size // 8):
            self._main, self._stale = Blocking(self.facts), set()
            self._delta = Blocking({})
        else:
            self._delta = Blocking(
                {pid: self.facts[pid] for pid in self._stale if pid in self.facts}
            )

    def _read(self, conn: Connection, where: Any) -> bool:
        query = select(*_FACT_COLUMNS, _PERSONS.c.archived, _PERSONS.c.updated_hlc).where(where)
        found = False
        for row in conn.execute(query):
            found = True
            pid = str(row.id)
            self._stale.add(pid)
            self.seen = max(self.seen, row.updated_hlc)
            if row.archived:
                self._drop(pid)
            else:
                self.facts[pid] = _facts(row)
                self.keys[pid] = (row.updated_hlc, pid)
        return found

    def _drop(self, pid: str) -> None:
        self.facts.pop(pid, None)
        self.keys.pop(pid, None)
        self._stale.add(pid)

    def others(self, person: PersonFacts) -> set[str]:
        return (self._main.others(person) - self._stale) | self._delta.others(person)


_DELETE_PAIR = delete(person_match).where(
    person_match.c.person_id == bindparam("a"), person_match.c.other_person_id == bindparam("b")
)
_SNAPSHOTS: WeakKeyDictionary[Store, _Snapshot] = WeakKeyDictionary()
_SNAPSHOTS_LOCK = threading.Lock()


def forget_snapshot(store: Store) -> None:
    """Drop the person facts kept in memory for a store (it locks)."""
    with _SNAPSHOTS_LOCK:
        _SNAPSHOTS.pop(store, None)


@dataclass(frozen=True, slots=True)
class Step:
    """What one `DuplicateFinder.check_some` did."""

    checked: int
    more: bool  # persons are still waiting for a check


class DuplicateFinder:
    """The duplicate candidates of one unlocked profile."""

    def __init__(self, store: Store, clock: WallClock = system_clock) -> None:
        self._store = store
        self._clock = clock

    def refresh(self, chunk: int = CHUNK) -> int:
        """Check every person written since the last check; returns how many were checked.

        In transactions of `chunk` persons (`check_some`), so other writers get the store
        between them; a person written meanwhile is checked by a later chunk or call."""
        total = 0
        while True:
            step = self.check_some(chunk)
            total += step.checked
            if not step.more:
                return total

    def check_some(self, limit: int = CHUNK) -> Step:
        """Check up to `limit` of the persons waiting, in one transaction.

        The candidates of these persons and the new check mark (`META_CHECKED`) commit
        together: a check interrupted between two calls resumes after the last one."""
        with _SNAPSHOTS_LOCK:
            if self._store.is_locked:
                _SNAPSHOTS.pop(self._store, None)
            snapshot = _SNAPSHOTS.get(self._store)
            if snapshot is None:
                snapshot = _SNAPSHOTS[self._store] = _Snapshot()
        with self._store.write() as conn, snapshot.lock:
            chunk, more = self._waiting(conn, limit)
            if not chunk:
                return Step(0, False)
            if not snapshot.loaded:  # a step of its own: the store is held only briefly
                snapshot.load_some(conn, LOAD_PAGE)
                return Step(0, True)
            snapshot.bring_up_to_date(conn)
            chunk_ids = [str(row.id) for row in chunk]
            last = (chunk[-1].updated_hlc, str(chunk[-1].id))
            stored = _stored_pairs(conn, chunk_ids)
            found, kept = _score(snapshot, chunk_ids, last, stored, decided_pairs(conn, chunk_ids))
            gone = [{"a": a, "b": b} for a, b in stored - kept]
            if gone:
                conn.execute(_DELETE_PAIR, gone)
            now = utc_iso(self._clock)
            rows = [_row(c, now) for c in found.values()]
            if rows:
                conn.execute(insert(person_match), rows)
            self._store.set_meta(conn, META_CHECKED, list(last))
        return Step(len(chunk), more)

    def _waiting(self, conn: Connection, limit: int) -> tuple[list[Any], bool]:
        query = select(_PERSONS.c.id, _PERSONS.c.updated_hlc).order_by(
            _PERSONS.c.updated_hlc, _PERSONS.c.id
        )
        mark = self._store.get_meta(conn, META_CHECKED)
        if isinstance(mark, list) and len(mark) == 2:
            query = query.where(
                tuple_(_PERSONS.c.updated_hlc, _PERSONS.c.id) > tuple_(str(mark[0]), str(mark[1]))
            )
        rows = list(conn.execute(query.limit(limit + 1)))
        return rows[:limit], len(rows) > limit

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


def _stored_pairs(conn: Connection, person_ids: list[str]) -> set[tuple[str, str]]:
    query = select(person_match.c.person_id, person_match.c.other_person_id).where(
        or_(
            person_match.c.person_id.in_(person_ids),
            person_match.c.other_person_id.in_(person_ids),
        )
    )
    return {(str(a), str(b)) for a, b in conn.execute(query)}


def _score(
    snapshot: _Snapshot,
    chunk_ids: list[str],
    last: tuple[str, str],
    stored: set[tuple[str, str]],
    decided: set[tuple[str, str]],
) -> tuple[dict[tuple[str, str], Candidate], set[tuple[str, str]]]:
    """The candidates of the chunk's persons, and the stored pairs that stay as they are.

    Each person is scored against the blocking's `others` and against the partners of its
    stored pairs (a pair found from the other side, when only that name finds this one, is
    re-scored, not lost). A pair already scored in an earlier chunk of this check, with a
    person still waiting here and not changed since, is kept as that chunk left it."""
    partners: dict[str, set[str]] = {}
    for a, b in stored:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    found: dict[tuple[str, str], Candidate] = {}
    kept: set[tuple[str, str]] = set()
    scored: set[tuple[str, str]] = set()  # a pair of two persons of the chunk comes up twice
    for person_id in chunk_ids:
        earlier = snapshot.scored_with.pop(person_id, None)
        person = snapshot.facts.get(person_id)
        if person is None:
            continue  # archived (merged) or gone: its stored pairs are dropped
        done: set[str] = set()
        if earlier is not None and earlier[0] == snapshot.keys[person_id]:
            done = earlier[1]
            kept.update(ordered_pair(person_id, other) for other in done)
        for other in (snapshot.others(person) | partners.get(person_id, set())) - done:
            other_facts = snapshot.facts.get(other)
            pair = ordered_pair(person_id, other)
            if other_facts is None or pair in scored or pair in decided:
                continue
            scored.add(pair)
            key = snapshot.keys[other]
            if key > last:  # waits for a later chunk: remember that this pair is done
                mark = snapshot.scored_with.get(other)
                if mark is None or mark[0] != key:
                    mark = snapshot.scored_with[other] = (key, set())
                mark[1].add(person_id)
            candidate = score_pair(person, other_facts)
            if candidate is not None:
                found[candidate.pair] = candidate
    return found, kept & stored


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
