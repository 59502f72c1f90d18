"""The top-level window: the unlock screen or the workspace, the status bar, the shortcuts.

A shell only: it swaps screens, routes shortcuts and locks. Cases, filters and forms live in
`desktop/cases/`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from desktop.context import AppContext, change_language
from desktop.i18n import LANGUAGES
from desktop.idle import IdleWatch
from desktop.main_window.status_bar import SyncStatusBar
from desktop.main_window.workspace import Workspace
from desktop.messages import error_message
from desktop.settings.dialog import SettingsDialog
from desktop.unlock.screen import LANGUAGE_NAMES, UnlockScreen
from storage.unlocked import OpenProfile


class Shell(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.profile: OpenProfile | None = None
        self.workspace: Workspace | None = None
        self.unlock_screen = UnlockScreen(ctx, self)
        self.unlock_screen.profile_did_unlock.connect(self._on_unlock_screen_profile_did_unlock)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.status = SyncStatusBar(self)
        self.status.item_was_clicked.connect(self._on_status_item_was_clicked)
        self.setStatusBar(self.status)
        self.status.hide()
        self.idle = IdleWatch(ctx.clock, ctx.preferences.lock_minutes * 60, parent=self)
        self.idle.idle_did_expire.connect(self._on_idle_idle_did_expire)
        self._build_actions()
        ctx.events.outbox_did_change.connect(self._refresh_pending)
        ctx.events.lock_was_requested.connect(self.lock)
        ctx.events.operation_did_fail.connect(self._on_events_operation_did_fail)
        self._retranslate()

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
            act = QAction(self)
            act.setShortcut(shortcut)
            act.triggered.connect(slot)
            return act

        self.lock_action = action(QKeySequence("Ctrl+L"), self.lock)
        # Application-wide: Ctrl+L must lock from an open edit dialog too.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.find_action = action(QKeySequence.StandardKey.Find, self._on_find_action_triggered)
        self.edit_action = action(QKeySequence("Ctrl+E"), self._on_edit_action_triggered)
        self.new_action = action(QKeySequence.StandardKey.New, self._on_new_action_triggered)
        self.settings_action = action(QKeySequence("Ctrl+,"), self.open_settings)
        self.file_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self._languages = QActionGroup(self)
        for code in LANGUAGES:
            act = self.language_menu.addAction(LANGUAGE_NAMES[code])
            act.setCheckable(True)
            act.setData(code)
            self._languages.addAction(act)
        self._languages.triggered.connect(self._on_languages_triggered)
        self.file_menu.addMenu(self.language_menu)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.case_menu = QMenu(self)
        self.case_menu.addAction(self.new_action)
        self.case_menu.addAction(self.find_action)
        self.case_menu.addAction(self.edit_action)
        self.menuBar().addMenu(self.file_menu)
        self.menuBar().addMenu(self.case_menu)
        self._set_unlocked(False)

    # --- unlock and lock -----------------------------------------------------------------

    def _on_unlock_screen_profile_did_unlock(self, profile: OpenProfile) -> None:
        self.profile = profile
        self.workspace = Workspace(self._ctx, profile, self)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.load()
        self.status.set_pending(None)
        self.status.show()
        self._refresh_pending()
        self._set_unlocked(True)
        self.idle.timeout_s = self._ctx.preferences.lock_minutes * 60
        self.idle.start()
        self._ctx.events.profile_did_unlock.emit(profile)
        self.workspace.focus_search()
        self._retranslate()

    def lock(self) -> None:
        """Blank the window now; close the store on the DB lane after pending writes."""
        profile, workspace = self.profile, self.workspace
        if profile is None:
            return
        self.idle.stop()
        self.profile = self.workspace = None
        if workspace is not None:
            workspace.clear()
            self.stack.removeWidget(workspace)
            workspace.hide()
            workspace.deleteLater()
        self._ctx.lanes.cancel_queries()
        self._ctx.lanes.run_write(profile.lock, owner=None)  # after any save still queued
        self.status.set_pending(None)
        self.status.hide()
        self._set_unlocked(False)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()
        self._ctx.events.profile_did_lock.emit()
        self._retranslate()

    def _on_idle_idle_did_expire(self) -> None:
        self.lock()

    def _set_unlocked(self, unlocked: bool) -> None:
        for act in (self.lock_action, self.find_action, self.edit_action, self.new_action):
            act.setEnabled(unlocked)
        self.case_menu.menuAction().setVisible(unlocked)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self._ctx.preferences.set_layout("window", self.saveGeometry())
        event.accept()

    # --- status --------------------------------------------------------------------------

    def _refresh_pending(self) -> None:
        profile = self.profile
        if profile is None:
            return
        self._ctx.lanes.run_query(
            profile.summaries.pending_count,
            self.status.set_pending,
            owner=self.status,
            key="pending-count",
        )

    def _on_status_item_was_clicked(self, name: str) -> None:
        texts = {
            "connection": self.tr(
                "Sync with the central service is not set up on this laptop "
                "yet. Everything you do is saved here, encrypted."
            ),
            "last_sync": self.tr(
                "This laptop has not synced yet. Your changes stay here until the first sync."
            ),
            "pending": self.tr(
                "These changes are saved on this laptop and will be sent at "
                "the next sync. Nothing is lost if you lock or close Dossier."
            ),
            "conflicts": self.tr(
                "Conflicts appear when a change made here and one made "
                "elsewhere touch the same field. There are none."
            ),
        }
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sync"),
            texts[name],
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_events_operation_did_fail(self, exc: Exception) -> None:
        self.status.showMessage(error_message(exc).text, 15_000)

    # --- shortcuts -----------------------------------------------------------------------

    def _on_find_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.focus_search()

    def _on_edit_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.edit_case()

    def _on_new_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.create_new()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._ctx, self.profile, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.lock_minutes_did_change.connect(self._on_settings_lock_minutes_did_change)
        dialog.open()
        return dialog

    def _on_settings_lock_minutes_did_change(self, minutes: int) -> None:
        self.idle.timeout_s = minutes * 60

    def _on_languages_triggered(self, act: QAction) -> None:
        change_language(self._ctx, str(act.data()))

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title = self.tr("Dossier")
        if self.profile is not None:
            title = f"{title} — {self.profile.info.display_name}"
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find case"))
        self.edit_action.setText(self.tr("&Edit case …"))
        self.new_action.setText(self.tr("&New …"))
        self.new_action.setToolTip(self.tr("New case; in the Persons tab, new person (Ctrl+N)"))
        self.settings_action.setText(self.tr("&Settings …"))
        for act in self._languages.actions():
            act.setChecked(act.data() == self._ctx.translations.language)
