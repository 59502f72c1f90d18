"""The real sync service on 127.0.0.1 for GUI tests, and laptops enrolled with it.

Reuses the service-side helpers of `tests.server` and the `Laptop` of `tests.sync`; the GUI
`clock` fixture is the app's wall clock, so the service gets its own clock here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI

from desktop.app import DossierApp
from storage.keys import generate_recovery_keypair
from storage.profiles import Workspace
from sync.client.enrol import enrol
from sync.client.layout import DeviceCredential
from sync.client.transport import Transport
from sync.server.app import create_app
from sync.server.keys import set_recovery_public_key
from sync.server.settings import Settings
from tests.gui.conftest import off_gui_thread
from tests.live_server import serving
from tests.server.conftest import (
    FAST_HASHING,
    PASSWORD,
    THROTTLING,
    FakeClock,
    add_user,
    new_code,
)
from tests.sync.conftest import FAST_RETRY, PASSPHRASE, Laptop


@dataclass
class Service:
    app: FastAPI
    url: str


@pytest.fixture
def service(database_url: str, tmp_path: Path) -> Iterator[Service]:
    settings = Settings(
        data_dir=tmp_path / "service",
        database_url=database_url,
        max_body_bytes=4 * 1024 * 1024,
        passwords=FAST_HASHING,
        throttling=THROTTLING,
    )
    # IT's organisation recovery key (REC-1): new profiles are wrapped to it.
    set_recovery_public_key(settings.keys_dir, generate_recovery_keypair()[1])
    app = create_app(settings, clock=FakeClock())
    with serving(app) as url:
        yield Service(app, url)
    app.state.context.db.dispose()


def make_laptop(service: Service, root: Path, login: str) -> Laptop:
    """A fresh profile in `root`, enrolled as `login` (store work off the GUI thread)."""

    def build() -> Laptop:
        add_user(service.app, login)
        workspace = Workspace(root, unlock_seconds=0)
        info = workspace.create_profile(
            login=login,
            display_name=login.title(),
            passphrase=PASSPHRASE,
            recovery_public_key=generate_recovery_keypair()[1],
        )
        laptop = Laptop(workspace, info, login, service.url)
        enrol(
            workspace,
            laptop.unlock(),
            service_url=service.url,
            code=new_code(service.app),
            login=login,
            password=PASSWORD,
            device_name="LAPTOP-GUI",
            transport=laptop.transport(),
        )
        laptop.lock()
        return laptop

    return off_gui_thread(build)


def fast_transport(device: DeviceCredential) -> Transport:
    return Transport(device.service_url, retry=FAST_RETRY, timeout=(2.0, 10.0))


def use_fast_transport(app: DossierApp) -> None:
    app.shell.sync.transport_factory = fast_transport
