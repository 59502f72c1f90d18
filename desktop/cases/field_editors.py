"""One input widget per schema field type, converting between widget and stored value.

`value()` returns the value to store and, when the text can't even be read as that type
("31.02.2026", "12a"), the field error code to show. Everything else is checked by
`storage.validation`, the same rules the store applies when saving.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.formatting import format_date, format_partial_date, parse_date, parse_partial_date
from desktop.vocabulary import code_label
from storage.schema import Field, FieldType

Value = tuple[Any, str | None]  # (value to store, conversion error code or None)


def _t(text: str) -> str:
    return QCoreApplication.translate("FieldEditor", text)


class FieldEditor:
    """Base: a widget, a way to set and read the value, and a change callback."""

    widget: QWidget

    def __init__(self, field: Field, parent: QWidget) -> None:
        self.field = field
        self._parent = parent
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def _changed(self, *_args: object) -> None:
        for callback in self._listeners:
            callback()

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Value:
        raise NotImplementedError


class TextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(parent)
        if field.max_length:
            self.line.setMaxLength(field.max_length + 1)  # one more: "too long" is shown
        self.widget = self.line
        self.line.textEdited.connect(self._changed)

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def value(self) -> Value:
        text = self.line.text().strip()
        return (text or None), None


class LongTextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(parent)
        self.edit.setTabChangesFocus(True)  # keyboard users must be able to leave the field
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.widget = self.edit
        self.edit.textChanged.connect(self._changed)

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def value(self) -> Value:
        text = self.edit.toPlainText().strip()
        return (text or None), None


class IntegerEditor(TextEditor):
    def value(self) -> Value:
        text = self.line.text().strip().replace("'", "").replace(" ", "")
        if not text:
            return None, None
        try:
            return int(text), None
        except ValueError:
            return text, "not_a_number"


class DateEditor(TextEditor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.line.setPlaceholderText(_t(QT_TRANSLATE_NOOP("FieldEditor", "dd.mm.yyyy")))

    def set_value(self, value: Any) -> None:
        self.line.setText(format_date(value) if value else "")

    def value(self) -> Value:
        text = self.line.text().strip()
        if not text:
            return None, None
        parsed = parse_date(text)
        return (parsed, None) if parsed else (text, "bad_date")


class PartialDateEditor(TextEditor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.line.setPlaceholderText(
            _t(QT_TRANSLATE_NOOP("FieldEditor", "dd.mm.yyyy, mm.yyyy or yyyy"))
        )

    def set_value(self, value: Any) -> None:
        self.line.setText(format_partial_date(value) if value else "")

    def value(self) -> Value:
        text = self.line.text().strip()
        if not text:
            return None, None
        parsed = parse_partial_date(text)
        return (parsed, None) if parsed else (text, "bad_date")


class TextListEditor(TextEditor):
    """Aliases: one line, entries separated by semicolons."""

    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.line.setMaxLength(4000)
        self.line.setPlaceholderText(
            _t(QT_TRANSLATE_NOOP("FieldEditor", "Separate several entries with ;"))
        )

    def set_value(self, value: Any) -> None:
        self.line.setText("; ".join(value or []))

    def value(self) -> Value:
        items = [part.strip() for part in self.line.text().split(";") if part.strip()]
        return (items or None), None


class BooleanEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.box = QCheckBox(parent)
        self.widget = self.box
        self._initial: bool | None = None
        self.box.toggled.connect(self._changed)

    def set_value(self, value: Any) -> None:
        self._initial = value
        self.box.setChecked(bool(value))

    def value(self) -> Value:
        checked = self.box.isChecked()
        # Unset and unchecked mean the same to the reader; don't invent a change.
        return (self._initial if self._initial is None and not checked else checked), None


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(parent)
        self.combo.addItem(_t(QT_TRANSLATE_NOOP("FieldEditor", "— not set —")), None)
        for code in field.choices:
            self.combo.addItem(code_label(field, code), code)
        self.widget = self.combo
        self.combo.currentIndexChanged.connect(self._changed)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:  # a code this version doesn't know: keep it
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> Value:
        return self.combo.currentData(), None


class ChoicesEditor(FieldEditor):
    """Several codes (nationalities, languages): a button with a checkable list."""

    def __init__(self, field: Field, parent: QWidget) -> None:
        super().__init__(field, parent)
        self.button = QToolButton(parent)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list = QListWidget()
        self.list.setMinimumHeight(240)
        for code in field.choices:
            item = QListWidgetItem(code_label(field, code), self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.list)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.widget = self.button
        self.list.itemChanged.connect(self._on_list_item_changed)

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_text()
        self._changed()

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for n in range(self.list.count()):
            item = self.list.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_text()

    def codes(self) -> list[str]:
        return [
            self.list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def value(self) -> Value:
        return (self.codes() or None), None

    def _update_text(self) -> None:
        labels = [code_label(self.field, code) for code in self.codes()]
        self.button.setText(
            ", ".join(labels) if labels else _t(QT_TRANSLATE_NOOP("FieldEditor", "— not set —"))
        )


_EDITORS: dict[FieldType, type[FieldEditor]] = {
    FieldType.TEXT: TextEditor,
    FieldType.LONG_TEXT: LongTextEditor,
    FieldType.INTEGER: IntegerEditor,
    FieldType.BOOLEAN: BooleanEditor,
    FieldType.DATE: DateEditor,
    FieldType.PARTIAL_DATE: PartialDateEditor,
    FieldType.CHOICE: ChoiceEditor,
    FieldType.CHOICES: ChoicesEditor,
    FieldType.TEXT_LIST: TextListEditor,
}


def editable_fields(fields: Sequence[Field]) -> list[Field]:
    """The fields a form shows: references and structured values have their own screens."""
    return [f for f in fields if f.type in _EDITORS]


def editor_for(field: Field, parent: QWidget) -> FieldEditor:
    return _EDITORS[field.type](field, parent)
