"""The interview editor's two pages: the questions to fill in, and the protocol read back.

Special-category answers are case content whose every viewing is on record: reading back a
protocol that contains some is logged once per editor (`record_reveal`) before it is shown,
and so is opening a closed sensitive section of the form. Both are writes on the DB lane.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QTextBrowser, QWidget

from desktop.cases.queries import record_reveal
from desktop.context import AppContext
from desktop.interviews.questions import QuestionForm
from desktop.widgets.sensitive import SensitiveSection
from storage.services.records import Record
from storage.unlocked import OpenProfile

FORM_PAGE, PROTOCOL_PAGE = 0, 1


class ReadbackPane(QStackedWidget):
    """The form (page 0) or the protocol (page 1); logs what reveals sensitive answers."""

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        form: QuestionForm,
        record: Callable[[], Record],
        parent: QWidget | None = None,
        *,
        on_failed: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self._form = form
        self._record = record
        self._on_failed = on_failed
        self._logged = False
        scroll = self.form_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.addWidget(scroll)
        self.addWidget(self.browser)
        form.reveal_was_requested.connect(self._on_form_reveal_was_requested)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.form_area.setAccessibleName(self.tr("Questions of the interview"))
        self.browser.setAccessibleName(self.tr("Protocol read back"))

    @property
    def shows_protocol(self) -> bool:
        return self.currentIndex() == PROTOCOL_PAGE

    def show_form(self) -> None:
        self.setCurrentIndex(FORM_PAGE)

    def open_protocol(self, render: Callable[[], str]) -> None:
        """Show the protocol `render` builds, once the reveal of the stored sensitive
        answers is on record (the first time only)."""
        record = self._record()
        answers = record["answers"] or {}
        sensitive = [q for q in self._form.sensitive_ids() if answers.get(q)]
        if not sensitive or self._logged:
            self.show_protocol(render())
            return
        profile, record_id = self._profile, record.id

        def logged(_: object) -> None:
            self._logged = True
            self.show_protocol(render())

        self._ctx.lanes.run_write(
            lambda: record_reveal(profile, "interview", record_id, sensitive),
            logged,
            self._on_failed,
            owner=self,
        )

    def show_protocol(self, html: str) -> None:
        self.browser.setHtml(html)
        self.setCurrentIndex(PROTOCOL_PAGE)

    def _on_form_reveal_was_requested(
        self, section: SensitiveSection, ids: tuple[str, ...]
    ) -> None:
        profile, record_id = self._profile, self._record().id
        self._ctx.lanes.run_write(
            lambda: record_reveal(profile, "interview", record_id, list(ids)),
            lambda _: section.reveal(),
            self._on_failed,
            owner=section,
        )
