"""The Overview and Persons tabs of the case detail. They show; the pane does the store work
(the notes panel inside the Overview does its own)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from desktop.exports.person_export import PersonExportButton
from desktop.vocabulary import code_label, field_label
from storage.schema import CASE, CASE_PERSON, PERSON, PERSON_ROLES
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

    def __init__(self, notes: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = RecordView(CASE, CASE.field_names, self)
        self.view.reveal_was_requested.connect(self.reveal_was_requested)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_was_requested)
        self.notes = notes
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        fields = QWidget(self)
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(buttons)
        self.fields_area = _scrolling(self.view, fields)  # a tab stop: arrows scroll the fields
        fields_layout.addWidget(self.fields_area, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(fields)
        self.split.addWidget(notes)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
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
        self.fields_area.setAccessibleName(self.tr("Case overview"))
        self.view.retranslate()


class PersonsTab(QWidget):
    edit_was_requested = Signal(object)  # the person Record
    reveal_was_requested = Signal(object)  # the person Record
    add_was_requested = Signal()
    role_was_changed = Signal(object, str)  # the case_person link Record, the new role
    export_was_requested = Signal(object)  # the person Record (right of access)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PersonListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # arrows move through the rows; Tab moves on
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
        self.export_button = PersonExportButton(self)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_was_requested)
        self.role = QComboBox(self)
        for role in PERSON_ROLES:
            self.role.addItem(code_label(CASE_PERSON.field("role"), role), role)
        self.role.activated.connect(self._on_role_activated)
        self.role_label = QLabel(self)
        self.role_label.setBuddy(self.role)
        card = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.role_label)
        buttons.addWidget(self.role)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 4, 0, 0)
        card_layout.addLayout(buttons)
        self.card_area = _scrolling(self.view, card)
        card_layout.addWidget(self.card_area, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.table)
        self.split.addWidget(card)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(self.export_button)  # acts on the selected person, like Edit below
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.split)
        self._retranslate()

    def set_persons(self, persons: list[PersonInCase], *, select: str | None = None) -> None:
        self.model.set_persons(persons)
        self._fit_table(len(persons))
        row = next((n for n, p in enumerate(persons) if p.person.id == select), 0)
        if persons:
            self.table.selectRow(row)
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

    def update_link(self, link: Record) -> None:
        for entry in self.model.persons():
            if entry.link.id == link.id:
                self.model.update_person(PersonInCase(link, entry.person))
        self.show_role()

    def selected_entry(self) -> PersonInCase | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_at(rows[0].row()) if rows else None

    def show_role(self) -> None:
        entry = self.selected_entry()
        self.role.setEnabled(entry is not None)
        if entry is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(entry.link["role"])))

    def _on_role_activated(self, _index: int) -> None:
        entry = self.selected_entry()
        role = str(self.role.currentData())
        if entry is not None and role != entry.link["role"]:
            self.role_was_changed.emit(entry.link, role)

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
        self.export_button.setEnabled(person is not None)
        self.show_role()

    def _on_edit_button_clicked(self) -> None:
        if self.view.record is not None:
            self.edit_was_requested.emit(self.view.record)

    def _on_export_button_clicked(self) -> None:
        if self.view.record is not None:
            self.export_was_requested.emit(self.view.record)

    def _on_view_reveal_was_requested(self) -> None:
        if self.view.record is not None:
            self.reveal_was_requested.emit(self.view.record)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit &person …"))
        self.add_button.setText(self.tr("&Add person to case …"))
        self.add_button.setToolTip(self.tr("New person in this case (Ctrl+N)"))
        self.role_label.setText(field_label("case_person", "role"))
        for n in range(self.role.count()):
            self.role.setItemText(n, code_label(CASE_PERSON.field("role"), self.role.itemData(n)))
        self.table.setAccessibleName(self.tr("Persons in this case"))
        self.card_area.setAccessibleName(self.tr("Details of the selected person"))
        self.model.refresh_texts()
        self.view.retranslate()
