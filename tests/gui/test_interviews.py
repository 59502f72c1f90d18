"""An interview end to end: start, answer (right to left too), autosave, relock, finalise,
refused edit, addendum."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.interviews import editor as editor_module
from desktop.interviews.answers import LongTextAnswer, TextAnswer
from desktop.interviews.editor import InterviewEditor
from desktop.interviews.start_dialog import StartInterviewDialog
from desktop.main_window.workspace import Workspace
from storage.errors import ErrorCode, StoreError
from storage.services.records import Record
from tests.gui.conftest import off_gui_thread, unlock
from tests.integration.storage.test_casework import complete_answers

ROUTE = "غادرت حلب في ربيع 2023 مع عائلتي (إجابة خيالية)."


def _stored(app: DossierApp, interview_id: str) -> Record:
    profile = app.shell.profile
    assert profile is not None
    return off_gui_thread(lambda: profile.records.get("interview", interview_id, audit_read=False))


def _open_first_case(qtbot: QtBot, workspace: Workspace) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    workspace.detail.tabs.setCurrentWidget(workspace.detail.interviews)


def _start(qtbot: QtBot, workspace: Workspace) -> InterviewEditor:
    tab = workspace.detail.interviews
    tab.new_button.click()
    dialog = tab.findChild(StartInterviewDialog)
    assert dialog is not None
    dialog.template.setCurrentIndex(dialog.template.findData("initial_interview"))
    dialog.spoken.setCurrentIndex(dialog.spoken.findData("ar"))
    dialog.interpreter.setText("INT-7")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=5000)
    assert tab.editor is not None
    return tab.editor


def _reopen(qtbot: QtBot, workspace: Workspace, interview_id: str) -> InterviewEditor:
    tab = workspace.detail.interviews
    qtbot.waitUntil(lambda: tab.model.row_of(interview_id) >= 0, timeout=5000)
    tab.open_interview(interview_id)
    qtbot.waitUntil(
        lambda: tab.editor is not None and tab.editor.record.id == interview_id, timeout=5000
    )
    assert tab.editor is not None
    return tab.editor


def _block_direction(editor: InterviewEditor, text: str) -> Qt.LayoutDirection:
    found = editor.readback.document().find(text[:6])
    assert not found.isNull(), "answer missing from the read-back"
    return found.block().textDirection()


def test_an_interview_autosaves_survives_a_relock_is_finalised_and_corrected_by_an_addendum(
    qtbot: QtBot,
    dossier: DossierApp,
    workspace: Workspace,
    qtmodeltester: ModelTester,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(editor_module, "AUTOSAVE_INTERVAL_MS", 300)
    _open_first_case(qtbot, workspace)
    editor = _start(qtbot, workspace)
    interview_id = editor.record.id

    family = editor.form.editors["family_name"]
    assert isinstance(family, TextAnswer)
    qtbot.keyClicks(family.line, "Khalil")
    route = editor.form.editors["route_description"]
    assert isinstance(route, LongTextAnswer)
    route.edit.setFocus()
    route.edit.textCursor().insertText(ROUTE)  # as an input method would
    assert editor.is_dirty

    # Autosave alone (no close, no lock) puts the answers into the store within seconds.
    qtbot.waitUntil(lambda: not editor.is_dirty and not editor._saving, timeout=5000)
    saved = _stored(dossier, interview_id)
    assert saved["answers"]["family_name"] == "Khalil"
    assert saved["answers"]["route_description"] == ROUTE  # unchanged: no isolates added

    # Typed just before a lock: written as the lock blanks the window, before the store closes.
    qtbot.keyClicks(editor.form.editors["given_names"].line, "Omar")  # type: ignore[attr-defined]
    dossier.shell.lock()
    workspace = unlock(qtbot, dossier)
    _open_first_case(qtbot, workspace)
    editor = _reopen(qtbot, workspace, interview_id)
    assert editor.form.answers()[0]["given_names"] == "Omar"
    assert editor.form.answers()[0]["route_description"] == ROUTE
    editor.readback_button.setChecked(True)
    qtbot.waitUntil(lambda: editor.stack.currentIndex() == 1, timeout=5000)
    assert _block_direction(editor, ROUTE) == Qt.LayoutDirection.RightToLeft
    assert _block_direction(editor, "Khalil") == Qt.LayoutDirection.LeftToRight
    editor.readback_button.setChecked(False)

    # Finalising checks completeness first and says what is missing.
    editor.finalise_button.click()
    assert editor.confirm_box is None
    assert editor.form.error_labels["date_of_birth"].isVisibleTo(editor)
    editor.form.set_answers(complete_answers(editor.template, editor.form.answers()[0]))
    editor.finalise_button.click()
    assert editor.confirm_box is not None
    confirm = next(
        b
        for b in editor.confirm_box.buttons()
        if editor.confirm_box.buttonRole(b) == editor.confirm_box.ButtonRole.AcceptRole
    )
    confirm.click()
    qtbot.waitUntil(lambda: editor.is_final, timeout=5000)

    assert _stored(dossier, interview_id)["status"] == "finalised"
    assert editor.stack.currentIndex() == 1  # the protocol, read-only
    reopened_family = editor.form.editors["family_name"]
    assert isinstance(reopened_family, TextAnswer) and reopened_family.line.isReadOnly()
    profile = dossier.shell.profile
    assert profile is not None
    with pytest.raises(StoreError) as refused:
        off_gui_thread(lambda: profile.casework.save_answers(interview_id, {"family_name": "X"}))
    assert refused.value.code is ErrorCode.IMMUTABLE

    editor.addendum_button.click()
    tab = workspace.detail.interviews
    qtbot.waitUntil(
        lambda: tab.editor is not None and tab.editor.record["corrects_id"] == interview_id,
        timeout=5000,
    )
    addendum = tab.editor
    assert addendum is not None and not addendum.is_final
    assert addendum.form.answers()[0]["route_description"] == ROUTE
    assert tab.model.rowCount() >= 2
    qtmodeltester.check(tab.model)
    addendum.close()
