"""Open conflicts and rejections of the profile, read on the DB lane, and their item model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import select

from desktop.formatting import local_time
from desktop.vocabulary import field_label
from storage.tables import ENTITY_TABLES, conflict
from storage.unlocked import OpenProfile

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ConflictRow:
    conflict_id: str
    case_number: str
    entity: str
    entity_id: str
    field: str | None
    kind: str  # the service's conflict kind (same_field, ...) or "rejection"
    base: Any
    mine: Any
    theirs: Any
    reason: str | None
    opened_at: str

    @property
    def resolvable(self) -> bool:
        return self.kind != "rejection" and bool(self.field)


def open_conflicts(profile: OpenProfile) -> list[ConflictRow]:
    """DB lane: every open conflict and rejection, oldest first."""
    case = ENTITY_TABLES["case"]
    with profile.store.read() as conn:
        found = conn.execute(
            select(conflict, case.c.case_number)
            .select_from(conflict.outerjoin(case, case.c.id == conflict.c.case_id))
            .where(conflict.c.status == "open")
            .order_by(conflict.c.opened_at)
        ).mappings()
        rows = [
            ConflictRow(
                conflict_id=str(r["conflict_id"]),
                case_number=str(r["case_number"] or ""),
                entity=str(r["entity"]),
                entity_id=str(r["entity_id"]),
                field=r["field"],
                kind=str(r["kind"]),
                base=r["base_value"],
                mine=r["client_value"],
                theirs=r["server_value"],
                reason=r["reason"],
                opened_at=str(r["opened_at"]),
            )
            for r in found
        ]
    return rows


class ConflictModel(QAbstractTableModel):
    """Case, field, what happened, when."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.case_number or "—"
        if column == 1:
            return field_label(row.entity, row.field) if row.field else "—"
        if column == 2:
            if row.kind == "rejection":
                return self.tr("Rejected by the service")
            return self.tr("Changed here and elsewhere")
        return local_time(row.opened_at)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Case"), self.tr("Field"), self.tr("What happened"), self.tr("Since"))[
            section
        ]
