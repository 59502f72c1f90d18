"""What the panes of the open case share: the store they work on, their error banner,
retranslating on a language change, and a read-only table of the case's records.

Each pane still builds its own layout; these are the parts that were the same in all.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from desktop.context import AppContext
from desktop.messages import error_message
from desktop.widgets.banner import MessageBanner
from desktop.widgets.empty_state import EmptyState
from storage.unlocked import OpenProfile


class CaseTab(QWidget):
    """A pane of the open case. Subclasses create `banner` and fill in `_retranslate`."""

    banner: MessageBanner

    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.case_id: str | None = None

    def _on_failed(self, exc: Exception) -> None:
        self.banner.show_message(error_message(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Set every visible text again (the language changed)."""


class OpenOnEnterTable(QTableView):
    """Enter on the current row does what a double click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.doubleClicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def show_records(
    table: QTableView, model: QAbstractItemModel, stretch: int, *, single: bool = True
) -> None:
    """Set up a read-only table of whole rows; the `stretch` column takes the spare width."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Whole rows: arrows move between them, Tab moves on to the next control instead of
    # stepping through every cell (a keyboard trap in a long list).
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def table_or_empty(table: QTableView, parent: QWidget) -> tuple[QStackedWidget, EmptyState]:
    """A stack showing the table, or what an empty one means."""
    empty = EmptyState(parent)
    stack = QStackedWidget(parent)
    stack.addWidget(table)
    stack.addWidget(empty)
    return stack, empty


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
