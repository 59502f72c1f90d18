"""Start an interview: which form, in which language, with which interpreter."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.vocabulary import code_label
from storage.forms import Template
from storage.schema import INTERVIEW, LANGUAGES


class StartInterviewDialog(QDialog):
    def __init__(
        self, templates: Mapping[str, Template], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._language = language
        self.template = QComboBox(self)
        for template_id, template in templates.items():
            self.template.addItem(template.title.get(language), template_id)
        self.spoken = QComboBox(self)
        self.spoken.addItem("", None)
        for code in LANGUAGES:
            self.spoken.addItem(code_label(INTERVIEW.field("language"), code), code)
        self.interpreter = QLineEdit(self)
        self.interpreter.setMaxLength(120)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("helpText")
        self.template.currentIndexChanged.connect(self._show_description)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(
            self._labels, (self.template, self.spoken, self.interpreter), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(templates))
        self.resize(520, 260)
        self._retranslate()

    def choice(self) -> tuple[str, str | None, str | None]:
        """(template id, interview language, interpreter)."""
        interpreter = self.interpreter.text().strip() or None
        return str(self.template.currentData()), self.spoken.currentData(), interpreter

    def _show_description(self) -> None:
        template = self._templates.get(str(self.template.currentData()))
        text = template.description.get(self._language) if template and template.description else ""
        self.description.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New interview"))
        for label, text in zip(
            self._labels,
            (self.tr("&Form"), self.tr("Interview &language"), self.tr("&Interpreter")),
            strict=True,
        ):
            label.setText(text)
        self.spoken.setItemText(0, self.tr("— not set —"))
        self.interpreter.setPlaceholderText(self.tr("Name or interpreter number"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start interview"))
        self._show_description()
