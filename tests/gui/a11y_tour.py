"""A walk through the app's screens, driven as a caseworker would, calling `visit(window,
name)` on each one while it is shown. Used by the accessibility test in process and by
`a11y_scaled.py` in a subprocess at another QT_SCALE_FACTOR.

Every step leaves the window as it found it (dialogs closed, first tab in front).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QWidget, QWizard

from desktop.cases.edit_dialog import RecordEditDialog
from desktop.demo_profile import DEMO_PASSPHRASE
from desktop.documents.viewer import AttachmentViewer
from desktop.duplicates.dialog import DuplicateDialog
from desktop.interviews.start_dialog import StartInterviewDialog
from desktop.screenshot_scenes import specimen_scan
from desktop.sync.conflict_rows import ConflictRow
from desktop.sync.resolve_dialog import ResolveDialog
from desktop.tasks_view.deadline_dialog import DeadlineDialog
from sync.client.conflict_sides import Mine

Visit = Callable[[QWidget, str], None]
WaitUntil = Callable[[Callable[[], bool]], None]
T = TypeVar("T")


def off_gui(fn: Callable[[], T]) -> T:
    """Store work the way the app does it: never on the GUI thread."""
    out: list[Any] = []
    worker = threading.Thread(target=lambda: out.append(fn()))
    worker.start()
    worker.join(60)
    return out[0]  # type: ignore[no-any-return]


def _close(dialog: QDialog, wait: WaitUntil) -> None:
    dialog.done(QDialog.DialogCode.Rejected)
    wait(lambda: not dialog.isVisible())


def _child(parent: QWidget, kind: type[QWidget], wait: WaitUntil) -> Any:
    def shown() -> list[QWidget]:
        return [d for d in parent.findChildren(kind) if d.isVisible()]

    wait(lambda: bool(shown()))
    return shown()[0]


def unlock_screen(app: Any, wait: WaitUntil, visit: Visit) -> Any:
    """Visit the unlock screen, then unlock; the workspace with its first case open."""
    shell = app.shell
    screen = shell.unlock_screen
    wait(lambda: screen.profile.count() > 0)
    visit(shell, "unlock")
    screen.passphrase.setText(DEMO_PASSPHRASE)
    wait(screen.unlock_button.isEnabled)
    screen.unlock_button.click()
    wait(lambda: shell.workspace is not None and shell.workspace.cases.loaded)
    workspace = shell.workspace
    wait(lambda: workspace.detail.detail is not None)
    return workspace


def case_tabs(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    pane = workspace.detail
    profile = app.shell.profile
    case = pane.detail.case
    changes = {"case_type": "return_assistance", "region": "VD"}  # shows the Return tab too
    off_gui(lambda: profile.records.update("case", case.id, changes))
    pane.reload()
    wait(lambda: pane.tabs.isTabVisible(pane.tabs.indexOf(pane.avrr)))
    for index in range(pane.tabs.count()):
        if pane.tabs.isTabVisible(index):
            pane.tabs.setCurrentIndex(index)
            wait(lambda: True)
            visit(app.shell, f"tab {type(pane.tabs.widget(index)).__name__}")
    pane.tabs.setCurrentIndex(0)


def edit_person(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    pane = workspace.detail
    pane.tabs.setCurrentWidget(pane.persons)
    pane.persons.edit_button.click()
    dialog = _child(pane, RecordEditDialog, wait)
    visit(dialog, "edit person")
    _close(dialog, wait)
    pane.tabs.setCurrentIndex(0)


def deadline(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    tab = workspace.detail.tasks
    workspace.detail.tabs.setCurrentWidget(tab)
    tab.new_deadline()
    dialog = _child(tab, DeadlineDialog, wait)
    wait(lambda: dialog.rule.count() > 0)
    visit(dialog, "new deadline")
    _close(dialog, wait)
    workspace.detail.tabs.setCurrentIndex(0)


def interview(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    tab = workspace.detail.interviews
    workspace.detail.tabs.setCurrentWidget(tab)
    tab.new_button.click()
    start = _child(tab, StartInterviewDialog, wait)
    visit(start, "start interview")
    start.template.setCurrentIndex(start.template.findData("initial_interview"))
    start.spoken.setCurrentIndex(start.spoken.findData("ar"))
    start.interpreter.setText("INT-7")
    start.accept()
    wait(lambda: tab.editor is not None and tab.editor.isVisible())
    editor = tab.editor
    editor.resize(app.shell.size())  # the screen the run checks
    wait(lambda: True)
    visit(editor, "interview editor")
    editor.readback_button.setChecked(True)
    wait(lambda: editor.stack.currentIndex() == 1)
    visit(editor, "interview read-back")
    editor.close()
    wait(lambda: tab.editor is None)
    workspace.detail.tabs.setCurrentIndex(0)


def settings(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    dialog = app.shell.open_settings()
    wait(lambda: "…" not in dialog.service_url.text())
    visit(dialog, "settings")
    _close(dialog, wait)


def conflict(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    case = workspace.detail.detail.case
    person = workspace.detail.detail.persons[0]
    row = ConflictRow(
        conflict_id="a11y",
        case_id=case.id,
        case_number=case["case_number"] or "",
        entity="person",
        entity_id=_id(person),
        field="family_name",
        kind="same_field",
        base="Tesfay",
        client="Tesfaye",
        server="Tesfai",
        mine_side=Mine.CLIENT,
        reason=None,
        opened_at=datetime.now(UTC).isoformat(),
    )
    dialog = ResolveDialog(app.ctx, app.shell.profile, row, app.shell)
    dialog.show()
    wait(dialog.isVisible)
    visit(dialog, "conflict")
    _close(dialog, wait)
    dialog.deleteLater()


def _id(entry: Any) -> str:
    return str(getattr(entry, "id", None) or entry.person.id)


def duplicates(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    pane = workspace.detail
    profile = app.shell.profile
    case = pane.detail.case
    same = {"given_names": "Mohammed", "family_name": "Qasimzada"}
    people = (  # the same name; one value each side empty: choices must still be told apart
        same | {"birth_date": "1990", "phone": "+41 79 111 22 33"},
        same | {"birth_date": "1990-03-12", "name_original": "محمد قاسم زاده"},
    )

    def add(values: dict[str, str]) -> str:
        return str(profile.casework.add_person_to_case(case.id, values, "applicant")[1].id)

    ids = [off_gui(lambda v=v: add(v)) for v in people]  # type: ignore[misc]
    dialog = DuplicateDialog(app.ctx, profile, case.id, (ids[0], ids[1]), parent=app.shell)
    dialog.show()
    wait(lambda: dialog._comparison is not None)
    wait(lambda: True)
    visit(dialog, "duplicates")
    _close(dialog, wait)
    dialog.deleteLater()


def document_viewer(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    pane = workspace.detail
    tab = pane.documents
    profile = app.shell.profile
    case_id = pane.detail.case.id
    scan = io.BytesIO(specimen_scan())
    off_gui(
        lambda: profile.attachments.add(
            case_id, scan, filename="Ausweis-Muster.png", media_type="image/png"
        )
    )
    pane.reload()
    pane.tabs.setCurrentWidget(tab)
    wait(lambda: tab.model.rowCount() > 0)
    tab.view(tab.model.document_at(0))
    viewer = _child(tab, AttachmentViewer, wait)
    visit(viewer, "document viewer")
    _close(viewer, wait)
    pane.tabs.setCurrentIndex(0)


def conflict_inbox(app: Any, workspace: Any, wait: WaitUntil, visit: Visit) -> None:
    inbox = app.shell.open_conflicts()
    wait(inbox.isVisible)
    visit(inbox, "conflict inbox")
    inbox.close()
    wait(lambda: app.shell.inbox is None)


MAIN_WINDOW = (
    case_tabs,
    edit_person,
    deadline,
    interview,
    document_viewer,
    settings,
    conflict_inbox,
    conflict,
    duplicates,
)


def main_window(app: Any, wait: WaitUntil, visit: Visit) -> None:
    workspace = unlock_screen(app, wait, visit)
    for step in MAIN_WINDOW:
        step(app, workspace, wait, visit)


def enrolment(app: Any, wait: WaitUntil, visit: Visit) -> None:
    """Each page of the enrolment wizard up to the run page (which starts the work)."""
    wait(lambda: app.shell.enrol_wizard is not None and app.shell.enrol_wizard.isVisible())
    wizard: QWizard = app.shell.enrol_wizard
    for page_id in wizard.pageIds()[:-1]:
        wizard.setStartId(page_id)
        wizard.restart()
        wait(lambda: True)
        visit(wizard, f"enrolment page {page_id}")
