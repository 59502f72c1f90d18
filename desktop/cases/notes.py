"""Notes of a case, in the Overview: newest first, insert-only (a correction is a new note).

Ctrl+Enter in the box adds the note on the DB lane.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.formatting import is_right_to_left, local_time
from desktop.widgets.banner import MessageBanner
from desktop.widgets.case_tab import CaseTab
from storage.services.records import Record
from storage.unlocked import OpenProfile


def notes_html(notes: Iterable[Record]) -> str:
    parts = []
    for note in notes:
        meta = html.escape(f"{local_time(note.created_at)} · {note.updated_by}")
        body = str(note["body"] or "")
        direction = "rtl" if is_right_to_left(body) else "ltr"
        lines = "<br/>".join(html.escape(line) for line in body.splitlines())
        parts.append(
            f'<p style="color:#5f6368;margin-bottom:0"><small>{meta}</small></p>'
            f'<p dir="{direction}" style="margin-top:2px">{lines}</p>'
        )
    return "\n".join(parts)


class NotesPanel(CaseTab):
    def __init__(
        self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, profile, parent)
        self.notes: list[Record] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("paneHeading")
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.input = QTextEdit(self)
        self.input.setAcceptRichText(False)
        self.input.setTabChangesFocus(True)
        self.input.setFixedHeight(self.input.fontMetrics().lineSpacing() * 3 + 14)
        self.input.textChanged.connect(self._on_input_text_changed)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.input, self.add_note)
        self.banner = MessageBanner(self)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._retranslate()
        self._on_input_text_changed()

    def set_notes(self, case_id: str | None, notes: Iterable[Record]) -> None:
        if case_id != self.case_id:
            self.input.clear()
        self.case_id = case_id
        self.notes = sorted(notes, key=lambda n: (n.created_at, n.id), reverse=True)
        self.banner.clear()
        self._render()

    def clear(self) -> None:
        self.set_notes(None, [])

    def _render(self) -> None:
        if self.notes:
            self.view.setHtml(notes_html(self.notes))
        else:
            empty = html.escape(self.tr("No notes yet. Notes cannot be changed once added."))
            self.view.setHtml(f'<p style="color:#5f6368">{empty}</p>')

    def _on_input_text_changed(self) -> None:
        self.add_button.setEnabled(
            self.case_id is not None and bool(self.input.toPlainText().strip())
        )

    def add_note(self) -> None:
        body = self.input.toPlainText().strip()
        if not body or self.case_id is None:
            return
        casework, case_id = self._profile.casework, self.case_id
        self.add_button.setEnabled(False)
        self._ctx.lanes.run_write(
            lambda: casework.add_note(case_id, body), self._on_added, self._on_failed, owner=self
        )

    def _on_added(self, note: Record) -> None:
        if note.case_id == self.case_id:
            self.input.clear()
            self.notes.insert(0, note)
            self._render()
        self._ctx.events.record_did_change.emit(note)
        self._ctx.events.outbox_did_change.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._on_input_text_changed()
        super()._on_failed(exc)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Notes"))
        self.input.setPlaceholderText(self.tr("Write a note … (Ctrl+Enter adds it)"))
        self.input.setAccessibleName(self.tr("New note"))
        self.view.setAccessibleName(self.tr("Notes of this case"))
        self.add_button.setText(self.tr("&Add note"))
        self._render()
