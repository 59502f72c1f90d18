"""The memory-security benchmark's options and its ON/OFF arithmetic (no child processes)."""

from __future__ import annotations

from bench.memsec import QUICK_MEMSEC, MemsecResult, MemsecSizes, memsec_lines
from bench.run import _arguments


def test_memsec_runs_only_on_request() -> None:
    assert "memsec" not in _arguments([]).only
    args = _arguments(["--only", "memsec", "--memsec-pairs", "2", "--memsec-cases", "40"])
    assert args.only == {"memsec"}
    assert (args.memsec.pairs, args.memsec.cases) == (2, 40)
    assert _arguments(["--only", "memsec", "--quick"]).memsec == QUICK_MEMSEC


def test_cost_is_on_over_off_whichever_way_the_figure_points() -> None:
    result = MemsecResult(MemsecSizes(pairs=2))
    result.runs["on"] = [
        {"write_cases_per_s": 50.0, "search_p50_ms": 4.0},
        {"write_cases_per_s": 80.0, "search_p50_ms": 3.0},
    ]
    result.runs["off"] = [
        {"write_cases_per_s": 100.0, "search_p50_ms": 2.0},
        {"write_cases_per_s": 100.0, "search_p50_ms": 3.0},
    ]
    assert result.cost("write_cases_per_s") == [2.0, 1.25]
    assert result.cost("search_p50_ms") == [2.0, 1.0]
    lines = {line.benchmark.split(" (")[0]: line for line in memsec_lines(result)}
    write = lines["memsec ON vs OFF: store write"]
    assert (write.ours, write.floor, write.ratio) == (65.0, 100.0, 100.0 / 65.0)
    assert "cost 1.25-2.00x" in write.benchmark
