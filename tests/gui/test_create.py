"""Ctrl+N: a new case (refused while invalid, then saved and selected); a new person in the
Persons tab, linked in the chosen role."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.cases.edit_dialog import RecordEditDialog
from desktop.cases.field_editors import ChoiceEditor, TextEditor
from desktop.main_window.workspace import Workspace
from desktop.messages import field_error
from storage.schema import CASE
from tests.gui.conftest import DEMO_CASES, off_gui_thread


def _new_dialog(qtbot: QtBot, app: DossierApp, parent: object) -> RecordEditDialog:
    qtbot.keyClick(app.shell, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = parent.findChild(RecordEditDialog)  # type: ignore[attr-defined]
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _closed(dialog: RecordEditDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_a_new_case_is_refused_while_invalid_then_saved_and_selected(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    profile = dossier.shell.profile
    assert profile is not None
    pending = off_gui_thread(profile.summaries.pending_count)
    dialog = _new_dialog(qtbot, dossier, workspace)
    number = dialog.form.editors["case_number"]
    case_type = dialog.form.editors["case_type"]
    assert isinstance(number, TextEditor) and isinstance(case_type, ChoiceEditor)
    assert dialog.form.editors["status"].value() == ("open", None)

    qtbot.keyClicks(number.line, "zh 2026/1")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert dialog.isVisible()
    error = dialog.form.error_labels["case_number"].text()
    assert field_error("bad_format", CASE.field("case_number")) in error
    assert dialog.form.error_labels["case_type"].isVisible()  # required, still empty
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert off_gui_thread(profile.summaries.pending_count) == pending

    number.line.selectAll()
    qtbot.keyClicks(number.line, "ZH-2026-999001")
    case_type.combo.setCurrentIndex(case_type.combo.findData("hardship"))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=5000)

    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == DEMO_CASES + 1, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            workspace.detail.detail is not None
            and workspace.detail.detail.case["case_number"] == "ZH-2026-999001"
        ),
        timeout=5000,
    )
    assert workspace.detail.detail.case["assigned_to"] == "a.keller"  # type: ignore[union-attr]
    assert off_gui_thread(profile.summaries.pending_count) == pending + 1


def test_ctrl_n_in_the_persons_tab_adds_a_person_in_the_chosen_role(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    detail = workspace.detail
    detail.tabs.setCurrentWidget(detail.persons)
    before = detail.persons.model.rowCount()
    dialog = _new_dialog(qtbot, dossier, detail)
    role = dialog.findChild(QComboBox, "roleChooser")
    assert role is not None and role.currentData() == "child"  # the case has an applicant
    role.setCurrentIndex(role.findData("sibling"))
    family = dialog.form.editors["family_name"]
    assert isinstance(family, TextEditor)
    qtbot.keyClicks(family.line, "Haddad")

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: detail.persons.model.rowCount() == before + 1, timeout=5000)

    entry = detail.persons.selected_entry()
    assert entry is not None
    assert entry.person["family_name"] == "Haddad"
    assert entry.link["role"] == "sibling"
    assert detail.persons.role.currentData() == "sibling"
