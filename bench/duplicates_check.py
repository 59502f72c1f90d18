"""The first duplicate-person check of a store (issues 4 and 5), against a raw floor.

**Set-up (untimed).** A profile seeded (`bench/seed.py`) with the generated cases
(`storage.demo_data.generate_cases`) that hold the first N persons, for each N of
`--dup-persons` (default 1,000 and 10,000 persons). No person has been checked yet, as after
the initial sync of a new laptop.

**Ours.** `DuplicateFinder.refresh()` from the first person to the last, in its chunks of
`CHUNK` persons, one transaction each: loading and indexing every person, the blocking, the
scoring and the candidate rows. The name caches of the process are cleared first. Reported:
the total, and the longest chunk (how long the store is held at once, what any other work
waits at most on the app's DB lane).

**Floor.** The same persons read raw and matched exactly: on a raw keyed connection to the
same store, one SELECT of every live person's name, date of birth and register numbers, the
pairs of persons with the same name (case folded) and date of birth, or the same register
number, and those pairs inserted into a temporary table in one transaction (the median of
three rounds). What any
duplicate check must do at least; ours adds spelling variants, typos, scripts and dates at
their precision.
"""

from __future__ import annotations

import cProfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench.report import Line, median
from bench.seed import seed_cases
from bench.workspace import new_profile, stopwatch, unlocked
from storage import duplicates, name_forms
from storage.demo_data import DemoCase
from storage.duplicates_store import CHUNK, DuplicateFinder
from storage.engine import open_connection
from storage.tables import person_match
from storage.unlocked import OpenProfile

DEFAULT_PERSONS = (1_000, 10_000)
FLOOR_ROUNDS = 3  # the floor takes milliseconds: its median of three
_FLOOR_SELECT = (
    "SELECT id, given_names, family_name, birth_date, zemis_number, n_number, azr_number "
    "FROM person WHERE archived = 0"
)


@dataclass
class CheckResult:
    persons: int
    cases: int
    candidates: int = 0
    ours_s: float = 0.0
    chunks_s: list[float] = field(default_factory=list)
    floor_s: float = 0.0
    floor_pairs: int = 0


def cases_for(cases: Sequence[DemoCase], persons: int) -> list[DemoCase]:
    """The first cases holding `persons` persons (the last case is cut to fit)."""
    out: list[DemoCase] = []
    held = 0
    for demo in cases:
        if held >= persons:
            break
        take = demo.persons[: persons - held]
        out.append(DemoCase(demo.case, take, demo.notes, demo.tasks, demo.interview))
        held += len(take)
    return out


def _clear_caches() -> None:
    for cached in (duplicates._ordered_pair_score, name_forms._name_tokens, name_forms.name_token):
        cached.cache_clear()


def _ours(profile: OpenProfile, result: CheckResult, profiler: cProfile.Profile | None) -> None:
    _clear_caches()
    finder = DuplicateFinder(profile.store, profile.context.clock)
    with stopwatch(profiler) as total:
        while True:
            start = time.perf_counter()
            step = finder.check_some(CHUNK)
            result.chunks_s.append(time.perf_counter() - start)
            if not step.more:
                break
    result.ours_s = total.seconds
    with profile.store.read() as conn:
        result.candidates = conn.execute(
            select(func.count()).select_from(person_match)
        ).scalar_one()


def _floor(profile: OpenProfile, result: CheckResult) -> None:
    connection = open_connection(profile.info.store_path, profile.store.raw_key_pragma())
    try:
        connection.execute("CREATE TEMP TABLE floor_match (a TEXT, b TEXT, PRIMARY KEY (a, b))")
        times = []
        for _ in range(FLOOR_ROUNDS):
            start = time.perf_counter()
            pairs = _floor_once(connection)
            times.append(time.perf_counter() - start)
        result.floor_s = median(times)
        result.floor_pairs = pairs
    finally:
        connection.close()


def _floor_once(connection: Any) -> int:
    groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for row in connection.execute(_FLOOR_SELECT).fetchall():
        pid, given, family, born, *numbers = row
        groups[("name", f"{given or ''} {family or ''}".casefold(), born)].append(pid)
        for kind, number in enumerate(numbers):
            if number:
                groups[("number", kind, number)].append(pid)
    pairs = {tuple(sorted(p)) for ids in groups.values() for p in combinations(ids, 2)}
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DELETE FROM floor_match")
    connection.executemany("INSERT INTO floor_match VALUES (?, ?)", sorted(pairs))
    connection.execute("COMMIT")
    return len(pairs)


def run_duplicates(
    root: Path,
    cases: Sequence[DemoCase],
    sizes: Sequence[int],
    *,
    profiler: cProfile.Profile | None = None,
) -> list[CheckResult]:
    """Seed one store per size, then time our first check and the floor on it."""
    results = []
    for persons in sizes:
        chosen = cases_for(cases, persons)
        result = CheckResult(sum(len(c.persons) for c in chosen), len(chosen))
        workspace, info = new_profile(root, f"duplicates-{persons}")
        with unlocked(workspace, info.profile_id) as profile:
            seed_cases(profile, chosen)
        with unlocked(workspace, info.profile_id) as profile:
            _floor(profile, result)
            _ours(profile, result, profiler)
        results.append(result)
    return results


def duplicates_lines(results: Sequence[CheckResult]) -> list[Line]:
    lines = []
    for r in results:
        lines.append(
            Line(f"duplicates: first check of {r.persons} persons", r.ours_s, r.floor_s, "s")
        )
        lines.append(
            Line(
                f"duplicates: longest transaction of that check (chunks of {CHUNK})",
                max(r.chunks_s, default=0.0) * 1000,
                None,
                "ms",
            )
        )
    return lines


def duplicates_details(results: Sequence[CheckResult]) -> list[dict[str, Any]]:
    return [
        {
            "persons": r.persons,
            "cases": r.cases,
            "candidates": r.candidates,
            "ours_s": r.ours_s,
            "chunks": len(r.chunks_s),
            "chunk_s": {
                "first": r.chunks_s[0] if r.chunks_s else None,
                "max": max(r.chunks_s, default=None),
                "median": sorted(r.chunks_s)[len(r.chunks_s) // 2] if r.chunks_s else None,
            },
            "floor_s": r.floor_s,
            "floor_exact_pairs": r.floor_pairs,
        }
        for r in results
    ]
