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
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.main_window.workspace import Workspace as CaseWorkspace
from desktop.sync.controller import RunResult
from desktop.sync.state import SyncSnapshot
from storage.keys import generate_recovery_keypair
from storage.profiles import Workspace
from storage.services.summaries import CaseSummary
from sync.client.enrol import enrol
from sync.client.layout import DeviceCredential
from sync.client.transport import Transport
from sync.server.app import create_app
from sync.server.keys import set_recovery_public_key
from sync.server.settings import Settings
from tests.gui.conftest import off_gui_thread, unlock
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


# --- steps shared by the sync GUI tests ---------------------------------------------------


def unlocked(qtbot: QtBot, dossier: DossierApp, *, auto: bool = False) -> CaseWorkspace:
    """Unlock the enrolled profile; automatic sync stays paused unless `auto`."""
    use_fast_transport(dossier)
    dossier.shell.auto_sync.set_paused(not auto)
    workspace = unlock(qtbot, dossier, PASSPHRASE)
    qtbot.waitUntil(lambda: dossier.shell.sync.snapshot is not None, timeout=10_000)
    return workspace


def snapshot(dossier: DossierApp) -> SyncSnapshot:
    found = dossier.shell.sync.snapshot
    assert found is not None
    return found


def sync_now(qtbot: QtBot, dossier: DossierApp) -> RunResult:
    """F5, and wait until the run has ended and the counts are read again."""
    shell = dossier.shell
    with qtbot.waitSignal(shell.sync.run_did_end, timeout=30_000) as ended:
        shell.sync_action.trigger()
    result = ended.args[0]
    assert isinstance(result, RunResult)
    qtbot.waitUntil(lambda: not shell.sync.running and shell.sync.snapshot is not None)
    return result


def save_case(dossier: DossierApp, case_id: str, **values: object) -> None:
    """Save as the edit form does: a write on the DB lane, then the app's change signals."""
    profile = dossier.shell.profile
    assert profile is not None
    events = dossier.ctx.events

    def saved(record: object) -> None:
        events.record_did_change.emit(record)
        events.outbox_did_change.emit()

    dossier.ctx.lanes.run_write(
        lambda: profile.records.update("case", case_id, values), saved, owner=None
    )


def case_row(workspace: CaseWorkspace, number: str) -> CaseSummary:
    model = workspace.case_model
    return next(r for r in model.rows() if r.case_number == number)
