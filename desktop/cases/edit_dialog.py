"""Edit or create a case, a person or a task: the schema-derived form, Ctrl+S saves on the
DB lane.

Esc closes the dialog, but never silently drops typed changes: it asks first. The dialog is a
child of the case detail, so a lock (which deletes the window's contents) closes it too.
In create mode (`create=`) the form starts from a blank record with defaults, and saving
runs the given operation with every entered value instead of an update.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.queries import record_reveal, save_changes
from desktop.cases.record_form import RecordForm
from desktop.context import AppContext
from desktop.messages import error_message
from desktop.widgets.banner import MessageBanner
from desktop.widgets.busy import BusyIndicator
from storage.errors import ValidationFailed
from storage.schema import entity as schema_entity
from storage.services.records import Record
from storage.unlocked import OpenProfile

CreateOp = Callable[[dict[str, Any]], Callable[[], Any]]
"""Given the entered values (on the GUI thread), the write to run on the DB lane."""


def saved_records(result: Any) -> list[Record]:
    """The records a save returned: one, or several (a person and their link)."""
    items = result if isinstance(result, tuple | list) else (result,)
    return [item for item in items if isinstance(item, Record)]


class RecordEditDialog(QDialog):
    record_did_save = Signal(object)  # what the write returned (a Record, or a tuple of them)

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        record: Record,
        title: str,
        parent: QWidget | None = None,
        *,
        create: CreateOp | None = None,
        only: Sequence[str] | None = None,
        header: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self._saving = False
        self._confirm: QMessageBox | None = None
        self._title = title
        self._create = create
        self.record = record
        self.form = RecordForm(schema_entity(record.entity), record, only=only)
        self.form.reveal_was_requested.connect(self._on_form_reveal_was_requested)
        self.form.validity_did_change.connect(self._on_form_validity_did_change)
        scroll = self.fields_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.banner = MessageBanner(self)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # A window-modal dialog blocks the main window's shortcuts, Ctrl+L included.
        QShortcut(QKeySequence("Ctrl+L"), self, ctx.events.lock_was_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        if header is not None:
            layout.addWidget(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self._retranslate()

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Ctrl+S: check every field, then write only the changed ones on the DB lane."""
        if self._saving:
            return
        errors = self.form.field_errors()
        self.form.show_errors(errors)
        if errors:
            self.banner.show_message(error_message(ValidationFailed(errors)))
            first = self.form.first_invalid()
            if first is not None:
                first.setFocus()
            return
        op = self._write_op()
        if op is None:
            self.accept()
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.busy.start(self.tr("Saving …"))
        self._ctx.lanes.run_write(op, self._on_save_done, self._on_save_failed, owner=self)

    def _write_op(self) -> Callable[[], Any] | None:
        if self._create is not None:
            return self._create(self.form.values())
        changes = self.form.changes()
        if not changes:
            return None
        profile, record = self._profile, self.record
        return lambda: save_changes(profile, record.entity, record.id, changes, record.updated_hlc)

    def _on_save_done(self, saved: Any) -> None:
        self._saving = False
        self.busy.stop()
        self.record_did_save.emit(saved)
        for record in saved_records(saved):
            self._ctx.events.record_did_change.emit(record)
        self._ctx.events.outbox_did_change.emit()
        self.accept()

    def _on_save_failed(self, exc: Exception) -> None:
        self._saving = False
        self.busy.stop()
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.fields)
        self.banner.show_message(error_message(exc))

    def _on_form_validity_did_change(self, valid: bool) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(valid)
        if valid:
            self.banner.clear()

    # --- special categories ---------------------------------------------------------------

    def _on_form_reveal_was_requested(self) -> None:
        sensitive = self.form.sensitive
        if sensitive is None or sensitive.is_revealed:
            return
        if self._create is not None:  # nothing stored yet, nothing to log as read
            sensitive.reveal()
            return
        names = [f.name for f in self.form.entity.fields if f.sensitive]
        profile, record = self._profile, self.record
        self._ctx.lanes.run_write(
            lambda: record_reveal(profile, record.entity, record.id, names),
            lambda _: sensitive.reveal(),
            self._on_save_failed,
            owner=self,
        )

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc / Cancel: close, but ask before throwing typed changes away."""
        if self._saving:
            return
        if not self.form.is_dirty:
            super().reject()
            return
        if self._confirm is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Discard changes?"),
                self.tr("You changed this form but have not saved it. Discard your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(self._on_confirm_finished)
            self._confirm = box
        self._confirm.open()

    def _on_confirm_finished(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Discard:
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self._title)
        self.fields_area.setAccessibleName(self.tr("Fields"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+S)"))
