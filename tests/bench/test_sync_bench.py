"""The sync client benchmark's smoke run, with the service on SQLite and on PostgreSQL.

Tiny sizes: this checks that every phase runs, is checked and reported on each backend, and
that a throw-away PostgreSQL database is dropped afterwards; the figures themselves are not
looked at. PostgreSQL runs when DOSSIER_TEST_PG_URL is set (then an unreachable server is an
error, never a skip), as in the service tests.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bench.run import _arguments
from bench.sync_client import run_sync, sync_details, sync_lines, sync_problems
from bench.sync_phases import SyncSizes, sync_backends

PG_URL = os.environ.get("DOSSIER_TEST_PG_URL")
CLOSED = "postgresql+psycopg://postgres@127.0.0.1:1/postgres"  # nothing listens on port 1
TINY = SyncSizes(cases=6, push=4, pull=3, laptops=2, edits=3, fleet_cases=2)


def _bench_databases(pg_url: str) -> list[str]:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            pattern = f"dossier_bench_sync_{os.getpid()}_%"
            query = text("SELECT datname FROM pg_database WHERE datname LIKE :p")
            return list(conn.execute(query, {"p": pattern}).scalars())
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_every_phase_runs_and_is_reported(backend: str, tmp_path: Path) -> None:
    if backend == "postgresql" and not PG_URL:
        pytest.skip("DOSSIER_TEST_PG_URL is not set")
    pg_url = PG_URL or CLOSED  # SQLite never connects to it
    said: list[str] = []
    result = run_sync(tmp_path, TINY, backend=backend, pg_url=pg_url, say=said.append)

    assert sync_problems(result) == []
    assert [p.name for p in result.phases] == ["initial", "push", "pull", "fleet"]
    for phase in result.phases:
        assert phase.error is None
        assert phase.seconds > 0 and phase.floor_http_s > 0 and phase.floor_sql_s > 0
    records = {p.name: p.records for p in result.phases}
    assert records == {"initial": 6, "push": 4, "pull": 3, "fleet": 2 * 3}
    lines = sync_lines(result)
    assert len(lines) == 8
    assert all(line.benchmark.startswith(f"sync {backend}: ") for line in lines)
    assert all(line.ratio is not None for line in lines)
    assert sync_details(result)["backend"] == backend
    assert all(message.startswith(f"sync {backend}: ") for message in said)
    if backend == "postgresql":
        assert PG_URL is not None
        assert _bench_databases(PG_URL) == []  # both throw-away databases were dropped


def _parse(*argv: str) -> argparse.Namespace:
    return _arguments(["--only", "sync", "--quick", *argv])


def test_postgresql_asked_for_but_unreachable_is_a_clear_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        _parse("--sync-backends", "sqlite,postgresql", "--pg-url", CLOSED)
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert (
        "--sync-backends postgresql: PostgreSQL at 127.0.0.1:1/postgres is not reachable" in error
    )
    assert "--sync-backends sqlite" in error


def test_by_default_an_unreachable_postgresql_is_left_out_with_the_reason() -> None:
    args = _parse("--pg-url", CLOSED)
    assert args.sync_backends == ["sqlite"]
    assert (
        args.sync_left_out
        == "PostgreSQL at 127.0.0.1:1/postgres is not reachable: OperationalError"
    )


def test_sqlite_alone_never_connects_and_unknown_backends_are_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = _parse("--sync-backends", "sqlite", "--pg-url", CLOSED)
    assert (args.sync_backends, args.sync_left_out) == (["sqlite"], None)
    with pytest.raises(SystemExit):
        _parse("--sync-backends", "sqlite,mysql")
    assert "--sync-backends: choose from sqlite, postgresql" in capsys.readouterr().err


@pytest.mark.postgres
def test_by_default_a_reachable_postgresql_runs_beside_sqlite() -> None:
    if not PG_URL:
        pytest.skip("DOSSIER_TEST_PG_URL is not set")
    parser = argparse.ArgumentParser()
    args = argparse.Namespace(sync_backends=None, pg_url=PG_URL)
    assert sync_backends(parser, args) == (["sqlite", "postgresql"], None)
