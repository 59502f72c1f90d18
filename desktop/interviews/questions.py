"""The questions of an interview template as a form: sections, help texts, conditions.

A question shows only while its conditions hold (`storage.forms.visible_questions`); hidden
answers are kept, in case the caseworker switches back. Sensitive sections and questions
stay collapsed until a reveal is requested and logged by the owner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.interviews.answers import AnswerEditor, answer_editor
from desktop.messages import field_error
from desktop.widgets.sensitive import SensitiveSection
from storage.forms import Question, Section, Template, visible_questions


class QuestionForm(QWidget):
    answers_did_change = Signal(str)  # the question id
    reveal_was_requested = Signal(object, object)  # SensitiveSection, question ids inside

    def __init__(self, template: Template, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.editors: dict[str, AnswerEditor] = {}
        self.rows: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._labels: dict[str, tuple[QLabel, QLabel]] = {}
        self._boxes: list[tuple[Section, QWidget, QLabel, QLabel]] = []
        self.sensitive: list[SensitiveSection] = []
        self._groups: list[tuple[SensitiveSection, list[str]]] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for section in template.sections:
            layout.addWidget(self._section(section, language))
        layout.addStretch(1)
        self.retranslate(language)
        self.update_visibility()

    def _section(self, section: Section, language: str) -> QWidget:
        box = QWidget(self)
        title = QLabel(box)
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(12, 0, 0, 0)
        column.setSpacing(10)
        help_label = _note(inner)
        column.addWidget(help_label)
        group: list[Question] = []  # consecutive sensitive questions share one reveal
        for question in (*section.questions, None):
            if question is not None and question.sensitive and not section.sensitive:
                group.append(question)
                continue
            if group:
                column.addWidget(self._sensitive_group(group, inner, language))
                group = []
            if question is not None:
                self.rows[question.id] = self._row(question, inner, language)
                column.addWidget(self.rows[question.id])
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(title)
        if section.sensitive:
            outer.addWidget(self._sensitive(inner, [q.id for q in section.questions], box))
        else:
            outer.addWidget(inner)
        self._boxes.append((section, box, title, help_label))
        return box

    def _sensitive_group(
        self, questions: list[Question], parent: QWidget, language: str
    ) -> SensitiveSection:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        for question in questions:
            self.rows[question.id] = self._row(question, content, language)
            column.addWidget(self.rows[question.id])
        ids = [q.id for q in questions]
        section = self._sensitive(content, ids, parent)
        self._groups.append((section, ids))
        return section

    def _row(self, question: Question, parent: QWidget, language: str) -> QWidget:
        row = QWidget(parent)
        label = QLabel(row)
        label.setWordWrap(True)
        label.setObjectName("questionLabel")
        help_label = _note(row)
        editor = answer_editor(question, row, language)
        editor.on_change(lambda qid=question.id: self.answers_did_change.emit(qid))
        label.setBuddy(editor.widget)
        error = QLabel(row)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for widget in (label, help_label, editor.widget, error):
            layout.addWidget(widget)
        self.editors[question.id] = editor
        self.error_labels[question.id] = error
        self._labels[question.id] = (label, help_label)
        return row

    def _sensitive(self, content: QWidget, ids: list[str], parent: QWidget) -> SensitiveSection:
        section = SensitiveSection(content, parent)
        section.reveal_was_requested.connect(
            lambda s=section, q=tuple(ids): self.reveal_was_requested.emit(s, q)
        )
        self.sensitive.append(section)
        return section

    # --- answers -------------------------------------------------------------------------

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        for question_id, editor in self.editors.items():
            editor.set_value(answers.get(question_id))
        self.update_visibility()

    def answers(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(answers that could be read, question id → conversion error code)."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for question_id, editor in self.editors.items():
            value, problem = editor.value()
            if problem:
                problems[question_id] = problem
            elif value is not None:
                values[question_id] = value
        return values, problems

    def update_visibility(self) -> None:
        shown = {q.id for q in visible_questions(self.template, self.answers()[0])}
        for question_id, row in self.rows.items():
            row.setVisible(question_id in shown)
        for section, box, _title, _help in self._boxes:
            box.setVisible(any(q.id in shown for q in section.questions))
        for group, ids in self._groups:
            group.setVisible(any(question_id in shown for question_id in ids))

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for question_id, label in self.error_labels.items():
            code = errors.get(question_id)
            text = field_error(code) if code else ""
            label.setText(f"⚠ {text}" if text else "")
            label.setVisible(bool(text))
            widget = self.editors[question_id].widget
            widget.setAccessibleDescription(text)
            widget.setProperty("invalid", bool(text))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        for section in self.sensitive:  # an error must never hide in a closed section
            if not section.is_revealed and any(
                self.error_labels[q].text() and section.isAncestorOf(self.error_labels[q])
                for q in errors
                if q in self.error_labels
            ):
                self.reveal_was_requested.emit(section, tuple(errors))

    def first_error(self) -> QWidget | None:
        for question_id, label in self.error_labels.items():
            if label.text() and self.rows[question_id].isVisibleTo(self):
                return self.editors[question_id].widget
        return None

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def sensitive_ids(self) -> list[str]:
        """Questions that are special-category data (their own flag or their section's)."""
        ids = [q.id for s in self.template.sections for q in s.questions if s.sensitive]
        return ids + [q.id for q in self.template.questions() if q.sensitive and q.id not in ids]

    # --- language ------------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        for section, _box, title, help_label in self._boxes:
            title.setText(section.title.get(language))
            _set_note(help_label, section.help.get(language) if section.help else "")
        for question in self.template.questions():
            label, help_label = self._labels[question.id]
            text = question.label.get(language)
            label.setText(f"{text} *" if question.required else text)
            _set_note(help_label, question.help.get(language) if question.help else "")
            self.editors[question.id].widget.setAccessibleName(text)
            self.editors[question.id].retranslate(language)


def _note(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("helpText")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _set_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
