"""Choose a profile, type the passphrase, unlock — on the DB lane, because Argon2id takes
a noticeable moment on purpose and the window must stay responsive meanwhile."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext, change_language
from desktop.i18n import LANGUAGES
from desktop.messages import error_message
from desktop.preconfig import problem_message
from desktop.sync.state import check_gate
from desktop.unlock.restore_offer import RestoreOffer
from desktop.unlock.throttle import seconds_until_retry
from desktop.unlock.unfinished import UnfinishedSetup
from desktop.widgets.banner import Kind, MessageBanner
from desktop.widgets.busy import BusyIndicator
from storage.enrolment_mark import enrolment_mark_url
from storage.errors import ErrorCode, StoreError
from storage.profiles import ProfileInfo
from storage.unlocked import OpenProfile, failed_unlocks, unlock_profile
from sync.client.pending_enrolment import enrolment_pending, settle_unlocked

LANGUAGE_NAMES = {"de": "Deutsch", "fr": "Français", "it": "Italiano", "en": "English"}


@dataclass
class _Failures:
    count: int
    last: float


class UnlockScreen(QWidget):
    """The first thing on screen and the screen after every lock."""

    profile_did_unlock = Signal(object)  # OpenProfile
    setup_was_requested = Signal()  # "Set up this laptop / add a caseworker"
    profiles_did_load = Signal(int)  # how many profiles there are (0: first run)
    # An unlocked OpenProfile whose enrolment is still to do, and the service address it
    # was for ("" when unknown).
    setup_finish_was_requested = Signal(object, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profiles: list[ProfileInfo] = []
        self._failures: dict[str, _Failures] = {}
        self._pending: set[str] = set()  # profiles whose setup was not finished
        self._busy_unlocking = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self._build()
        self._retranslate()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        top = self._build_language_row()
        card = self._build_card()
        self.setup_button = QPushButton(self)
        self.setup_button.clicked.connect(self.setup_was_requested)
        # IT's pre-configuration file was ignored: said until IT fixes it (not by unlocking).
        self.preconfig_banner = MessageBanner(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(top)
        notice = QHBoxLayout()
        notice.addStretch(1)
        notice.addWidget(self.preconfig_banner, 4)
        notice.addStretch(1)
        outer.addLayout(notice)
        outer.addStretch(1)
        # Centred by stretches, not an alignment flag: an aligned item gets only its size hint,
        # which ignores the height its word-wrapped labels need (first run: squeezed text).
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 2)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _build_language_row(self) -> QHBoxLayout:
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self._ctx.translations.language))
        )
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self._ctx.events.language_did_change.connect(self._on_events_language_did_change)
        top = QHBoxLayout()
        top.addStretch(1)
        self._language_label = QLabel(self)
        self._language_label.setBuddy(self.language)
        top.addWidget(self._language_label)
        top.addWidget(self.language)
        return top

    def _build_card(self) -> QFrame:
        card = QFrame(self)
        card.setObjectName("unlockCard")
        card.setMaximumWidth(460)
        card.setMinimumWidth(380)
        self._title = QLabel(card)
        self._title.setObjectName("unlockTitle")
        self._subtitle = QLabel(card)
        self._subtitle.setWordWrap(True)
        self.profile = QComboBox(card)
        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._on_passphrase_return_pressed)
        self.passphrase.textChanged.connect(self._update_button)
        self.unlock_button = QPushButton(card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.busy = BusyIndicator(card)
        self.banner = MessageBanner(card)
        self.throttle_label = QLabel(card)
        self.throttle_label.setWordWrap(True)
        self.throttle_label.hide()
        self.empty_label = QLabel(card)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.unfinished = UnfinishedSetup(self._ctx, card)
        self.profile.currentIndexChanged.connect(self._on_profile_current_index_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._profile_label = QLabel(card)
        self._profile_label.setBuddy(self.profile)
        self._passphrase_label = QLabel(card)
        self._passphrase_label.setBuddy(self.passphrase)
        form.addRow(self._profile_label, self.profile)
        form.addRow(self._passphrase_label, self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self._title)
        inner.addWidget(self._subtitle)
        inner.addSpacing(8)
        inner.addWidget(self.empty_label)
        inner.addLayout(form)
        inner.addWidget(self.unfinished)
        inner.addLayout(self._build_notices(card))
        inner.addWidget(self.throttle_label)
        inner.addLayout(buttons)
        return card

    def _build_notices(self, card: QFrame) -> QVBoxLayout:
        # The unlock's message, and under it the offer to restore a damaged store.
        self.restore_offer = RestoreOffer(self._ctx, self.passphrase.text, card)
        self.restore_offer.profile_did_restore.connect(self._on_restore_offer_profile_did_restore)
        notices = QVBoxLayout()
        notices.setSpacing(8)
        notices.addWidget(self.banner)
        notices.addWidget(self.restore_offer)
        return notices

    # --- profiles ------------------------------------------------------------------------

    def load_profiles(self) -> None:
        """Read the profile folders on the I/O lane; the list appears when done."""
        workspace = self._ctx.workspace

        def read() -> list[tuple[ProfileInfo, tuple[int, float], bool]]:
            found = workspace.list_profiles()
            return [(info, failed_unlocks(info), enrolment_pending(info)) for info in found]

        self._set_inputs_enabled(False)
        self._ctx.lanes.run_io(read, self._on_profiles_loaded, self._on_profiles_failed, owner=self)

    def _on_profiles_loaded(self, found: list[tuple[ProfileInfo, tuple[int, float], bool]]) -> None:
        self._profiles = [info for info, _, _ in found]
        self._failures = {info.profile_id: _Failures(*f) for info, f, _ in found}
        self._pending = {info.profile_id for info, _, pending in found if pending}
        self.profile.clear()
        for info in self._profiles:
            self.profile.addItem(self._item_text(info), info.profile_id)
        self._show_pending()
        self.empty_label.setVisible(not self._profiles)
        self._set_inputs_enabled(bool(self._profiles))
        self._update_throttle()
        self.passphrase.setFocus()
        self.profiles_did_load.emit(len(self._profiles))

    def _on_profiles_failed(self, exc: Exception) -> None:
        self.banner.show_message(error_message(exc))
        self._set_inputs_enabled(False)

    def _item_text(self, info: ProfileInfo) -> str:
        text = f"{info.display_name} ({info.login})"
        if info.profile_id in self._pending:
            text += " — " + self.tr("Setup not finished")
        return text

    def _selected_pending(self) -> ProfileInfo | None:
        info = self._selected()
        return info if info is not None and info.profile_id in self._pending else None

    def _show_pending(self) -> None:
        self.unfinished.show_for(self._selected_pending())
        if self._selected_pending() is not None:
            self.unlock_button.setText(self.tr("&Finish setup"))
        else:
            self.unlock_button.setText(self.tr("&Unlock"))

    def _selected(self) -> ProfileInfo | None:
        index = self.profile.currentIndex()
        return self._profiles[index] if 0 <= index < len(self._profiles) else None

    # --- unlocking -----------------------------------------------------------------------

    def _on_passphrase_return_pressed(self) -> None:
        self._on_unlock_button_clicked()

    def _on_unlock_button_clicked(self) -> None:
        info = self._selected()
        passphrase = self.passphrase.text()
        if info is None or not passphrase or self._busy_unlocking or self._wait_seconds():
            return
        self._busy_unlocking = True
        self._set_inputs_enabled(False)
        self.banner.clear()
        self.busy.start(self.tr("Unlocking … checking the passphrase takes a moment."))
        workspace, profile_id, clock = self._ctx.workspace, info.profile_id, self._ctx.clock
        pending = info.profile_id in self._pending
        # A write, not a query: a lock must never cancel an unlock half-way.

        def unlock() -> tuple[OpenProfile, str | None]:
            check_gate(info, clock())  # the dead-man lock, before the passphrase is tried
            profile = unlock_profile(workspace, profile_id, passphrase, clock=clock)
            # Setup not finished: unless the store shows the enrolment did succeed (a crash
            # after it), the enrolment wizard finishes it with a new one-time code.
            if pending and not settle_unlocked(profile):
                return profile, enrolment_mark_url(profile.info.path) or ""
            return profile, None

        self._ctx.lanes.run_write(
            unlock,
            self._on_unlock_done,
            self._on_unlock_failed,
            owner=self,
        )

    def _on_unlock_done(self, outcome: tuple[OpenProfile, str | None]) -> None:
        profile, pending_url = outcome
        self._busy_unlocking = False
        self.busy.stop()
        self.passphrase.clear()
        self._failures.pop(profile.profile_id, None)
        self._set_inputs_enabled(True)
        if pending_url is not None:
            self.setup_finish_was_requested.emit(profile, pending_url)
            return
        if profile.profile_id in self._pending:  # it was complete after all: list it so
            self._pending.discard(profile.profile_id)
            self.profile.setItemText(self.profile.currentIndex(), self._item_text(profile.info))
            self._show_pending()
        self.profile_did_unlock.emit(profile)

    def _on_unlock_failed(self, exc: Exception) -> None:
        self._busy_unlocking = False
        self.busy.stop()
        info = self._selected()
        if isinstance(exc, StoreError) and exc.code is ErrorCode.WRONG_PASSPHRASE and info:
            failures = self._failures.setdefault(info.profile_id, _Failures(0, 0.0))
            failures.count += 1
            failures.last = self._ctx.clock()
        self.banner.show_message(error_message(exc), Kind.ERROR)
        self.restore_offer.consider(info, exc)  # a damaged store, but the right passphrase
        self._set_inputs_enabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self._update_throttle()

    def _on_restore_offer_profile_did_restore(self, profile: OpenProfile) -> None:
        self.banner.clear()
        self._on_unlock_done((profile, None))

    # --- throttling ----------------------------------------------------------------------

    def _wait_seconds(self) -> int:
        info = self._selected()
        failures = self._failures.get(info.profile_id) if info else None
        if failures is None:
            return 0
        return seconds_until_retry(failures.count, failures.last, self._ctx.clock())

    def _update_throttle(self) -> None:
        wait = self._wait_seconds()
        if wait:
            self.throttle_label.setText(
                self.tr("Too many wrong attempts. You can try again in %n second(s).", "", wait)
            )
            self._countdown.start()
        else:
            self._countdown.stop()
        self.throttle_label.setVisible(bool(wait))
        self._update_button()

    def _on_countdown_timeout(self) -> None:
        self._update_throttle()

    def _update_button(self) -> None:
        ready = (
            self._selected() is not None
            and bool(self.passphrase.text())
            and not self._busy_unlocking
            and not self._wait_seconds()
        )
        self.unlock_button.setEnabled(ready)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        self.profile.setEnabled(enabled)
        self.passphrase.setEnabled(enabled)
        self.unfinished.remove_button.setEnabled(enabled)
        self._update_button()

    def _on_profile_current_index_changed(self, _index: int) -> None:
        self.banner.clear()
        self.restore_offer.show_for(None)
        self._show_pending()
        self._update_throttle()

    def reset(self) -> None:
        """Back to a clean screen (after a lock): no passphrase, no old message."""
        self.passphrase.clear()
        self.banner.clear()
        self.restore_offer.show_for(None)
        self._update_throttle()
        self.passphrase.setFocus()

    # --- language ------------------------------------------------------------------------

    def _on_language_current_index_changed(self, index: int) -> None:
        change_language(self._ctx, self.language.itemData(index))

    def _on_events_language_did_change(self, language: str) -> None:
        index = self.language.findData(language)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)  # already switched: don't switch again
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._language_label.setText(self.tr("&Language:"))
        self._title.setText(self.tr("Dossier"))
        self._subtitle.setText(
            self.tr("Case files, encrypted on this laptop. Unlock your profile to continue.")
        )
        self._profile_label.setText(self.tr("&Profile:"))
        self._passphrase_label.setText(self.tr("Pass&phrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.profile.setAccessibleName(self.tr("Profile"))
        self.language.setAccessibleName(self.tr("Language"))
        problem = self._ctx.preconfig.problem
        if problem is not None:
            self.preconfig_banner.show_message(problem_message(problem), Kind.WARNING)
        for index, info in enumerate(self._profiles):
            self.profile.setItemText(index, self._item_text(info))
        self._show_pending()
        self.setup_button.setText(self.tr("&Set up this laptop / add a caseworker …"))
        self.empty_label.setText(
            self.tr(
                "There is no profile on this laptop yet. Enrol this "
                "laptop with the one-time code from IT support."
            )
        )
        self._update_throttle()
