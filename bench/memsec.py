"""SQLCipher memory security (DB-11): the same work with `cipher_memory_security` ON and OFF.

The setting is process-wide and one-way, so each state runs in a child process of its own
(`bench.memsec_child`). The children come in pairs, the order alternating pair by pair (ON
first, then OFF first), so a load spike on the shared machine hits both states alike. Each
pair gives one ratio per figure; the table shows the medians (OFF in the floor column) and the
JSON every pair, with the spread of the ratios.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.report import Line, median

# figure -> (label, unit, higher is better)
FIGURES = {
    "write_cases_per_s": ("store write (through the services)", "cases/s", True),
    "write_floor_sqlcipher_cases_per_s": ("store write, raw SQLCipher", "cases/s", True),
    "unlock_s": ("unlock of the written store, median", "s", False),
    "search_p50_ms": ("search, p50", "ms", False),
    "search_p95_ms": ("search, p95", "ms", False),
}


@dataclass(frozen=True)
class MemsecSizes:
    pairs: int = 3
    cases: int = 300
    search_cases: int = 2000
    unlocks: int = 3
    seed: int = 7


QUICK_MEMSEC = MemsecSizes(pairs=1, cases=20, search_cases=100, unlocks=1)


@dataclass
class MemsecResult:
    sizes: MemsecSizes
    runs: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {"on": [], "off": []})
    problems: list[str] = field(default_factory=list)

    def cost(self, figure: str) -> list[float]:
        """ON's cost relative to OFF, pair by pair (1.25: ON takes 25 % longer)."""
        higher_is_better = FIGURES[figure][2]
        ratios = []
        for on, off in zip(self.runs["on"], self.runs["off"], strict=True):
            if on.get(figure) and off.get(figure):
                pair = (off[figure], on[figure]) if higher_is_better else (on[figure], off[figure])
                ratios.append(pair[0] / pair[1])
        return ratios


def add_memsec_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("memsec (SQLCipher cipher_memory_security ON vs OFF)")
    default = MemsecSizes()
    group.add_argument("--memsec-pairs", type=int, default=default.pairs, help="ON/OFF pairs")
    group.add_argument("--memsec-cases", type=int, default=default.cases, help="cases written")
    group.add_argument(
        "--memsec-search-cases", type=int, default=default.search_cases, help="cases searched"
    )


def memsec_sizes(parser: argparse.ArgumentParser, args: argparse.Namespace) -> MemsecSizes:
    if args.quick:
        return QUICK_MEMSEC
    sizes = MemsecSizes(
        pairs=args.memsec_pairs,
        cases=args.memsec_cases,
        search_cases=args.memsec_search_cases,
        unlocks=args.unlock_rounds,
        seed=args.seed,
    )
    if min(sizes.pairs, sizes.cases, sizes.search_cases) < 1:
        parser.error("memsec sizes must be at least 1")
    return sizes


def _child(state: str, sizes: MemsecSizes, root: Path) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "bench.memsec_child",
        state,
        f"--cases={sizes.cases}",
        f"--search-cases={sizes.search_cases}",
        f"--unlocks={sizes.unlocks}",
        f"--seed={sizes.seed}",
        f"--dir={root}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"state": state, "failed": f"exit {done.returncode}: {tail[0]}"}
    figures: dict[str, Any] = json.loads(lines[-1])
    return figures


def run_memsec(root: Path, sizes: MemsecSizes, say: Callable[[str], None]) -> MemsecResult:
    """`sizes.pairs` pairs of children, ON first in even pairs and OFF first in odd ones."""
    result = MemsecResult(sizes)
    for pair in range(sizes.pairs):
        order = ("on", "off") if pair % 2 == 0 else ("off", "on")
        for state in order:
            say(f"memsec: pair {pair + 1} of {sizes.pairs}, memory security {state.upper()}")
            figures = _child(state, sizes, root)
            result.runs[state].append(figures)
            if "failed" in figures:
                result.problems.append(f"{state} child {figures['failed']}")
            elif figures["reported_state"] != (1 if state == "on" else 0):
                result.problems.append(f"{state} child reported {figures['reported_state']}")
    return result


def memsec_lines(result: MemsecResult) -> list[Line]:
    """Per figure: median ON (ours) beside median OFF (the floor); the ratio is ON's cost."""
    lines = []
    sizes = result.sizes
    for figure, (label, unit, higher_is_better) in FIGURES.items():
        on = [run[figure] for run in result.runs["on"] if figure in run]
        off = [run[figure] for run in result.runs["off"] if figure in run]
        if not on or not off:
            continue
        spread = result.cost(figure)
        where = f"{sizes.search_cases} cases" if "search" in figure else f"{sizes.cases} cases"
        lines.append(
            Line(
                f"memsec ON vs OFF: {label} ({where}; cost {min(spread):.2f}-{max(spread):.2f}x)",
                median(on),
                median(off),
                unit,
                higher_is_better=higher_is_better,
            )
        )
    return lines


def memsec_details(result: MemsecResult) -> dict[str, Any]:
    costs = {figure: result.cost(figure) for figure in FIGURES}
    return {
        "sizes": dataclasses.asdict(result.sizes),
        "runs": result.runs,
        "cost_on_over_off": {
            figure: {
                "per_pair": ratios,
                "median": median(ratios) if ratios else None,
                "min": min(ratios, default=None),
                "max": max(ratios, default=None),
            }
            for figure, ratios in costs.items()
        },
        "problems": result.problems,
    }
