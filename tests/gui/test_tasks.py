"""Tasks and legal deadlines: a deadline from a rule shows its date and why; ticking off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.formatting import format_date
from desktop.main_window.workspace import Workspace
from desktop.tasks_view.deadline_dialog import DeadlineDialog
from desktop.tasks_view.model import TaskColumn
from desktop.tasks_view.regions import region_phrase
from tests.gui.conftest import off_gui_thread


def _open_case_in_vaud(qtbot: QtBot, dossier: DossierApp, workspace: Workspace) -> str:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    case = workspace.detail.detail.case  # type: ignore[union-attr]
    profile = dossier.shell.profile
    assert profile is not None
    off_gui_thread(
        lambda: profile.records.update(
            "case", case.id, {"region": "VD"}, expected_hlc=case.updated_hlc
        )
    )
    workspace.detail.tabs.setCurrentWidget(workspace.detail.tasks)
    return case.id


def test_a_new_legal_deadline_shows_the_computed_date_and_why_before_and_after_saving(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, qtmodeltester: ModelTester
) -> None:
    _open_case_in_vaud(qtbot, dossier, workspace)
    tab = workspace.detail.tasks
    before = tab.model.rowCount()

    tab.new_deadline_button.click()
    dialog = tab.findChild(DeadlineDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.rule.count() > 0, timeout=5000)
    rules = [dialog.rule.itemData(n).id for n in range(dialog.rule.count())]
    assert "de_asylum_action" not in rules  # a German rule never applies in Vaud
    dialog.rule.setCurrentIndex(rules.index("ch_asylum_appeal_extended"))
    dialog.trigger.clear()
    qtbot.keyClicks(dialog.trigger, "25.11.2026")
    qtbot.waitUntil(lambda: dialog.deadline is not None, timeout=5000)

    # 30 days end on Christmas, a public holiday in Vaud; then a weekend: Monday 28.12.
    assert format_date("2026-12-28") in dialog.due.text()
    why = dialog.explanation.text()
    assert format_date("2026-11-25") in why and format_date("2026-12-25") in why
    assert region_phrase("CH-VD") in why
    assert dialog.create_button.isEnabled()

    dialog.create_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=5000)

    task = tab.selected()
    assert task is not None and task["due_on"] == "2026-12-28"
    assert task["rule"] == "ch_asylum_appeal_extended"
    assert why.rstrip(".") in tab.why.text()
    row = tab.model.row_of(task.id)
    assert format_date("2026-12-28") in tab.model.index(row, TaskColumn.DUE).data()
    qtmodeltester.check(tab.model)


def test_ticking_a_task_off_saves_it_and_counts_as_a_pending_change(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    tab = workspace.detail.tasks
    workspace.detail.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    row = next(n for n in range(tab.model.rowCount()) if not tab.model.task_at(n)["done"])
    task_id = tab.model.task_at(row).id
    profile = dossier.shell.profile
    assert profile is not None
    pending = off_gui_thread(profile.summaries.pending_count)

    index = tab.model.index(row, TaskColumn.DONE)
    assert tab.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole) is False
    qtbot.waitUntil(
        lambda: tab.model.task_at(tab.model.row_of(task_id))["done"] is True, timeout=5000
    )

    assert off_gui_thread(profile.summaries.pending_count) == pending + 1
    done = tab.model.index(tab.model.row_of(task_id), TaskColumn.DONE)
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
