"""The left pane: saved views (all, due soon, overdue, not yet synced) and facet filters."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.facets import FacetModel
from desktop.cases.list_model import CaseFilterProxy
from desktop.vocabulary import choice_label
from storage.schema import CASE_STATUSES, CASE_TYPES
from storage.services.summaries import CaseSummary


def _fit(view: QListView | QListWidget, rows: int) -> None:
    # Lists show all their lines and never scroll sideways; a long name is shortened in
    # the middle (the count at the end stays readable) and shown whole as a tooltip.
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setUniformItemSizes(True)
    row = view.sizeHintForRow(0) if rows else 0
    row = row if row > 0 else view.fontMetrics().height() + 4
    view.setFixedHeight(row * rows + 2 * view.frameWidth())


class FiltersPane(QWidget):
    filters_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = QListWidget(self)
        for view in CaseFilterProxy.VIEWS:
            item = QListWidgetItem(self.views)
            item.setData(Qt.ItemDataRole.UserRole, view)
        self.views.setCurrentRow(0)
        self.views.currentRowChanged.connect(self._on_views_current_row_changed)
        self.statuses = FacetModel(CASE_STATUSES, lambda c: choice_label("case", "status", c), self)
        self.types = FacetModel(CASE_TYPES, lambda c: choice_label("case", "case_type", c), self)
        self.status_view = self._facet_view(self.statuses)
        self.type_view = self._facet_view(self.types)
        self._headings = [QLabel(self) for _ in range(3)]
        for heading in self._headings:
            heading.setObjectName("paneHeading")
        self.clear_button = QPushButton(self)
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(4)
        for heading, view in zip(
            self._headings, (self.views, self.status_view, self.type_view), strict=True
        ):
            heading.setBuddy(view)
            layout.addWidget(heading)
            layout.addWidget(view)
            layout.addSpacing(8)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._counts: dict[str, int] = {}
        self._retranslate()

    def _facet_view(self, model: FacetModel) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        model.dataChanged.connect(self._on_facet_data_changed)
        _fit(view, model.rowCount())
        return view

    # --- state ---------------------------------------------------------------------------

    def view(self) -> str:
        item = self.views.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "all"

    def set_rows(self, rows: Iterable[CaseSummary], view_counts: dict[str, int]) -> None:
        rows = list(rows)
        self.statuses.set_counts(r.status for r in rows)
        self.types.set_counts(r.case_type for r in rows)
        self._counts = view_counts
        self._retranslate()

    def clear(self) -> None:
        self.statuses.clear()
        self.types.clear()
        self._counts = {}
        self._retranslate()

    def _on_facet_data_changed(
        self, _top: QModelIndex, _bottom: QModelIndex, roles: list[int]
    ) -> None:
        if Qt.ItemDataRole.CheckStateRole in roles:
            self.filters_did_change.emit()

    def _on_views_current_row_changed(self, _row: int) -> None:
        self.filters_did_change.emit()

    def _on_clear_button_clicked(self) -> None:
        for model in (self.statuses, self.types):
            for row in range(model.rowCount()):
                model.setData(
                    model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
                )
        self.views.setCurrentRow(0)
        self.filters_did_change.emit()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        names = {
            "all": self.tr("All cases"),
            "due_soon": self.tr("Due within 7 days"),
            "overdue": self.tr("Overdue"),
            "pending": self.tr("Not yet synced"),
        }
        for n in range(self.views.count()):
            item = self.views.item(n)
            view = str(item.data(Qt.ItemDataRole.UserRole))
            count = self._counts.get(view)
            item.setText(
                f"{names[view]} ({QLocale().toString(count)})" if count is not None else names[view]
            )
            item.setToolTip(item.text())
        _fit(self.views, self.views.count())
        for heading, text in zip(
            self._headings,
            (self.tr("&Views"), self.tr("&Status"), self.tr("Case &type")),
            strict=True,
        ):
            heading.setText(text)
        self.status_view.setAccessibleName(self.tr("Filter by status"))
        self.type_view.setAccessibleName(self.tr("Filter by case type"))
        self.views.setAccessibleName(self.tr("Saved views"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.statuses.refresh_texts()
        self.types.refresh_texts()
