"""Open conflicts and rejections of the profile, read on the DB lane, and their item model.

Each row knows which of its two values is this caseworker's (`conflict_sides`): the laptop
whose value reached the service first sees it as "mine" as well, not as "theirs".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import select

from desktop.formatting import local_time
from desktop.sync.rejection_texts import rejection_text
from desktop.vocabulary import field_label
from storage.tables import ENTITY_TABLES, conflict
from storage.unlocked import OpenProfile
from sync.client.conflict_sides import Mine, read_sides
from sync.client.layout import ProfileFiles
from sync.client.rejections import REJECTION, can_reapply
from sync.client.resolve import Choice

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ConflictRow:
    conflict_id: str
    case_id: str | None
    case_number: str
    entity: str
    entity_id: str
    field: str | None
    kind: str  # the service's conflict kind (same_field, ...) or "rejection"
    base: Any
    client: Any  # the value of the change that opened the conflict (wire "client")
    server: Any  # the value the service kept (wire "server")
    mine_side: Mine  # which of the two this profile wrote
    reason: str | None
    opened_at: str

    @property
    def resolvable(self) -> bool:
        return self.kind != REJECTION and bool(self.field)

    @property
    def is_rejection(self) -> bool:
        return self.kind == REJECTION

    @property
    def retryable(self) -> bool:
        return self.is_rejection and can_reapply(self.reason, self.entity, self.client)

    # The two values as the dialog shows them: "mine" first, then "theirs". When neither is
    # this profile's (a team lead), the change that opened the conflict comes first.
    @property
    def mine(self) -> Any:
        return self.server if self.mine_side is Mine.SERVER else self.client

    @property
    def theirs(self) -> Any:
        return self.client if self.mine_side is Mine.SERVER else self.server

    def choice(self, *, keep_mine: bool) -> Choice:
        """The resolution's wire side (`Choice.MINE` = client value) for a dialog choice."""
        client_first = self.mine_side is not Mine.SERVER
        return Choice.MINE if keep_mine == client_first else Choice.THEIRS


def open_conflicts(profile: OpenProfile) -> list[ConflictRow]:
    """DB lane: every open conflict and rejection, oldest first."""
    own = ProfileFiles(profile.info).state().server_profile_id
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
                case_id=r["case_id"],
                case_number=str(r["case_number"] or ""),
                entity=str(r["entity"]),
                entity_id=str(r["entity_id"]),
                field=r["field"],
                kind=str(r["kind"]),
                base=r["base_value"],
                client=r["client_value"],
                server=r["server_value"],
                mine_side=read_sides(r["suggested"]).mine(own),
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
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.case_number or "—"
        if column == 1:
            return field_label(row.entity, row.field) if row.field else "—"
        if column == 2:
            return self._what_happened(row, short=role == Qt.ItemDataRole.DisplayRole)
        return local_time(row.opened_at)

    def _what_happened(self, row: ConflictRow, *, short: bool) -> str:
        if not row.is_rejection:
            return self.tr("Changed here and elsewhere")
        if short:
            return self.tr("Rejected by the service")
        return self.tr("Rejected by the service: %1").replace("%1", rejection_text(row.reason))

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
