"""Set up this laptop / add a caseworker: the enrolment wizard (issue 5, "First run").

The last page does the work, never on the GUI thread:

1. create the profile and unlock it (DB lane: Argon2id takes a moment on purpose);
2. enrol it with the one-time code: its public keys (DB lane) → the service (I/O lane:
   network) → pin the service's keys and keep the tokens (DB lane);
3. the first sync through a `SyncController` of its own, with progress;
4. hand the unlocked profile to the shell, which opens the case list.

The profile is created once (the recovery page is a commit page). If enrolment is refused,
the caseworker corrects the address, code or password on the last page and tries again with
the same profile. Cancelling before the enrolment succeeded erases that half-made profile
(`desktop.enrol.draft`), so the unlock screen never offers a profile nobody finished.
A crash cannot cancel: the profile is created with the "enrolment pending" mark
(`storage.enrolment_mark`), which the unlock screen shows as "Setup not finished"; its
"Finish setup" reopens this wizard on the last page (`resume`) for a new one-time code.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop.context import AppContext
from desktop.enrol.draft import Draft
from desktop.enrol.pages import AccountPage, PassphrasePage, RecoveryPage, ServicePage
from desktop.enrol.run_page import RunPage
from desktop.messages import UserMessage, error_message, sync_message
from desktop.sync.controller import RunResult, SyncController
from storage.profiles import ProfileInfo
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.enrol import (
    RECOVERY_KEY_MISSING,
    EnrolAnswer,
    Enrolled,
    fetch_recovery_key,
    profile_public_keys,
    record_enrolment,
    request_enrolment,
)
from sync.client.transport import SyncFailure, Transport

TransportFactory = Callable[[str, str | None], Transport]
RecoveryKeySource = Callable[[Transport], bytes]


def default_transport(url: str, ca_bundle: str | None) -> Transport:
    return Transport(url, ca_bundle=ca_bundle, timeout=(5.0, 30.0))


def organisation_recovery_key(transport: Transport) -> bytes:
    """The organisation recovery public key the service publishes (REC-1); without one the
    wizard stops before creating a profile nobody could recover."""
    return fetch_recovery_key(transport.base_url, transport=transport)


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
        self.draft = Draft(ctx.workspace, ctx.lanes, ctx.events)
        self._running = False
        self._awaiting_code = False
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
        self.service.apply_preconfig(ctx.preconfig.config)
        self.run_page.url.setReadOnly(self.service.locked)
        self.sync = SyncController(ctx, self)
        self.sync.run_did_progress.connect(self._on_sync_run_did_progress)
        self.sync.run_did_end.connect(self._on_sync_run_did_end)
        self.setMinimumSize(640, 480)
        self.retranslate()

    # --- the work ------------------------------------------------------------------------

    def resume(self, profile: OpenProfile, service_url: str) -> None:
        """Finish the enrolment of an unlocked profile whose setup was cut short (a crash):
        straight to the last page, which asks for a new one-time code. Call before `open`."""
        self.profile = profile
        self.draft.created(profile.info, profile)
        self.draft.erase_on_cancel = False
        self.account.login.setText(profile.info.login)
        self.account.display_name.setText(profile.info.display_name)
        if service_url and not self.service.locked:
            self.service.url.setText(service_url)
        self._awaiting_code = True
        self.setStartId(self.pageIds()[-1])

    def start(self) -> None:
        """Create (once), enrol (until it succeeds), then sync; each step on its lane."""
        if self._running:
            return
        if self._awaiting_code:  # resumed: nothing to do before the caseworker types a code
            self._awaiting_code = False
            self.run_page.ask_for_code()
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
        if self.draft.cancelled:
            return
        self.run_page.show_busy(self.tr("Creating your encrypted profile …"))
        workspace, clock = self._ctx.workspace, self._ctx.clock
        login = self.account.login.text().strip()
        name = self.account.shown_name()
        passphrase = self.passphrase.passphrase.text()
        url, draft = self.service.service_url(), self.draft

        def create() -> OpenProfile:
            info: ProfileInfo = workspace.create_profile(
                login=login,
                display_name=name,
                passphrase=passphrase,
                recovery_public_key=recovery_public_key,
                enrolment_url=url,  # "enrolment pending" until `record_enrolment` is done
            )
            draft.created(info, None)
            profile = unlock_profile(workspace, info.profile_id, passphrase, clock=clock)
            draft.created(info, profile)
            return profile

        self._ctx.lanes.run_write(create, self._on_created, self._on_create_failed, owner=self)

    def _on_created(self, profile: OpenProfile) -> None:
        if self.draft.cancelled:
            return  # the cancel's erase is queued behind the create
        self.profile = profile
        self._enrol()

    def _on_create_failed(self, exc: Exception) -> None:
        self._running = False
        # Nothing was created when the service could not be asked: correct and try again.
        self.run_page.show_failure(exc, retry=isinstance(exc, SyncFailure))

    def _enrol(self) -> None:
        """The profile's public keys (DB lane) → ask the service (I/O lane) → record (DB)."""
        profile = self.profile
        assert profile is not None
        self.run_page.show_busy(self.tr("Contacting the sync service …"))
        self._ctx.lanes.run_query(
            lambda: profile_public_keys(profile),
            lambda keys: self._request(profile, keys),
            self._on_enrol_failed,
            owner=self,
        )

    def _request(self, profile: OpenProfile, keys: tuple[str, str]) -> None:
        if self.draft.cancelled:
            return
        workspace, lanes = self._ctx.workspace, self._ctx.lanes
        url, ca = self.service.service_url(), self.service.ca_path()
        code = self.account.code.text().strip()
        login = self.account.login.text().strip()
        password = self.account.password.text()
        factory, draft = self.transport_factory, self.draft

        def enrolled(answer: Enrolled) -> None:
            if shiboken6.isValid(self):
                self._on_enrolled(answer)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self._on_enrol_failed(exc)

        def record(answer: EnrolAnswer) -> Enrolled:
            ok = False
            try:
                result = record_enrolment(profile, answer, url)
                ok = True
                return result
            finally:
                draft.end_enrol(ok)  # a cancel meanwhile erases (or locks) from here

        def ask() -> None:
            try:
                transport = factory(url, ca)
                try:
                    answer = request_enrolment(
                        workspace,
                        keys,
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
            except BaseException:
                draft.end_enrol(False)
                raise
            # Submitted from here, not via the GUI thread: the service said yes, so the
            # answer is recorded even if the wizard is cancelled and gone meanwhile.
            job = lanes.run_write(lambda: record(answer), enrolled, failed, owner=None)
            if job.cancelled:  # the app is shutting down
                draft.end_enrol(False)

        draft.begin_enrol()
        # No owner: the job must run (and tell the draft it ended) even if a cancel closes
        # and deletes the wizard before it starts.
        lanes.run_io(ask, None, failed, owner=None)

    def _on_enrol_failed(self, exc: Exception) -> None:
        if self.draft.cancelled:
            return
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
        if self.draft.cancelled:
            return  # cancelled meanwhile: the draft locked the profile
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
        """Esc or Cancel: a profile not yet enrolled is erased, an enrolled one locked."""
        self.profile = None
        self.sync.detach()
        self.draft.cancel()
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
