"""The unlock screen's offer to restore a damaged store from the central service (DB-8).

When an unlock fails with STORE_CORRUPT, this checks on the DB lane whether the passphrase
still opens the profile's key envelope and the damaged store still gives the profile's
identity (`storage.store_restore.can_restore`); only then does it offer "Restore from the
central service". Otherwise only IT can help, as the unlock's message says. After a
confirmation that says what may be lost, the restore runs on the DB lane
(`sync.client.store_restore.restore_from_service`: the damaged store is kept aside for IT,
an empty one takes its place, the next sync pulls every case), then the profile is
unlocked; the shell's usual sync after unlock brings the cases back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.messages import UserMessage, error_message
from desktop.widgets.banner import Kind, MessageBanner
from desktop.widgets.busy import BusyIndicator
from storage.errors import ErrorCode, StoreError
from storage.profiles import ProfileInfo
from storage.store_restore import can_restore
from storage.unlocked import OpenProfile, unlock_profile
from sync.client.store_restore import RestoreBusy, restore_from_service


class RestoreOffer(QWidget):
    """Hidden unless the selected profile's store is damaged and its passphrase was right."""

    profile_did_restore = Signal(object)  # the unlocked OpenProfile of the new store
    offer_was_considered = Signal(bool)  # after a STORE_CORRUPT: whether it is offered

    def __init__(
        self, ctx: AppContext, passphrase: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._passphrase = passphrase  # read when needed: this widget never keeps it
        self.info: ProfileInfo | None = None
        self.confirm: QMessageBox | None = None
        self.banner = MessageBanner(self)
        self.busy = BusyIndicator(self)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.hide()
        self._retranslate()

    def consider(self, info: ProfileInfo | None, exc: Exception) -> None:
        """After a failed unlock: offer the restore if the store (not the key) is damaged."""
        self.show_for(None)
        if info is None or not isinstance(exc, StoreError):
            return
        if exc.code is not ErrorCode.STORE_CORRUPT:
            return
        workspace, passphrase = self._ctx.workspace, self._passphrase()
        self._ctx.lanes.run_write(
            lambda: can_restore(workspace, info.profile_id, passphrase),
            lambda possible: self._on_considered(info if possible else None),
            lambda _exc: self._on_considered(None),
            owner=self,
        )

    def _on_considered(self, info: ProfileInfo | None) -> None:
        self.show_for(info)
        self.offer_was_considered.emit(info is not None)

    def show_for(self, info: ProfileInfo | None) -> None:
        """Show the offer for `info`, or hide it."""
        self.info = info
        self.restore_button.setEnabled(True)
        self._retranslate()
        self.setVisible(info is not None)

    def _on_restore_button_clicked(self) -> None:
        if self.info is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore from the central service"), "", parent=self
        )
        box.setText(
            self.tr(
                "Restore the case files of %1 from the central service? The damaged store "
                "is kept, encrypted, in the profile folder for IT support. Changes made on "
                "this laptop since the last sync may be lost, unless they were already "
                "prepared for sending: those are sent at the next sync."
            ).replace("%1", self.info.display_name)
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter never replaces a store
        info = self.info
        box.finished.connect(
            lambda _r: self._on_confirm_finished(info, box.clickedButton() is restore)
        )
        self.confirm = box
        box.open()

    def _on_confirm_finished(self, info: ProfileInfo, confirmed: bool) -> None:
        self.confirm = None
        if not confirmed:
            return
        self.restore_button.setEnabled(False)
        self.busy.start(self.tr("Restoring … the case files come back at the next sync."))
        workspace, clock, passphrase = self._ctx.workspace, self._ctx.clock, self._passphrase()

        def restore() -> OpenProfile:
            restore_from_service(workspace, info.profile_id, passphrase)
            return unlock_profile(workspace, info.profile_id, passphrase, clock=clock)

        self._ctx.lanes.run_write(restore, self._on_restored, self._on_restore_failed, owner=self)

    def _on_restored(self, profile: OpenProfile) -> None:
        self.busy.stop()
        self.show_for(None)
        self.profile_did_restore.emit(profile)

    def _on_restore_failed(self, exc: Exception) -> None:
        self.busy.stop()
        self.restore_button.setEnabled(True)
        if isinstance(exc, RestoreBusy):
            text = self.tr("A sync of this laptop is running. Try again when it has finished.")
            self.banner.show_message(UserMessage(text, f"sync.{exc.code}"), Kind.ERROR)
            return
        self.banner.show_message(error_message(exc), Kind.ERROR)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore from the &central service …"))
        self.restore_button.setAccessibleName(self.tr("Restore from the central service"))
        text = self.tr(
            "The passphrase is right, but the case files on this laptop are damaged. They "
            "can be restored from the central service; the damaged copy is kept for IT "
            "support."
        )
        self.banner.show_message(UserMessage(text, "store.restore_offered"), Kind.WARNING)
