"""The unlock screen's notice for a profile whose setup was cut short, and its removal.

A crash or power loss between creating a profile and the service confirming its enrolment
leaves a profile that can never sync (`sync.client.pending_enrolment`). The unlock screen
shows it as "Setup not finished": with its passphrase the caseworker finishes it (a new
one-time code, in the enrolment wizard's last page), or removes it here — after a
confirmation, crypto-erased on the DB lane (`sync.client.wipe.erase_profile`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.messages import UserMessage, error_message
from desktop.widgets.banner import Kind, MessageBanner
from storage.profiles import ProfileInfo
from sync.client.pending_enrolment import SETUP_NOT_FINISHED
from sync.client.wipe import erase_profile


class UnfinishedSetup(QWidget):
    """Hidden unless the selected profile's setup was not finished."""

    profile_did_erase = Signal(str)  # profile id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.info: ProfileInfo | None = None
        self.confirm: QMessageBox | None = None
        self.banner = MessageBanner(self)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.hide()
        self._retranslate()

    def show_for(self, info: ProfileInfo | None) -> None:
        """Show the notice for `info` (a profile whose setup was not finished), or hide it."""
        self.info = info
        self._retranslate()
        self.setVisible(info is not None)

    def _on_remove_button_clicked(self) -> None:
        if self.info is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove profile"), "", parent=self)
        box.setText(
            self.tr(
                "Remove the unfinished profile of %1 from this laptop? It holds no case "
                "files yet. Its encrypted files are erased and cannot be recovered."
            ).replace("%1", self.info.display_name)
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter never erases
        info = self.info
        box.finished.connect(
            lambda _r: self._on_confirm_finished(info, box.clickedButton() is remove)
        )
        self.confirm = box
        box.open()

    def _on_confirm_finished(self, info: ProfileInfo, confirmed: bool) -> None:
        self.confirm = None
        if not confirmed:
            return
        self.remove_button.setEnabled(False)
        self._ctx.lanes.run_write(
            lambda: erase_profile(info),
            lambda _none: self._on_erased(info),
            self._on_erase_failed,
            owner=self,
        )

    def _on_erased(self, info: ProfileInfo) -> None:
        self.remove_button.setEnabled(True)
        self.show_for(None)
        self.profile_did_erase.emit(info.profile_id)
        self._ctx.events.profiles_did_change.emit()

    def _on_erase_failed(self, exc: Exception) -> None:
        self.remove_button.setEnabled(True)
        self.banner.show_message(error_message(exc), Kind.ERROR)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.remove_button.setText(self.tr("&Remove this profile …"))
        self.remove_button.setAccessibleName(self.tr("Remove this unfinished profile"))
        text = self.tr(
            "Setup not finished: this laptop was switched off or the app closed before the "
            "sync service confirmed this profile, so it cannot sync. Enter the passphrase and "
            "choose Finish setup to finish it with a new one-time code from IT support, or "
            "remove it."
        )
        self.banner.show_message(UserMessage(text, f"sync.{SETUP_NOT_FINISHED}"), Kind.WARNING)
