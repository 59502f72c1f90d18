"""Where an export goes: the caseworker's choice, and nothing anywhere else (DB-9, UI-4).

The dialogs are Qt's own, started in the home folder with an empty history and made to
forget their places afterwards (like importing a scan), so no "recent documents" list or
dialog history keeps a folder named after an applicant. Files are written once, directly to
the chosen place — no temporary file beside it, which could be left behind with plaintext
in it; a write that fails removes what it had written and reports a coded error.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.documents.choose import forget_file_dialog_places
from storage.errors import ErrorCode, StoreError


def _io_error(exc: OSError) -> StoreError:
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return StoreError(ErrorCode.DISK_FULL if full else ErrorCode.IO_ERROR, "export")


def choose_pdf_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Ask where to save a PDF; None when cancelled. Existing files are confirmed first."""
    dialog = QFileDialog(parent, QCoreApplication.translate("ExportFile", "Export as PDF"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters([QCoreApplication.translate("ExportFile", "PDF documents (*.pdf)")])
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested_name)
    chosen = _run(dialog)
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget) -> Path | None:
    """Ask for a folder to export into; None when cancelled."""
    title = QCoreApplication.translate("ExportFile", "Choose a folder for the export")
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return Path(chosen) if chosen else None


def _run(dialog: QFileDialog) -> str | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
    finally:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        shiboken6.delete(dialog)  # writes its settings now, so they can be removed now
        forget_file_dialog_places()
    return files[0] if files else None


def write_export_file(path: Path, content: bytes, *, exclusive: bool = False) -> Path:
    """Write `content` to `path` in one go and flush it to the disk.

    `exclusive`: refuse to overwrite (inside a folder the export created itself). On
    failure the partial file is removed and a DISK_FULL or IO_ERROR `StoreError` raised.
    """
    created = False
    try:
        with open(path, "xb" if exclusive else "wb") as handle:
            created = True
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        if created:
            path.unlink(missing_ok=True)
        raise _io_error(exc) from None
    return path


def new_export_folder(parent: Path, name: str) -> Path:
    """A new folder `name` (or `name-2`, `name-3` …) inside `parent`."""
    for attempt in range(1, 100):
        folder = parent / (name if attempt == 1 else f"{name}-{attempt}")
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        except OSError as exc:
            raise _io_error(exc) from None
        return folder
    raise StoreError(ErrorCode.IO_ERROR, "export folder")


def write_export_folder(folder: Path, files: Iterable[tuple[str, bytes]]) -> list[Path]:
    """Write each (relative path, content) inside `folder`; all or nothing.

    Relative paths come from the export itself (`files/001-scan.pdf`); anything leaving the
    folder is refused. If one write fails, the files already written are removed again.
    """
    written: list[Path] = []
    root = folder.resolve()
    try:
        for relative, content in files:
            target = (folder / relative).resolve()
            if not target.is_relative_to(root):
                raise StoreError(ErrorCode.IO_ERROR, "export path")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _io_error(exc) from None
            written.append(write_export_file(target, content, exclusive=True))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
