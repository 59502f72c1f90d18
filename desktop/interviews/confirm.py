"""The question before finalising an interview: after it, the protocol cannot change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def finalise_box(parent: QWidget, on_confirm: Callable[[], None]) -> QMessageBox:
    """An open, window-modal question; `on_confirm` runs when "Finalise" is clicked."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("InterviewEditor", "Finalise the protocol?"),
        QCoreApplication.translate(
            "InterviewEditor",
            "After finalising, this protocol can no longer be changed; corrections "
            "are made in an addendum. Read the answers back to the person first.",
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    confirm = box.addButton(
        QCoreApplication.translate("InterviewEditor", "&Finalise"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: on_confirm() if button is confirm else None)
    box.open()
    return box
