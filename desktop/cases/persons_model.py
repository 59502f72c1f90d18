"""The persons of the open case: name (Latin and original script), role, birth, nationality."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from desktop.cases.queries import PersonInCase
from desktop.formatting import display_value, format_partial_date, person_name_with_original
from desktop.widgets.record_table import RecordTableModel, TableColumn
from storage.schema import CASE_PERSON, PERSON

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE_FIELD = CASE_PERSON.field("role")


class PersonColumn(IntEnum):
    NAME = 0  # Latin transliteration with the original script beside it
    ROLE = 1
    BIRTH = 2
    NATIONALITY = 3


class PersonListModel(RecordTableModel[PersonInCase]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            TableColumn(
                QT_TRANSLATE_NOOP("PersonList", "Name"),
                lambda e: person_name_with_original(e.person.values),
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("PersonList", "Role"),
                lambda e: display_value(PERSON_ROLE_FIELD, e.link["role"]),
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("PersonList", "Born"),
                lambda e: format_partial_date(e.person.values.get("birth_date")),
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("PersonList", "Nationality"),
                lambda e: display_value(
                    PERSON.field("nationalities"), e.person.values.get("nationalities")
                ),
            ),
        ]
        super().__init__("PersonList", columns, parent)

    def row_data(self, row: PersonInCase, column: int, role: int) -> Any:
        return row.person.id if role == PERSON_ID_ROLE else None

    def set_persons(self, persons: Iterable[PersonInCase]) -> None:
        self._set_rows(persons)

    def update_person(self, entry: PersonInCase) -> None:
        for n, old in enumerate(self._rows):
            if old.person.id == entry.person.id:
                self._rows[n] = entry
                self._row_changed(n)

    def person_at(self, row: int) -> PersonInCase:
        return self._rows[row]

    def persons(self) -> list[PersonInCase]:
        return list(self._rows)

    def clear(self) -> None:
        self.set_persons([])
