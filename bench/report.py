"""One line per figure: ours next to the floor measured in the same run, the ratio, the goal."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Line:
    """A figure of ours beside the floor's, and whether it meets its goal (None: no goal)."""

    benchmark: str
    ours: float
    floor: float | None
    unit: str  # "cases/s", "s" or "ms"
    goal: str = "-"
    passed: bool | None = None
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        """How many times the floor's cost ours is (>1: we are slower)."""
        if not self.floor or not self.ours:
            return None
        return self.floor / self.ours if self.higher_is_better else self.ours / self.floor

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"ratio": self.ratio}


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation, as numpy's default does."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def _verdict(passed: bool | None) -> str:
    return "-" if passed is None else ("pass" if passed else "MISS")


def format_table(lines: Sequence[Line]) -> str:
    """The plain-text table printed at the end of a run (also pasted into the README)."""
    header = ("benchmark", "ours", "floor", "ratio", "goal", "result")
    rows = [
        (
            line.benchmark,
            _number(line.ours, line.unit),
            _number(line.floor, line.unit),
            "-" if line.ratio is None else f"{line.ratio:.2f}x",
            line.goal,
            _verdict(line.passed),
        )
        for line in lines
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    numeric = {1, 2, 3}

    def render(row: Sequence[str]) -> str:
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in pairs]
        return "| " + " | ".join(cells) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([render(header), rule, *(render(r) for r in rows)])


def write_json(path: Path, document: dict[str, Any]) -> None:
    """Write the run's JSON (every figure, the machine, the settings) atomically enough."""
    temp = path.with_suffix(path.suffix + ".tmp")
    temp.write_text(json.dumps(document, indent=2, sort_keys=True, default=str) + "\n", "utf-8")
    temp.replace(path)
