"""The sittings of the interview in the editor: the list, "Interrupt" and "Continue".

An interview is often interrupted — the interpreter has to leave, the person is unwell — and
continued another day, perhaps with another interpreter. "Interrupt interview …" ends the
current sitting (with an optional reason); "Continue interview …" starts the next one and
asks for its language and interpreter. Both are writes on the DB lane, queued after the
editor's pending autosave (`before`), so the sitting closes with what was typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.interviews.sitting_text import (
    interruption_text,
    sitting_line,
    stored_sittings,
    unreadable_text,
)
from desktop.vocabulary import code_label
from storage.schema import INTERVIEW, LANGUAGES
from storage.services.records import Record
from storage.sittings import is_interrupted, sittings_of
from storage.unlocked import OpenProfile
from storage.validation import SITTING_REASON_MAX


class InterruptDialog(QDialog):
    """Why the sitting ends (optional)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(SITTING_REASON_MAX)
        self._reason_label = QLabel(self)
        self._reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self._reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 160)
        self.setWindowTitle(self.tr("Interrupt the interview"))
        self.intro.setText(
            self.tr(
                "The current sitting ends now. The answers stay saved; continue the interview "
                "later, also with another interpreter."
            )
        )
        self._reason_label.setText(self.tr("&Reason (optional)"))
        self.reason.setPlaceholderText(self.tr("e.g. the interpreter had to leave"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Interrupt"))


class ContinueDialog(QDialog):
    """The language and interpreter of the next sitting (the last ones proposed)."""

    def __init__(
        self, language: str | None, interpreter: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("— not set —"), None)
        for code in LANGUAGES:
            self.language.addItem(code_label(INTERVIEW.field("language"), code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.interpreter = QLineEdit(interpreter or "", self)
        self.interpreter.setMaxLength(INTERVIEW.field("interpreter").max_length or 120)
        self.interpreter.setPlaceholderText(self.tr("Name or interpreter number"))
        labels = (self.tr("Interview &language"), self.tr("&Interpreter"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in zip(labels, (self.language, self.interpreter), strict=True):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 150)
        self.setWindowTitle(self.tr("Continue the interview"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Continue"))

    def values(self) -> tuple[str | None, str | None]:
        """(language code, interpreter)."""
        return self.language.currentData(), self.interpreter.text().strip() or None


class SittingsPanel(QWidget):
    """The list of sittings and the two buttons; reports every change as the saved Record."""

    sittings_did_change = Signal(object)  # the interview Record after the write
    write_did_fail = Signal(object)  # the exception

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        record: Callable[[], Record],
        parent: QWidget | None = None,
        *,
        before: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self._record = record
        self._before = before
        self.dialog: QDialog | None = None
        self.list = QLabel(self)
        self.list.setObjectName("sittingList")
        self.list.setWordWrap(True)
        self.interrupt_button = QPushButton(self)
        self.continue_button = QPushButton(self)
        self.interrupt_button.clicked.connect(self.ask_interrupt)
        self.continue_button.clicked.connect(self.ask_continue)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.interrupt_button)
        layout.addWidget(self.continue_button)
        self._retranslate()

    def show_record(self, record: Record) -> None:
        """List the sittings of `record` and offer what its state allows."""
        readable = stored_sittings(record.values.get("sittings")) is not None
        self.list.setText(self._lines(record) if readable else html.escape(unreadable_text()))
        # A damaged value (or one from another version) is shown as such and not written
        # over: neither interrupting nor continuing is offered until it is readable again.
        draft = readable and record["status"] == "draft"
        paused = readable and is_interrupted(record.values)
        self.interrupt_button.setVisible(draft and not paused)
        self.continue_button.setVisible(draft and paused)

    @staticmethod
    def _lines(record: Record) -> str:
        sittings = sittings_of(record.values, record.created_at)
        lines = []
        for n, sitting in enumerate(sittings, start=1):
            line = html.escape(sitting_line(n, sitting))
            if sitting.ended_at and (n < len(sittings) or is_interrupted(record.values)):
                line += f" — <i>{html.escape(interruption_text(sitting))}</i>"
            lines.append(line)
        return "<br/>".join(lines)

    # --- interrupt and continue ----------------------------------------------------------

    def ask_interrupt(self) -> None:
        dialog = InterruptDialog(self.window())
        dialog.accepted.connect(lambda: self.interrupt(dialog.reason.text()))
        self.dialog = dialog
        dialog.open()

    def ask_continue(self) -> None:
        current = self._record()
        dialog = ContinueDialog(current["language"], current["interpreter"], self.window())
        dialog.accepted.connect(lambda: self.resume(*dialog.values()))
        self.dialog = dialog
        dialog.open()

    def interrupt(self, reason: str | None) -> None:
        self._before()
        casework, interview_id = self._profile.casework, self._record().id
        self._write(lambda: casework.interrupt_interview(interview_id, reason))

    def resume(self, language: str | None, interpreter: str | None) -> None:
        casework, interview_id = self._profile.casework, self._record().id
        self._write(
            lambda: casework.continue_interview(
                interview_id, language=language, interpreter=interpreter
            )
        )

    def _write(self, op: Callable[[], Record]) -> None:
        self.dialog = None
        self.interrupt_button.setEnabled(False)
        self.continue_button.setEnabled(False)
        self._ctx.lanes.run_write(op, self._on_written, self._on_failed, owner=self)

    def _on_written(self, record: Record) -> None:
        self._enable()
        self.show_record(record)
        self.sittings_did_change.emit(record)

    def _on_failed(self, exc: Exception) -> None:
        self._enable()
        self.write_did_fail.emit(exc)

    def _enable(self) -> None:
        self.interrupt_button.setEnabled(True)
        self.continue_button.setEnabled(True)

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.interrupt_button.setText(self.tr("I&nterrupt interview …"))
        self.interrupt_button.setToolTip(
            self.tr("End this sitting now and continue the interview another time")
        )
        self.continue_button.setText(self.tr("C&ontinue interview …"))
        self.continue_button.setToolTip(self.tr("Start the next sitting"))
        self.show_record(self._record())
