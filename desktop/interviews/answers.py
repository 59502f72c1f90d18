"""One input widget per answer type of an interview template.

`value()` returns the answer to store and, when the typed text cannot even be read as that
type ("31.02.2026", "zwei"), the field error code to show; everything else is checked by
`storage.forms.validate_answers`, like the store does. Long answers use a rich-text editor in
plain-text mode because it lays out each paragraph in its own direction: an Arabic answer
reads right to left while a Latin one next to it stays left to right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QWidget,
)

from desktop.formatting import (
    format_date,
    format_partial_date,
    parse_date,
    parse_partial_date,
)
from desktop.vocabulary import CODE_LABELS
from storage.forms import AnswerType, Question
from storage.schema import COUNTRIES, LANGUAGES

Value = tuple[Any, str | None]
NO_ANSWER = QT_TRANSLATE_NOOP("Answer", "— no answer —")


def _t(source: str) -> str:
    return QCoreApplication.translate("Answer", source)


def code_choices(question: Question, language: str) -> list[tuple[str, str]]:
    """(value, label) pairs of a choice question, in the app's language."""
    if question.type is AnswerType.COUNTRY:
        labels = CODE_LABELS[COUNTRIES]
        return [(c, QCoreApplication.translate("Code", labels[c])) for c in COUNTRIES]
    if question.type is AnswerType.LANGUAGE:
        labels = CODE_LABELS[LANGUAGES]
        return [(c, QCoreApplication.translate("Code", labels[c])) for c in LANGUAGES]
    return [(c.value, c.label.get(language)) for c in question.choices]


class AnswerEditor:
    widget: QWidget

    def __init__(self, question: Question, parent: QWidget) -> None:
        self.question = question
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

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def retranslate(self, language: str) -> None:
        """Texts inside the widget (choices, placeholders) in the new language."""


class TextAnswer(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget) -> None:
        super().__init__(question, parent)
        self.line = QLineEdit(parent)  # aligns to the text's own direction by itself
        self.widget = self.line
        self.line.textEdited.connect(self._changed)

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def value(self) -> Value:
        return (self.line.text().strip() or None), None

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class LongTextAnswer(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget) -> None:
        super().__init__(question, parent)
        self.edit = QTextEdit(parent)
        self.edit.setAcceptRichText(False)
        self.edit.setTabChangesFocus(True)  # keyboard users must be able to leave the field
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 14)
        self.widget = self.edit
        self.edit.textChanged.connect(self._changed)

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)

    def value(self) -> Value:
        return (self.edit.toPlainText().strip() or None), None

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class DateAnswer(TextAnswer):
    partial = False

    def __init__(self, question: Question, parent: QWidget) -> None:
        super().__init__(question, parent)
        self.retranslate("")

    def set_value(self, value: Any) -> None:
        shown = format_partial_date(value) if self.partial else format_date(value)
        self.line.setText(shown if value else "")

    def value(self) -> Value:
        text = self.line.text().strip()
        if not text:
            return None, None
        parsed = parse_partial_date(text) if self.partial else parse_date(text)
        return (parsed, None) if parsed else (text, "bad_date")

    def retranslate(self, language: str) -> None:
        hint = "dd.mm.yyyy, mm.yyyy or yyyy" if self.partial else "dd.mm.yyyy"
        self.line.setPlaceholderText(QCoreApplication.translate("FieldEditor", hint))


class PartialDateAnswer(DateAnswer):
    partial = True


class NumberAnswer(TextAnswer):
    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else QLocale().toString(value))

    def value(self) -> Value:
        text = self.line.text().strip().replace("'", "").replace("\u2019", "").replace(" ", "")
        if not text:
            return None, None
        try:
            return int(text), None
        except ValueError:
            pass
        try:
            return float(text.replace(",", ".")), None
        except ValueError:
            return text, "not_a_number"


class ChoiceAnswer(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget, language: str) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox(parent)
        self.combo.addItem("", None)
        for value, label in code_choices(question, language):
            self.combo.addItem(label, value)
        self.widget = self.combo
        self.retranslate(language)
        self.combo.currentIndexChanged.connect(self._changed)

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)

    def value(self) -> Value:
        return self.combo.currentData(), None

    def retranslate(self, language: str) -> None:
        self.combo.setItemText(0, _t(NO_ANSWER))
        for n, (_value, label) in enumerate(code_choices(self.question, language), start=1):
            self.combo.setItemText(n, label)


class YesNoAnswer(ChoiceAnswer):
    def __init__(self, question: Question, parent: QWidget, language: str) -> None:
        super().__init__(question, parent, language)
        self.combo.addItem("", True)
        self.combo.addItem("", False)
        self.retranslate(language)

    def retranslate(self, language: str) -> None:
        self.combo.setItemText(0, _t(NO_ANSWER))
        if self.combo.count() == 3:
            self.combo.setItemText(1, QCoreApplication.translate("Value", "yes"))
            self.combo.setItemText(2, QCoreApplication.translate("Value", "no"))


class ChoicesAnswer(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget, language: str) -> None:
        super().__init__(question, parent)
        self.list = QListWidget(parent)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for value, label in code_choices(question, language):
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = self.list.count()
        height = self.list.sizeHintForRow(0) if rows else self.list.fontMetrics().height()
        self.list.setFixedHeight(height * rows + 2 * self.list.frameWidth() + 2)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.widget = self.list
        self.list.itemChanged.connect(self._changed)

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        self.list.blockSignals(True)
        for n in range(self.list.count()):
            item = self.list.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def value(self) -> Value:
        chosen = [
            self.list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]
        return (chosen or None), None

    def set_read_only(self, read_only: bool) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled
        if not read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        for n in range(self.list.count()):
            self.list.item(n).setFlags(flags)

    def retranslate(self, language: str) -> None:
        for n, (_value, label) in enumerate(code_choices(self.question, language)):
            self.list.item(n).setText(label)


_PLAIN: dict[AnswerType, type[AnswerEditor]] = {
    AnswerType.TEXT: TextAnswer,
    AnswerType.LONG_TEXT: LongTextAnswer,
    AnswerType.DATE: DateAnswer,
    AnswerType.PARTIAL_DATE: PartialDateAnswer,
    AnswerType.NUMBER: NumberAnswer,
}
_WITH_CHOICES: dict[AnswerType, type[ChoiceAnswer] | type[ChoicesAnswer]] = {
    AnswerType.YES_NO: YesNoAnswer,
    AnswerType.CHOICES: ChoicesAnswer,
    AnswerType.CHOICE: ChoiceAnswer,
    AnswerType.COUNTRY: ChoiceAnswer,
    AnswerType.LANGUAGE: ChoiceAnswer,
}


def answer_editor(question: Question, parent: QWidget, language: str) -> AnswerEditor:
    """The editor for a question's answer type."""
    if question.type in _WITH_CHOICES:
        return _WITH_CHOICES[question.type](question, parent, language)
    return _PLAIN.get(question.type, TextAnswer)(question, parent)
