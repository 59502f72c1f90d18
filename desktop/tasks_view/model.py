"""The open case's tasks: done box, what, when it is due (relative and absolute), kind.

Open tasks come first, by due date; done ones follow. Ticking the box asks the tab to save
(`done_was_toggled`); the row changes once the store has it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette

from desktop.formatting import deadline_text, format_date
from desktop.tasks_view.explain import rule_label
from desktop.vocabulary import choice_label
from storage.deadlines import Rule
from storage.services.records import Record

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#b3261e")  # the text says "overdue" too: colour never carries it alone
Index = QModelIndex | QPersistentModelIndex


class TaskColumn(IntEnum):
    DONE = 0
    TITLE = 1
    DUE = 2


_HEADERS = {
    TaskColumn.DONE: QT_TRANSLATE_NOOP("TaskList", "Done"),
    TaskColumn.TITLE: QT_TRANSLATE_NOOP("TaskList", "Task"),
    TaskColumn.DUE: QT_TRANSLATE_NOOP("TaskList", "Due"),
}


def _sort_key(task: Record) -> tuple[bool, str, str]:
    return (bool(task["done"]), task["due_on"] or "9999-12-31", task.created_at)


class TaskListModel(QAbstractTableModel):
    done_was_toggled = Signal(str, bool)  # task id, wanted state

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._tasks: list[Record] = []
        self._rules: Mapping[str, Rule] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TaskColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(TaskColumn):
            return QCoreApplication.translate("TaskList", _HEADERS[TaskColumn(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TaskColumn.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        column = TaskColumn(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column is TaskColumn.DONE:
            return Qt.CheckState.Checked if task["done"] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = choice_label("task", "kind", task["kind"])
            return f"{self._text(task, column)} ({kind})" if column else kind
        if role == Qt.ItemDataRole.AccessibleTextRole and column is TaskColumn.DONE:
            return self._done_word(task)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(task, column)
        if role == TASK_ID_ROLE:
            return task.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != TaskColumn.DONE:
            return False
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.done_was_toggled.emit(self._tasks[index.row()].id, state == Qt.CheckState.Checked)
        return False  # shown once saved: `update_task`

    # --- our interface -------------------------------------------------------------------

    def set_tasks(self, tasks: Iterable[Record], rules: Mapping[str, Rule]) -> None:
        self.beginResetModel()
        self._tasks = sorted(tasks, key=_sort_key)
        self._rules = rules
        self.endResetModel()

    def update_task(self, task: Record) -> None:
        """Put a saved task in its place (appended if new); the order follows its date."""
        others = [t for t in self._tasks if t.id != task.id]
        self.set_tasks([*others, task], self._rules)

    def task_at(self, row: int) -> Record:
        return self._tasks[row]

    def row_of(self, task_id: str) -> int:
        return next((n for n, t in enumerate(self._tasks) if t.id == task_id), -1)

    def rule_of(self, task: Record) -> Rule | None:
        return self._rules.get(task["rule"] or "")

    def clear(self) -> None:
        self.set_tasks([], {})

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TaskColumn) - 1)
        if self._tasks:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._tasks) - 1, len(TaskColumn) - 1)
            )

    # --- texts ---------------------------------------------------------------------------

    def title(self, task: Record) -> str:
        return rule_label(self.rule_of(task), task["title"] or "")

    def _text(self, task: Record, column: TaskColumn) -> str:
        match column:
            case TaskColumn.DONE:
                return ""
            case TaskColumn.TITLE:
                return self.title(task)
            case TaskColumn.DUE:
                if not task["due_on"]:
                    return "—"
                if task["done"]:
                    return format_date(task["due_on"])
                return deadline_text(task["due_on"], self._today())

    def _done_word(self, task: Record) -> str:
        done = QT_TRANSLATE_NOOP("TaskList", "done")
        still_open = QT_TRANSLATE_NOOP("TaskList", "open")
        return QCoreApplication.translate("TaskList", done if task["done"] else still_open)

    def _colour(self, task: Record, column: TaskColumn) -> QColor | None:
        if task["done"]:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        overdue = task["due_on"] and date.fromisoformat(task["due_on"]) < self._today()
        return _OVERDUE if overdue and column is TaskColumn.DUE else None
