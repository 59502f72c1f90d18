"""Closing a case in the edit dialog records its closing date; reopening clears it; a closing
date in the future is explained beside the field and nothing is saved (issue 7)."""

from __future__ import annotations

from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.field_editors import ChoiceEditor, TextEditor
from desktop.demo_profile import DEMO_TODAY
from desktop.formatting import format_date
from desktop.main_window.workspace import Workspace
from desktop.messages import field_error
from tests.gui.conftest import off_gui_thread


def _edit(qtbot: QtBot, workspace: Workspace) -> RecordEditDialog:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    workspace.detail.overview.edit_button.click()
    dialog = workspace.detail.findChild(RecordEditDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _choose_status(dialog: RecordEditDialog, status: str) -> None:
    editor = dialog.form.editors["status"]
    assert isinstance(editor, ChoiceEditor)
    editor.combo.setCurrentIndex(editor.combo.findData(status))


def _save(qtbot: QtBot, dialog: RecordEditDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # it deletes itself


def _closed_on_shown(workspace: Workspace) -> str:
    return workspace.detail.overview.view.value_text("closed_on")


def test_closing_shows_todays_closing_date_and_reopening_clears_it(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _edit(qtbot, workspace)
    assert dialog.record["closed_on"] is None
    _choose_status(dialog, "closed")
    _save(qtbot, dialog)

    today = format_date(DEMO_TODAY.isoformat())
    qtbot.waitUntil(lambda: _closed_on_shown(workspace) == today, timeout=5000)
    workspace.detail.grab().save("/tmp/k7-closed-detail.png")

    dialog = _edit(qtbot, workspace)
    editor = dialog.form.editors["closed_on"]
    assert isinstance(editor, TextEditor) and editor.line.text() == today
    _choose_status(dialog, "in_progress")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: _closed_on_shown(workspace) == "—", timeout=5000)  # no value


def test_a_closing_date_in_the_future_is_explained_and_not_saved(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    dialog = _edit(qtbot, workspace)
    case_id, status = dialog.record.id, dialog.record["status"]
    _choose_status(dialog, "closed")
    editor = dialog.form.editors["closed_on"]
    assert isinstance(editor, TextEditor)
    qtbot.keyClicks(editor.line, format_date((DEMO_TODAY + timedelta(days=3)).isoformat()))

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    error = dialog.form.error_labels["closed_on"]
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert field_error("in_future") in error.text()
    assert dialog.isVisible()
    dialog.grab().save("/tmp/k7-future-error.png")
    profile = dossier.shell.profile
    assert profile is not None
    stored = off_gui_thread(lambda: profile.records.get("case", case_id, audit_read=False))
    assert (stored["status"], stored["closed_on"]) == (status, None)
