"""Set up this laptop / add a caseworker: the enrolment wizard (issue 5, "First run").

The last page does the work, never on the GUI thread:

1. create the profile and unlock it (DB lane: Argon2id takes a moment on purpose);
2. enrol it with the one-time code (I/O lane: network; the profile is not shared yet);
3. the first sync through a `SyncController` of its own, with progress;
4. hand the unlocked profile to the shell, which opens the case list.

The profile is created once (the recovery page is a commit page). If enrolment is refused,
the caseworker corrects the address, code or password on the last page and tries again with
the same profile.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
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
    QWizard,
    QWizardPage,
)

from desktop.context import AppContext
from desktop.enrol.pages import AccountPage, PassphrasePage, RecoveryPage, ServicePage
from desktop.messages import UserMessage, error_message, sync_message
from desktop.sync.controller import RunResult, SyncController
from desktop.widgets.banner import Kind, MessageBanner
from desktop.widgets.busy import BusyIndicator
from storage.profiles import ProfileInfo
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.enrol import RECOVERY_KEY_MISSING, Enrolled, enrol, fetch_recovery_key
from sync.client.transport import SyncFailure, Transport

TransportFactory = Callable[[str, str | None], Transport]
RecoveryKeySource = Callable[[Transport], bytes]


def default_transport(url: str, ca_bundle: str | None) -> Transport:
    return Transport(url, ca_bundle=ca_bundle, timeout=(5.0, 30.0))


def organisation_recovery_key(transport: Transport) -> bytes:
    """The organisation recovery public key the service publishes (REC-1); without one the
    wizard stops before creating a profile nobody could recover."""
    return fetch_recovery_key(transport.base_url, transport=transport)


class RunPage(QWizardPage):
    """5: create the profile, enrol, first sync — with progress and translated errors."""

    def __init__(self, wizard: EnrolWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.done = False
        self._failure: tuple[Exception, bool] | None = None  # re-worded on a language switch
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
        self.banner.clear()
        self.retry_box.hide()
        self.busy.start(text)
        self.progress.setVisible(progress)

    def show_failure(self, exc: Exception, *, retry: bool) -> None:
        self._failure = (exc, retry)
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
        self.retry_button.setText(self.tr("&Try again"))
        if self._failure is not None and self.banner.isVisible():
            self.banner.show_message(self._wizard.enrol_message(self._failure[0]), Kind.ERROR)


class EnrolWizard(QWizard):
    """Modal; Esc cancels (QDialog). Emits `profile_did_enrol` with the unlocked profile."""

    profile_did_enrol = Signal(object)  # OpenProfile

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        transport_factory: TransportFactory = default_transport,
        recovery_key: RecoveryKeySource = organisation_recovery_key,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.transport_factory = transport_factory
        self._recovery_key = recovery_key
        self.profile: OpenProfile | None = None
        self.enrolled = False
        self._running = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.service = ServicePage(self)
        self.account = AccountPage(self)
        self.passphrase = PassphrasePage(self.account, self)
        self.recovery = RecoveryPage(self)
        self.run_page = RunPage(self)
        for page in (self.service, self.account, self.passphrase, self.recovery, self.run_page):
            self.addPage(page)
        self.sync = SyncController(ctx, self)
        self.sync.run_did_progress.connect(self._on_sync_run_did_progress)
        self.sync.run_did_end.connect(self._on_sync_run_did_end)
        self.setMinimumSize(640, 480)
        self.retranslate()

    # --- the work ------------------------------------------------------------------------

    def start(self) -> None:
        """Create (once), enrol (until it succeeds), then sync; each step on its lane."""
        if self._running:
            return
        self._running = True
        if self.profile is None:
            self._create()
        elif not self.enrolled:
            self._enrol()

    def _create(self) -> None:
        # The organisation's recovery key comes from the service first (I/O lane); only then
        # is the profile created with it (DB lane).
        self.run_page.show_busy(self.tr("Contacting the sync service …"))
        transport = self.transport_factory(self.service.service_url(), self.service.ca_path())
        recovery_key = self._recovery_key
        self._ctx.lanes.run_io(
            lambda: recovery_key(transport),
            self._on_recovery_key,
            self._on_create_failed,
            owner=self,
        )

    def _on_recovery_key(self, recovery_public_key: bytes) -> None:
        self.run_page.show_busy(self.tr("Creating your encrypted profile …"))
        workspace, clock = self._ctx.workspace, self._ctx.clock
        login = self.account.login.text().strip()
        name = self.account.shown_name()
        passphrase = self.passphrase.passphrase.text()

        def create() -> OpenProfile:
            info: ProfileInfo = workspace.create_profile(
                login=login,
                display_name=name,
                passphrase=passphrase,
                recovery_public_key=recovery_public_key,
            )
            return unlock_profile(workspace, info.profile_id, passphrase, clock=clock)

        self._ctx.lanes.run_write(create, self._on_created, self._on_create_failed, owner=self)

    def _on_created(self, profile: OpenProfile) -> None:
        self.profile = profile
        self._enrol()

    def _on_create_failed(self, exc: Exception) -> None:
        self._running = False
        # Nothing was created when the service could not be asked: correct and try again.
        self.run_page.show_failure(exc, retry=isinstance(exc, SyncFailure))

    def _enrol(self) -> None:
        profile = self.profile
        assert profile is not None
        self.run_page.show_busy(self.tr("Contacting the sync service …"))
        workspace = self._ctx.workspace
        url, ca = self.service.service_url(), self.service.ca_path()
        code = self.account.code.text().strip()
        login = self.account.login.text().strip()
        password = self.account.password.text()
        factory = self.transport_factory

        def run() -> Enrolled:
            transport = factory(url, ca)
            try:
                return enrol(
                    workspace,
                    profile,
                    service_url=url,
                    code=code,
                    login=login,
                    password=password,
                    device_name=socket.gethostname()[:60] or "laptop",
                    ca_bundle=ca,
                    transport=transport,
                )
            finally:
                transport.close()

        self._ctx.lanes.run_io(run, self._on_enrolled, self._on_enrol_failed, owner=self)

    def _on_enrol_failed(self, exc: Exception) -> None:
        self._running = False
        self.run_page.show_failure(exc, retry=True)

    def enrol_message(self, exc: Exception) -> UserMessage:
        if not isinstance(exc, SyncFailure):
            return error_message(exc)
        details = f"sync.{exc.code}"
        if exc.code == "enrolment_code_invalid":
            text = self.tr(
                "The one-time code is wrong, already used or expired. Check it, or ask IT "
                "support for a new code."
            )
        elif exc.code == "invalid_credentials":
            text = self.tr(
                "The login or password is not correct. Check them and Caps Lock, then try again."
            )
        elif exc.code == "rate_limited":
            wait = (exc.problem.retry_after if exc.problem else None) or 60
            minutes = max(1, (wait + 59) // 60)
            text = self.tr(
                "Too many failed attempts. Wait %n minute(s), then try again.", "", minutes
            )
        elif exc.code == "user_disabled":
            text = self.tr("This account is disabled. Contact IT support.")
        elif exc.code == RECOVERY_KEY_MISSING:
            text = self.tr(
                "The sync service has no organisation recovery key yet, so no profile was "
                "created (nobody could recover it). Ask IT support to set it up."
            )
        else:  # service_unreachable and tls_failed are worded there, too
            return sync_message(exc.code)
        return UserMessage(text, details)

    def _on_enrolled(self, _enrolled: Enrolled) -> None:
        self.enrolled = True
        profile = self.profile
        assert profile is not None
        self.account.password.clear()
        self.run_page.password.clear()
        self.run_page.show_busy(self.tr("Fetching your cases …"), progress=True)
        self.sync.attach(profile)
        if not self.sync.sync_now():
            self._finish()

    def _on_sync_run_did_progress(self, stage: str, count: int) -> None:
        self.run_page.busy.start(self.tr("Fetching your cases … %n received", "", count))

    def _on_sync_run_did_end(self, _result: RunResult) -> None:
        # A failed first sync does not undo the enrolment: the status bar shows it and the
        # next sync (F5) tries again.
        self._finish()

    def _finish(self) -> None:
        profile = self.profile
        if profile is None:
            return  # cancelled meanwhile
        self.sync.detach()
        self._running = False
        self.run_page.done = True
        self.run_page.busy.stop()
        self.run_page.progress.hide()
        self.run_page.completeChanged.emit()
        self.profile = None  # handed over: the shell owns and locks it from now on
        self.accept()
        if profile is not None:
            self.profile_did_enrol.emit(profile)

    def reject(self) -> None:
        """Esc or Cancel: a profile created but not handed over is locked again."""
        profile, self.profile = self.profile, None
        self.sync.detach()
        if profile is not None:
            self._ctx.lanes.run_write(profile.lock, owner=None)
        super().reject()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this laptop"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
