"""A read-only view of a record's fields, labelled from the schema; sensitive fields sit in
a collapsed section whose reveal the owner logs first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.formatting import display_value, isolate
from desktop.vocabulary import field_label
from desktop.widgets.sensitive import SensitiveSection
from storage.schema import Entity
from storage.services.records import Record


class RecordView(QWidget):
    reveal_was_requested = Signal()

    def __init__(
        self, entity: Entity, fields: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entity = entity
        self.record: Record | None = None
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        chosen = [entity.field(name) for name in fields]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows([f.name for f in chosen if not f.sensitive], self))
        sensitive = [f.name for f in chosen if f.sensitive]
        self.sensitive: SensitiveSection | None = None
        if sensitive:
            content = QWidget()
            content.setLayout(self._rows(sensitive, content))
            self.sensitive = SensitiveSection(content, self)
            self.sensitive.reveal_was_requested.connect(self.reveal_was_requested)
            layout.addWidget(self.sensitive)
        layout.addStretch(1)

    def _rows(self, names: list[str], owner: QWidget) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(4)
        for name in names:
            label = QLabel(owner)
            label.setObjectName("fieldLabel")
            value = QLabel(owner)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Absolute left: an Arabic name would otherwise jump to the right edge.
            value.setAlignment(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )
            form.addRow(label, value)
            self._labels[name] = label
            self._values[name] = value
        self.retranslate()
        return form

    def sensitive_fields(self) -> list[str]:
        return [f.name for f in self.entity.fields if f.sensitive and f.name in self._values]

    def set_record(self, record: Record | None) -> None:
        """Show a record (None: blank). A different record starts concealed again."""
        if self.sensitive is not None and (
            record is None or self.record is None or record.id != self.record.id
        ):
            self.sensitive.conceal()
        self.record = record
        self._fill()

    def value_text(self, name: str) -> str:
        return self._values[name].text()

    def _fill(self) -> None:
        for name, label in self._values.items():
            if self.record is None:
                label.clear()
                continue
            field = self.entity.field(name)
            text = display_value(field, self.record.values.get(name))
            label.setText(isolate(text) if name == "name_original" else text)

    def retranslate(self) -> None:
        for name, label in self._labels.items():
            label.setText(field_label(self.entity.name, name))
            self._values[name].setAccessibleName(label.text())
        self._fill()
