"""A read-only table model over a list of rows, its columns declared as data.

Each column names its header (a `QT_TRANSLATE_NOOP` source, translated in the model's
context) and how to get its text from a row; alignment, a different tooltip, an
accessible text and an icon beside the text are optional. Other roles (ids, colours, check
boxes) are the subclass's `row_data`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableColumn(Generic[Row]):
    header: str  # source text, marked with QT_TRANSLATE_NOOP in the model's context
    text: Callable[[Row], str]
    alignment: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Row], str] | None = None  # None: the text
    accessible: Callable[[Row], str] | None = None  # None: no AccessibleTextRole
    decoration: Callable[[Row], Any] | None = None  # an icon (QIcon) or None


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self, context: str, columns: Sequence[TableColumn[Row]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = tuple(columns)
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip or column.text)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        optional = None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            optional = column.accessible
        elif role == Qt.ItemDataRole.DecorationRole:
            optional = column.decoration
        if optional is not None:
            return optional(row)
        return self.row_data(row, index.column(), role)

    def row_data(self, row: Row, column: int, role: int) -> Any:
        """Any other role of a cell; None unless a subclass knows it."""
        return None

    # --- for subclasses ------------------------------------------------------------------

    def _set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _row_changed(self, n: int) -> None:
        self.dataChanged.emit(self.index(n, 0), self.index(n, len(self._columns) - 1))

    def _rows_changed(self, rows: Iterable[int], column: int) -> None:
        """One column of some rows shows something new (one signal per run of rows)."""
        ordered = sorted(set(rows))
        start = 0
        for n in range(1, len(ordered) + 1):
            if n == len(ordered) or ordered[n] != ordered[n - 1] + 1:
                top, bottom = ordered[start], ordered[n - 1]
                self.dataChanged.emit(self.index(top, column), self.index(bottom, column))
                start = n

    def refresh_texts(self) -> None:
        """Language or day changed: every visible text is different."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            bottom_right = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), bottom_right)
