"""Checkable filter lists with counts for the left pane ("In progress (1'204)")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class FacetModel(QAbstractListModel):
    """One line per code of a code list; checking lines narrows the case list."""

    def __init__(
        self, codes: Iterable[str], label: Callable[[str], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._codes = list(codes)
        self._label = label
        self._counts: Counter[str] = Counter()
        self._checked: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._codes):
            return None
        code = self._codes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{self._label(code)} ({QLocale().toString(self._counts[code])})"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = code in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == CODE_ROLE:
            return code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        code = self._codes[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    def set_counts(self, codes: Iterable[str]) -> None:
        self._counts = Counter(codes)
        self.refresh_texts()

    def clear(self) -> None:
        self._counts = Counter()
        self._checked.clear()
        self.refresh_texts()

    def refresh_texts(self) -> None:
        if self._codes:
            self.dataChanged.emit(self.index(0), self.index(len(self._codes) - 1))
