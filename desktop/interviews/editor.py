"""The interview editor: answers from the template, saved automatically every few seconds.

Autosave writes the draft on the DB lane at most `AUTOSAVE_INTERVAL_MS` after a change, so a
crash or a killed app loses at most those seconds of typing; hiding the editor (closing it,
or the lock blanking the window) writes at once, queued before the lock closes the store.
Finalising asks first, then makes the protocol immutable; corrections are addenda. An
interview may be interrupted and continued in another sitting (`SittingsPanel`); while it
is interrupted its answers and participants are read-only.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QEvent, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.exports.protocol_actions import ProtocolActions
from desktop.interviews.confirm import finalise_box
from desktop.interviews.participants import ParticipantsBar
from desktop.interviews.questions import QuestionForm
from desktop.interviews.readback import protocol_html
from desktop.interviews.readback_pane import ReadbackPane
from desktop.interviews.sittings import SittingsPanel
from desktop.messages import error_message
from desktop.widgets.banner import MessageBanner
from storage.errors import ValidationFailed
from storage.forms import Template, validate_answers
from storage.services.records import Record
from storage.sittings import INTERRUPTED, is_interrupted
from storage.unlocked import OpenProfile

AUTOSAVE_INTERVAL_MS = 3000


class InterviewEditor(QDialog):
    interview_did_change = Signal(object)  # the saved interview Record
    addendum_was_created = Signal(object)  # the new draft Record

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        record: Record,
        template: Template,
        parent: QWidget | None = None,
        *,
        case_number: str,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.record = record
        self.template = template
        self._case_number = case_number
        self._saved = self._stored_state()
        self._saving = False
        self.confirm_box: QMessageBox | None = None
        self.banner = MessageBanner(self)
        self.participants = ParticipantsBar(record["language"], record["interpreter"], self)
        self.sittings = SittingsPanel(ctx, profile, lambda: self.record, self, before=self.autosave)
        self.form = QuestionForm(template, self._lang(), self)
        self.form.set_answers(record["answers"] or {})
        self.stack = ReadbackPane(
            ctx, profile, self.form, lambda: self.record, self, on_failed=self._on_save_failed
        )
        self.readback = self.stack.browser
        self.state = QLabel(self)
        self.state.setObjectName("saveState")
        self.readback_button = QPushButton(self)
        self.readback_button.setCheckable(True)
        self.finalise_button = QPushButton(self)
        self.addendum_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.exports = ProtocolActions(
            ctx,
            profile,
            self,
            interview_id=lambda: self.record.id,
            case_number=case_number,
            banner=self.banner,
            before=self.autosave,
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.autosave)
        self._build()
        self._connect()
        self.resize(900, 720)
        self._retranslate()
        self._apply_status()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for button in (
            self.readback_button,
            self.finalise_button,
            self.addendum_button,
            *self.exports.buttons(),
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.participants)
        layout.addWidget(self.sittings)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.form.answers_did_change.connect(self._on_form_answers_did_change)
        self.participants.participants_did_change.connect(self._changed)
        self.sittings.sittings_did_change.connect(self._adopt)
        self.sittings.write_did_fail.connect(self._on_save_failed)
        self.readback_button.toggled.connect(self._on_readback_button_toggled)
        self.finalise_button.clicked.connect(self.finalise)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.autosave)
        QShortcut(QKeySequence("Ctrl+L"), self, self._ctx.events.lock_was_requested.emit)

    # --- state ---------------------------------------------------------------------------

    @property
    def is_final(self) -> bool:
        return self.record["status"] == "finalised"

    def _lang(self) -> str:
        return self._ctx.translations.language

    def _stored_state(self) -> tuple[dict[str, Any], str | None, str | None]:
        values = self.record.values
        return dict(values["answers"] or {}), values["language"], values["interpreter"]

    def _current_state(self) -> tuple[dict[str, Any], str | None, str | None]:
        answers, problems = self.form.answers()
        stored = self.record["answers"] or {}
        for question_id in problems:  # unreadable input: keep what is stored meanwhile
            if question_id in stored:
                answers[question_id] = stored[question_id]
        known = {q.id for q in self.template.questions()}
        answers |= {k: v for k, v in stored.items() if k not in known}  # earlier version
        language, interpreter = self.participants.values()
        return answers, language, interpreter

    @property
    def is_interrupted(self) -> bool:
        return is_interrupted(self.record.values)

    @property
    def is_dirty(self) -> bool:
        return not self.is_final and self._current_state() != self._saved

    def _apply_status(self) -> None:
        final = self.is_final
        self.form.set_read_only(final or self.is_interrupted)  # answers need the person there
        self.participants.set_read_only(final or self.is_interrupted)
        self.sittings.show_record(self.record)
        self.finalise_button.setVisible(not final)
        self.addendum_button.setVisible(final)
        if final and not self.readback_button.isChecked():
            self.readback_button.setChecked(True)
        self.readback_button.setEnabled(not final)
        self._show_state()

    def _show_state(self, text: str | None = None) -> None:
        if text is None:
            if self.is_final:
                text = self.tr("Finalised — this protocol can no longer be changed")
            elif self.is_interrupted:
                text = self.tr("Interrupted — continue the interview to record more answers")
            elif self._saving:
                text = self.tr("Saving …")
            elif self.is_dirty:
                text = self.tr("Changes not saved yet")
            else:
                text = self.tr("All changes saved")
        self.state.setText(text)

    # --- editing and autosave ------------------------------------------------------------

    def _on_form_answers_did_change(self, _question_id: str) -> None:
        self.form.update_visibility()
        self._check()
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self.is_final:
            return
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_INTERVAL_MS)
        self._show_state()

    def _check(self, *, complete: bool = False) -> dict[str, str]:
        """Show errors as typed; missing required answers only when asked (`complete`)."""
        answers, problems = self.form.answers()
        errors = validate_answers(self.template, answers)
        errors = {k: c for k, c in errors.items() if k in self.form.editors}
        if not complete:
            errors = {k: c for k, c in errors.items() if c != "required"}
        errors |= problems
        self.form.show_errors(errors)
        return errors

    def autosave(self) -> None:
        """Write the draft now if it changed (the timer calls this; Ctrl+S too)."""
        if self._saving or not self.is_dirty:
            return
        self._saving = True
        self._show_state()
        self._ctx.lanes.run_write(
            self._write_op(), self._on_saved, self._on_save_failed, owner=self
        )

    def _write_op(self) -> Any:
        state = self._current_state()
        answers, language, interpreter = state
        casework, store, interview_id = self._profile.casework, self._profile.store, self.record.id
        changed_people = (language, interpreter) != self._saved[1:]

        def write() -> tuple[Record, Any]:
            with store.write():
                if changed_people:
                    casework.set_participants(
                        interview_id, language=language, interpreter=interpreter
                    )
                return casework.save_answers(interview_id, answers), state

        return write

    def _adopt(self, record: Record) -> None:
        """A write other than autosave changed the interview (sittings, finalising)."""
        self._saving = False
        self.record = record
        self._saved = self._stored_state()
        self.participants.set_values(record["language"], record["interpreter"])
        self.banner.clear()
        self._apply_status()
        if self.is_dirty and not self.is_interrupted:  # typed before a refused save
            self._changed()
        self.interview_did_change.emit(record)
        self._ctx.events.record_did_change.emit(record)
        self._ctx.events.outbox_did_change.emit()

    def _on_saved(self, result: tuple[Record, Any]) -> None:
        self._saving = False
        self.record, self._saved = result
        self.banner.clear()
        self._show_state(
            self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm:ss"))
        )
        self.interview_did_change.emit(self.record)
        self._ctx.events.record_did_change.emit(self.record)
        self._ctx.events.outbox_did_change.emit()
        if self.is_dirty:  # typed on while saving
            self._timer.start(AUTOSAVE_INTERVAL_MS)

    def _on_save_failed(self, exc: Exception) -> None:
        self._saving = False
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.fields)
            if INTERRUPTED in exc.fields.values():
                self._reload_interrupted()
        self.banner.show_message(error_message(exc))
        self._show_state(self.tr("Not saved — see the message above"))

    def _reload_interrupted(self) -> None:
        """Interrupted elsewhere (another window, or a sync): show it as the store has it —
        read-only, with "Continue" — and keep what was typed in the form."""
        records, interview_id = self._profile.records, self.record.id

        def adopt(record: Record) -> None:
            self.record = record
            self._apply_status()
            self._show_state(self.tr("Not saved — see the message above"))

        self._ctx.lanes.run_query(
            lambda: records.get("interview", interview_id, audit_read=False), adopt, owner=self
        )

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing, or the lock blanking the window: write what is left now. No owner, so
        # the write runs even when this editor is deleted right after (a lock deletes it).
        if self.is_dirty:  # queued after a save still running: the lane keeps the order
            self._timer.stop()
            events = self._ctx.events
            self._ctx.lanes.run_write(
                self._write_op(), lambda _: events.outbox_did_change.emit(), owner=None
            )
            self._saved = self._current_state()
        super().hideEvent(event)

    # --- read back -----------------------------------------------------------------------

    def _on_readback_button_toggled(self, checked: bool) -> None:
        if not checked:
            self.stack.show_form()
            return
        self.autosave()
        self.stack.open_protocol(self._protocol_html)

    def _show_readback(self) -> None:
        self.stack.show_protocol(self._protocol_html())

    def _protocol_html(self) -> str:
        """The protocol as it reads with what is in the form now (saved or not)."""
        answers, language, interpreter = self._current_state()
        values = dict(self.record.values) | {
            "answers": answers,
            "language": language,
            "interpreter": interpreter,
        }
        shown = replace(self.record, values=MappingProxyType(values))
        return protocol_html(shown, self.template, self._lang(), self._case_number)

    # --- finalise and addendum -----------------------------------------------------------

    def finalise(self) -> None:
        errors = self._check(complete=True)
        if errors:
            self.banner.show_message(error_message(ValidationFailed(errors)))
            self.readback_button.setChecked(False)
            first = self.form.first_error()
            if first is not None:
                first.setFocus()
            return
        self.confirm_box = finalise_box(self, self._finalise_confirmed)

    def _finalise_confirmed(self) -> None:
        self._timer.stop()
        save = self._write_op() if self.is_dirty else None
        casework, store, interview_id = self._profile.casework, self._profile.store, self.record.id

        def write() -> Record:
            with store.write():
                if save is not None:
                    save()
                return casework.finalise_interview(interview_id)

        self._saving = True
        self._ctx.lanes.run_write(write, self._on_finalised, self._on_save_failed, owner=self)

    def _on_finalised(self, record: Record) -> None:
        self._adopt(record)
        self._show_readback()

    def add_addendum(self) -> None:
        casework, interview_id = self._profile.casework, self.record.id
        self._ctx.lanes.run_write(
            lambda: casework.add_addendum(interview_id),
            self._on_addendum_created,
            self._on_save_failed,
            owner=self,
        )

    def _on_addendum_created(self, record: Record) -> None:
        self._ctx.events.record_did_change.emit(record)
        self._ctx.events.outbox_did_change.emit()
        self.addendum_was_created.emit(record)

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title = self.template.title.get(self._lang())
        self.setWindowTitle(f"{title} — {self._case_number}")
        self.readback_button.setText(self.tr("&Read back"))
        self.readback_button.setToolTip(self.tr("Show the answers as the protocol reads"))
        self.finalise_button.setText(self.tr("&Finalise …"))
        self.addendum_button.setText(self.tr("Add &addendum"))
        self.close_button.setText(self.tr("&Close"))
        self.form.retranslate(self._lang())
        self._show_state()
        if self.stack.shows_protocol:
            self._show_readback()
