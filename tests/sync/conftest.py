"""The sync client against the real service: uvicorn on 127.0.0.1, real SQLCipher profiles.

Backends come from `tests.server.conftest` (SQLite always, PostgreSQL when
DOSSIER_TEST_PG_URL is set). Each laptop is its own data directory with one profile, copied
from a template created once (the KDF stays at its floor: `unlock_seconds=0`); the laptop
itself lives in `tests.sync.laptop`, shared with `bench/`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

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
from tests.sync.laptop import (  # noqa: F401 - re-exported for the sync tests
    FAST_RETRY,
    PASSPHRASE,
    Laptop,
    create_laptop_template,
    enrol_laptop,
)


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
    return create_laptop_template(tmp_path_factory.mktemp("laptop-template"))


@pytest.fixture
def make_laptop(
    app: FastAPI, service_url: str, laptop_template: Path, tmp_path: Path
) -> Iterator[Callable[[str], Laptop]]:
    """Laptops enrolled as the given login (the user is created on the service)."""
    made: list[Laptop] = []

    def make(login: str) -> Laptop:
        add_user(app, login)
        laptop = enrol_laptop(
            laptop_template,
            tmp_path / f"laptop-{login}",
            login=login,
            url=service_url,
            code=new_code(app),
            password=PASSWORD,
        )
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.lock()
