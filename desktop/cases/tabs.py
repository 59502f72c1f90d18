"""The Overview and Persons tabs of the case detail. They show; the pane does the store work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.persons_model import PersonColumn, PersonListModel
from desktop.cases.queries import PersonInCase
from desktop.cases.record_view import RecordView
from storage.schema import CASE, PERSON
from storage.services.records import Record


def _scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class OverviewTab(QWidget):
    edit_was_requested = Signal()
    reveal_was_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = RecordView(CASE, CASE.field_names, self)
        self.view.reveal_was_requested.connect(self.reveal_was_requested)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_was_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(_scrolling(self.view, self), 1)
        self._retranslate()

    def set_case(self, case: Record | None) -> None:
        self.view.set_record(case)
        self.edit_button.setEnabled(case is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit case …"))
        self.edit_button.setToolTip(self.tr("Edit the case overview (Ctrl+E)"))
        self.view.retranslate()


class PersonsTab(QWidget):
    edit_was_requested = Signal(object)  # the person Record
    reveal_was_requested = Signal(object)  # the person Record

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PersonListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a handful of rows
        header.setSectionResizeMode(PersonColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.view = RecordView(PERSON, PERSON.field_names, self)
        self.view.reveal_was_requested.connect(self._on_view_reveal_was_requested)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        card = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 4, 0, 0)
        card_layout.addLayout(buttons)
        card_layout.addWidget(_scrolling(self.view, card), 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.table)
        self.split.addWidget(card)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self._retranslate()

    def set_persons(self, persons: list[PersonInCase]) -> None:
        self.model.set_persons(persons)
        self._fit_table(len(persons))
        if persons:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _fit_table(self, rows: int) -> None:
        # The list is as tall as its persons (2 to 6 lines); the card gets the rest.
        shown = min(max(rows, 2), 6)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * shown
            + 2 * self.table.frameWidth()
        )
        total = max(self.split.height(), height * 3)
        self.split.setSizes([height, total - height])

    def update_person(self, person: Record) -> None:
        for entry in self.model.persons():
            if entry.person.id == person.id:
                self.model.update_person(PersonInCase(entry.link, person))
        if self.view.record is not None and self.view.record.id == person.id:
            self.view.set_record(person)

    def selected(self) -> Record | None:
        return self.view.record

    def clear(self) -> None:
        self.model.clear()
        self._show(None)

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        self._show(self.model.person_at(min(rows)).person if rows else None)

    def _show(self, person: Record | None) -> None:
        self.view.set_record(person)
        self.edit_button.setEnabled(person is not None)

    def _on_edit_button_clicked(self) -> None:
        if self.view.record is not None:
            self.edit_was_requested.emit(self.view.record)

    def _on_view_reveal_was_requested(self) -> None:
        if self.view.record is not None:
            self.reveal_was_requested.emit(self.view.record)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit &person …"))
        self.table.setAccessibleName(self.tr("Persons in this case"))
        self.model.refresh_texts()
        self.view.retranslate()
