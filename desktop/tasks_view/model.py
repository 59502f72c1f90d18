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
from desktop.widgets.record_table import RecordTableModel, TableColumn
from storage.deadlines import Rule
from storage.services.records import Record

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#b3261e")  # the text says "overdue" too: colour never carries it alone
Index = QModelIndex | QPersistentModelIndex


class TaskColumn(IntEnum):
    DONE = 0
    TITLE = 1
    DUE = 2


def _sort_key(task: Record) -> tuple[bool, str, str]:
    return (bool(task["done"]), task["due_on"] or "9999-12-31", task.created_at)


class TaskListModel(RecordTableModel[Record]):
    done_was_toggled = Signal(str, bool)  # task id, wanted state

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        columns = [
            TableColumn(
                QT_TRANSLATE_NOOP("TaskList", "Done"),
                lambda t: "",
                tooltip=self._kind,
                accessible=self._done_word,
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("TaskList", "Task"),
                self.title,
                tooltip=lambda t: f"{self.title(t)} ({self._kind(t)})",
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("TaskList", "Due"),
                self._due,
                tooltip=lambda t: f"{self._due(t)} ({self._kind(t)})",
            ),
        ]
        super().__init__("TaskList", columns, parent)
        self._today = today
        self._rules: Mapping[str, Rule] = {}

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TaskColumn.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def row_data(self, row: Record, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == TaskColumn.DONE:
            return Qt.CheckState.Checked if row["done"] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, TaskColumn(column))
        if role == TASK_ID_ROLE:
            return row.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != TaskColumn.DONE:
            return False
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.done_was_toggled.emit(self._rows[index.row()].id, state == Qt.CheckState.Checked)
        return False  # shown once saved: `update_task`

    # --- our interface -------------------------------------------------------------------

    def set_tasks(self, tasks: Iterable[Record], rules: Mapping[str, Rule]) -> None:
        self._rules = rules
        self._set_rows(sorted(tasks, key=_sort_key))

    def update_task(self, task: Record) -> None:
        """Put a saved task in its place (appended if new); the order follows its date."""
        others = [t for t in self._rows if t.id != task.id]
        self.set_tasks([*others, task], self._rules)

    def task_at(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, task_id: str) -> int:
        return next((n for n, t in enumerate(self._rows) if t.id == task_id), -1)

    def rule_of(self, task: Record) -> Rule | None:
        return self._rules.get(task["rule"] or "")

    def clear(self) -> None:
        self.set_tasks([], {})

    # --- texts ---------------------------------------------------------------------------

    def title(self, task: Record) -> str:
        return rule_label(self.rule_of(task), task["title"] or "")

    def _due(self, task: Record) -> str:
        if not task["due_on"]:
            return "—"
        if task["done"]:
            return format_date(task["due_on"])
        return deadline_text(task["due_on"], self._today())

    @staticmethod
    def _kind(task: Record) -> str:
        return choice_label("task", "kind", task["kind"])

    def _done_word(self, task: Record) -> str:
        done = QT_TRANSLATE_NOOP("TaskList", "done")
        still_open = QT_TRANSLATE_NOOP("TaskList", "open")
        return QCoreApplication.translate("TaskList", done if task["done"] else still_open)

    def _colour(self, task: Record, column: TaskColumn) -> QColor | None:
        if task["done"]:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        overdue = task["due_on"] and date.fromisoformat(task["due_on"]) < self._today()
        return _OVERDUE if overdue and column is TaskColumn.DUE else None
