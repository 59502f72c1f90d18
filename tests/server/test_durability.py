"""SYNC-4: the service reads its database's durability settings and names the unsafe ones;
`admin restored` gives a restored database a new epoch and audits it (T19).

Real databases: the SQLite file and, with DOSSIER_TEST_PG_URL, the real PostgreSQL server,
whose settings are what `SHOW` says (`synchronous_commit` is made unsafe for the test's own
database with `ALTER DATABASE`, the way a careless configuration would; SQLite's hook always
sets FULL, so there the test demands more than FULL to see the warning path).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from sync.server import cli_admin
from sync.server.cli import main
from sync.server.db import durability
from sync.server.db.changes import server_epoch
from sync.server.db.database import Database
from sync.server.db.durability import check_durability
from sync.server.db.tables import server_audit
from sync.server.logs import JsonFormatter
from sync.server.settings import Settings
from tests.server.conftest import Backend

PG_REQUIRED = {"fsync": "on", "full_page_writes": "on"}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, database_url: str, tmp_path: Path) -> Settings:
    """The environment the CLI reads, pointing at the test database."""
    monkeypatch.setenv("DOSSIER_DATABASE_URL", database_url)
    monkeypatch.setenv("DOSSIER_SERVER_DATA_DIR", str(tmp_path / "data"))
    return Settings.from_env()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The test database."""
    database = Database.from_url(database_url)
    yield database
    database.dispose()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _set_database_option(database_url: str, name: str, value: str | None) -> None:
    url = make_url(database_url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if value is None:
            conn.execute(text(f'ALTER DATABASE "{url.database}" RESET {name}'))
        else:
            conn.execute(text(f'ALTER DATABASE "{url.database}" SET {name} = {value}'))
    admin.dispose()


def test_the_durability_settings_are_read_from_the_database(
    db: Database, backend: Backend, capsys: pytest.CaptureFixture[str], env: Settings
) -> None:
    report = check_durability(db)

    if backend.name == "postgresql":
        with db.read() as conn:
            shown = {
                name: conn.exec_driver_sql(f"SHOW {name}").scalar_one() for name in PG_REQUIRED
            }
        assert shown == PG_REQUIRED  # the test server is configured safely, so no warning
        assert {k: report.settings[k] for k in PG_REQUIRED} == PG_REQUIRED
        assert report.settings["synchronous_commit"] == "on"
        checksums = report.settings["data_checksums"]
        assert checksums in {"on", "off"}
        assert report.warnings == ([] if checksums == "on" else ["data_checksums_off"])
    else:
        assert report.settings == {"journal_mode": "wal", "synchronous": "2"}  # FULL
        assert report.warnings == []
    code, out = _run(capsys, "admin", "durability")
    assert code == 0 and out["durability"] == report.as_dict()


def test_serve_warns_about_an_unsafe_postgresql_setting_without_any_data(
    database_url: str,
    backend: Backend,
    env: Settings,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    postgresql = backend.name == "postgresql"
    if postgresql:
        _set_database_option(database_url, "synchronous_commit", "off")
    else:  # the SQLite connection hook always sets FULL: demand more than FULL instead
        monkeypatch.setattr(durability, "_SQLITE_SYNCHRONOUS_FULL", 3)
    try:
        monkeypatch.setattr(cli_admin, "configure_logging", lambda: None)
        monkeypatch.setattr(cli_admin, "_run_uvicorn", lambda *a: None)
        caplog.set_level(logging.WARNING, logger="dossier.server.durability")
        assert main(["serve", "--port", "1"]) == 0
    finally:
        if postgresql:
            _set_database_option(database_url, "synchronous_commit", None)
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    codes = [line["code"] for line in lines]
    assert ("synchronous_commit_off" if postgresql else "synchronous_not_full") in codes
    assert all(set(line) == {"ts", "level", "logger", "event", "code"} for line in lines)
    assert all(line["level"] == "warning" for line in lines)


def test_admin_restored_gives_a_new_epoch_and_is_audited(
    db: Database, env: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.read() as conn:
        before = server_epoch(conn)

    code, out = _run(capsys, "admin", "restored", "--note", "CHG-4711")

    assert code == 0
    done = out["restored"]
    assert done["previous_epoch"] == before != done["server_epoch"]
    with db.read() as conn:
        assert server_epoch(conn) == done["server_epoch"]
        event = conn.execute(
            select(server_audit.c.action, server_audit.c.detail).where(
                server_audit.c.event_id == done["event_id"]
            )
        ).one()
    assert event.action == "service.restored"
    assert event.detail == {
        "sequenced_upto": done["sequenced_upto"],
        "log_size": done["audit_log_size"],
        "note": "CHG-4711",
    }
    code, out = _run(capsys, "admin", "restored", "--note", "x" * 201)
    assert code != 0 and out["code"] == "invalid_argument"
    with db.read() as conn:
        assert server_epoch(conn) == done["server_epoch"]  # refused: nothing changed
