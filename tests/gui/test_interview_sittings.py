"""An interview interrupted (the interpreter had to leave) and continued with another one."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.interviews import editor as editor_module
from desktop.interviews.answers import TextAnswer
from desktop.interviews.sittings import ContinueDialog, InterruptDialog
from desktop.main_window.workspace import Workspace
from storage.sittings import sittings_of
from tests.gui.test_interviews import _open_first_case, _reopen, _start, _stored


def test_an_interview_is_interrupted_and_continued_another_time_with_another_interpreter(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editor_module, "AUTOSAVE_INTERVAL_MS", 300)
    _open_first_case(qtbot, workspace)
    editor = _start(qtbot, workspace)
    interview_id = editor.record.id
    panel = editor.sittings
    assert panel.interrupt_button.isVisibleTo(editor)
    assert not panel.continue_button.isVisibleTo(editor)
    assert "INT-7" in panel.list.text()

    family = editor.form.editors["family_name"]
    assert isinstance(family, TextAnswer)
    qtbot.keyClicks(family.line, "Tesfay")
    # Interrupting right after typing: the pending autosave is written first.
    panel.interrupt_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, InterruptDialog)
    qtbot.keyClicks(dialog.reason, "Interpreter had to leave")
    dialog.accept()
    qtbot.waitUntil(lambda: editor.is_interrupted, timeout=5000)

    stored = _stored(dossier, interview_id)
    assert stored["answers"]["family_name"] == "Tesfay"
    assert sittings_of(stored.values)[0].reason == "Interpreter had to leave"
    assert family.line.isReadOnly()  # no answers while nobody is there
    assert panel.continue_button.isVisibleTo(editor)
    assert not panel.interrupt_button.isVisibleTo(editor)
    assert "Interpreter had to leave" in panel.list.text()
    assert "Unterbrochen" in editor.state.text()

    # Closed and opened again another day: still interrupted, then continued.
    editor.close()
    qtbot.waitUntil(lambda: workspace.detail.interviews.editor is None, timeout=5000)
    editor = _reopen(qtbot, workspace, interview_id)
    panel = editor.sittings
    assert editor.is_interrupted and panel.continue_button.isVisibleTo(editor)
    panel.continue_button.click()
    resume = panel.dialog
    assert isinstance(resume, ContinueDialog)
    assert resume.interpreter.text() == "INT-7"  # the last one proposed
    resume.interpreter.setText("INT-310")
    resume.language.setCurrentIndex(resume.language.findData("ti"))
    resume.accept()
    qtbot.waitUntil(lambda: not editor.is_interrupted, timeout=5000)

    assert editor.participants.values() == ("ti", "INT-310")
    family = editor.form.editors["family_name"]
    assert isinstance(family, TextAnswer) and not family.line.isReadOnly()
    qtbot.keyClicks(editor.form.editors["given_names"].line, "Selam")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not editor.is_dirty and not editor._saving, timeout=5000)

    stored = _stored(dossier, interview_id)
    assert stored["answers"]["given_names"] == "Selam"  # autosave goes on in sitting 2
    sittings = sittings_of(stored.values)
    assert [(s.language, s.interpreter) for s in sittings] == [
        ("ar", "INT-7"),
        ("ti", "INT-310"),
    ]
    assert sittings[0].ended_at is not None and sittings[1].ended_at is None
    text = panel.list.text()
    assert "Sitzung 1" in text and "Sitzung 2" in text and "INT-310" in text
    editor.resize(1000, 760)
    editor.grab().save("/tmp/interview-sittings.png")
