"""Search at 10,000 cases: `profile.search.search(q)` vs one raw FTS5 lookup of the same words.

Ours classifies the text, ranks people with the variant-tolerant name matcher, narrows by date
of birth and maps hits to cases. The floor is a single indexed FTS5 MATCH (prefix terms, ranked,
LIMIT 500, rows fetched) on a second raw keyed connection to the same store: what one lookup in
the encrypted index costs. The first query after unlock also builds the in-memory name index,
so it is reported on its own ("cold"), as the median over several unlocks.
"""

from __future__ import annotations

import cProfile
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.queries import COLD_QUERY
from bench.report import Line, median, percentile
from bench.seed import seed_cases
from bench.unlock import UnlockResult, run_unlock
from bench.workspace import new_profile, stopwatch, unlocked
from storage.demo_data import DemoCase, insert_demo_case
from storage.engine import open_connection
from storage.unlocked import OpenProfile

GOAL_P95_MS = 50.0
_WORD = re.compile(r"\w+", re.UNICODE)
_FLOOR_SQL = (
    "SELECT entity, entity_id, case_id FROM search_fts WHERE search_fts MATCH ? "
    "ORDER BY rank LIMIT 500"
)


def match_expression(typed: str) -> str | None:
    """Every word of `typed` as an FTS5 prefix term, all required."""
    tokens = _WORD.findall(typed.lower())
    return " AND ".join('"' + t + '"*' for t in tokens) if tokens else None


class RawFts:
    """The floor: a raw keyed connection running one FTS5 lookup per query."""

    def __init__(self, profile: OpenProfile) -> None:
        self._connection = open_connection(profile.info.store_path, profile.store.raw_key_pragma())

    def lookup(self, typed: str) -> float:
        """Seconds for one lookup of the words of `typed`, rows fetched."""
        expression = match_expression(typed)
        start = time.perf_counter()
        if expression is not None:
            self._connection.execute(_FLOOR_SQL, (expression,)).fetchall()
        return time.perf_counter() - start

    def close(self) -> None:
        self._connection.close()


@dataclass
class SearchResult:
    cases: int
    rows_seeded: int
    seed_s: float
    queries: list[str]
    rounds: int
    ours_ms: dict[str, list[float]] = field(default_factory=dict)
    floor_ms: dict[str, list[float]] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    cold_ms: list[float] = field(default_factory=list)
    cold_floor_ms: list[float] = field(default_factory=list)
    unlock: UnlockResult | None = None

    def all_ours(self) -> list[float]:
        return [ms for values in self.ours_ms.values() for ms in values]

    def all_floor(self) -> list[float]:
        return [ms for values in self.floor_ms.values() for ms in values]


def _cold_query(result: SearchResult, profile: OpenProfile) -> None:
    start = time.perf_counter()
    profile.search.search(COLD_QUERY)
    result.cold_ms.append((time.perf_counter() - start) * 1000)
    floor = RawFts(profile)  # a fresh connection: SQLCipher's page cache is cold too
    try:
        result.cold_floor_ms.append(floor.lookup(COLD_QUERY) * 1000)
    finally:
        floor.close()


def _warm_rounds(
    result: SearchResult, profile: OpenProfile, profiler: cProfile.Profile | None
) -> None:
    profile.search.search(COLD_QUERY)  # builds the name index: later queries are warm
    floor = RawFts(profile)
    try:
        for _ in range(result.rounds):
            for typed in result.queries:
                with stopwatch(profiler) as elapsed:
                    hits = profile.search.search(typed)
                result.ours_ms.setdefault(typed, []).append(elapsed.seconds * 1000)
                result.floor_ms.setdefault(typed, []).append(floor.lookup(typed) * 1000)
                result.hits[typed] = len(hits)
    finally:
        floor.close()


def run_search(
    root: Path,
    cases: Sequence[DemoCase],
    queries: Sequence[str],
    *,
    rounds: int,
    unlock_rounds: int,
    profiler: cProfile.Profile | None = None,
) -> SearchResult:
    """Seed a profile with `cases`, then time cold and warm queries against the floor."""
    workspace, info = new_profile(root, "searcher")
    start = time.perf_counter()
    with unlocked(workspace, info.profile_id) as profile:
        rows = seed_cases(profile, cases)
    result = SearchResult(len(cases), rows, time.perf_counter() - start, list(queries), rounds)
    result.unlock = run_unlock(
        workspace,
        info,
        label=f"{len(cases)} cases seeded, no outbox or audit: a lower bound",
        rounds=unlock_rounds,
        after=lambda profile: _cold_query(result, profile),
    )
    with unlocked(workspace, info.profile_id) as profile:
        _warm_rounds(result, profile, profiler)
    return result


def search_lines(result: SearchResult) -> list[Line]:
    """p50 and p95 of every warm query, and the first query after unlock."""
    ours, floor = result.all_ours(), result.all_floor()
    label = f"search at {result.cases} cases ({len(result.queries)} queries x {result.rounds})"
    p95 = percentile(ours, 95)
    return [
        Line(f"{label}, p50", median(ours), median(floor), "ms"),
        Line(
            f"{label}, p95",
            p95,
            percentile(floor, 95),
            "ms",
            goal=f"< {GOAL_P95_MS:.0f} ms",
            passed=p95 < GOAL_P95_MS,
        ),
        Line(
            f"search, first query after unlock (cold, median of {len(result.cold_ms)})",
            median(result.cold_ms),
            median(result.cold_floor_ms),
            "ms",
        ),
    ]


def search_details(result: SearchResult) -> dict[str, Any]:
    per_query = {
        q: {
            "ours_median_ms": median(result.ours_ms[q]),
            "floor_median_ms": median(result.floor_ms[q]),
            "hits": result.hits[q],
        }
        for q in result.queries
    }
    slowest = sorted(per_query, key=lambda q: -per_query[q]["ours_median_ms"])[:10]
    ours, floor = result.all_ours(), result.all_floor()
    return {
        "cases": result.cases,
        "rows_seeded": result.rows_seeded,
        "seed_s": result.seed_s,
        "query_count": len(result.queries),
        "rounds": result.rounds,
        "ours_ms": {"p50": median(ours), "p95": percentile(ours, 95), "max": max(ours)},
        "floor_ms": {"p50": median(floor), "p95": percentile(floor, 95), "max": max(floor)},
        "cold_ms": result.cold_ms,
        "cold_floor_ms": result.cold_floor_ms,
        "slowest_queries": slowest,
        "per_query": per_query,
    }


def _answers(profile: OpenProfile, queries: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    # Ids differ between two stores, so compare what the ids stand for.
    numbers = {r.id: r["case_number"] for r in profile.records.list("case")}
    people = {
        r.id: (r["family_name"], r["given_names"], r["birth_date"])
        for r in profile.records.list("person")
    }
    return {
        typed: sorted(
            (numbers[h.case_id], h.reason, round(h.score, 6), people.get(h.person_id or ""))
            for h in profile.search.search(typed)
        )
        for typed in queries
    }


def seed_mismatches(root: Path, cases: Sequence[DemoCase], queries: Sequence[str]) -> list[str]:
    """Queries a seeded store answers differently from a store written through the services."""
    answers = []
    for login, through_services in (("seedcheck-services", True), ("seedcheck-seeded", False)):
        workspace, info = new_profile(root, login)
        with unlocked(workspace, info.profile_id) as profile:
            if through_services:
                with profile.store.write():
                    for demo in cases:
                        insert_demo_case(profile.records, demo)
            else:
                seed_cases(profile, cases)
            answers.append(_answers(profile, queries))
    return [q for q in queries if answers[0][q] != answers[1][q]]
