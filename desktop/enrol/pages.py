"""The input pages of the enrolment wizard: service, account, passphrase, recovery notice.

Pages only collect and check input; nothing here touches the store or the network.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
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

from desktop.preconfig import Preconfig
from storage.passphrase import PassphraseReason, PassphraseVerdict, check_passphrase


def _line(parent: QWidget, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _wrapped(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class ServicePage(_Page):
    """1: where the sync service is, and (optionally) the CA bundle that vouches for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _wrapped(self)
        self.url = _line(self)
        self.url.setPlaceholderText("https://dossier.example.ch")
        self.url.textChanged.connect(self.completeChanged)
        self.ca_bundle = _line(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._on_browse_clicked)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        self._url_label, self._ca_label = QLabel(self), QLabel(self)
        self._url_label.setBuddy(self.url)
        self._ca_label.setBuddy(self.ca_bundle)
        form = QFormLayout()
        form.addRow(self._url_label, self.url)
        form.addRow(self._ca_label, ca_row)
        self.ca_hint = _wrapped(self)
        self.locked = False  # IT's dossier.toml set the address and CA: shown read-only
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.ca_hint)
        layout.addStretch(1)
        self.retranslate()

    def apply_preconfig(self, config: Preconfig) -> None:
        """Prefill from IT's file; with `lock_service`, the caseworker cannot change either."""
        if config.service_url:
            self.url.setText(config.service_url)
        if config.ca_bundle:
            self.ca_bundle.setText(config.ca_bundle)
        self.locked = config.lock_service
        for edit in (self.url, self.ca_bundle):
            edit.setReadOnly(self.locked)
        self.browse.setEnabled(not self.locked)
        self.retranslate()

    def service_url(self) -> str:
        return self.url.text().strip().rstrip("/")

    def ca_path(self) -> str | None:
        return self.ca_bundle.text().strip() or None

    def isComplete(self) -> bool:
        url = self.service_url()
        return url.startswith(("https://", "http://")) and len(url) > len("https://")

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ca_bundle.setText(path)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sync service"))
        self.setSubTitle(self.tr("Step 1 of 5 — where this laptop keeps its cases in sync."))
        self.intro.setText(
            self.tr(
                "Enter the address of your organisation's sync service. IT support gives it to you."
            )
        )
        self._url_label.setText(self.tr("Service &address:"))
        self._ca_label.setText(self.tr("&CA bundle (optional):"))
        self.url.setAccessibleName(self.tr("Service address"))
        self.ca_bundle.setAccessibleName(self.tr("CA bundle file"))
        self.browse.setText(self.tr("&Browse …"))
        if self.locked:
            self.ca_hint.setText(
                self.tr("IT support has set the address and the certificate file for you.")
            )
        else:
            self.ca_hint.setText(
                self.tr("Only needed if IT support gave you a certificate file for the service.")
            )


class AccountPage(_Page):
    """2: the one-time code from IT and the caseworker's login and password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _wrapped(self)
        self.code = _line(self)
        self.login = _line(self)
        self.display_name = _line(self)
        self.password = _line(self, secret=True)
        for edit in (self.code, self.login, self.password):
            edit.textChanged.connect(self.completeChanged)
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, edit in zip(
            self._labels, (self.code, self.login, self.display_name, self.password), strict=True
        ):
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def shown_name(self) -> str:
        return self.display_name.text().strip() or self.login.text().strip()

    def isComplete(self) -> bool:
        return all(e.text().strip() for e in (self.code, self.login)) and bool(self.password.text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(self.tr("Step 2 of 5 — who is setting up this laptop."))
        self.intro.setText(
            self.tr(
                "Enter the one-time code from IT support, then your login and password "
                "for the sync service."
            )
        )
        texts = (
            self.tr("One-time &code:"),
            self.tr("&Login:"),
            self.tr("&Name shown on this laptop:"),
            self.tr("Pass&word:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.code.setAccessibleName(self.tr("One-time code"))
        self.login.setAccessibleName(self.tr("Login"))
        self.display_name.setAccessibleName(self.tr("Name shown on this laptop"))
        self.display_name.setPlaceholderText(self.tr("optional — your login if empty"))
        self.password.setAccessibleName(self.tr("Password"))


class PassphrasePage(_Page):
    """3: the passphrase that encrypts the store, with a live strength meter and reasons."""

    def __init__(self, account: AccountPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account = account
        self.verdict: PassphraseVerdict = check_passphrase("")
        self.intro = _wrapped(self)
        self.passphrase = _line(self, secret=True)
        self.repeat = _line(self, secret=True)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.strength = QLabel(self)  # the word, so the bar's colour never carries it alone
        self.reasons = _wrapped(self)
        self.mismatch = _wrapped(self)
        for edit in (self.passphrase, self.repeat):
            edit.textChanged.connect(self._on_text_changed)
        self._labels = [QLabel(self) for _ in range(3)]
        self._labels[0].setBuddy(self.passphrase)
        self._labels[1].setBuddy(self.repeat)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength)
        form = QFormLayout()
        form.addRow(self._labels[0], self.passphrase)
        form.addRow(self._labels[2], meter_row)
        form.addRow("", self.reasons)
        form.addRow(self._labels[1], self.repeat)
        form.addRow("", self.mismatch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def _user_inputs(self) -> list[str]:
        return [self._account.login.text(), self._account.display_name.text()]

    def _on_text_changed(self) -> None:
        self._update()
        self.completeChanged.emit()

    def _update(self) -> None:
        text = self.passphrase.text()
        self.verdict = check_passphrase(text, user_inputs=self._user_inputs())
        word = self.strength_word(self.verdict.strength) if text else ""
        self.meter.setValue(self.verdict.strength if text else 0)
        self.meter.setFormat(word)
        self.meter.setAccessibleName(self.tr("Passphrase strength: %1").replace("%1", word))
        self.strength.setText(word)
        reasons = [self.reason_text(r) for r in self.verdict.reasons] if text else []
        self.reasons.setText("\n".join(f"• {r}" for r in reasons))
        self.reasons.setVisible(bool(reasons))
        mismatch = bool(self.repeat.text()) and self.repeat.text() != text
        self.mismatch.setText(self.tr("The two passphrases are not the same.") if mismatch else "")
        self.mismatch.setVisible(mismatch)

    def strength_word(self, strength: int) -> str:
        return (
            self.tr("Unusable"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )[max(0, min(4, strength))]

    def reason_text(self, reason: PassphraseReason) -> str:
        return {
            PassphraseReason.TOO_SHORT: self.tr("Too short: use at least four unrelated words."),
            PassphraseReason.BLOCKLISTED: self.tr(
                "Too common: it appears in lists of leaked passwords."
            ),
            PassphraseReason.CONTAINS_NAME: self.tr("Contains your login or name."),
            PassphraseReason.REPEATED: self.tr("Repeats the same characters or words."),
            PassphraseReason.SEQUENCE: self.tr("Contains a sequence such as 1234 or abcd."),
            PassphraseReason.KEYBOARD_WALK: self.tr("Contains a keyboard pattern such as qwertz."),
        }[reason]

    def initializePage(self) -> None:
        self._update()

    def isComplete(self) -> bool:
        return self.verdict.ok and self.repeat.text() == self.passphrase.text()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("Step 3 of 5 — the key to the cases on this laptop."))
        self.intro.setText(
            self.tr(
                "Choose a passphrase of several unrelated words. You type it every time you "
                "unlock Dossier; it never leaves this laptop."
            )
        )
        self._labels[0].setText(self.tr("&Passphrase:"))
        self._labels[1].setText(self.tr("&Repeat:"))
        self._labels[2].setText(self.tr("Strength:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self._update()


class RecoveryPage(_Page):
    """4: REC-1 — the caseworker is told that the organisation can recover the store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = _wrapped(self)
        self.understood = QCheckBox(self)
        self.understood.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.understood)
        layout.addStretch(1)
        self.setCommitPage(True)  # the profile is created from here on
        self.retranslate()

    def isComplete(self) -> bool:
        return self.understood.isChecked()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery by your organisation"))
        self.setSubTitle(self.tr("Step 4 of 5 — please read before you continue."))
        self.notice.setText(
            self.tr(
                "Your organisation can recover the cases on this laptop. The key that "
                "encrypts them is also stored locked with a recovery key held by IT. If you "
                "forget your passphrase, IT can open your profile and give you a new "
                "passphrase; every recovery is recorded in the access log.\n\n"
                "So IT never needs to know your passphrase: do not tell it to anyone."
            )
        )
        self.understood.setText(self.tr("I &understand that my organisation can recover my cases"))
        self.understood.setAccessibleName(
            self.tr("I understand that my organisation can recover my cases")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Set up"))
