"""The sync client against the real service: uvicorn on 127.0.0.1, real SQLCipher profiles.

Backends come from `tests.server.conftest` (SQLite always, PostgreSQL when
DOSSIER_TEST_PG_URL is set). Each laptop is its own data directory with one profile, copied
from a template created once (the KDF stays at its floor: `unlock_seconds=0`).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI

from storage.keys import generate_recovery_keypair
from storage.profiles import ProfileInfo, Workspace
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.apply import apply_inbox
from sync.client.engine import RunOutcome, sync_locked, sync_unlocked
from sync.client.enrol import enrol
from sync.client.sealer import seal_outbox
from sync.client.transport import RetryPolicy, Transport
from sync.server.app import create_app
from sync.server.settings import Settings
from tests.live_server import serving
from tests.server.conftest import (  # noqa: F401 - fixtures
    FAST_HASHING,
    PASSWORD,
    THROTTLING,
    FakeClock,
    add_user,
    backend,
    clock,
    database_url,
    new_code,
)

PASSPHRASE = "Sonnenblume Zugfahrt Bergsee Kaffeetasse Laterne"
FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05, max_retry_after=0.2)


@pytest.fixture
def app(database_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[FastAPI]:  # noqa: F811
    """The service on the test database, with room for full push batches."""
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        max_body_bytes=4 * 1024 * 1024,
        passwords=FAST_HASHING,
        throttling=THROTTLING,
    )
    application = create_app(settings, clock=clock)
    yield application
    application.state.context.db.dispose()


@pytest.fixture
def service_url(app: FastAPI) -> Iterator[str]:
    """`app` served by uvicorn on a free loopback port."""
    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def laptop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with one fresh profile, created once."""
    root = tmp_path_factory.mktemp("laptop-template")
    Workspace(root, unlock_seconds=0).create_profile(
        login="caseworker",
        display_name="Caseworker",
        passphrase=PASSPHRASE,
        recovery_public_key=generate_recovery_keypair()[1],
    )
    return root


@dataclass
class Laptop:
    """A laptop with one profile, enrolled as `login`, talking to `url`."""

    workspace: Workspace
    info: ProfileInfo
    login: str
    url: str
    profile: OpenProfile | None = None

    def transport(self, url: str | None = None) -> Transport:
        """A fresh transport (fast retries) to the service or to a proxy in front of it."""
        return Transport(url or self.url, retry=FAST_RETRY, timeout=(2.0, 10.0))

    def unlock(self) -> OpenProfile:
        """Unlock the profile (idempotent)."""
        if self.profile is None:
            self.profile = unlock_profile(self.workspace, self.info.profile_id, PASSPHRASE)
        return self.profile

    def lock(self) -> None:
        """Seal the outbox (as the app does after each write and at lock), then lock."""
        if self.profile is not None:
            seal_outbox(self.profile)
            self.profile.lock()
            self.profile = None

    def sync(self, url: str | None = None) -> RunOutcome:
        """A full unlocked sync (seal, push, pull, apply)."""
        return sync_unlocked(self.workspace, self.unlock(), self.transport(url))

    def sync_locked(self, url: str | None = None) -> RunOutcome:
        """Transport only, no passphrase."""
        assert self.profile is None, "lock the laptop first"
        return sync_locked(self.workspace, self.info, self.transport(url))

    def apply(self) -> None:
        """Apply what a locked sync staged."""
        apply_inbox(self.unlock())


@pytest.fixture
def make_laptop(
    app: FastAPI, service_url: str, laptop_template: Path, tmp_path: Path
) -> Iterator[Callable[[str], Laptop]]:
    """Laptops enrolled as the given login (the user is created on the service)."""
    made: list[Laptop] = []

    def make(login: str) -> Laptop:
        add_user(app, login)
        root = tmp_path / f"laptop-{login}"
        shutil.copytree(laptop_template, root)
        workspace = Workspace(root, unlock_seconds=0)
        (info,) = workspace.list_profiles()
        laptop = Laptop(workspace, info, login, service_url)
        enrol(
            workspace,
            laptop.unlock(),
            service_url=service_url,
            code=new_code(app),
            login=login,
            password=PASSWORD,
            device_name="LAPTOP-TEST",
            transport=laptop.transport(),
        )
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.lock()
