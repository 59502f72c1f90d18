"""Who takes part in an interview besides the caseworker: the interpreter and the language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.vocabulary import code_label
from storage.schema import INTERVIEW, LANGUAGES


class ParticipantsBar(QWidget):
    participants_did_change = Signal()

    def __init__(
        self, language: str | None, interpreter: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.interpreter = QLineEdit(interpreter or "", self)
        self.interpreter.setMaxLength(INTERVIEW.field("interpreter").max_length or 120)
        self.language = QComboBox(self)
        self.language.addItem("", None)
        for code in LANGUAGES:
            self.language.addItem(code_label(INTERVIEW.field("language"), code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._interpreter_label = QLabel(self)
        self._interpreter_label.setBuddy(self.interpreter)
        self._language_label = QLabel(self)
        self._language_label.setBuddy(self.language)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._interpreter_label, self.interpreter)
        form.addRow(self._language_label, self.language)
        self.interpreter.textEdited.connect(self.participants_did_change)
        self.language.currentIndexChanged.connect(self.participants_did_change)
        self._retranslate()

    def values(self) -> tuple[str | None, str | None]:
        """(language code, interpreter)."""
        return self.language.currentData(), self.interpreter.text().strip() or None

    def set_values(self, language: str | None, interpreter: str | None) -> None:
        """Show the stored values (a new sitting may bring a new interpreter); no signal."""
        blocked = self.blockSignals(True)
        self.interpreter.setText(interpreter or "")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        self.interpreter.setReadOnly(read_only)
        self.language.setEnabled(not read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._interpreter_label.setText(self.tr("&Interpreter"))
        self._language_label.setText(self.tr("Interview &language"))
        self.interpreter.setPlaceholderText(self.tr("Name or interpreter number"))
        self.language.setItemText(0, self.tr("— not set —"))
        field = INTERVIEW.field("language")
        for n in range(1, self.language.count()):
            self.language.setItemText(n, code_label(field, self.language.itemData(n)))
