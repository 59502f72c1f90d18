"""Choosing a scan to import without leaving a trace of where it was (UI-4).

Folders of scans are often named after the applicant. The OS's native dialogs add the file
to "recent documents" lists, and Qt's own dialog remembers its history and last folder in
the user's `QtProject` settings when it is destroyed. So: Qt's dialog, started in the home
folder with an empty history, destroyed at once, and its remembered places removed.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp *.pdf"


def forget_file_dialog_places() -> None:
    """Remove the folders Qt's file dialog keeps between runs."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def choose_scan(parent: QWidget) -> Path | None:
    """Ask for a scan, photo or PDF; None when cancelled."""
    dialog = QFileDialog(parent, QCoreApplication.translate("ImportFile", "Import a document"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("ImportFile", "Scans, photos and PDFs (%1)").replace(
                "%1", IMAGE_PATTERNS
            ),
            QCoreApplication.translate("ImportFile", "All files (*)"),
        ]
    )
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        shiboken6.delete(dialog)  # writes its settings now, so they can be removed now
        forget_file_dialog_places()
    return Path(chosen[0]) if chosen else None
