"""The persons of the open case: name (Latin and original script), role, birth, nationality."""

from __future__ import annotations

from collections.abc import Iterable
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
)

from desktop.cases.queries import PersonInCase
from desktop.formatting import display_value, format_partial_date, person_name_with_original
from storage.schema import CASE_PERSON, PERSON

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE_FIELD = CASE_PERSON.field("role")
Index = QModelIndex | QPersistentModelIndex


class PersonColumn(IntEnum):
    NAME = 0  # Latin transliteration with the original script beside it
    ROLE = 1
    BIRTH = 2
    NATIONALITY = 3


_HEADERS = {
    PersonColumn.NAME: QT_TRANSLATE_NOOP("PersonList", "Name"),
    PersonColumn.ROLE: QT_TRANSLATE_NOOP("PersonList", "Role"),
    PersonColumn.BIRTH: QT_TRANSLATE_NOOP("PersonList", "Born"),
    PersonColumn.NATIONALITY: QT_TRANSLATE_NOOP("PersonList", "Nationality"),
}


def _header(column: PersonColumn) -> str:
    return QCoreApplication.translate("PersonList", _HEADERS[column])


class PersonListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._persons: list[PersonInCase] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._persons)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PersonColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(PersonColumn):
            return _header(PersonColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._persons):
            return None
        entry = self._persons[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, PersonColumn(index.column()))
        if role == PERSON_ID_ROLE:
            return entry.person.id
        return None

    def _text(self, entry: PersonInCase, column: PersonColumn) -> str:
        values = entry.person.values
        match column:
            case PersonColumn.NAME:
                return person_name_with_original(values)
            case PersonColumn.ROLE:
                return display_value(PERSON_ROLE_FIELD, entry.link["role"])
            case PersonColumn.BIRTH:
                return format_partial_date(values.get("birth_date"))
            case PersonColumn.NATIONALITY:
                return display_value(PERSON.field("nationalities"), values.get("nationalities"))

    def set_persons(self, persons: Iterable[PersonInCase]) -> None:
        self.beginResetModel()
        self._persons = list(persons)
        self.endResetModel()

    def update_person(self, entry: PersonInCase) -> None:
        for n, old in enumerate(self._persons):
            if old.person.id == entry.person.id:
                self._persons[n] = entry
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(PersonColumn) - 1))

    def person_at(self, row: int) -> PersonInCase:
        return self._persons[row]

    def persons(self) -> list[PersonInCase]:
        return list(self._persons)

    def clear(self) -> None:
        self.set_persons([])

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(PersonColumn) - 1)
        if self._persons:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._persons) - 1, len(PersonColumn) - 1)
            )
