"""The service benchmark's lines in the table and its figures in the JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bench.report import Line, percentile
from bench.service_floor import Exchange

if TYPE_CHECKING:
    from bench.service_throughput import ServiceResult, VariantResult

PG_GOAL = 1_000.0
"""Mutations per second with PostgreSQL on the 2-core reference machine (issue 3)."""


def service_lines(result: ServiceResult) -> list[Line]:
    """Per variant: the rate beside both floors, latencies beside the HTTP floor's, total."""
    lines = []
    for v in result.variants:
        if v.failed:
            continue
        name = f"service {v.variant.label}"
        pg = v.variant.backend == "postgresql"
        goal = f">= {PG_GOAL:,.0f} mut/s" if pg else "-"
        passed = v.rate >= PG_GOAL if pg else None
        lines += [
            Line(
                f"{name}: mutations/s vs HTTP",
                v.rate,
                v.floor_rate,
                "mut/s",
                goal,
                passed,
                higher_is_better=True,
            ),
            Line(f"{name}: mutations/s vs SQL", v.rate, v.sql_rate, "mut/s", higher_is_better=True),
        ]
        for kind in ("push", "pull"):
            ours, floor = v.latencies(kind), v.latencies(kind, floor=True)
            for q in (50, 99):
                lines.append(
                    Line(f"{name}: {kind} p{q}", _ms(ours, q), _ms(floor, q) or None, "ms")
                )
        lines.append(Line(f"{name}: total (push + pull)", v.wall_s, v.floor_wall_s or None, "s"))
    return lines


def _ms(values: Sequence[float], q: float) -> float:
    return percentile(values, q) * 1000 if values else 0.0


def _latency(values: Sequence[float]) -> dict[str, float | int]:
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "p50_ms": _ms(values, 50),
        "p90_ms": _ms(values, 90),
        "p99_ms": _ms(values, 99),
        "max_ms": max(values) * 1000,
        "mean_ms": sum(values) * 1000 / len(values),
    }


def _bytes(records: Sequence[Sequence[Exchange]], kind: str) -> dict[str, float]:
    found = [e for r in records for e in r if e.kind == kind]
    if not found:
        return {}
    return {
        "requests": len(found),
        "request_bytes_mean": sum(len(e.request) for e in found) / len(found),
        "response_bytes_mean": sum(len(e.response) for e in found) / len(found),
    }


def variant_details(v: VariantResult) -> dict[str, Any]:
    """Every figure of one variant, for the JSON."""
    mutations = v.mutations
    cpu = v.cpu_s
    workers = Counter(e.pid for r in v.records for e in r)
    laptops_per_worker = Counter(
        Counter(e.pid for e in r).most_common(1)[0][0] for r in v.records if r
    )
    return {
        "label": v.variant.label,
        "backend": v.variant.backend,
        "workers": v.variant.workers,
        "sizes": {
            "laptops": v.sizes.laptops,
            "mutations_each": v.sizes.mutations,
            "batch": v.sizes.batch,
            "cases_each": v.sizes.cases,
            "page_rows": v.sizes.page_rows,
            "seed": v.sizes.seed,
        },
        "mutations": mutations,
        "mutations_per_s": v.rate,
        "mutations_per_s_end_to_end": mutations / v.wall_s if v.wall_s else 0.0,
        "push_window_s": v.push_window_s,
        "wall_s": v.wall_s,
        "setup_s": v.setup_s,
        "push": _latency(v.latencies("push")) | _bytes(v.records, "push"),
        "pull": _latency(v.latencies("pull")) | _bytes(v.records, "pull"),
        "http_floor": {
            "mutations_per_s": v.floor_rate,
            "push_window_s": v.floor_push_window_s,
            "wall_s": v.floor_wall_s,
            "push": _latency(v.latencies("push", floor=True)),
            "pull": _latency(v.latencies("pull", floor=True)),
        },
        "sql_floor": {
            "rows": v.sql_floor_rows,
            "seconds": v.sql_floor_s,
            "rows_per_s": v.sql_rate,
            "batch": v.sizes.batch,
        },
        "cpu_s": cpu,
        "cpu_ms_per_mutation": {k: s * 1000 / mutations for k, s in cpu.items() if k != "others"},
        "cores_busy": {k: s / v.wall_s for k, s in cpu.items()} if v.wall_s else {},
        # Capacity: mutations one fully used CPU second of each party carries (push and pull).
        "mutations_per_cpu_s": {k: mutations / s for k, s in cpu.items() if s and k != "others"},
        "postgresql_backends_by_activity": v.pg_activity,
        "requests_per_worker_pid": dict(workers),
        "laptops_per_worker_pid": dict(laptops_per_worker),
        "load_before": v.load_before,
        "load_after": v.load_after,
        "checks": v.checks,
        "problems": v.problems,
        "server_log_levels": v.server_log,
        "failed": v.failed,
    }


def service_details(result: ServiceResult) -> dict[str, Any]:
    """The JSON of the whole benchmark."""
    return {
        "variants": [variant_details(v) for v in result.variants],
        "skipped": result.skipped,
        "goal_mutations_per_s_postgresql": PG_GOAL,
    }
