"""Editing: errors beside the field as you type, nothing saved while invalid, Ctrl+S saves."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.field_editors import ChoiceEditor, TextEditor
from desktop.cases.list_model import Column
from desktop.main_window.workspace import Workspace
from desktop.messages import field_error
from desktop.vocabulary import choice_label
from storage.schema import CASE_STATUS_TRANSITIONS, PERSON
from tests.gui.conftest import off_gui_thread


def _pending(app: DossierApp) -> int:
    profile = app.shell.profile
    assert profile is not None
    return off_gui_thread(profile.summaries.pending_count)


def _open_editor(qtbot: QtBot, workspace: Workspace, *, person: bool) -> RecordEditDialog:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    if person:
        workspace.detail.persons.edit_button.click()
    else:
        qtbot.keyClick(workspace.cases.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = workspace.detail.findChild(RecordEditDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _closed(dialog: RecordEditDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # it deletes itself


def _save_shortcut(qtbot: QtBot, dialog: RecordEditDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_an_invalid_zemis_number_is_flagged_as_typed_and_not_saved(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    before = _pending(dossier)
    dialog = _open_editor(qtbot, workspace, person=True)
    editor = dialog.form.editors["zemis_number"]
    assert isinstance(editor, TextEditor)

    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "12ab")

    error = dialog.form.error_labels["zemis_number"]
    assert error.isVisible()
    assert field_error("bad_format", PERSON.field("zemis_number")) in error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()

    _save_shortcut(qtbot, dialog)
    qtbot.wait(200)
    assert dialog.isVisible()
    assert _pending(dossier) == before


def test_an_illegal_status_step_is_explained_next_to_the_field(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _open_editor(qtbot, workspace, person=False)
    current = dialog.record["status"]
    illegal = next(
        s
        for s in CASE_STATUS_TRANSITIONS
        if s != current and s not in CASE_STATUS_TRANSITIONS[current]
    )
    editor = dialog.form.editors["status"]
    assert isinstance(editor, ChoiceEditor)

    editor.combo.setCurrentIndex(editor.combo.findData(illegal))

    assert dialog.form.error_labels["status"].isVisible()
    assert field_error("illegal_transition") in dialog.form.error_labels["status"].text()


def test_a_valid_edit_saves_with_ctrl_s_and_updates_list_and_pending_count(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    before = _pending(dossier)
    dialog = _open_editor(qtbot, workspace, person=False)
    case_id = dialog.record.id
    new_status = CASE_STATUS_TRANSITIONS[dialog.record["status"]][0]
    editor = dialog.form.editors["status"]
    assert isinstance(editor, ChoiceEditor)
    editor.combo.setCurrentIndex(editor.combo.findData(new_status))

    _save_shortcut(qtbot, dialog)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5000)

    assert _pending(dossier) == before + 1
    label = choice_label("case", "status", new_status)
    model = workspace.case_model
    row = next(n for n, r in enumerate(model.rows()) if r.case_id == case_id)
    qtbot.waitUntil(lambda: model.index(row, Column.STATUS).data() == label, timeout=5000)
    assert label in workspace.detail.subtitle.text()
    qtbot.waitUntil(
        lambda: str(before + 1) in dossier.shell.status.text_of("pending"), timeout=5000
    )


def test_escape_with_unsaved_changes_asks_before_discarding(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _open_editor(qtbot, workspace, person=False)
    editor = dialog.form.editors["stage"]
    assert isinstance(editor, TextEditor)
    qtbot.keyClicks(editor.line, " (neu)")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert dialog.isVisible()
    assert dialog._confirm is not None and dialog._confirm.isVisible()
    dialog._confirm.done(int(dialog._confirm.StandardButton.Discard))
    qtbot.waitUntil(lambda: _closed(dialog), timeout=2000)
