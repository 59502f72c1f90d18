"""`GET /metrics`: Prometheus text exposition of the service's counters (no personal data).

Only numbers leave: every label value comes from a closed set (route templates, never paths;
HTTP methods; status codes; mutation statuses; chain flag codes), so no id, login or value
can appear in a scrape (LOG-1). Counters live in the worker process: with several uvicorn
workers each one counts its own requests, and the scraper sums them over the workers it
reaches (or runs one worker per port).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse

from sync.server.api.problems import PROBLEM_RESPONSES
from sync.server.db.database import Database

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


class Metrics:
    """Thread-safe counters of one worker (sync endpoints run in a thread pool)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._requests: Counter[tuple[str, str, int]] = Counter()
        self._seconds: dict[tuple[str, str], float] = {}
        self._mutations: Counter[str] = Counter()
        self._pull_pages = 0
        self._audit_entries: Counter[str] = Counter()
        self._audit_flags: Counter[str] = Counter()
        self._clock_checks: Counter[str] = Counter()

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one answered request by route template (never the path) and status."""
        method = method if method in _METHODS else "OTHER"
        with self._lock:
            self._requests[(method, route, status)] += 1
            self._seconds[(method, route)] = self._seconds.get((method, route), 0.0) + seconds

    def count_mutations(self, statuses: Iterable[str]) -> None:
        """Count pushed mutations by result status (applied, rejected, conflict, duplicate)."""
        with self._lock:
            self._mutations.update(statuses)

    def count_pull_page(self) -> None:
        """Count one pull page served."""
        with self._lock:
            self._pull_pages += 1

    def count_audit_upload(self, *, stored: int, duplicates: int, flags: Iterable[str]) -> None:
        """Count device audit entries stored or seen again, and chain flags by code."""
        with self._lock:
            self._audit_entries["stored"] += stored
            self._audit_entries["duplicate"] += duplicates
            self._audit_flags.update(flags)

    def count_clock_check(self, verdict: str) -> None:
        """Count one recorded laptop clock reading: `ok`, `ahead` or `behind` (beyond the
        limit; `services.clocks`)."""
        with self._lock:
            self._clock_checks[verdict] += 1

    def render(self) -> str:
        """The Prometheus text format of every counter and the connection pool gauges."""
        with self._lock:
            lines = self._counter_lines()
        lines += self._pool_lines()
        return "\n".join(lines) + "\n"

    def _counter_lines(self) -> list[str]:
        lines = _header("dossier_http_requests_total", "counter", "Requests answered.")
        lines += [
            _sample("dossier_http_requests_total", count, method=m, route=r, status=str(s))
            for (m, r, s), count in sorted(self._requests.items())
        ]
        lines += _header("dossier_http_request_seconds_total", "counter", "Time answering.")
        lines += [
            _sample("dossier_http_request_seconds_total", round(total, 6), method=m, route=r)
            for (m, r), total in sorted(self._seconds.items())
        ]
        lines += _header("dossier_push_mutations_total", "counter", "Pushed mutations.")
        lines += [
            _sample("dossier_push_mutations_total", n, status=s)
            for s, n in sorted(self._mutations.items())
        ]
        lines += _header("dossier_pull_pages_total", "counter", "Pull pages served.")
        lines.append(_sample("dossier_pull_pages_total", self._pull_pages))
        lines += _header("dossier_audit_entries_total", "counter", "Device audit entries.")
        lines += [
            _sample("dossier_audit_entries_total", n, result=k)
            for k, n in sorted(self._audit_entries.items())
        ]
        lines += _header("dossier_audit_chain_flags_total", "counter", "Device chain breaks.")
        lines += [
            _sample("dossier_audit_chain_flags_total", n, code=c)
            for c, n in sorted(self._audit_flags.items())
        ]
        lines += _header(
            "dossier_clock_checks_total", "counter", "Laptop clocks read, by skew verdict."
        )
        lines += [
            _sample("dossier_clock_checks_total", n, verdict=v)
            for v, n in sorted(self._clock_checks.items())
        ]
        return lines

    def _pool_lines(self) -> list[str]:
        pool = self._db.engine.pool
        lines: list[str] = []
        for name, attribute, text in (
            ("dossier_db_pool_size", "size", "Connections the pool keeps."),
            ("dossier_db_pool_checked_out", "checkedout", "Connections in use."),
            ("dossier_db_pool_overflow", "overflow", "Connections beyond the pool size."),
        ):
            read = getattr(pool, attribute, None)
            if callable(read):
                lines += _header(name, "gauge", text)
                lines.append(_sample(name, read()))
        return lines


def _header(name: str, kind: str, text: str) -> list[str]:
    return [f"# HELP {name} {text}", f"# TYPE {name} {kind}"]


def _sample(name: str, value: float, **labels: str) -> str:
    if not labels:
        return f"{name} {value}"
    inner = ",".join(f'{key}="{_escape(val)}"' for key, val in labels.items())
    return f"{name}{{{inner}}} {value}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.context.metrics
    return metrics


router = APIRouter(responses=PROBLEM_RESPONSES)


@router.get(
    "/metrics",
    tags=["service"],
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
)
def metrics(collected: Annotated[Metrics, Depends(_metrics)]) -> PlainTextResponse:
    """Counters and gauges in the Prometheus text format (numbers and closed label sets)."""
    return PlainTextResponse(collected.render(), media_type=CONTENT_TYPE)
