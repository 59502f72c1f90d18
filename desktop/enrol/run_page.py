"""Step 5 of the enrolment wizard: the work, with progress, errors and "try again"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.messages import UserMessage
from desktop.widgets.banner import Kind, MessageBanner
from desktop.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from desktop.enrol.wizard import EnrolWizard


class RunPage(QWizardPage):
    """5: create the profile, enrol, first sync — with progress and translated errors."""

    def __init__(self, wizard: EnrolWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.done = False
        self._failure: tuple[Exception, bool] | None = None  # re-worded on a language switch
        self._asking = False  # a resumed setup waits for its first code (`ask_for_code`)
        self.busy = BusyIndicator(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.banner = MessageBanner(self)
        self.retry_box = QWidget(self)
        self.url = QLineEdit(self.retry_box)
        self.code = QLineEdit(self.retry_box)
        self.password = QLineEdit(self.retry_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.retry_button = QPushButton(self.retry_box)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.code.returnPressed.connect(self._on_retry_button_clicked)
        self.password.returnPressed.connect(self._on_retry_button_clicked)
        self._labels = [QLabel(self.retry_box) for _ in range(3)]
        form = QFormLayout(self.retry_box)
        form.setContentsMargins(0, 0, 0, 0)
        for label, edit in zip(self._labels, (self.url, self.code, self.password), strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        form.addRow(buttons)
        self.retry_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        layout.addWidget(self.retry_box)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self._wizard.start()

    def isComplete(self) -> bool:
        return self.done

    def show_busy(self, text: str, *, progress: bool = False) -> None:
        self._failure = None
        self._asking = False
        self.banner.clear()
        self.retry_box.hide()
        self.busy.start(text)
        self.progress.setVisible(progress)

    def show_failure(self, exc: Exception, *, retry: bool) -> None:
        self._failure = (exc, retry)
        self.retry_button.setText(self.tr("&Try again"))
        message = self._wizard.enrol_message(exc)
        self.busy.stop()
        self.progress.hide()
        self.banner.show_message(message, Kind.ERROR)
        self.retry_box.setVisible(retry)
        if retry:
            account = self._wizard.account
            self.url.setText(self._wizard.service.service_url())
            self.code.setText(account.code.text())
            self.password.setText(account.password.text())
            self.code.setFocus()
            self.code.selectAll()

    def ask_for_code(self) -> None:
        """A resumed setup: explain, and ask for a new one-time code and the password."""
        self._failure = None
        self._asking = True
        self.busy.stop()
        self.progress.hide()
        self.banner.show_message(self._resume_message(), Kind.INFO)
        self.retry_button.setText(self.tr("&Finish setup"))
        self.url.setText(self._wizard.service.service_url())
        self.code.clear()
        self.password.clear()
        self.retry_box.show()
        self.code.setFocus()

    def _resume_message(self) -> UserMessage:
        return UserMessage(
            self.tr(
                "Setting up this profile was interrupted before the sync service confirmed "
                "it. Enter a new one-time code from IT support and your password to finish."
            ),
            "sync.setup_not_finished",
        )

    def _on_retry_button_clicked(self) -> None:
        if not self.retry_box.isVisible():
            return
        self._wizard.service.url.setText(self.url.text())
        self._wizard.account.code.setText(self.code.text())
        self._wizard.account.password.setText(self.password.text())
        self._wizard.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the retry fields means "try again"; it must not reach the dialog's
        # default button (which would cancel the wizard).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.done:
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Setting up this laptop"))
        self.setSubTitle(self.tr("Step 5 of 5 — this takes a moment; the window stays usable."))
        texts = (self.tr("Service &address:"), self.tr("One-time &code:"), self.tr("Pass&word:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.url.setAccessibleName(self.tr("Service address"))
        self.code.setAccessibleName(self.tr("One-time code"))
        self.password.setAccessibleName(self.tr("Password"))
        if self._asking:
            self.retry_button.setText(self.tr("&Finish setup"))
        else:
            self.retry_button.setText(self.tr("&Try again"))
        if self._failure is not None and self.banner.isVisible():
            self.banner.show_message(self._wizard.enrol_message(self._failure[0]), Kind.ERROR)
        elif self._asking:
            self.banner.show_message(self._resume_message(), Kind.INFO)
