""" "Export protocol …" and "Print …" for the interview editor.

Both read the protocol on the DB lane together with its audit event (`export` or `print`),
build the HTML on the GUI thread (translation and locale work, no I/O), then lay it out and
write the PDF or drive the printer on the I/O lane. The print dialog runs on the GUI thread
as Qt requires; the protocol is read — and the print audited — only once it was accepted.
A PDF or print that fails after the read (disk full, no permission, printer gone) is
audited once more as failed (`ProtocolExports.export_failed`) and reported in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from desktop.context import AppContext
from desktop.exports.files import choose_pdf_path, write_export_file
from desktop.exports.pages import a4_layout, paint_all, pdf_bytes
from desktop.exports.protocol_html import protocol_frame, protocol_html, protocol_tail
from desktop.messages import UserMessage, error_message
from desktop.widgets.banner import Kind, MessageBanner
from storage.errors import StoreError
from storage.services.exports import Protocol, ProtocolExports
from storage.unlocked import OpenProfile


def suggested_file_name(case_number: str, today: date) -> str:
    """`Protokoll-VD-2026-000123-2026-11-27.pdf`: the case number, never a person's name."""
    safe = "".join(c if c.isalnum() or c in "-." else "-" for c in case_number)
    word = QCoreApplication.translate("ProtocolExport", "protocol")
    return f"{word}-{safe}-{today.isoformat()}.pdf"


class ProtocolActions(QObject):
    """The two buttons and what they do, for the interview whose id `interview_id()` gives."""

    export_did_finish = Signal(object)  # the Path written
    print_did_finish = Signal()

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        parent: QWidget,
        *,
        interview_id: Callable[[], str],
        case_number: str,
        banner: MessageBanner,
        before: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._exports = ProtocolExports(profile.context, profile.records, profile.casework)
        self._parent = parent
        self._interview_id = interview_id
        self._case_number = case_number
        self._banner = banner
        self._before = before  # e.g. autosave: queued on the same lane, so it comes first
        self._printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.choose_path: Callable[[QWidget, str], Path | None] = choose_pdf_path
        self.export_button = QPushButton(parent)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button = QPushButton(parent)
        self.print_button.clicked.connect(self.print_protocol)
        parent.installEventFilter(self)
        self._retranslate()

    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.export_button, self.print_button

    # --- export --------------------------------------------------------------------------

    def export_pdf(self) -> None:
        name = suggested_file_name(self._case_number, date.fromtimestamp(self._ctx.clock()))
        path = self.choose_path(self._parent, name)
        if path is None:
            return
        self._read("pdf", lambda protocol: self._write_pdf(protocol, path))

    def _write_pdf(self, protocol: Protocol, path: Path) -> None:
        html, tail, frame = (
            protocol_html(protocol),
            protocol_tail(protocol),
            protocol_frame(protocol),
        )
        title = f"{protocol.title} — {protocol.case_number}"
        self._ctx.lanes.run_io(
            lambda: write_export_file(path, pdf_bytes(html, frame, title=title, tail=tail)),
            self._on_written,
            lambda exc: self._on_output_failed(protocol, "pdf", exc),
            owner=self,
        )

    def _on_written(self, path: Path) -> None:
        self._set_busy(False)
        text = QCoreApplication.translate("ProtocolExport", "The protocol was saved as %1.")
        self._banner.show_message(UserMessage(text.replace("%1", path.name), ""), Kind.INFO)
        self.export_did_finish.emit(path)

    # --- print ---------------------------------------------------------------------------

    def print_protocol(self) -> None:
        """Ask for a printer (Qt's dialog, GUI thread), then print on the I/O lane."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        dialog = QPrintDialog(printer, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._on_print_dialog_finished(printer, result))
        self._printer, self.print_dialog = printer, dialog
        QDialog.open(dialog)  # window-modal; QPrintDialog.open() wants a receiver

    def _on_print_dialog_finished(self, printer: QPrinter, result: int) -> None:
        self.print_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print on a configured printer (or a PDF-format printer, as the tests do)."""
        self._printer = printer  # kept alive until the I/O lane is done with it
        self._read("print", lambda protocol: self._paint(protocol, printer))

    def _paint(self, protocol: Protocol, printer: QPrinter) -> None:
        html, tail, frame = (
            protocol_html(protocol),
            protocol_tail(protocol),
            protocol_frame(protocol),
        )
        printer.setDocName(f"{protocol.title} — {protocol.case_number}")
        self._ctx.lanes.run_io(
            lambda: paint_all(html, frame, printer, tail),
            self._on_printed,
            lambda exc: self._on_output_failed(protocol, "print", exc),
            owner=self,
        )

    def _on_printed(self, _pages: int) -> None:
        self._set_busy(False)
        self._printer = None
        text = QCoreApplication.translate("ProtocolExport", "The protocol was sent to the printer.")
        self._banner.show_message(UserMessage(text, ""), Kind.INFO)
        self.print_did_finish.emit()

    # --- shared --------------------------------------------------------------------------

    def _read(self, purpose: str, then: Callable[[Protocol], None]) -> None:
        self._before()
        self._set_busy(True)
        exports, interview_id = self._exports, self._interview_id()
        language = self._ctx.translations.language
        self._ctx.lanes.run_write(
            lambda: exports.protocol(interview_id, language=language, purpose=purpose),
            then,
            self._on_failed,
            owner=self,
        )

    def _on_output_failed(self, protocol: Protocol, purpose: str, exc: Exception) -> None:
        """Read and audited, but no file or print came of it: say so in the log too. No
        owner: the event is written even if the editor closes meanwhile."""
        exports, interview_id = self._exports, protocol.interview_id
        error = exc.code.value if isinstance(exc, StoreError) else "unexpected"
        self._ctx.lanes.run_write(
            lambda: exports.export_failed(interview_id, purpose=purpose, error=error),
            owner=None,
        )
        self._on_failed(exc)

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._printer = None
        self._banner.show_message(error_message(exc))

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._parent and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.export_button.setText(
            QCoreApplication.translate("ProtocolExport", "E&xport protocol …")
        )
        self.export_button.setToolTip(
            QCoreApplication.translate("ProtocolExport", "Save the protocol as a PDF file (A4)")
        )
        self.print_button.setText(QCoreApplication.translate("ProtocolExport", "&Print …"))
