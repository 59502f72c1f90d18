"""The screens `desktop.screenshots` grabs after the case list, each driven like a user would.

Every scene leaves the window as it found it (dialogs closed, first tab in front), so the
scenes can run in any order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.cases.edit_dialog import RecordEditDialog
from desktop.documents.viewer import AttachmentViewer
from desktop.formatting import format_date
from desktop.interviews.editor import InterviewEditor
from desktop.screenshots import wait
from desktop.settings.dialog import SettingsDialog
from desktop.tasks_view.deadline_dialog import DeadlineDialog

Scene = Callable[[Any, Any, Any], None]


def _dialog(parent: Any, kind: type) -> Any:
    wait(lambda: parent.findChild(kind) is not None and parent.findChild(kind).isVisible())
    return parent.findChild(kind)


def _close(dialog: QDialog) -> None:
    dialog.done(QDialog.DialogCode.Rejected)
    wait(lambda: True)


def persons(shell: Any, workspace: Any, shots: Any) -> None:
    workspace.detail.tabs.setCurrentWidget(workspace.detail.persons)
    shots.take(shell, "persons")
    workspace.detail.tabs.setCurrentIndex(0)


def edit_person(shell: Any, workspace: Any, shots: Any) -> None:
    workspace.detail.persons.edit_button.click()
    dialog = _dialog(workspace.detail, RecordEditDialog)
    editor = dialog.form.editors["zemis_number"]
    editor.line.setText("12ab")
    editor.line.textEdited.emit("12ab")
    shots.take(dialog, "edit")
    editor.line.setText("")
    dialog.form.editors["zemis_number"].line.textEdited.emit("")
    _close(dialog)


def tasks(shell: Any, workspace: Any, shots: Any) -> None:
    tab = workspace.detail.tasks
    workspace.detail.tabs.setCurrentWidget(tab)
    row = next(
        n
        for n in range(tab.model.rowCount())
        if tab.model.task_at(n)["rule"] == "ch_asylum_appeal_extended"
    )
    tab.table.selectRow(row)
    shots.take(shell, "tasks")
    tab.new_deadline()
    dialog = _dialog(tab, DeadlineDialog)
    wait(lambda: dialog.rule.count() > 0)
    wanted = next(
        n
        for n in range(dialog.rule.count())
        if dialog.rule.itemData(n).id == "ch_asylum_appeal_extended"
    )
    dialog.rule.setCurrentIndex(wanted)
    dialog.trigger.setText(format_date("2026-11-25"))
    wait(lambda: dialog.deadline is not None)
    shots.take(dialog, "deadline")
    _close(dialog)
    workspace.detail.tabs.setCurrentIndex(0)


def interview(shell: Any, workspace: Any, shots: Any) -> None:
    tab = workspace.detail.interviews
    workspace.detail.tabs.setCurrentWidget(tab)
    row = next(
        n
        for n in range(tab.model.rowCount())
        if tab.model.interview_at(n)["interpreter"] == "INT-204"
    )
    tab.table.selectRow(row)
    shots.take(shell, "interviews")
    tab.open_interview(tab.model.interview_at(row).id)
    wait(lambda: tab.editor is not None and tab.editor.isVisible())
    editor: InterviewEditor = tab.editor
    width, height = shots.size
    editor.resize(min(1100, width - 160), height - 120)
    scroll = editor.stack.widget(0)
    wait(lambda: True)
    scroll.ensureWidgetVisible(editor.form.rows["route_description"], 0, 160)
    shots.take(editor, "interview")
    editor.readback_button.setChecked(True)
    wait(lambda: editor.stack.currentIndex() == 1)
    shots.take(editor, "readback")
    editor.close()
    wait(lambda: True)
    workspace.detail.tabs.setCurrentIndex(0)


def documents(shell: Any, workspace: Any, shots: Any) -> None:
    tab = workspace.detail.documents
    workspace.detail.tabs.setCurrentWidget(tab)
    shots.take(shell, "documents")
    tab.view(tab.model.document_at(0))
    viewer = _dialog(tab, AttachmentViewer)
    shots.take(viewer, "viewer")
    _close(viewer)
    workspace.detail.tabs.setCurrentIndex(0)


def history(shell: Any, workspace: Any, shots: Any) -> None:
    tab = workspace.detail.history
    workspace.detail.tabs.setCurrentWidget(tab)
    wait(lambda: tab.history is not None)
    shots.take(shell, "history")
    workspace.detail.tabs.setCurrentIndex(0)


def settings(shell: Any, workspace: Any, shots: Any) -> None:
    dialog: SettingsDialog = shell.open_settings()
    wait(lambda: "…" not in dialog.service_url.text())
    shots.take(dialog, "settings")
    _close(dialog)


def new_case(shell: Any, workspace: Any, shots: Any) -> None:
    workspace.create_new()
    dialog = _dialog(workspace, RecordEditDialog)
    number = dialog.form.editors["case_number"]
    number.line.setText("zh 2026/1")
    number.line.textEdited.emit("zh 2026/1")
    dialog.save()
    shots.take(dialog, "new-case")
    dialog.form.editors["case_number"].line.setText("")
    dialog.reject()
    box = dialog.findChild(QMessageBox)
    if box is not None:
        box.done(int(QMessageBox.StandardButton.Discard))
    wait(lambda: not dialog.isVisible())


SCENES: tuple[Scene, ...] = (
    persons,
    edit_person,
    tasks,
    interview,
    documents,
    history,
    settings,
    new_case,
)
