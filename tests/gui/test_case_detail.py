"""Opening a case: persons with their original-script names, sensitive data behind a click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.app import DossierApp
from desktop.cases.persons_model import PersonColumn
from desktop.main_window.workspace import Workspace
from storage.tables import audit_event
from tests.gui.conftest import off_gui_thread


def _open_case_with_family(qtbot: QtBot, workspace: Workspace) -> str:
    """Select (with the keyboard) a case with several persons, one with an original name."""
    rows = workspace.case_model.rows()
    target = next(r for r in rows if len(r.person_ids) > 1 and r.applicant_original)
    proxy = workspace.cases.proxy
    row = next(
        n
        for n in range(proxy.rowCount())
        if proxy.index(n, 0).data(Qt.ItemDataRole.UserRole + 1) == target.case_id
    )
    workspace.cases.table.setFocus()
    workspace.cases.table.selectRow(row)
    qtbot.keyClick(workspace.cases.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            workspace.detail.detail is not None
            and workspace.detail.detail.case.id == target.case_id
        ),
        timeout=5000,
    )
    return target.case_id


def _audit_count(app: DossierApp, action: str) -> int:
    profile = app.shell.profile
    assert profile is not None

    def count() -> int:
        with profile.store.read() as conn:
            query = select(func.count()).select_from(audit_event)
            return int(conn.execute(query.where(audit_event.c.action == action)).scalar_one())

    return off_gui_thread(count)


def test_selecting_a_case_shows_its_persons_with_the_original_script(
    qtbot: QtBot, workspace: Workspace
) -> None:
    _open_case_with_family(qtbot, workspace)
    detail = workspace.detail.detail
    assert detail is not None

    model = workspace.detail.persons.model
    assert model.rowCount() == len(detail.persons) > 1
    applicant = next(p.person for p in detail.persons if p.link["role"] == "applicant")
    names = [model.index(r, PersonColumn.NAME).data() for r in range(model.rowCount())]
    latin = f"{applicant['family_name']}, {applicant['given_names']}"
    shown = next(n for n in names if n.startswith(latin))
    assert applicant["name_original"] in shown  # beside the transliteration
    assert applicant["name_original"] in workspace.detail.subtitle.text()
    assert workspace.detail.title.text() == detail.case["case_number"]


def test_opening_a_case_is_audited_once_not_per_arrow_key(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    before = _audit_count(dossier, "read")
    table = workspace.cases.table
    table.setFocus()
    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_Down)  # faster than the open delay
    qtbot.waitUntil(
        lambda: (
            workspace.detail.detail is not None
            and workspace.detail.detail.case.id == workspace.cases.selected_case_id()
        ),
        timeout=5000,
    )
    qtbot.wait(100)

    opened = _audit_count(dossier, "read") - before
    persons = len(workspace.detail.detail.persons)
    assert opened == 1 + persons  # the case and its persons, read once


def test_sensitive_details_stay_hidden_until_asked_for_and_the_reveal_is_audited(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace
) -> None:
    _open_case_with_family(qtbot, workspace)
    section = workspace.detail.overview.view.sensitive
    assert section is not None
    assert not section.is_revealed
    before = _audit_count(dossier, "read")

    section._button.click()
    qtbot.waitUntil(lambda: section.is_revealed, timeout=5000)

    assert _audit_count(dossier, "read") == before + 1
    workspace.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: not section.is_revealed, timeout=5000)  # next case: hidden again
