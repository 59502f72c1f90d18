"""Sync in the app against the real service on 127.0.0.1: hooks, Sync now, conflicts."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.sync.controller import RunResult
from desktop.sync.state import SyncSnapshot
from storage.tables import conflict
from sync.client.layout import ProfileFiles
from tests.gui.conftest import off_gui_thread, unlock
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    service,
    use_fast_transport,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import PASSPHRASE, Laptop

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


def shoot(widget: QWidget, name: str) -> None:
    """Save a screenshot when DOSSIER_SCREENSHOTS names a folder (docs/screenshots)."""
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}-1366x768.png"))


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


def _unlocked(qtbot: QtBot, dossier: DossierApp) -> None:
    use_fast_transport(dossier)
    dossier.shell.auto_sync.set_paused(True)  # these tests sync with F5 (test_sync_auto.py)
    unlock(qtbot, dossier, PASSPHRASE)
    qtbot.waitUntil(lambda: dossier.shell.sync.snapshot is not None, timeout=10_000)


def _sync(qtbot: QtBot, dossier: DossierApp) -> RunResult:
    shell = dossier.shell
    with qtbot.waitSignal(shell.sync.run_did_end, timeout=30_000) as ended:
        shell.sync_action.trigger()  # F5; the key itself is pressed in the first test
        assert shell.status.progress.isVisible()
        assert shell.status.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not shell.status.progress.isVisible())
    result = ended.args[0]
    assert isinstance(result, RunResult)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: shell.sync.snapshot is not None, timeout=10_000)
    return result


def _snapshot(dossier: DossierApp) -> SyncSnapshot:
    snapshot = dossier.shell.sync.snapshot
    assert snapshot is not None
    return snapshot


def _edit_case_number(dossier: DossierApp, case_id: str, number: str) -> None:
    """Save as the edit form does: a write on the DB lane, then `outbox_did_change`."""
    profile = dossier.shell.profile
    assert profile is not None
    dossier.ctx.lanes.run_write(
        lambda: profile.records.update("case", case_id, {"case_number": number}),
        lambda _record: dossier.ctx.events.outbox_did_change.emit(),
        owner=None,
    )


def test_sync_now_fetches_cases_sends_edits_and_reports(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    anna: Laptop,
) -> None:
    case_id = seed_case(service.app, "R-1", "anna")
    _unlocked(qtbot, dossier)
    shell = dossier.shell
    assert shell.workspace is not None and shell.workspace.case_model.rowCount() == 0
    assert _snapshot(dossier).enrolled and _snapshot(dossier).last_success is None

    assert shell.sync_action.shortcut() == QKeySequence("F5")
    result = _sync(qtbot, dossier)
    assert result.error is None and result.applied is not None
    assert result.applied.received >= 1
    qtbot.waitUntil(lambda: shell.workspace.case_model.rowCount() == 1, timeout=10_000)
    assert _snapshot(dossier).last_success is not None
    assert shell.status.online is True
    # Auto-sync is paused in these tests (F5 only), and the status bar says so.
    assert shell.status.text_of("connection") == "Automatische Synchronisation pausiert"
    assert shell.status.text_of("last_sync") == "Synchronisiert gerade eben"

    _edit_case_number(dossier, case_id, "R-1-A")  # the save hook seals the outbox file
    files = ProfileFiles(anna.info)
    qtbot.waitUntil(lambda: len(files.outbox_seqs()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: _snapshot(dossier).pending == 1, timeout=10_000)
    assert "1" in shell.status.text_of("pending")

    with qtbot.waitSignal(shell.sync.run_did_end, timeout=30_000):
        qtbot.keyClick(shell.workspace, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not shell.sync.running)
    assert files.outbox_seqs() == []
    qtbot.waitUntil(lambda: _snapshot(dossier).pending == 0, timeout=10_000)
    report = _snapshot(dossier).report
    assert report is not None and report["sent"] == 1

    shell.status.buttons["last_sync"].click()
    assert shell.info_box is not None
    assert "1 Änderung gesendet" in shell.info_box.text()
    shoot(shell, "sync-de")
    shell.info_box.close()


def test_cancel_stops_the_transport_and_keeps_changes(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    seed_case(service.app, "R-2", "anna")
    _unlocked(qtbot, dossier)
    shell = dossier.shell
    with qtbot.waitSignal(shell.sync.run_did_end, timeout=30_000) as ended:
        shell.sync_now()
        shell.status.cancel_button.click()
    assert ended.args[0].cancelled
    qtbot.waitUntil(lambda: not shell.sync.running)
    assert shell.workspace is not None and shell.workspace.case_model.rowCount() == 0


def test_unlock_refused_by_the_dead_man_lock_says_why(
    qtbot: QtBot, dossier: DossierApp, anna: Laptop
) -> None:
    files = ProfileFiles(anna.info)
    state = files.state()
    long_ago = datetime.fromtimestamp(dossier.ctx.clock(), UTC) - timedelta(days=30)
    state.last_success = long_ago.isoformat()
    files.save_state(state)
    screen = dossier.shell.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(screen.banner.isVisible, timeout=10_000)
    assert "zu lange" in screen.banner.text
    assert dossier.shell.workspace is None


def _open_conflicts(laptop: Laptop) -> list[dict[str, Any]]:
    def read() -> list[dict[str, Any]]:
        with laptop.unlock().store.read() as conn:
            rows = conn.execute(select(conflict).where(conflict.c.status == "open")).mappings()
            return [dict(r) for r in rows]

    return off_gui_thread(read)


def test_resolve_a_conflict_from_the_inbox(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    ben = make_laptop(service, tmp_path / "ben", "ben")
    case_id = seed_case(service.app, "R-1", "anna", "ben")
    _unlocked(qtbot, dossier)
    shell = dossier.shell
    assert _sync(qtbot, dossier).error is None
    off_gui_thread(ben.sync)
    # Ben's change reaches the service first; the one made in the app conflicts with it.
    off_gui_thread(lambda: ben.unlock().records.update("case", case_id, {"case_number": "R-1-BEN"}))
    off_gui_thread(ben.sync)
    _edit_case_number(dossier, case_id, "R-1-ANNA")
    qtbot.waitUntil(lambda: _snapshot(dossier).pending == 1, timeout=10_000)
    assert _sync(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: _snapshot(dossier).open_conflicts == 1, timeout=10_000)
    assert "1" in shell.status.text_of("conflicts")

    shell.status.buttons["conflicts"].click()
    inbox = shell.inbox
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.loaded and inbox.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(inbox.model, force_py=True)
    shoot(shell, "conflicts-de")
    shoot(inbox, "conflict-inbox-de")
    assert inbox.resolve_button.isEnabled()
    inbox.resolve_button.click()
    dialog = inbox.resolver
    assert dialog is not None
    assert [v.text() for v in dialog.values] == ["R-1", "R-1-ANNA", "R-1-BEN"]
    assert [m.isVisibleTo(dialog) for m in dialog.marks] == [False, True, True]
    shoot(dialog, "resolve-de")
    change_language(dossier.ctx, "fr")
    qtbot.wait(20)
    assert dialog.take_theirs.text() == "&Prendre la leur"
    assert dialog.resolve_button.text() == "&Résoudre"
    shoot(dialog, "resolve-fr")
    shoot(shell, "conflicts-fr")
    change_language(dossier.ctx, "de")
    dialog.take_theirs.setChecked(True)
    with qtbot.waitSignal(inbox.conflict_was_resolved, timeout=10_000):
        dialog.resolve_button.click()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: _snapshot(dossier).open_conflicts == 0, timeout=10_000)
    qtbot.waitUntil(lambda: _snapshot(dossier).pending == 1, timeout=10_000)  # the resolution
    inbox.hide()  # kept alive: qtmodeltester still watches its model
    assert _sync(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: _snapshot(dossier).pending == 0, timeout=10_000)
    off_gui_thread(ben.sync)
    assert _open_conflicts(ben) == []
    number = off_gui_thread(
        lambda: ben.unlock().records.get("case", case_id, audit_read=False)["case_number"]
    )
    assert number == "R-1-BEN"
    off_gui_thread(ben.lock)
