"""History: a note added in the Overview shows up as a plain-language event, pending sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.history.model import HistoryColumn
from desktop.history.phrases import SENTENCES
from desktop.main_window.workspace import Workspace


def test_a_new_note_appears_in_the_history_with_who_when_and_laptop(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, qtmodeltester: ModelTester
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    notes = workspace.detail.notes
    before = len(notes.notes)
    qtbot.keyClicks(notes.input, "Rueckruf vereinbart (Test).")
    notes.add_button.click()
    qtbot.waitUntil(lambda: len(notes.notes) == before + 1, timeout=5000)
    assert "Rueckruf vereinbart" in notes.view.toPlainText()
    assert notes.input.toPlainText() == ""

    history = workspace.detail.history
    workspace.detail.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.history is not None, timeout=5000)

    model = history.model
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    assert newest[HistoryColumn.WHO] == "a.keller"
    event = model.event_at(0)
    assert (event.action, event.object_type) == ("create", "note")
    assert newest[HistoryColumn.WHAT] == QCoreApplication.translate(
        "History", SENTENCES[("create", "note")]
    )
    assert newest[HistoryColumn.LAPTOP] == model.laptop(history.history.this_device)  # type: ignore[union-attr]
    assert newest[HistoryColumn.WHEN].startswith("27.11.2026")
    actions = [(e.action, e.object_type) for e in history.history.events]  # type: ignore[union-attr]
    assert ("read", "case") in actions
    assert str(len(history.history.pending)) in history.sync_state.text()  # type: ignore[union-attr]
    qtmodeltester.check(model)
