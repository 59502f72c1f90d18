"""The settings dialog. Changes apply at once: the language switches every open window, the
auto-lock takes the new time from the next input on.

The service address and the organisation's CA bundle are shown, never edited: IT sets them
at enrolment, and a caseworker pointing the laptop at another server must not be possible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext, change_language
from desktop.i18n import LANGUAGES
from desktop.preferences import MAX_LOCK_MINUTES
from desktop.unlock.screen import LANGUAGE_NAMES
from storage.unlocked import OpenProfile

SERVICE_URL_KEY = "service_url"
CA_BUNDLE_KEY = "ca_bundle"


def load_service_settings(profile: OpenProfile) -> tuple[str, str]:
    """(service URL, CA bundle path) as recorded at enrolment; empty when not enrolled yet."""
    store = profile.store
    with store.read() as conn:
        url = store.get_meta(conn, SERVICE_URL_KEY) or ""
        bundle = store.get_meta(conn, CA_BUNDLE_KEY) or ""
    return str(url), str(bundle)


class SettingsDialog(QDialog):
    lock_minutes_did_change = Signal(int)
    auto_sync_did_change = Signal(bool)  # True: sync automatically; False: paused

    def __init__(
        self, ctx: AppContext, profile: OpenProfile | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service: tuple[str, str] | None = None
        self._unlocked = profile is not None
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.translations.language)))
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(1, MAX_LOCK_MINUTES)
        self.lock_minutes.setValue(ctx.preferences.lock_minutes)
        self.lock_minutes.valueChanged.connect(self._on_lock_minutes_value_changed)
        self.lock_note = QLabel(self)
        self.lock_note.setWordWrap(True)
        self.lock_note.setObjectName("helpText")
        self.auto_sync = QCheckBox(self)
        self.auto_sync.setChecked(ctx.preferences.auto_sync)
        self.auto_sync.toggled.connect(self._on_auto_sync_toggled)
        self.service_url = QLineEdit(self)
        self.ca_bundle = QLineEdit(self)
        for field in (self.service_url, self.ca_bundle):
            field.setReadOnly(True)
        self.it_note = QLabel(self)
        self.it_note.setWordWrap(True)
        self.it_note.setObjectName("helpText")
        self.service_box = QGroupBox(self)
        self._labels = [QLabel(self) for _ in range(4)]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.resize(560, 330)
        self._retranslate()
        if profile is not None:
            ctx.lanes.run_query(
                lambda: load_service_settings(profile), self._on_service_loaded, owner=self
            )

    def _build(self) -> None:
        general = QFormLayout()
        general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general.addRow(self._labels[0], self.language)
        general.addRow(self._labels[1], self.lock_minutes)
        general.addRow("", self.lock_note)
        service = QFormLayout(self.service_box)
        service.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        service.addRow(self._labels[2], self.service_url)
        service.addRow(self._labels[3], self.ca_bundle)
        service.addRow(self.auto_sync)
        service.addRow(self.it_note)
        for label, field in zip(
            self._labels,
            (self.language, self.lock_minutes, self.service_url, self.ca_bundle),
            strict=True,
        ):
            label.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self.service_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _on_language_current_index_changed(self, _index: int) -> None:
        change_language(self._ctx, str(self.language.currentData()))

    def _on_lock_minutes_value_changed(self, minutes: int) -> None:
        self._ctx.preferences.lock_minutes = minutes
        self.lock_minutes_did_change.emit(self._ctx.preferences.lock_minutes)

    def _on_auto_sync_toggled(self, checked: bool) -> None:
        self._ctx.preferences.auto_sync = checked
        self.auto_sync_did_change.emit(checked)

    def _on_service_loaded(self, service: tuple[str, str]) -> None:
        self._service = service
        self._show_service()

    def _show_service(self) -> None:
        if self._service is None:
            waiting = self.tr("Loading …") if self._unlocked else self.tr("Unlock to see it")
            self.service_url.setText(waiting)
            self.ca_bundle.setText(waiting)
            return
        url, bundle = self._service
        self.service_url.setText(url or self.tr("Not set up on this laptop yet"))
        self.ca_bundle.setText(bundle or self.tr("The system's certificates"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (
            self.tr("&Language"),
            self.tr("&Lock after"),
            self.tr("Service address"),
            self.tr("CA bundle"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.lock_minutes.setSuffix(self.tr(" min without input"))
        self.lock_note.setText(
            self.tr(
                "Dossier locks itself when you do nothing for this long, and whenever "
                "the screen locks. At most %1 minutes are allowed."
            ).replace("%1", str(MAX_LOCK_MINUTES))
        )
        self.service_box.setTitle(self.tr("Sync service"))
        self.auto_sync.setText(self.tr("&Sync automatically whenever the service can be reached"))
        self.auto_sync.setToolTip(
            self.tr("When this is off, Dossier only syncs when you choose Sync now (F5).")
        )
        self.it_note.setText(
            self.tr(
                "Your IT department sets the service address and its certificates when "
                "this laptop is enrolled. They cannot be changed here."
            )
        )
        self._show_service()
