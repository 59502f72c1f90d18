"""Finding cases: full-text search inside the encrypted store plus a variant-tolerant name
matcher.

What is typed is classified first (`storage.search_terms`): identifiers and case numbers are
looked up exactly (or by prefix while typing) in the FTS5 index; names are ranked by
`storage.names.NameIndex`, which tolerates diacritics, transliteration variants and typos;
a date of birth narrows the people found (or finds them on its own); any other words are
matched against notes and summaries. Every hit is a case, with the person that matched.

The name index lives in memory only while the profile is unlocked and is dropped on lock.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from storage.database import Store
from storage.names import NameIndex, index_terms
from storage.search_terms import (
    IdentifierKind,
    PartialDate,
    Query,
    normalise_identifier,
    parse_query,
    partial_date_matches,
)
from storage.services.records import Record
from storage.tables import ENTITY_TABLES

INDEXED = ("case", "person", "identity_document", "note", "interview")
_IDENTIFIER_FIELDS = {
    "zemis_number": IdentifierKind.ZEMIS,
    "n_number": IdentifierKind.N_NUMBER,
    "azr_number": IdentifierKind.AZR,
}
_WORD = re.compile(r"\w+", re.UNICODE)
NAME_THRESHOLD = 0.72
_INSERT = "INSERT INTO search_fts(entity, entity_id, case_id, terms) VALUES (?, ?, ?, ?)"
_REMOVE_CHUNK = 400  # (entity, id) pairs per DELETE: 800 variables


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A case that matches, how well (0..1), why, and which person matched if any."""

    case_id: str
    score: float
    reason: str  # identifier | case_number | name | birth_date | text
    person_id: str | None = None


def _identifier(kind: IdentifierKind, value: object) -> str | None:
    try:
        return normalise_identifier(kind, str(value)).lower() if value else None
    except ValueError:
        return None


def _person_names(values: Any) -> list[str]:
    full = " ".join(v for v in (values["given_names"], values["family_name"]) if v)
    names = [full, values["name_original"], *(values["aliases"] or [])]
    return [n for n in names if n]


def record_terms(record: Record) -> str:
    """The words the full-text index keeps for a record (inside the encrypted store)."""
    values = record.values
    words: list[str] = []
    if record.entity == "case":
        words += [
            values["case_number"] or "",
            _identifier(IdentifierKind.CASE_NUMBER, values["case_number"]) or "",
            values["summary"] or "",
        ]
    elif record.entity == "person":
        for name in _person_names(values):
            words += [name, *index_terms(name)]
        words += [_identifier(k, values[f]) or "" for f, k in _IDENTIFIER_FIELDS.items()]
    elif record.entity == "identity_document":
        words.append(re.sub(r"[\s.\-/]", "", values["number"] or "").lower())
    elif record.entity == "note":
        words.append(values["body"] or "")
    elif record.entity == "interview":
        answers = values["answers"] or {}
        words += [str(v) for v in (answers.values() if isinstance(answers, dict) else answers)]
    return " ".join(w for w in words if w)


def _match_expression(words: Iterable[str], *, prefix: bool) -> str | None:
    tokens = [t for w in words for t in _WORD.findall(w.lower())]
    if not tokens:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' + ("*" if prefix else "") for t in tokens]
    return " AND ".join(quoted)


def _births_by_year(rows: Iterable[Any]) -> dict[int, list[tuple[str, str]]]:
    by_year: dict[int, list[tuple[str, str]]] = {}
    for row in rows:
        stored = row.birth_date
        if isinstance(stored, str) and stored[:4].isdigit():
            by_year.setdefault(int(stored[:4]), []).append((row.id, stored))
    return by_year


class SearchIndex:
    """The search of one unlocked profile; `index`/`remove` run inside the writer's
    transaction, so the index always matches the committed data."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._names: NameIndex[str] | None = None
        self._births_by_year: dict[int, list[tuple[str, str]]] = {}
        self._lock = threading.Lock()
        self._generation = 0  # bumped by every person change; a stale build is not kept

    # --- maintenance ----------------------------------------------------------------

    def index(self, conn: Connection, record: Record, *, new: bool = False) -> None:
        """(Re)index one record; archived records leave the index.

        `new=True` (a record created in this transaction) skips removing an old entry: an
        FTS5 delete by column is a scan of the whole index, the biggest cost of a write.
        """
        if record.entity not in INDEXED:
            return
        if new:
            if record.entity == "person":
                self._invalidate()
        else:
            self.remove(conn, record.entity, record.id)
        terms = record_terms(record)
        if not terms or record.archived:
            return
        row = (record.entity, record.id, record.case_id, terms)
        batch = self._store.batch(conn)
        if batch is not None:  # written with the transaction's other index rows at once
            batch.add(_INSERT, row)
        else:
            conn.exec_driver_sql(_INSERT, row)

    def remove(self, conn: Connection, entity: str, entity_id: str) -> None:
        """Drop a record from the index (eviction, archive)."""
        conn.execute(
            text("DELETE FROM search_fts WHERE entity = :e AND entity_id = :i"),
            {"e": entity, "i": entity_id},
        )
        if entity == "person":
            self._invalidate()

    def remove_many(self, conn: Connection, records: Iterable[tuple[str, str]]) -> None:
        """Drop many (entity, id) records from the index: one pass over the index for up to
        `_REMOVE_CHUNK` of them, where `remove` scans it once per record."""
        wanted = sorted({(e, i) for e, i in records if e in INDEXED})
        for start in range(0, len(wanted), _REMOVE_CHUNK):
            chunk = wanted[start : start + _REMOVE_CHUNK]
            pairs = ", ".join("(?, ?)" for _ in chunk)
            conn.exec_driver_sql(
                f"DELETE FROM search_fts WHERE (entity, entity_id) IN (VALUES {pairs})",
                tuple(value for pair in chunk for value in pair),
            )
        if any(entity == "person" for entity, _ in wanted):
            self._invalidate()

    def _invalidate(self) -> None:
        with self._lock:
            self._names = None
            self._generation += 1

    def clear(self) -> None:
        """Forget everything held in memory (on lock)."""
        with self._lock:
            self._names = None
            self._births_by_year = {}

    def warm_up(self) -> None:
        """Build the in-memory name index now (seconds for 10,000 cases), so that the first
        name typed into the search box answers as fast as every later one."""
        with self._store.read() as conn:
            self._name_index(conn)

    # --- queries --------------------------------------------------------------------

    def search(self, typed: str, *, limit: int = 200) -> list[SearchHit]:
        """Cases matching what was typed, best first (prefix matching while typing)."""
        query = parse_query(typed)
        best: dict[str, SearchHit] = {}
        with self._store.read() as conn:
            for hit in self._hits(conn, query):
                if hit.case_id not in best or hit.score > best[hit.case_id].score:
                    best[hit.case_id] = hit
        return sorted(best.values(), key=lambda h: (-h.score, h.case_id))[:limit]

    def _hits(self, conn: Connection, query: Query) -> Iterable[SearchHit]:
        for identifier in query.identifiers:
            reason = (
                "case_number" if identifier.kind is IdentifierKind.CASE_NUMBER else "identifier"
            )
            yield from self._fts_hits(conn, [identifier.value], reason, 1.0)
        people: dict[str, float] = {}
        if query.name:
            people = dict(
                self._name_index(conn).search(
                    query.name, prefix=True, limit=500, threshold=NAME_THRESHOLD
                )
            )
            if query.birth_dates:
                born = self._born_on(query.birth_dates)
                people = {p: s for p, s in people.items() if p in born}
            yield from self._fts_hits(conn, [query.name], "text", 0.5)
        elif query.birth_dates:
            self._name_index(conn)
            people = dict.fromkeys(self._born_on(query.birth_dates), 0.9)
        reason = "name" if query.name else "birth_date"
        yield from self._cases_of(conn, people, reason)

    def _born_on(self, dates: tuple[PartialDate, ...]) -> set[str]:
        # Only people born in the query's year are compared: parsing every stored date on
        # every keystroke was the slowest part of search.
        return {
            person
            for query in dates
            for person, stored in self._births_by_year.get(query.year, ())
            if partial_date_matches(stored, query)
        }

    def _fts_hits(
        self, conn: Connection, words: list[str], reason: str, score: float
    ) -> Iterable[SearchHit]:
        expression = _match_expression(words, prefix=True)
        if expression is None:
            return
        rows = conn.execute(
            text(
                "SELECT entity, entity_id, case_id FROM search_fts WHERE search_fts MATCH :q "
                "ORDER BY rank LIMIT 500"
            ),
            {"q": expression},
        ).fetchall()
        persons = {}
        for row in rows:
            if row.entity == "case":
                yield SearchHit(row.entity_id, score, reason)
            elif row.entity == "person":
                persons[row.entity_id] = score
            elif row.case_id:
                yield SearchHit(row.case_id, score * 0.9, reason)
        if reason != "text":  # people found by words are the name index's job
            yield from self._cases_of(conn, persons, reason)

    def _cases_of(
        self, conn: Connection, people: dict[str, float], reason: str
    ) -> Iterable[SearchHit]:
        if not people:
            return
        links = ENTITY_TABLES["case_person"]
        rows = conn.execute(
            select(links.c.case_id, links.c.person_id).where(
                links.c.person_id.in_(list(people)), links.c.archived.is_(False)
            )
        ).fetchall()
        for row in rows:
            yield SearchHit(row.case_id, people[row.person_id], reason, row.person_id)

    def _name_index(self, conn: Connection) -> NameIndex[str]:
        with self._lock:
            if self._names is not None:
                return self._names
            generation = self._generation
        persons = ENTITY_TABLES["person"]
        rows = conn.execute(
            select(
                persons.c.id,
                persons.c.given_names,
                persons.c.family_name,
                persons.c.name_original,
                persons.c.aliases,
                persons.c.birth_date,
            ).where(persons.c.archived.is_(False))
        ).fetchall()
        index = NameIndex((r.id, _person_names(r._mapping)) for r in rows)
        with self._lock:
            if generation == self._generation:
                self._names = index
            self._births_by_year = _births_by_year(rows)
        return index
