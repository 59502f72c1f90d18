"""The conflict inbox: every open conflict and rejection of the profile, one click to resolve."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.messages import error_message
from desktop.sync.conflict_rows import ConflictModel, ConflictRow, open_conflicts
from desktop.sync.resolve_dialog import ResolveDialog
from desktop.widgets.banner import MessageBanner
from storage.unlocked import OpenProfile


class ConflictInbox(QDialog):
    conflict_was_resolved = Signal()

    def __init__(self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.loaded = False
        self.resolver: ResolveDialog | None = None
        self.model = ConflictModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._on_table_activated)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.resolve_button = QPushButton(self)
        self.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.banner, self.table, self.empty, self.buttons):
            layout.addWidget(widget)
        self.table.selectionModel().currentRowChanged.connect(self._update_button)
        self.resize(820, 420)
        self._retranslate()
        self.reload()

    def reload(self) -> None:
        profile = self._profile
        self._ctx.lanes.run_query(
            lambda: open_conflicts(profile),
            self._on_rows_loaded,
            lambda exc: self.banner.show_message(error_message(exc)),
            owner=self,
            key="conflict-inbox",
        )

    def _on_rows_loaded(self, rows: list[ConflictRow]) -> None:
        self.model.set_rows(rows)
        self.loaded = True
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)
        self._update_button()

    def _current(self) -> ConflictRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_button(self) -> None:
        row = self._current()
        self.resolve_button.setEnabled(row is not None and row.resolvable)
        if row is not None and row.kind == "rejection":
            self.resolve_button.setToolTip(
                self.tr("A rejected change cannot be resolved here; edit the case again.")
            )
        else:
            self.resolve_button.setToolTip("")

    def _on_table_activated(self) -> None:
        self._on_resolve_button_clicked()

    def _on_resolve_button_clicked(self) -> None:
        row = self._current()
        if row is None or not row.resolvable:
            return
        dialog = ResolveDialog(self._ctx, self._profile, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_resolver_accepted)
        self.resolver = dialog
        dialog.open()

    def _on_resolver_accepted(self) -> None:
        self.resolver = None
        self.conflict_was_resolved.emit()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.intro.setText(
            self.tr(
                "These changes were made here and elsewhere at the same time, or the service "
                "did not accept them. Choose which value is right; your choice is sent at the "
                "next sync."
            )
        )
        self.empty.setText(self.tr("No open conflicts — everything is in agreement."))
        self.resolve_button.setText(self.tr("&Resolve …"))
        self.table.setAccessibleName(self.tr("Open conflicts"))
