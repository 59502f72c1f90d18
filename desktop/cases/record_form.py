"""A form derived from an entity of `storage.schema`: validates as you type, errors beside
the field, special-category fields behind a logged reveal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.cases.field_editors import FieldEditor, editable_fields, editor_for
from desktop.messages import field_error
from desktop.vocabulary import field_label
from desktop.widgets.sensitive import SensitiveSection
from storage.schema import Entity, Field
from storage.services.records import Record
from storage.validation import ILLEGAL_TRANSITION, check_field, transition_allowed


class RecordForm(QWidget):
    """Edits one record; `changes()` holds only what the caseworker actually changed."""

    validity_did_change = Signal(bool)
    reveal_was_requested = Signal()

    def __init__(
        self,
        entity: Entity,
        record: Record,
        parent: QWidget | None = None,
        *,
        only: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.entity = entity
        self.record = record
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._valid = True
        fields = [f for f in editable_fields(entity.fields) if only is None or f.name in only]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows([f for f in fields if not f.sensitive], self))
        sensitive = [f for f in fields if f.sensitive]
        self.sensitive: SensitiveSection | None = None
        if sensitive:
            content = QWidget()
            content.setLayout(self._rows(sensitive, content))
            self.sensitive = SensitiveSection(content, self)
            self.sensitive.reveal_was_requested.connect(self.reveal_was_requested)
            layout.addWidget(self.sensitive)
        layout.addStretch(1)

    def _rows(self, fields: list[Field], owner: QWidget) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        for field in fields:
            editor = editor_for(field, owner)
            editor.set_value(self.record.values.get(field.name))
            editor.on_change(lambda name=field.name: self._on_editor_changed(name))
            error = QLabel(owner)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor.widget)
            cell.addWidget(error)
            label = QLabel(self._label_text(field), owner)
            label.setBuddy(editor.widget)
            editor.widget.setAccessibleName(field_label(self.entity.name, field.name))
            form.addRow(label, cell)
            self.editors[field.name] = editor
            self.error_labels[field.name] = error
        return form

    def _label_text(self, field: Field) -> str:
        text = field_label(self.entity.name, field.name)
        return f"{text} *" if field.required else text

    # --- validation ----------------------------------------------------------------------

    def _on_editor_changed(self, name: str) -> None:
        self._touched.add(name)
        self._show(name, self._error_code(name))
        self._update_validity()

    def _error_code(self, name: str) -> str | None:
        field = self.entity.field(name)
        value, conversion_error = self.editors[name].value()
        if conversion_error:
            return conversion_error
        code = check_field(field, value)
        before = self.record.values.get(name)
        if code is None and not transition_allowed(self.entity.name, name, before, value):
            code = ILLEGAL_TRANSITION  # e.g. a case cannot go from "open" to "decided"
        return code

    def field_errors(self) -> dict[str, str]:
        """Field → error code for every field whose current input is invalid."""
        codes = {name: self._error_code(name) for name in self.editors}
        return {name: code for name, code in codes.items() if code}

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show these errors (from a save attempt or the store) next to their fields."""
        for name in self.editors:
            self._show(name, errors.get(name))
        self._update_validity()

    def _show(self, name: str, code: str | None) -> None:
        label = self.error_labels[name]
        editor = self.editors[name]
        text = field_error(code, editor.field) if code else ""
        label.setText(f"⚠ {text}" if text else "")  # the sign, not only the colour, marks it
        label.setVisible(bool(text))
        editor.widget.setAccessibleDescription(text)
        editor.widget.setProperty("invalid", bool(text))
        editor.widget.style().unpolish(editor.widget)
        editor.widget.style().polish(editor.widget)
        sensitive = self.sensitive
        if text and sensitive is not None and editor.field.sensitive and not sensitive.is_revealed:
            self.reveal_was_requested.emit()  # an error must never hide in a closed section

    def _update_validity(self) -> None:
        valid = not any(label.text() for label in self.error_labels.values())
        if valid != self._valid:
            self._valid = valid
            self.validity_did_change.emit(valid)

    @property
    def is_valid(self) -> bool:
        return self._valid

    def first_invalid(self) -> QWidget | None:
        for name, label in self.error_labels.items():
            if label.text():
                return self.editors[name].widget
        return None

    # --- result --------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """Only the fields whose value differs from the record as loaded."""
        result: dict[str, Any] = {}
        for name, editor in self.editors.items():
            value, _ = editor.value()
            if value != self.record.values.get(name):
                result[name] = value
        return result

    def values(self) -> dict[str, Any]:
        """Every field with a value (a new record: defaults count as entered)."""
        result = {name: editor.value()[0] for name, editor in self.editors.items()}
        return {name: value for name, value in result.items() if value is not None}

    @property
    def is_dirty(self) -> bool:
        return bool(self.changes())
