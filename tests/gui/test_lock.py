"""Locking — by Ctrl+L or after idle — blanks every model and view and closes the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.main_window.workspace import Workspace
from tests.gui.conftest import DEMO_CASES, FakeClock


def _opened(qtbot: QtBot, workspace: Workspace) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    assert workspace.case_model.rowCount() == DEMO_CASES
    assert workspace.detail.persons.model.rowCount() > 0


def _assert_locked(qtbot: QtBot, app: DossierApp, workspace: Workspace) -> None:
    shell = app.shell
    assert shell.workspace is None
    assert shell.stack.currentWidget() is shell.unlock_screen
    assert not shell.status.isVisible()


def test_ctrl_l_clears_every_model_at_once_and_closes_the_store(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    _opened(qtbot, workspace)
    profile = dossier.shell.profile
    assert profile is not None
    models = [workspace.case_model, workspace.cases.proxy, workspace.detail.persons.model]

    qtbot.keyClick(workspace.cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    # Synchronously, before the store has even closed: nothing left to show.
    assert [m.rowCount() for m in models] == [0, 0, 0]
    assert workspace.detail.detail is None
    assert workspace.detail.title.text() == ""
    _assert_locked(qtbot, dossier, workspace)
    qtbot.waitUntil(lambda: profile.is_locked, timeout=5000)


def test_locking_closes_an_open_edit_form(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    _opened(qtbot, workspace)
    workspace.detail.edit_case()
    dialog = workspace.detail.findChild(RecordEditDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    _assert_locked(qtbot, dossier, workspace)


def test_idle_for_the_timeout_on_the_wall_clock_locks(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, clock: FakeClock
) -> None:
    _opened(qtbot, workspace)
    idle = dossier.shell.idle
    assert idle.timeout_s == 5 * 60

    clock.advance(4 * 60)
    qtbot.keyClick(workspace.cases.table, Qt.Key.Key_Down)  # activity resets the timer
    clock.advance(4 * 60)
    idle.check()
    assert dossier.shell.workspace is workspace

    clock.advance(61)  # e.g. the laptop slept: no timer ran, the wall clock moved on
    idle.check()

    assert workspace.case_model.rowCount() == 0
    _assert_locked(qtbot, dossier, workspace)


def test_after_a_lock_the_passphrase_is_needed_again(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    dossier.shell.lock()
    screen = dossier.shell.unlock_screen
    assert screen.passphrase.text() == ""
    assert not screen.unlock_button.isEnabled()
