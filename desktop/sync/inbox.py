"""The conflict inbox: every open conflict and rejection of the profile, one click to resolve.

A rejected change shows why the service refused it, in words, and can be dismissed (after a
confirmation; kept on record and audited) or, when the reason allows it, re-applied as a new
change. Both are store writes on the DB lane.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.messages import error_message
from desktop.sync.conflict_rows import ConflictModel, ConflictRow, open_conflicts
from desktop.sync.rejection_texts import rejection_text
from desktop.sync.resolve_dialog import ResolveDialog
from desktop.widgets.banner import MessageBanner
from storage.unlocked import OpenProfile
from sync.client.rejections import dismiss_rejection, reapply_rejection


class ConflictInbox(QDialog):
    conflict_was_resolved = Signal()

    def __init__(self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.loaded = False
        self.resolver: ResolveDialog | None = None
        self.confirm: QMessageBox | None = None
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
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setObjectName("rejectionReason")
        self.resolve_button = QPushButton(self)
        self.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.reapply_button = QPushButton(self)
        self.reapply_button.clicked.connect(self._on_reapply_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.resolve_button, self.reapply_button, self.dismiss_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.banner, self.table, self.empty, self.reason, self.buttons):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        self.reason.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
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
        rejected = row is not None and row.is_rejection
        self.resolve_button.setEnabled(row is not None and row.resolvable)
        self.resolve_button.setVisible(not rejected)
        self.dismiss_button.setVisible(rejected)
        self.reapply_button.setVisible(rejected)
        self.reapply_button.setEnabled(row is not None and row.retryable)
        self.reason.setVisible(rejected)
        if row is not None and rejected:
            self.reason.setText(
                self.tr("Why: %1").replace("%1", rejection_text(row.reason))
                + "\n"
                + self.tr("Your values are kept here until you dismiss the change.")
            )
        if row is not None and rejected and not row.retryable:
            self.reapply_button.setToolTip(
                self.tr("The same values would be rejected again; change the case instead.")
            )
        else:
            self.reapply_button.setToolTip(self.tr("Write your values again as a new change"))

    # --- rejections ----------------------------------------------------------------------

    def _on_dismiss_button_clicked(self) -> None:
        row = self._current()
        if row is None or not row.is_rejection:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Dismiss the rejected change?"),
            self.tr(
                "The change stays rejected and is not sent again; the rejection stays on "
                "record on this laptop. Dismiss it?"
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        dismiss = box.addButton(self.tr("&Dismiss"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        conflict_id = row.conflict_id
        box.buttonClicked.connect(
            lambda button: self._dismiss(conflict_id) if button is dismiss else None
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        box.open()

    def _dismiss(self, conflict_id: str) -> None:
        profile = self._profile
        self._write(lambda: dismiss_rejection(profile, conflict_id))

    def _on_reapply_button_clicked(self) -> None:
        row = self._current()
        if row is None or not row.retryable:
            return
        profile, conflict_id = self._profile, row.conflict_id
        self._write(lambda: reapply_rejection(profile, conflict_id))

    def _write(self, op: Callable[[], object]) -> None:
        self.banner.clear()
        for button in (self.dismiss_button, self.reapply_button):
            button.setEnabled(False)
        self._ctx.lanes.run_write(
            op,
            self._on_rejection_written,
            self._on_rejection_failed,
            owner=self,
        )

    def _on_rejection_written(self, _result: object) -> None:
        self.conflict_was_resolved.emit()
        self.reload()

    def _on_rejection_failed(self, exc: Exception) -> None:
        self.banner.show_message(error_message(exc))
        self._update_button()

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
        self.dismiss_button.setText(self.tr("&Dismiss …"))
        self.reapply_button.setText(self.tr("Re-&apply as a new change"))
        self._update_button()
        self.table.setAccessibleName(self.tr("Open conflicts"))
