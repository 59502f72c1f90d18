"""Issue 6, end to end through the GUI: a caseworker runs an interview offline on laptop A,
finalises it, exports the protocol, sees the case's deadline, syncs — and laptop B, synced
against the same real service on 127.0.0.1, shows the finalised interview read-only and the
deadline with why it falls on that day."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp, Options, create_qapplication
from desktop.interviews.answers import TextAnswer
from desktop.interviews.editor import InterviewEditor
from desktop.interviews.start_dialog import StartInterviewDialog
from desktop.main_window.workspace import Workspace
from desktop.tasks_view.deadline_dialog import DeadlineDialog
from tests.gui.conftest import FakeClock
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    save_case,
    service,
    snapshot,
    sync_now,
    unlocked,
)
from tests.integration.storage.test_casework import complete_answers
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop

NUMBER = "VD-2026-000606"
RULE = "ch_asylum_appeal_extended"


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def ben(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "ben", "ben")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root  # the `dossier` fixture is laptop A


@pytest.fixture
def laptop_b(ben: Laptop, qm_cache: Path, clock: FakeClock) -> Iterator[DossierApp]:
    """A second app, on the second laptop's data folder, in the same test process."""
    create_qapplication()
    app = DossierApp(Options(data_dir=ben.workspace.root, translations_cache=qm_cache), clock=clock)
    app.shell.resize(1366, 768)
    app.shell.show()
    yield app
    app.shutdown()
    app.shell.close()
    app.shell.deleteLater()


def _open_case(qtbot: QtBot, workspace: Workspace, case_id: str) -> None:
    qtbot.waitUntil(lambda: workspace.case_model.rowCount() == 1, timeout=10_000)
    workspace.cases.select_case(case_id)
    pane = workspace.detail
    qtbot.waitUntil(
        lambda: pane.detail is not None and pane.detail.case.id == case_id, timeout=10_000
    )


def _interview(qtbot: QtBot, workspace: Workspace) -> InterviewEditor:
    """Start the initial interview with an interpreter, answer it, finalise it."""
    tab = workspace.detail.interviews
    workspace.detail.tabs.setCurrentWidget(tab)
    tab.new_button.click()
    start = tab.findChild(StartInterviewDialog)
    assert start is not None
    start.template.setCurrentIndex(start.template.findData("initial_interview"))
    start.spoken.setCurrentIndex(start.spoken.findData("ti"))
    start.interpreter.setText("INT-42")
    start.accept()
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=10_000)
    editor = tab.editor
    assert editor is not None
    family = editor.form.editors["family_name"]
    assert isinstance(family, TextAnswer)
    qtbot.keyClicks(family.line, "Tesfay")
    editor.form.set_answers(complete_answers(editor.template, editor.form.answers()[0]))
    editor.finalise_button.click()
    box = editor.confirm_box
    assert box is not None
    confirm = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    confirm.click()
    qtbot.waitUntil(lambda: editor.is_final, timeout=10_000)
    return editor


def _export(qtbot: QtBot, editor: InterviewEditor, target: Path) -> str:
    editor.exports.choose_path = lambda _parent, _name: target
    with qtbot.waitSignal(editor.exports.export_did_finish, timeout=20_000):
        editor.exports.export_button.click()
    reader = PdfReader(str(target))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _new_deadline(qtbot: QtBot, workspace: Workspace) -> str:
    tab = workspace.detail.tasks
    workspace.detail.tabs.setCurrentWidget(tab)
    tab.new_deadline_button.click()
    dialog = tab.findChild(DeadlineDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.rule.count() > 0, timeout=10_000)
    rules = [dialog.rule.itemData(n).id for n in range(dialog.rule.count())]
    dialog.rule.setCurrentIndex(rules.index(RULE))
    dialog.trigger.clear()
    qtbot.keyClicks(dialog.trigger, "25.11.2026")
    qtbot.waitUntil(lambda: dialog.deadline is not None, timeout=10_000)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: _deadline_row(workspace) >= 0, timeout=10_000)
    tab.table.selectRow(_deadline_row(workspace))
    return tab.why.text()


def _deadline_row(workspace: Workspace) -> int:
    model = workspace.detail.tasks.model
    return next((n for n in range(model.rowCount()) if model.task_at(n)["rule"] == RULE), -1)


def test_an_interview_run_offline_on_one_laptop_is_final_and_due_on_the_other(
    qtbot: QtBot,
    dossier: DossierApp,
    laptop_b: DossierApp,
    service: Service,  # noqa: F811
    tmp_path: Path,
) -> None:
    case_id = seed_case(service.app, NUMBER, "anna", "ben")

    # Laptop A fetches the case, then works without the service.
    workspace = unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None
    _open_case(qtbot, workspace, case_id)
    save_case(dossier, case_id, region="VD")  # the canton whose holidays count
    qtbot.waitUntil(lambda: workspace.detail.detail.case["region"] == "VD", timeout=10_000)

    editor = _interview(qtbot, workspace)
    interview_id = editor.record.id
    pdf = _export(qtbot, editor, tmp_path / "protokoll.pdf")
    assert NUMBER in pdf and "INT-42" in pdf and "Tesfay" in pdf and "Seite 1 von" in pdf
    editor.close()

    why = _new_deadline(qtbot, workspace)
    task = workspace.detail.tasks.model.task_at(_deadline_row(workspace))
    assert task["due_on"] == "2026-12-28" and "25.12.2026" in why  # Christmas in Vaud
    qtbot.waitUntil(lambda: snapshot(dossier).pending >= 4, timeout=10_000)

    # Back online: F5 sends everything.
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 0, timeout=10_000)

    # Laptop B syncs and sees the finalised protocol, read-only, and the deadline.
    workspace_b = unlocked(qtbot, laptop_b)
    assert sync_now(qtbot, laptop_b).error is None
    _open_case(qtbot, workspace_b, case_id)
    pane = workspace_b.detail
    interviews = pane.interviews
    pane.tabs.setCurrentWidget(interviews)
    qtbot.waitUntil(lambda: interviews.model.row_of(interview_id) >= 0, timeout=10_000)
    interviews.open_interview(interview_id)
    qtbot.waitUntil(
        lambda: interviews.editor is not None and interviews.editor.record.id == interview_id,
        timeout=10_000,
    )
    seen = interviews.editor
    assert seen is not None and seen.is_final
    assert seen.record["status"] == "finalised" and seen.record["interpreter"] == "INT-42"
    family = seen.form.editors["family_name"]
    assert isinstance(family, TextAnswer) and family.line.isReadOnly()
    assert family.line.text() == "Tesfay"
    assert not seen.finalise_button.isVisibleTo(seen) or not seen.finalise_button.isEnabled()
    seen.close()

    pane.tabs.setCurrentWidget(pane.tasks)
    qtbot.waitUntil(lambda: _deadline_row(workspace_b) >= 0, timeout=10_000)
    pane.tasks.table.selectRow(_deadline_row(workspace_b))
    assert pane.tasks.selected()["due_on"] == "2026-12-28"  # type: ignore[index]
    assert pane.tasks.why.text() == why  # the same explanation, on the other laptop
