"""The top-level window: the unlock screen or the workspace, the status bar, the shortcuts.

A shell only: it swaps screens, routes shortcuts and locks. Cases, filters and forms live in
`desktop/cases/`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from desktop.context import AppContext, change_language
from desktop.enrol.wizard import EnrolWizard
from desktop.i18n import LANGUAGES
from desktop.idle import IdleWatch
from desktop.main_window.status_bar import SyncStatusBar
from desktop.main_window.workspace import Workspace
from desktop.messages import error_message, sync_message
from desktop.session_lock import SessionLockWatch
from desktop.settings.dialog import SettingsDialog
from desktop.sync.auto import AutoSync
from desktop.sync.controller import RunResult, SyncController
from desktop.sync.inbox import ConflictInbox
from desktop.sync.report import report_text
from desktop.unlock.screen import LANGUAGE_NAMES, UnlockScreen
from storage.unlocked import OpenProfile


class Shell(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.profile: OpenProfile | None = None
        self.workspace: Workspace | None = None
        self.inbox: ConflictInbox | None = None
        self.info_box: QMessageBox | None = None
        self.enrol_wizard: EnrolWizard | None = None
        self._first_run_checked = False
        self.unlock_screen = UnlockScreen(ctx, self)
        self.unlock_screen.profile_did_unlock.connect(self._on_unlock_screen_profile_did_unlock)
        self.unlock_screen.setup_was_requested.connect(self.open_enrolment)
        self.unlock_screen.setup_finish_was_requested.connect(self.finish_enrolment)
        self.unlock_screen.profiles_did_load.connect(self._on_unlock_screen_profiles_did_load)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.status = SyncStatusBar(self, now=ctx.clock)
        self.status.item_was_clicked.connect(self._on_status_item_was_clicked)
        self.status.cancel_was_clicked.connect(self._on_status_cancel_was_clicked)
        self.sync = SyncController(ctx, self)
        self.sync.snapshot_did_change.connect(self.status.set_snapshot)
        self.sync.run_did_start.connect(self._on_sync_run_did_start)
        self.sync.run_did_progress.connect(self.status.set_running)
        self.sync.run_did_end.connect(self._on_sync_run_did_end)
        self.sync.data_did_change.connect(self._on_sync_data_did_change)
        self.sync.cases_did_change.connect(self._on_sync_cases_did_change)
        self.auto_sync = AutoSync(ctx, self.sync, self)
        self.auto_sync.state_did_change.connect(self.status.set_auto_state)
        self.setStatusBar(self.status)
        self.status.hide()
        self.idle = IdleWatch(ctx.clock, ctx.preferences.lock_minutes * 60, parent=self)
        self.idle.idle_did_expire.connect(self._on_idle_idle_did_expire)
        self.listen_for_session_lock(SessionLockWatch(window=self, parent=self))
        self._build_actions()
        ctx.events.lock_was_requested.connect(self.lock)
        ctx.events.profiles_did_change.connect(self.unlock_screen.load_profiles)
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
        self.sync_action = action(QKeySequence("F5"), self.sync_now)
        self.sync_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.conflicts_action = action(QKeySequence("Ctrl+Shift+K"), self.open_conflicts)
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
        self.file_menu.addAction(self.sync_action)
        self.file_menu.addAction(self.conflicts_action)
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
        self.status.set_snapshot(None)
        self.status.show()
        self.sync.attach(profile)
        self.auto_sync.start()
        self._set_unlocked(True)
        self.idle.timeout_s = self._ctx.preferences.lock_minutes * 60
        self.idle.start()
        self._ctx.events.profile_did_unlock.emit(profile)
        self.workspace.focus_search()
        self._retranslate()

    def _on_unlock_screen_profiles_did_load(self, count: int) -> None:
        if not self._first_run_checked:  # first run: no profile yet, so set up the laptop
            self._first_run_checked = True
            if count == 0:
                self.open_enrolment()

    def open_enrolment(self, resume: tuple[OpenProfile, str] | None = None) -> EnrolWizard | None:
        """Set up this laptop / add a caseworker (only while locked); `resume` finishes the
        setup of a profile whose enrolment was cut short."""
        if self.profile is not None:
            return None
        if self.enrol_wizard is None:
            wizard = EnrolWizard(self._ctx, self)
            if resume is not None:
                wizard.resume(*resume)
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.destroyed.connect(self._on_enrol_wizard_destroyed)
            wizard.profile_did_enrol.connect(self._on_enrol_wizard_profile_did_enrol)
            self.enrol_wizard = wizard
        self.enrol_wizard.open()
        return self.enrol_wizard

    def finish_enrolment(self, profile: OpenProfile, service_url: str) -> None:
        """The unlock screen's "Finish setup": the wizard's last page, for a new code."""
        if self.profile is not None or self.enrol_wizard is not None:
            self._ctx.lanes.run_write(profile.lock, owner=None)  # not now: stays pending
            return
        self.open_enrolment(resume=(profile, service_url))

    def _on_enrol_wizard_destroyed(self) -> None:
        self.enrol_wizard = None

    def _on_enrol_wizard_profile_did_enrol(self, profile: OpenProfile) -> None:
        self.unlock_screen.load_profiles()
        self._on_unlock_screen_profile_did_unlock(profile)

    def lock(self) -> None:
        """Blank the window now; close the store on the DB lane after pending writes."""
        profile, workspace = self.profile, self.workspace
        if profile is None:
            return
        self.idle.stop()
        self.profile = self.workspace = None
        if self.inbox is not None:
            self.inbox.close()
        if workspace is not None:
            workspace.clear()
            self.stack.removeWidget(workspace)
            workspace.hide()
            workspace.deleteLater()
        self._ctx.lanes.cancel_queries()
        self.auto_sync.stop()
        self.sync.detach()  # seals the outbox on the DB lane, ahead of the lock
        self._ctx.lanes.run_write(profile.lock, owner=None)  # after any save still queued
        self.status.set_running(None)
        self.status.set_snapshot(None)
        self.status.hide()
        self._set_unlocked(False)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()
        self._ctx.events.profile_did_lock.emit()
        self._retranslate()

    def _on_idle_idle_did_expire(self) -> None:
        self.lock()

    def listen_for_session_lock(self, watch: SessionLockWatch) -> None:
        """Lock whenever `watch` reports the OS session locking or the machine suspending."""
        watch.session_did_lock.connect(self._on_session_lock_session_did_lock)

    def _on_session_lock_session_did_lock(self, _reason: str) -> None:
        self.lock()

    def _set_unlocked(self, unlocked: bool) -> None:
        for act in (
            self.lock_action,
            self.find_action,
            self.edit_action,
            self.new_action,
            self.sync_action,
            self.conflicts_action,
        ):
            act.setEnabled(unlocked)
        self.case_menu.menuAction().setVisible(unlocked)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self._ctx.preferences.set_layout("window", self.saveGeometry())
        event.accept()

    # --- status --------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.profile is None or self.sync.running:
            return
        if not self.sync.sync_now():
            self._inform(sync_message("not_enrolled").text)

    def _on_sync_run_did_start(self) -> None:
        self.status.set_running("start")

    def _on_status_cancel_was_clicked(self) -> None:
        self.sync.cancel()

    def _on_sync_run_did_end(self, result: RunResult) -> None:
        self.status.set_running(None)
        if result.wiped:
            return
        if result.error is not None:
            self.status.set_online(False)
            message = sync_message(result.error)
            self.status.showMessage(f"{message.text} ({message.details})", 30_000)
            return
        self.status.set_online(True)
        if result.cancelled:
            self.status.showMessage(self.tr("Sync cancelled; it continues next time."), 10_000)
        else:
            self.status.showMessage(self.tr("Sync finished."), 10_000)

    def _on_sync_data_did_change(self) -> None:
        if self.inbox is not None:
            self.inbox.reload()

    def _on_sync_cases_did_change(self, case_ids: frozenset[str]) -> None:
        if self.workspace is not None:
            self.workspace.refresh_cases(case_ids)

    def open_conflicts(self) -> ConflictInbox | None:
        if self.profile is None:
            return None
        if self.inbox is None:
            self.inbox = ConflictInbox(self._ctx, self.profile, self)
            self.inbox.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.inbox.destroyed.connect(self._on_inbox_destroyed)
            self.inbox.conflict_was_resolved.connect(self._on_inbox_conflict_was_resolved)
        self.inbox.open()
        return self.inbox

    def _on_inbox_destroyed(self) -> None:
        self.inbox = None

    def _on_inbox_conflict_was_resolved(self) -> None:
        self._ctx.events.outbox_did_change.emit()  # seals the resolution; counts refresh
        if self.workspace is not None:
            self.workspace.load()

    def _on_status_item_was_clicked(self, name: str) -> None:
        if name == "connection":
            self.sync_now()
        elif name == "conflicts":
            self.open_conflicts()
        elif name == "last_sync":
            self._inform(report_text(self.sync.snapshot))
        else:
            self._inform(
                self.tr(
                    "These changes are saved on this laptop and will be sent at "
                    "the next sync. Nothing is lost if you lock or close Dossier."
                )
            )

    def _inform(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sync"),
            text,
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.info_box = box

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
        dialog.auto_sync_did_change.connect(self._on_settings_auto_sync_did_change)
        dialog.open()
        return dialog

    def _on_settings_lock_minutes_did_change(self, minutes: int) -> None:
        self.idle.timeout_s = minutes * 60

    def _on_settings_auto_sync_did_change(self, enabled: bool) -> None:
        self.auto_sync.set_paused(not enabled)

    def _on_languages_triggered(self, act: QAction) -> None:
        change_language(self._ctx, str(act.data()))

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.status.clearMessage()  # a transient message stays in the language it was shown in
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
        self.sync_action.setText(self.tr("S&ync now"))
        self.conflicts_action.setText(self.tr("&Conflicts …"))
        for act in self._languages.actions():
            act.setChecked(act.data() == self._ctx.translations.language)
