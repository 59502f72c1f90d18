"""Fixtures for the service tests: one suite, two backends (SQLite file and PostgreSQL).

The PostgreSQL backend runs when DOSSIER_TEST_PG_URL is set; then a database that cannot be
reached is an error, never a skip. Each pytest process (xdist worker) migrates its own
database, named after the worker and the process, and drops it at the end, so parallel runs
never see each other's rows.
"""

from __future__ import annotations

import base64
import os
import shutil
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sync.server.app import create_app
from sync.server.db.database import Database
from sync.server.db.migrate import upgrade
from sync.server.db.tables import metadata
from sync.server.services import enrolment, users
from sync.server.settings import PasswordHashing, Settings, Throttling

with warnings.catch_warnings():
    # starlette asks for the httpx2 fork at import time; the test client works with httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PG_URL = os.environ.get("DOSSIER_TEST_PG_URL")
PASSWORD = "correct horse battery staple"
FAST_HASHING = PasswordHashing(memory_kib=1024, iterations=1, lanes=1)
THROTTLING = Throttling(free_attempts=3, base_delay=timedelta(seconds=30))
_SINGLE_ROW_TABLES = {"sync_meta", "audit_log_state"}  # seeded by the migrations: reset, keep


@dataclass(frozen=True)
class Backend:
    """A migrated database to copy (SQLite) or to empty (PostgreSQL) for each test."""

    name: str
    url: str
    template: Path | None = None


class FakeClock:
    """The service clock under test control."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _pg_database(name: str) -> str:
    assert PG_URL is not None
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Backend]:
    """A migrated database of each backend, once per test process."""
    if request.param == "sqlite":
        template = tmp_path_factory.mktemp("template") / "dossier-server.db"
        url = f"sqlite+pysqlite:///{template}"
        db = Database.from_url(url)
        upgrade(db)
        db.dispose()
        yield Backend("sqlite", url, template)
        return
    if not PG_URL:
        pytest.skip("DOSSIER_TEST_PG_URL is not set")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"dossier_server_{worker}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database.from_url(_pg_database(name))
        upgrade(db)
        db.dispose()
        yield Backend("postgresql", _pg_database(name))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def database_url(backend: Backend, tmp_path: Path) -> str:
    """A migrated, empty database for one test."""
    if backend.template is not None:
        target = tmp_path / "data" / "dossier-server.db"
        target.parent.mkdir(mode=0o700)
        shutil.copyfile(backend.template, target)
        return f"sqlite+pysqlite:///{target}"
    engine = create_engine(backend.url)
    with engine.begin() as conn:
        # DELETE, children first: a test leaves a few rows, and emptying small tables this
        # way is ten times faster than TRUNCATE of every table.
        for table in reversed(metadata.sorted_tables):
            if table.name not in _SINGLE_ROW_TABLES:
                conn.execute(table.delete())
        conn.execute(text("UPDATE sync_meta SET sequenced_upto = 0"))
        conn.execute(
            text(
                "UPDATE audit_log_state SET tree_size = 0, frontier = :empty,"
                " signed_size = -1, signed_timestamp_ms = 0"
            ),
            {"empty": b""},
        )
    engine.dispose()
    return backend.url


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Settings of a test service: fast hashing, strict throttling, small body limit."""
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        max_body_bytes=64 * 1024,
        passwords=FAST_HASHING,
        throttling=THROTTLING,
    )


@pytest.fixture
def clock() -> FakeClock:
    """A controllable clock."""
    return FakeClock()


@pytest.fixture
def app(settings: Settings, clock: FakeClock) -> Iterator[FastAPI]:
    """The service app on the test database."""
    application = create_app(settings, clock=clock)
    yield application
    application.state.context.db.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """An in-process HTTP client of the app."""
    with TestClient(app) as test_client:
        yield test_client


# --- helpers --------------------------------------------------------------------------------


def add_user(app: FastAPI, login: str, *, role: str = "caseworker", team: str | None = None) -> str:
    """Create a user with PASSWORD; returns the user id."""
    context = app.state.context
    with context.db.write() as conn:
        user = users.add_user(
            conn,
            login=login,
            display_name=login.title(),
            role=role,
            team=team,
            password_hash=context.hasher.hash(PASSWORD),
            now=context.clock(),
        )
    return user.id


def new_code(app: FastAPI, *, login: str | None = None, hours: float = 24) -> str:
    """A fresh one-time enrolment code."""
    context = app.state.context
    with context.db.write() as conn:
        user_id = users.get_user(conn, login).id if login else None
        code, _ = enrolment.create_code(
            conn, now=context.clock(), ttl=timedelta(hours=hours), user_id=user_id
        )
    return code


def _b64_public(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes_raw()).decode()


def enrol_body(code: str, login: str, *, password: str = PASSWORD, **extra: Any) -> dict[str, Any]:
    """A valid enrolment request body with fresh profile keys."""
    return {
        "code": code,
        "login": login,
        "password": password,
        "device_name": "LAPTOP-TEST",
        "app_version": "0.1.0",
        "profile": {
            "sign_public_key": _b64_public(Ed25519PrivateKey.generate()),
            "seal_public_key": _b64_public(X25519PrivateKey.generate()),
        },
        **extra,
    }


def enrol(client: TestClient, app: FastAPI, login: str, **extra: Any) -> dict[str, Any]:
    """Enrol `login` (an existing user) with a new code; returns the response body."""
    response = client.post("/v1/enrol", json=enrol_body(new_code(app), login, **extra))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def bearer(token: str, **headers: str) -> dict[str, str]:
    """Authorization (and extra) headers."""
    return {"Authorization": f"Bearer {token}", **headers}
