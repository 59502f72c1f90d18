"""Paged output of an HTML document: A4, a header on every page, "Page X of Y" below.

One `PagedDocument` lays the body out for one paint device (a `QPdfWriter` in memory, a
`QPrinter`, or a `QImage` for previews and screenshots) and paints page by page. Qt allows
`QTextDocument` and `QPainter` on `QPdfWriter`, `QPrinter` and `QImage` outside the GUI thread,
so all of this runs on the I/O lane; only the print *dialog* needs the GUI thread.

The PDF is produced in memory and written once to the file the caseworker chose: no
temporary file, so no plaintext copy is left anywhere else (DB-9).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

MARGINS_MM = QMarginsF(20, 18, 20, 16)
BODY_POINT_SIZE = 10
PDF_DPI = 300
PREVIEW_DPI = 110


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What every page carries besides the body, already translated."""

    header_left: str  # the case number
    header_right: str  # the document's title
    page_of: str  # "Page %1 of %2"
    creator: str = "Dossier"


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


class PagedDocument:
    """An HTML body laid out into pages of `page` size (device pixels) on `device`."""

    def __init__(
        self, html: str, frame: PageFrame, device: QPaintDevice, page: QSizeF, tail: str = ""
    ) -> None:
        self.frame = frame
        self._font = QFont()
        self._font.setPointSizeF(BODY_POINT_SIZE)
        metrics = QFontMetricsF(self._font, device)
        self._band = metrics.height() * 2.2  # header and footer bands
        self._page = page
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDefaultFont(self._font)
        self.document.setDocumentMargin(0)
        self.body = QSizeF(page.width(), page.height() - 2 * self._band)
        self._lay_out(html, tail)

    def _lay_out(self, html: str, tail: str) -> None:
        # `tail` (the signature lines) is kept on one page: if it would be split, it starts
        # on a new page instead. QTextDocument has no "keep together" of its own.
        self.document.setHtml(html)
        first_tail_block = self.document.blockCount()
        self.document.setHtml(html + tail)
        self.document.setPageSize(self.body)
        if not tail or first_tail_block >= self.document.blockCount():
            return
        layout = self.document.documentLayout()
        start = layout.blockBoundingRect(self.document.findBlockByNumber(first_tail_block))
        end = layout.blockBoundingRect(self.document.lastBlock())
        height = self.body.height()
        if int(start.top() // height) != int((end.bottom() - 1) // height):
            self.document.setHtml(html + '<p style="page-break-before:always"></p>' + tail)
            self.document.setPageSize(self.body)

    @property
    def page_count(self) -> int:
        return max(1, self.document.pageCount())

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Page `index` (0-based) with its header and footer, at the painter's origin."""
        self._paint_frame(painter, index)
        painter.save()
        top = index * self.body.height()
        painter.translate(0, self._band - top)
        clip = QRectF(QPointF(0, top), self.body)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        self.document.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_frame(self, painter: QPainter, index: int) -> None:
        painter.save()
        painter.setFont(self._font)
        painter.setPen(QPen(QColor("#333333")))
        width, height, band = self._page.width(), self._page.height(), self._band
        top = QRectF(0, 0, width, band * 0.7)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        bottom_align = Qt.AlignmentFlag.AlignBottom
        painter.drawText(top, int(left | bottom_align), self.frame.header_left)
        painter.drawText(top, int(right | bottom_align), self.frame.header_right)
        painter.drawLine(QPointF(0, band * 0.8), QPointF(width, band * 0.8))
        footer = QRectF(0, height - band * 0.7, width, band * 0.7)
        text = self.frame.page_of.replace("%1", str(index + 1)).replace("%2", str(self.page_count))
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | bottom_align), text)
        painter.restore()


def paint_all(html: str, frame: PageFrame, device: QPagedPaintDevice, tail: str = "") -> int:
    """Paint every page onto a PDF writer or printer; returns the number of pages."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    paged = PagedDocument(html, frame, device, QSizeF(rect.size()), tail)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the output device could not be opened")
    try:
        for index in range(paged.page_count):
            if index:
                device.newPage()
            paged.paint_page(painter, index)
    finally:
        painter.end()
    return paged.page_count


def pdf_bytes(html: str, frame: PageFrame, *, title: str, tail: str = "") -> bytes:
    """The document as an A4 PDF, built in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_layout())
    writer.setTitle(title)
    writer.setCreator(frame.creator)
    paint_all(html, frame, writer, tail)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def page_image(
    html: str, frame: PageFrame, index: int = 0, *, tail: str = "", dpi: int = PREVIEW_DPI
) -> QImage:
    """One page as an image, for previews and screenshots (white paper, margins included)."""
    layout = a4_layout()
    full = layout.fullRectPixels(dpi)
    paint = layout.paintRectPixels(dpi)
    image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    paged = PagedDocument(html, frame, image, QSizeF(paint.size()), tail)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(paint.topLeft())
    paged.paint_page(painter, min(index, paged.page_count - 1))
    painter.end()
    return image
