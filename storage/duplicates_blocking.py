"""Who may be a duplicate of whom: the blocking of the duplicate check. Pure, no I/O.

`score_pair` proposes a pair only when (a) a register number is equal, or (b) no register
number differs, the dates of birth are compatible (see below) and two of their
name forms match at `DEFAULT_THRESHOLD` or better. So `Blocking.others` returns, for a person,
every person that

* shares a register number (exact lookup);
* shares a name form once normalised (exact lookup: `normalise_name`, which also covers the
  same spelling, `score_pair`'s 1.0 and 0.97 cases);
* has a name that the person's names find at the threshold in a `NameIndex`
  (`name_similarity` ≥ threshold, no limit on the number of hits).

Name matches count only among people whose dates of birth are compatible (same day, or same
month where one has no day, or same year where one is year-only, or one unknown), since any
other date rules the pair out unless a register number is equal. This keeps each search to
a handful of names instead of every name of the same family in the store.

That is a superset of the pairs `score_pair` proposes, so scoring only these gives what
scoring all pairs gives. (Not covered, as before: a name that only matches when read in the
other direction, an unvowelled-script name of a person who is not being checked against a
Latin name of one who is; both are checked when both are.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from storage.duplicates import PersonFacts
from storage.name_forms import normalise_name
from storage.name_similarity import DEFAULT_THRESHOLD
from storage.names import NameIndex

_NO_LIMIT = 1 << 30


DateKey = tuple[int, ...] | None
"""A date of birth at its precision: None (unknown), (year,), (year, month) or the day."""


def date_key(facts: PersonFacts) -> DateKey:
    born = facts.birth_date
    if born is None:
        return None
    if born.month is None or born.is_placeholder:  # 01.01.YYYY counts as year-only
        return (born.year,)
    return (born.year, born.month) if born.day is None else (born.year, born.month, born.day)


class _Dates:
    """Which dates of birth are compatible with which (`birth_dates_compatible`): the same
    year where one is year-only, else the same month where one has no day, else the same
    day; an unknown date with any."""

    def __init__(self, keys: Mapping[str, DateKey]) -> None:
        self.groups: dict[DateKey, list[str]] = defaultdict(list)
        for pid, key in keys.items():
            self.groups[key].append(pid)
        self._in_year: dict[int, list[DateKey]] = defaultdict(list)
        self._in_month: dict[tuple[int, int], list[DateKey]] = defaultdict(list)
        for key in self.groups:
            if key is not None:
                self._in_year[key[0]].append(key)
                if len(key) > 1:
                    self._in_month[(key[0], key[1])].append(key)

    def compatible(self, key: DateKey) -> list[DateKey]:
        if key is None:
            return list(self.groups)
        year_only: list[DateKey] = [(key[0],)]
        if len(key) == 1:
            found = self._in_year[key[0]]
        elif len(key) == 2:
            found = year_only + self._in_month[(key[0], key[1])]
        else:
            found = [*year_only, (key[0], key[1]), key]
        return [k for k in [None, *found] if k in self.groups]


class Blocking:
    """The blocking structures of a set of people; built once, then searched many times."""

    def __init__(self, facts: Mapping[str, PersonFacts]) -> None:
        self._by_identifier: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._by_normalised: dict[str, list[str]] = defaultdict(list)
        for pid, f in facts.items():
            for field, value in f.identifiers.items():
                self._by_identifier[(field, value)].append(pid)
            for name in set(map(normalise_name, f.name_strings)):
                self._by_normalised[name].append(pid)
        self._index: NameIndex[str] = NameIndex((p, f.name_strings) for p, f in facts.items())
        self._memo: dict[Any, Any] = {}  # token matches, shared by every search
        self._dates = _Dates({pid: date_key(f) for pid, f in facts.items()})
        names = self._index.entry_ids()
        self._entries = {
            key: {i for pid in people for i in names.get(pid, ())}
            for key, people in self._dates.groups.items()
        }
        self._compatible: dict[DateKey, tuple[set[str], set[int]]] = {}
        self.size = len(facts)

    def _among(self, key: DateKey) -> tuple[set[str], set[int]]:
        """The persons, and their names' index entries, whose dates are compatible with `key`."""
        found = self._compatible.get(key)
        if found is None:
            keys = self._dates.compatible(key)
            persons = {pid for k in keys for pid in self._dates.groups[k]}
            entries = set().union(*(self._entries[k] for k in keys))
            found = self._compatible[key] = (persons, entries)
        return found

    def others(self, person: PersonFacts) -> set[str]:
        """Everyone here who may be a duplicate of `person` (a superset; never `person`)."""
        if not self.size:
            return set()
        persons, entries = self._among(date_key(person))
        found: set[str] = set()
        for name in person.name_strings:
            hits = self._index.search(
                name, limit=_NO_LIMIT, threshold=DEFAULT_THRESHOLD, memo=self._memo, among=entries
            )
            found.update(pid for pid, _ in hits)
            found.update(persons.intersection(self._by_normalised.get(normalise_name(name), ())))
        for field, value in person.identifiers.items():
            found.update(self._by_identifier.get((field, value), ()))
        found.discard(person.person_id)
        return found
