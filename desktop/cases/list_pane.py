"""The middle pane: search-as-you-type and the case list.

Typing restarts a short timer; when it fires the search runs on the DB lane, superseding
any search still waiting there, and its hits narrow the list. Moving through the list with
the arrow keys opens the selected case after a short pause, so holding the key down does
not open (and audit) every case it passes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelection, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.list_model import CASE_ID_ROLE, CaseFilterProxy, CaseListModel, Column
from desktop.cases.queries import search_case_ids
from desktop.context import AppContext
from desktop.formatting import deadline_text
from desktop.messages import error_message
from desktop.sync.marks import VisibleMarks
from desktop.vocabulary import choice_label
from desktop.widgets.banner import MessageBanner
from desktop.widgets.empty_state import EmptyState
from storage.schema import CASE_STATUSES, CASE_TYPES
from storage.unlocked import OpenProfile

SEARCH_DEBOUNCE_MS = 180
OPEN_DEBOUNCE_MS = 150


class CaseTable(QTableView):
    """The case list view: Enter opens the selected case; columns fit the pane's width.

    Column widths come from the texts they will show, and when the pane is narrow (a
    1366-pixel laptop) the least needed columns step aside instead of the list scrolling
    sideways: first "opened", then "type" (both are in the case detail too).
    """

    case_was_opened = Signal(str)
    MIN_NAME_WIDTH = 160
    ALWAYS = (Column.NUMBER, Column.STATUS, Column.DEADLINE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.case_was_opened.emit(index.data(CASE_ID_ROLE))
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        pad = 2 * metrics.horizontalAdvance("M")  # cell margins and the sort arrow

        def widest(texts: list[str], cap: int = 10_000) -> int:
            return min(max(metrics.horizontalAdvance(t) for t in texts) + pad, cap)

        def title(column: Column) -> str:
            return str(self.model().headerData(column, Qt.Orientation.Horizontal))

        today = date(2026, 1, 1)  # any day: only the length of the words matters
        widths = {
            # Room for the sync mark beside the number (desktop.sync.marks).
            Column.NUMBER: widest(["ZH-2026-000000", title(Column.NUMBER)])
            + self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            + metrics.horizontalAdvance("M"),
            Column.STATUS: widest(
                [choice_label("case", "status", s) for s in CASE_STATUSES] + [title(Column.STATUS)]
            ),
            Column.DEADLINE: widest(
                [
                    deadline_text("2025-12-22", today),
                    deadline_text("2026-01-22", today),
                    title(Column.DEADLINE),
                ]
            ),
            Column.TYPE: widest(
                [choice_label("case", "case_type", t) for t in CASE_TYPES],
                cap=16 * metrics.horizontalAdvance("M"),
            ),
            Column.OPENED: widest(["00.00.0000", title(Column.OPENED)]),
        }
        room = self.viewport().width() - self.MIN_NAME_WIDTH
        fits = True
        for column in (*self.ALWAYS, Column.TYPE, Column.OPENED):
            fits = column in self.ALWAYS or (fits and room >= widths[column])
            header.setSectionHidden(column, not fits)
            if fits:
                header.resizeSection(column, widths[column])
                room -= widths[column]


class CaseListPane(QWidget):
    case_was_selected = Signal(object)  # case id or None
    case_was_opened = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        model: CaseListModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.model = model
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.loaded = False
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.banner = MessageBanner(self)
        self.table = self._make_table()
        self.marks = VisibleMarks(ctx, profile, self.table, self.visible_case_ids, model.set_marks)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self._search_timer = self._single_shot(SEARCH_DEBOUNCE_MS, self._on_search_timer_timeout)
        self._open_timer = self._single_shot(OPEN_DEBOUNCE_MS, self._on_open_timer_timeout)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._retranslate()

    def _single_shot(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _make_table(self) -> CaseTable:
        table = CaseTable(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # arrows move through the cases; Tab moves on
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring of 10k rows
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setHighlightSections(False)
        table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        table.doubleClicked.connect(self._on_table_double_clicked)
        table.case_was_opened.connect(self.case_was_opened)
        return table

    # --- loading -------------------------------------------------------------------------

    def set_loaded(self) -> None:
        self.loaded = True
        self._update_count()

    # --- search --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.proxy.set_hits(None)
            self._update_count()
            return
        profile = self._profile
        self._ctx.lanes.run_query(
            lambda: (text, search_case_ids(profile, text)),
            self._on_search_done,
            self._on_search_failed,
            owner=self,
            key="case-search",
        )

    def _on_search_done(self, result: tuple[str, list[str]]) -> None:
        text, case_ids = result
        if text != self.search.text().strip():
            return  # the box changed meanwhile; a newer search is on its way
        self.banner.clear()
        self.proxy.set_hits(case_ids)
        self._update_count()

    def _on_search_failed(self, exc: Exception) -> None:
        self.banner.show_message(error_message(exc))

    # --- selection -----------------------------------------------------------------------

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def select_case(self, case_id: str) -> None:
        """Select a case in the list, clearing a search or filter that hides it."""
        row = self._proxy_row(case_id)
        if row < 0 and (self.search.text() or self.proxy.hits is not None):
            self.search.clear()
            self.proxy.set_hits(None)
            row = self._proxy_row(case_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))

    def _proxy_row(self, case_id: str) -> int:
        return next(
            (
                n
                for n in range(self.proxy.rowCount())
                if self.proxy.index(n, 0).data(CASE_ID_ROLE) == case_id
            ),
            -1,
        )

    def visible_case_ids(self) -> list[str]:
        """The cases of the rows on screen (their sync marks are counted, not the 10,000)."""
        rows = self.proxy.rowCount()
        if not rows or not self.table.isVisible():
            return []
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = rows - 1 if last < 0 else last
        return [self.proxy.index(n, 0).data(CASE_ID_ROLE) for n in range(first, last + 1)]

    def select_first(self) -> None:
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._open_timer.start()

    def _on_open_timer_timeout(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.case_was_selected.emit(rows[0].data(CASE_ID_ROLE) if rows else None)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.case_was_opened.emit(index.data(CASE_ID_ROLE))

    # --- texts ---------------------------------------------------------------------------

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if not self.loaded:
            self.count_label.setText(self.tr("Loading cases …"))
        elif shown == total:
            self.count_label.setText(self.tr("%Ln case(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %Ln case(s)", "", total).replace("%1", QLocale().toString(shown))
            )
        self._update_empty(shown, total)

    def _update_empty(self, shown: int, total: int) -> None:
        if not self.loaded or shown:
            self.stack.setCurrentWidget(self.table)
            return
        self.stack.setCurrentWidget(self.empty)
        if total == 0:
            self.empty.set_text(
                self.tr("No cases on this laptop yet"),
                self.tr("Sync to fetch the cases assigned to you."),
            )
        elif self.proxy.hits is not None:
            self.empty.set_text(
                self.tr("No case matches your search"),
                self.tr(
                    "Check the spelling, or search by case number, date "
                    "of birth or ZEMIS number. Filters on the left also "
                    "apply."
                ),
            )
        else:
            self.empty.set_text(
                self.tr("No case matches these filters"),
                self.tr("Choose \u201cClear filters\u201d on the left to see all cases."),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search name, case number, date of birth, ZEMIS or N number (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.model.refresh_texts()
        self.table.fit_columns()
        self._update_count()
