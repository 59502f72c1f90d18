"""Automatic sync against the real service on 127.0.0.1: it starts when the service comes up,
sends local edits without F5, never runs twice at once, and can be paused."""

from __future__ import annotations

import dataclasses
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.sync.auto import OFFLINE, ONLINE, PAUSED
from sync.client.layout import read_device, write_device
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    save_case,
    service,
    snapshot,
    unlocked,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


@contextmanager
def serving_on(app: FastAPI, sock: socket.socket) -> Iterator[None]:
    """Serve `app` on an already bound socket (so its port, and the laptop's URL, stay)."""
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(10)


class Runs:
    """Counts sync runs of the app and the most that ever ran at the same time."""

    def __init__(self, dossier: DossierApp) -> None:
        self.started = self.running = self.most = 0
        dossier.shell.sync.run_did_start.connect(self._on_start)
        dossier.shell.sync.run_did_end.connect(self._on_end)

    def _on_start(self) -> None:
        self.started += 1
        self.running += 1
        self.most = max(self.most, self.running)

    def _on_end(self, _result: object) -> None:
        self.running -= 1


def _fast(dossier: DossierApp) -> None:
    auto = dossier.shell.auto_sync
    auto.retry_first_ms, auto.retry_max_ms, auto.debounce_ms = 50, 400, 30


def test_auto_sync_starts_when_the_service_comes_up_after_the_app(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    anna: Laptop,
) -> None:
    seed_case(service.app, "A-1", "anna")
    # The laptop's service address points at a port that is bound but not listening yet:
    # every connection is refused, as when the office network is not there.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    root = anna.workspace.root
    device = read_device(root)
    assert device is not None
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    write_device(root, dataclasses.replace(device, service_url=url))
    _fast(dossier)
    runs = Runs(dossier)
    shell = dossier.shell
    workspace = unlocked(qtbot, dossier, auto=True)

    qtbot.waitUntil(lambda: shell.auto_sync.state == OFFLINE, timeout=10_000)
    assert shell.status.text_of("connection") == "Offline"
    assert runs.started == 0  # probing is cheap: no sync run is started against nothing
    if SHOTS:
        shell.grab().save(str(Path(SHOTS) / "status-offline-de-1366x768.png"))

    with serving_on(service.app, sock):
        qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=20_000)
        qtbot.waitUntil(lambda: not shell.sync.running, timeout=10_000)
    assert shell.auto_sync.state == ONLINE
    assert runs.started >= 1 and runs.most == 1
    assert snapshot(dossier).last_success is not None


def test_local_edits_are_sent_without_f5_and_runs_never_overlap(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    anna: Laptop,
) -> None:
    case_id = seed_case(service.app, "A-2", "anna")
    _fast(dossier)
    runs = Runs(dossier)
    shell = dossier.shell
    workspace = unlocked(qtbot, dossier, auto=True)
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not shell.sync.running, timeout=10_000)

    started = runs.started
    save_case(dossier, case_id, summary="sent by itself")  # no F5: the save asks for a sync
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 0, timeout=20_000)
    assert runs.started > started

    for n in range(3):  # saves in a burst, each asking for a sync, and F5 and probes on top
        save_case(dossier, case_id, summary=f"edit {n}")
        shell.sync_now()
        shell.auto_sync.check_now()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 0, timeout=20_000)
    qtbot.waitUntil(lambda: not shell.sync.running, timeout=10_000)
    assert runs.most == 1 and runs.running == 0
    report = snapshot(dossier).report
    assert report is not None and not report["error"]


def test_auto_sync_can_be_paused_in_the_settings(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    case_id = seed_case(service.app, "A-3", "anna")
    _fast(dossier)
    runs = Runs(dossier)
    shell = dossier.shell
    workspace = unlocked(qtbot, dossier, auto=True)
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not shell.sync.running, timeout=10_000)

    dialog = shell.open_settings()
    assert dialog.auto_sync.isChecked()
    dialog.auto_sync.setChecked(False)
    assert shell.auto_sync.state == PAUSED and not dossier.ctx.preferences.auto_sync
    assert shell.status.text_of("connection") == "Automatische Synchronisation pausiert"
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "settings-auto-sync-de.png"))
    dialog.close()
    started = runs.started
    save_case(dossier, case_id, summary="while paused")
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)
    qtbot.wait(300)  # ten debounce periods: a paused auto-sync starts nothing
    assert runs.started == started
    if SHOTS:
        shell.grab().save(str(Path(SHOTS) / "status-paused-de-1366x768.png"))

    shell.open_settings().auto_sync.setChecked(True)
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 0, timeout=20_000)
    assert runs.most == 1
