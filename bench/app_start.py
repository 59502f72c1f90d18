"""App: cold start to a usable case list, search keystroke to updated list, memory (issue 5).

Set-up (untimed): a profile with N generated cases (`bench.seed`, as the search benchmark
seeds it) and the same KDF a new profile gets. Then, in turns, fresh processes
(`bench.app_child`, offscreen):

* ours: the real app, the real unlock screen, until the first page of the case list is painted
  with all N cases loaded: process start to usable list;
* floor: an empty Python + Qt process painting a `QTableView` of N rows built from memory.

The last app process then types every benchmark query (`bench.queries`) into the search box
with `QTest.keyClicks`; each is timed from its last keystroke to the list showing the hits,
in the GUI event loop. The floor of a keystroke is one raw FTS5 lookup of the same words on
the same store (`bench.search_latency.RawFts`). Peak RSS comes from each process itself.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.queries import benchmark_queries
from bench.report import Line, median, percentile
from bench.search_latency import RawFts
from bench.seed import seed_cases
from bench.workspace import PASSPHRASE, new_profile, unlocked
from desktop.cases.list_pane import SEARCH_DEBOUNCE_MS
from storage.demo_data import generate_cases

REPO = Path(__file__).resolve().parents[1]
CHILD_TIMEOUT_S = 4000.0  # the first start may run the first duplicate check of N cases


@dataclass(frozen=True, slots=True)
class AppSizes:
    """Cases in the profile, cold starts of each kind, passes over the query list."""

    cases: int = 10_000
    starts: int = 3
    rounds: int = 1
    seed: int = 7


QUICK_APP = AppSizes(cases=300, starts=1, rounds=1)


@dataclass
class AppResult:
    sizes: AppSizes
    seed_s: float = 0.0
    first_start: dict[str, Any] = field(default_factory=dict)  # untimed: fills caches
    keys: dict[str, Any] = field(default_factory=dict)  # the process that typed
    starts: list[dict[str, Any]] = field(default_factory=list)  # ours, each a child's answer
    floor_starts: list[dict[str, Any]] = field(default_factory=list)
    start_s: list[float] = field(default_factory=list)  # parent-side: spawn to "list shown"
    floor_start_s: list[float] = field(default_factory=list)
    keystroke_ms: dict[str, list[float]] = field(default_factory=dict)
    floor_ms: dict[str, list[float]] = field(default_factory=dict)
    first_keystroke_ms: float = 0.0
    rows_shown: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def all_keystrokes(self) -> list[float]:
        return [ms for values in self.keystroke_ms.values() for ms in values]

    def all_floor(self) -> list[float]:
        return [ms for values in self.floor_ms.values() for ms in values]


@dataclass
class _Answer:
    summary: dict[str, Any] | None  # None: the process failed
    lines: list[dict[str, Any]]  # what it printed before its summary (one per query)
    error: str = ""


def _child(args: list[str]) -> _Answer:
    """Run one app process to its end (marks are seconds since just before it started)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.app_child", "--t0", repr(t0), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0:
        tail = " | ".join(done.stderr.strip().splitlines()[-14:])
        return _Answer(None, lines, f"exit {done.returncode}: {tail[-1500:]}")
    return _Answer(lines[-1], lines[:-1])


def _started(answer: _Answer, what: str) -> dict[str, Any]:
    if answer.summary is None:
        raise RuntimeError(f"the {what} failed to start: {answer.error}")
    return answer.summary


def run_app(root: Path, sizes: AppSizes, *, say: Any = print) -> AppResult:
    """Seed the profile, then cold starts in turns, then the keystrokes."""
    result = AppResult(sizes)
    cases = generate_cases(sizes.cases, seed=sizes.seed)
    workspace, info = new_profile(root / "app", "app")
    started = time.perf_counter()
    with unlocked(workspace, info.profile_id) as profile:
        seed_cases(profile, cases)
    result.seed_s = time.perf_counter() - started
    queries = benchmark_queries(cases)
    query_file = root / "app-queries.json"
    query_file.write_text(json.dumps(queries, ensure_ascii=False), "utf-8")
    app_args = [
        "--mode=app",
        f"--cases={sizes.cases}",
        f"--data-dir={workspace.root}",
        f"--qm={root / 'app-qm'}",
        f"--passphrase={PASSPHRASE}",
    ]
    floor_args = ["--mode=floor", f"--cases={sizes.cases}"]
    say(
        "app: a first start fills the translations cache and lets the app finish what it "
        f"starts after the list shows; then {sizes.starts} cold starts each"
    )
    result.first_start = _started(_child([*app_args, "--drain"]), "app")
    for turn in range(sizes.starts):
        for kind in ("app", "floor") if turn % 2 == 0 else ("floor", "app"):
            answer = _started(_child(floor_args if kind == "floor" else app_args), kind)
            starts = result.floor_starts if kind == "floor" else result.starts
            starts.append(answer)
    result.start_s = [s["marks"]["list_shown"] for s in result.starts]
    result.floor_start_s = [s["marks"]["list_shown"] for s in result.floor_starts]
    say(f"app: {len(queries)} queries typed into the search box, {sizes.rounds} pass(es)")
    keys = _child([*app_args, f"--queries={query_file}", f"--rounds={sizes.rounds}"])
    for line in keys.lines:
        result.keystroke_ms.setdefault(line["query"], []).append(line["ms"])
        result.rows_shown[line["query"]] = line["rows"]
    if keys.summary is None:
        measured = len(keys.lines)
        result.problems.append(
            f"the app failed while typing, after {measured} of "
            f"{len(queries) * sizes.rounds} queries: {keys.error}"
        )
        result.keys = {"peak_rss_mib": max((x["peak_rss_mib"] for x in keys.lines), default=0)}
    else:
        result.keys = keys.summary
        result.first_keystroke_ms = keys.summary["first_keystroke_ms"]
    _floor_lookups(result, workspace, info.profile_id, queries)
    return result


def _floor_lookups(result: AppResult, workspace: Any, profile_id: str, queries: list[str]) -> None:
    with unlocked(workspace, profile_id) as profile:
        floor = RawFts(profile)
        try:
            for _ in range(result.sizes.rounds):
                for query in queries:
                    result.floor_ms.setdefault(query, []).append(floor.lookup(query) * 1000)
        finally:
            floor.close()


def add_app_arguments(parser: argparse.ArgumentParser) -> None:
    """The `--app-*` options of `python -m bench.run`."""
    group = parser.add_argument_group("app (cold start and search keystrokes, offscreen)")
    default = AppSizes()
    group.add_argument("--app-cases", type=int, default=default.cases, help="cases in the profile")
    group.add_argument(
        "--app-starts", type=int, default=default.starts, help="cold starts of ours and the floor"
    )
    group.add_argument(
        "--app-rounds", type=int, default=default.rounds, help="passes over the query list"
    )


def app_sizes(parser: argparse.ArgumentParser, args: argparse.Namespace) -> AppSizes:
    """The sizes the options ask for (`--quick`: small ones)."""
    if args.quick:
        return dataclasses.replace(QUICK_APP, seed=args.seed)
    sizes = AppSizes(
        cases=args.app_cases, starts=args.app_starts, rounds=args.app_rounds, seed=args.seed
    )
    if min(sizes.cases, sizes.starts, sizes.rounds) < 1:
        parser.error("app sizes must be at least 1")
    return sizes


def app_lines(result: AppResult) -> list[Line]:
    """Cold start, keystroke p50/p95, and peak memory, beside their floors."""
    n = f"{result.sizes.cases:,}"
    keys = result.all_keystrokes()
    floor = [ms for q in result.keystroke_ms for ms in result.floor_ms.get(q, [])]
    floor_rss = max(s["peak_rss_mib"] for s in result.floor_starts)
    typed = f"{len(keys)} queries typed"
    if result.problems:
        typed += ", the app then crashed"
    label = f"app: search keystroke to list (incl. {SEARCH_DEBOUNCE_MS} ms debounce; {typed})"
    lines = [
        Line(
            f"app: cold start to case list ({n} cases)",
            median(result.start_s),
            median(result.floor_start_s),
            "s",
        )
    ]
    if keys:
        lines += [
            Line(f"{label}, p50", median(keys), median(floor), "ms"),
            Line(f"{label}, p95", percentile(keys, 95), percentile(floor, 95), "ms"),
        ]
    ours_rss = result.keys.get("peak_rss_mib", 0.0)
    lines.append(Line(f"app: peak memory ({n} cases, after searching)", ours_rss, floor_rss, "MiB"))
    return lines


def app_details(result: AppResult) -> dict[str, Any]:
    """Every figure, for the JSON file."""
    keys = result.all_keystrokes()
    per_query = {
        q: {
            "ms": median(ms),
            "floor_ms": median(result.floor_ms.get(q, [])),
            "rows_shown": result.rows_shown.get(q),
        }
        for q, ms in result.keystroke_ms.items()
    }
    slowest = sorted(per_query.items(), key=lambda item: -item[1]["ms"])[:10]
    return {
        "sizes": asdict(result.sizes),
        "seed_s": result.seed_s,
        "cold_start_s": result.start_s,
        "floor_cold_start_s": result.floor_start_s,
        "marks_s": [s["marks"] for s in result.starts],
        "floor_marks_s": [s["marks"] for s in result.floor_starts],
        "peak_rss_mib_after_searching": result.keys.get("peak_rss_mib"),
        "peak_rss_mib_cold_starts": [s["peak_rss_mib"] for s in result.starts],
        "peak_rss_mib_list_shown": [s["peak_rss_mib_list_shown"] for s in result.starts],
        "floor_peak_rss_mib": [s["peak_rss_mib"] for s in result.floor_starts],
        "debounce_ms": SEARCH_DEBOUNCE_MS,
        "keystroke_p50_ms": median(keys),
        "keystroke_p95_ms": percentile(keys, 95),
        "keystroke_after_debounce_p50_ms": median(keys) - SEARCH_DEBOUNCE_MS,
        "keystroke_after_debounce_p95_ms": percentile(keys, 95) - SEARCH_DEBOUNCE_MS,
        "first_query_after_drain_ms": result.first_keystroke_ms,
        "db_lane_busy_after_list_s": result.keys.get("db_lane_busy_after_list_s"),
        "keys_process": result.keys,
        "first_start": result.first_start,
        "slowest_queries": dict(slowest),
        "queries": per_query,
        "problems": result.problems,
    }
