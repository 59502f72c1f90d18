"""The case list: a table model over `CaseSummary`s and the proxy that filters it.

Sorting happens in the source model with one Python `list.sort` (10,000 rows in a few
milliseconds) instead of in the proxy, where every comparison would call back into Python.
The proxy only filters: status, case type, the chosen view, and the search hits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.formatting import deadline_text, format_date, isolate
from desktop.sync.marks import mark_icon, mark_text, marks_from_state
from desktop.vocabulary import choice_label
from desktop.widgets.record_table import RecordTableModel, TableColumn
from storage.schema import CASE_STATUSES
from storage.services.summaries import CaseSummary
from storage.services.sync_marks import CaseSyncMarks

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
DUE_SOON_DAYS = 7
_OVERDUE = QColor("#b3261e")  # red with 6.4:1 contrast on white; the text says "overdue" too
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    TYPE = 2
    STATUS = 3
    DEADLINE = 4
    OPENED = 5


class CaseListModel(RecordTableModel[CaseSummary]):
    """All cases of the profile, as loaded off the GUI thread."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        columns = [
            TableColumn(
                QT_TRANSLATE_NOOP("CaseList", "Case number"),
                lambda r: r.case_number,
                # The case's sync mark sits beside its number: icon, tooltip, spoken text.
                tooltip=self._number_tip,
                accessible=self._number_tip,
                decoration=lambda r: mark_icon(self.marks_of(r).state),
            ),
            TableColumn(QT_TRANSLATE_NOOP("CaseList", "Name"), _name),
            TableColumn(QT_TRANSLATE_NOOP("CaseList", "Type"), _case_type),
            TableColumn(
                QT_TRANSLATE_NOOP("CaseList", "Status"),
                lambda r: choice_label("case", "status", r.status),
            ),
            TableColumn(QT_TRANSLATE_NOOP("CaseList", "Next deadline"), self._deadline),
            TableColumn(
                QT_TRANSLATE_NOOP("CaseList", "Opened"), lambda r: format_date(r.opened_on)
            ),
        ]
        super().__init__("CaseList", columns, parent)
        self._today = today
        self._sort: tuple[int, Qt.SortOrder] = (Column.NUMBER, Qt.SortOrder.AscendingOrder)
        self._marks: dict[str, CaseSyncMarks] = {}  # counted for the rows on screen

    # --- Qt model interface ------------------------------------------------------------

    def row_data(self, row: CaseSummary, column: int, role: int) -> Any:
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DEADLINE:
            return _OVERDUE if self._is_overdue(row) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = {i: self._rows[i.row()].case_id for i in self.persistentIndexList()}
        self._rows.sort(
            key=self._sort_key(Column(column)), reverse=order == Qt.SortOrder.DescendingOrder
        )
        where = {row.case_id: n for n, row in enumerate(self._rows)}
        for old, case_id in before.items():
            self.changePersistentIndex(old, self.index(where[case_id], old.column()))
        self.layoutChanged.emit()

    # --- our interface -----------------------------------------------------------------

    def set_rows(self, rows: Iterable[CaseSummary]) -> None:
        self._marks.clear()
        self._set_rows(rows)
        self.sort(*self._sort)

    def marks_of(self, row: CaseSummary) -> CaseSyncMarks:
        """The counted marks of a case, else what its list row knows (pending, conflict)."""
        return self._marks.get(row.case_id) or marks_from_state(row.sync_state)

    def set_marks(self, marks: dict[str, CaseSyncMarks]) -> None:
        """Counted marks of some cases arrived (`desktop.sync.marks.VisibleMarks`)."""
        changed = {case_id for case_id, m in marks.items() if self._marks.get(case_id) != m}
        self._marks.update(marks)
        rows = [n for n, row in enumerate(self._rows) if row.case_id in changed]
        self._rows_changed(rows, Column.NUMBER)

    def _number_tip(self, row: CaseSummary) -> str:
        marks = mark_text(self.marks_of(row))
        return f"{row.case_number} · {marks}" if marks else row.case_number

    def update_row(self, row: CaseSummary) -> None:
        """Replace one case's row in place (after an edit); appends a new case."""
        for n, old in enumerate(self._rows):
            if old.case_id == row.case_id:
                self._rows[n] = row
                self._row_changed(n)
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def remove_case(self, case_id: str) -> None:
        for n, old in enumerate(self._rows):
            if old.case_id == case_id:
                self.beginRemoveRows(QModelIndex(), n, n)
                del self._rows[n]
                self.endRemoveRows()
                return

    def clear(self) -> None:
        """Forget every row (lock)."""
        self._set_rows([])

    def rows(self) -> list[CaseSummary]:
        return list(self._rows)

    def row_at(self, n: int) -> CaseSummary:
        return self._rows[n]

    def cases_with_person(self, person_id: str) -> list[str]:
        return [r.case_id for r in self._rows if person_id in r.person_ids]

    def today(self) -> date:
        return self._today()

    # --- internals ---------------------------------------------------------------------

    def _is_overdue(self, row: CaseSummary) -> bool:
        return bool(row.next_due) and date.fromisoformat(str(row.next_due)) < self._today()

    def _deadline(self, row: CaseSummary) -> str:
        return deadline_text(row.next_due, self._today()) if row.next_due else ""

    def _sort_key(self, column: Column) -> Callable[[CaseSummary], Any]:
        if column is Column.NAME:
            return lambda r: (r.applicant.casefold(), r.case_number)
        if column is Column.STATUS:
            order = {s: n for n, s in enumerate(CASE_STATUSES)}
            return lambda r: (order.get(r.status, 99), r.case_number)
        if column is Column.TYPE:
            labels = {r.case_type: _case_type(r).casefold() for r in self._rows}
            return lambda r: (labels[r.case_type], r.case_number)
        if column is Column.DEADLINE:
            return lambda r: (r.next_due or "9999-12-31", r.case_number)
        if column is Column.OPENED:
            return lambda r: (r.opened_on or "", r.case_number)
        return lambda r: r.case_number


def _case_type(row: CaseSummary) -> str:
    return choice_label("case", "case_type", row.case_type)


def _name(row: CaseSummary) -> str:
    original = row.applicant_original
    return f"{row.applicant} · {isolate(original)}" if original else row.applicant


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters by status, type, view and search hits; sorting is the source model's job."""

    VIEWS = ("all", "due_soon", "overdue", "pending")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statuses: frozenset[str] = frozenset()  # empty: every status
        self.types: frozenset[str] = frozenset()
        self.view = "all"
        self.hits: frozenset[str] | None = None  # None: no search active

    def set_filters(
        self,
        *,
        statuses: Iterable[str] | None = None,
        types: Iterable[str] | None = None,
        view: str | None = None,
    ) -> None:
        self.beginFilterChange()
        if statuses is not None:
            self.statuses = frozenset(statuses)
        if types is not None:
            self.types = frozenset(types)
        if view is not None:
            self.view = view if view in self.VIEWS else "all"
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_hits(self, case_ids: Iterable[str] | None) -> None:
        self.beginFilterChange()
        self.hits = None if case_ids is None else frozenset(case_ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, CaseListModel)
        row = source.row_at(source_row)
        if self.hits is not None and row.case_id not in self.hits:
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.types and row.case_type not in self.types:
            return False
        return self._in_view(row, source.today())

    def _in_view(self, row: CaseSummary, today: date) -> bool:
        return in_view(self.view, row, today)


def in_view(view: str, row: CaseSummary, today: date) -> bool:
    """Whether a case belongs to one of the saved views of the left pane."""
    if view == "pending":
        return row.sync_state == "pending"
    if view in ("due_soon", "overdue") and not row.next_due:
        return False
    if view == "overdue":
        return date.fromisoformat(str(row.next_due)) < today
    if view == "due_soon":
        return date.fromisoformat(str(row.next_due)) <= today + timedelta(days=DUE_SOON_DAYS)
    return True


def view_counts(rows: Iterable[CaseSummary], today: date) -> dict[str, int]:
    rows = list(rows)
    return {view: sum(in_view(view, r, today) for r in rows) for view in CaseFilterProxy.VIEWS}
