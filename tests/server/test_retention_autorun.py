"""`dossier-server serve` with DOSSIER_RETENTION_AUTORUN=1 runs retention and the blob
clean-up itself (issue 7): the console command in a process of its own, on both backends,
with the interval shortened to a second so the test sees several turns.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import insert, select

from sync.server.app import create_app
from sync.server.db.blob_tables import blob, blob_chunk
from sync.server.db.tables import ENTITY_TABLES
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.retention_autorun import RetentionAutorun
from sync.server.services.import_files import ImportBatch, read_json
from sync.server.services.importing import import_batch
from sync.server.settings import Settings

CASES = ENTITY_TABLES["case"]
ORPHAN = "ab" * 32


def test_autorun_is_off_unless_asked_for_and_a_bad_value_is_refused() -> None:
    assert Settings.from_env({}).retention_autorun is False
    on = Settings.from_env(
        {"DOSSIER_RETENTION_AUTORUN": "1", "DOSSIER_RETENTION_AUTORUN_SECONDS": "60"}
    )
    assert (on.retention_autorun, on.retention_autorun_every) == (True, timedelta(minutes=1))
    assert Settings.from_env({"DOSSIER_RETENTION_AUTORUN": "0"}).retention_autorun is False
    with pytest.raises(ServerError) as caught:
        Settings.from_env({"DOSSIER_RETENTION_AUTORUN": "daily"})
    assert caught.value.code is ServerErrorCode.CONFIG_INVALID


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def admin_app(settings: Settings) -> Iterator[FastAPI]:
    """An in-process app on the same database, to seed it and look at it."""
    app = create_app(settings)
    yield app
    app.state.context.db.dispose()


def _import(app: FastAPI, *cases: dict[str, Any]) -> None:
    batch = ImportBatch()
    read_json(batch, "cases.json", json.dumps({"cases": list(cases)}).encode())
    with app.state.context.db.write() as conn:
        report = import_batch(conn, batch, now=datetime.now(UTC))
    assert report.ok, report.errors


def _closed(number: str, closed_on: str) -> dict[str, Any]:
    return {
        "case_number": number,
        "case_type": "hardship",
        "status": "closed",
        "closed_on": closed_on,
    }


def _numbers(app: FastAPI) -> set[str]:
    with app.state.context.db.read() as conn:
        return set(conn.execute(select(CASES.c.case_number)).scalars())


def _orphans(app: FastAPI) -> list[str]:
    with app.state.context.db.read() as conn:
        return list(conn.execute(select(blob.c.sha256)).scalars())


def _events(log: Path, event: str) -> list[dict[str, Any]]:
    lines = log.read_text().splitlines(keepends=True)
    found = [json.loads(line) for line in lines if line.endswith("\n")]  # whole lines only
    return [e for e in found if e["event"] == event]


def _erased(log: Path) -> int:
    return sum(e["erased"] for e in _events(log, "retention run"))


def _cleaned(log: Path) -> int:
    return sum(e["blobs"] for e in _events(log, "blob cleanup"))


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120  # a busy machine: the first turn starts with the process
    while not condition():
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)


@contextmanager
def _serving(settings: Settings, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`dossier-server serve` with the autorun every second, stopped with SIGTERM."""
    port = _free_port()
    env = {
        **os.environ,
        "DOSSIER_DATABASE_URL": settings.resolved_database_url,
        "DOSSIER_SERVER_DATA_DIR": str(settings.data_dir),
        "DOSSIER_PASSWORD_MEMORY_KIB": "19456",
        "DOSSIER_RETENTION_AUTORUN": "1",
        "DOSSIER_RETENTION_AUTORUN_SECONDS": "1",
    }
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(port)],
            env=env,
            stderr=stderr,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_for(lambda: _answers(base), process, log)
            yield process
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                process.wait(60)


def _answers(base: str) -> bool:
    try:
        return httpx.get(base + "/healthz", timeout=2, trust_env=False).status_code == 200
    except httpx.TransportError:
        return False


def test_serve_erases_due_cases_and_orphan_blobs_on_every_turn_and_logs_counts_only(
    settings: Settings, admin_app: FastAPI, tmp_path: Path
) -> None:
    # Due: hardship cases go 3650 days after closing; the recent and the open one stay.
    recent = (datetime.now(UTC) - timedelta(days=10)).date().isoformat()
    _import(
        admin_app,
        _closed("ZH-2000-001", "2000-01-31"),
        _closed("ZH-2026-002", recent),
        {"case_number": "ZH-2026-003", "case_type": "hardship", "status": "in_progress"},
    )
    with admin_app.state.context.db.write() as conn:  # uploaded long ago, no attachment row
        conn.execute(
            insert(blob),
            [
                {
                    "sha256": ORPHAN,
                    "size": 3,
                    "chunks": 1,
                    "created_at": datetime(2020, 1, 1, tzinfo=UTC),
                }
            ],
        )
        chunk = {"sha256": ORPHAN, "chunk_index": 0, "data": b"abc"}
        conn.execute(insert(blob_chunk), [chunk])

    log = tmp_path / "serve.log"
    with _serving(settings, log) as process:
        _wait_for(lambda: _erased(log) == 1 and _cleaned(log) == 1, process, log)
        assert "ZH-2000-001" not in _numbers(admin_app)
        assert not _orphans(admin_app)
        # A later turn: a case that became due while the service runs goes too.
        _import(admin_app, _closed("ZH-2001-004", "2001-05-01"))
        _wait_for(lambda: _erased(log) == 2, process, log)
        process.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then raises the signal again for its default action.
        assert process.wait(60) in (0, -signal.SIGTERM)

    assert _numbers(admin_app) == {"ZH-2026-002", "ZH-2026-003"}
    runs = _events(log, "retention run")
    assert len(runs) >= 2
    assert {"off_laptops", "closed_without_date", "skipped"} <= set(runs[0])
    assert (_erased(log), _cleaned(log)) == (2, 1)
    text = log.read_text()
    assert all(line.startswith("{") for line in text.splitlines())  # all JSON (LOG-1)
    assert "ZH-20" not in text and "hardship" not in text  # counts, no case data


def test_a_failing_turn_is_logged_and_the_next_turn_still_comes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A database that is not there: every turn fails, the thread keeps going.
    missing = tmp_path / "nowhere" / "dossier-server.db"
    settings = Settings(
        data_dir=tmp_path,
        database_url=f"sqlite+pysqlite:///{missing}",
        retention_autorun=True,
        retention_autorun_every=timedelta(milliseconds=10),
    )
    autorun = RetentionAutorun(settings, lambda: datetime.now(UTC))
    caplog.set_level(logging.INFO, logger="dossier.server.retention")

    autorun.start()
    deadline = time.monotonic() + 30
    while autorun.turns < 2:
        assert time.monotonic() < deadline, caplog.text
        time.sleep(0.01)
    autorun.stop()

    failed = [r for r in caplog.records if r.getMessage() == "retention autorun failed"]
    assert len(failed) >= 2 and all(r.exc_info for r in failed)
    assert not [r for r in caplog.records if r.getMessage() == "retention run"]
