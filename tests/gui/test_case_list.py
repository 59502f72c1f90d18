"""The case list: filled from the store off the GUI thread, searched, filtered, sorted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.cases.list_model import CASE_ID_ROLE, Column
from desktop.main_window.workspace import Workspace
from storage.services.summaries import CaseSummary
from tests.gui.conftest import DEMO_CASES


def _visible_ids(workspace: Workspace) -> list[str]:
    proxy = workspace.cases.proxy
    return [proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())]


def _row_with_original_name(workspace: Workspace) -> CaseSummary:
    return next(r for r in workspace.case_model.rows() if r.applicant_original)


def test_the_list_shows_every_demo_case_with_applicant_and_original_script(
    workspace: Workspace,
) -> None:
    model = workspace.case_model
    assert model.rowCount() == DEMO_CASES
    row = _row_with_original_name(workspace)
    n = model.rows().index(row)
    name = model.index(n, Column.NAME).data()
    assert name.startswith(row.applicant)
    assert row.applicant_original in name
    assert workspace.cases.count_label.text().startswith(str(DEMO_CASES))


def test_searching_a_name_narrows_the_list_to_matching_cases(
    qtbot: QtBot, workspace: Workspace
) -> None:
    row = _row_with_original_name(workspace)
    family = row.applicant.split(",")[0]

    qtbot.keyClicks(workspace.cases.search, family)
    qtbot.waitUntil(lambda: workspace.cases.proxy.hits is not None, timeout=5000)

    visible = _visible_ids(workspace)
    assert row.case_id in visible
    assert 0 < len(visible) < DEMO_CASES
    assert str(len(visible)) in workspace.cases.count_label.text()

    workspace.cases.search.clear()
    qtbot.waitUntil(lambda: workspace.cases.proxy.rowCount() == DEMO_CASES, timeout=5000)


def test_a_search_without_hits_explains_what_to_try(qtbot: QtBot, workspace: Workspace) -> None:
    qtbot.keyClicks(workspace.cases.search, "Zzyzxqwv")
    qtbot.waitUntil(lambda: workspace.cases.proxy.hits is not None, timeout=5000)

    assert workspace.cases.proxy.rowCount() == 0
    assert workspace.cases.stack.currentWidget() is workspace.cases.empty
    assert workspace.cases.empty.title


def test_checking_a_status_shows_only_cases_in_that_status(workspace: Workspace) -> None:
    statuses = workspace.filters.statuses
    waiting = next(
        r
        for r in range(statuses.rowCount())
        if statuses.index(r).data(Qt.ItemDataRole.UserRole + 1) == "waiting"
    )

    statuses.setData(statuses.index(waiting), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    expected = {r.case_id for r in workspace.case_model.rows() if r.status == "waiting"}
    assert set(_visible_ids(workspace)) == expected
    assert 0 < len(expected) < DEMO_CASES


def test_the_overdue_view_shows_only_cases_with_an_overdue_deadline(workspace: Workspace) -> None:
    workspace.filters.views.setCurrentRow(2)  # overdue
    today = workspace.case_model.today().isoformat()
    expected = {r.case_id for r in workspace.case_model.rows() if r.next_due and r.next_due < today}
    assert set(_visible_ids(workspace)) == expected
    assert expected


def test_clicking_a_column_header_sorts_by_it(qtbot: QtBot, workspace: Workspace) -> None:
    header = workspace.cases.table.horizontalHeader()
    header.sectionClicked.emit(Column.NAME)
    workspace.cases.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

    names = [
        workspace.cases.proxy.index(r, Column.NAME).data().casefold()
        for r in range(workspace.cases.proxy.rowCount())
    ]
    assert names == sorted(names)


MODELS = {
    "case list": lambda w: w.case_model,
    "case filter proxy": lambda w: w.cases.proxy,
    "status facets": lambda w: w.filters.statuses,
    "type facets": lambda w: w.filters.types,
    "persons of the open case": lambda w: w.detail.persons.model,
}


@pytest.mark.parametrize("name", MODELS)
def test_every_item_model_passes_the_model_tester(
    qtbot: QtBot, workspace: Workspace, qtmodeltester: ModelTester, name: str
) -> None:
    qtbot.waitUntil(lambda: workspace.detail.detail is not None, timeout=5000)
    qtmodeltester.check(MODELS[name](workspace), force_py=True)

    # The tester keeps watching while the model is sorted, searched, filtered and cleared.
    workspace.cases.table.sortByColumn(Column.DEADLINE, Qt.SortOrder.DescendingOrder)
    qtbot.keyClicks(workspace.cases.search, "a")
    qtbot.waitUntil(lambda: workspace.cases.proxy.hits is not None, timeout=5000)
    workspace.filters.views.setCurrentRow(1)
    workspace.cases.table.selectRow(1)
    qtbot.wait(250)
    workspace.clear()
