"""Viewing an attachment inside the app, from memory only (ATT-2).

The decrypted bytes go straight into a `QImage`; no file is ever written, not even a
temporary one, so no thumbnail cache or "recent files" list can keep a copy. Formats Qt
cannot draw (PDF in this build) are described instead of handed to another program.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.documents.model import kind_of
from storage.services.records import Record


class ImageView(QWidget):
    """Paints the image: scaled down to fit (keeping its proportions), or at actual size."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.fit = True

    def set_fit(self, fit: bool) -> None:
        self.fit = fit
        self.setMinimumSize(QSize(0, 0) if fit else self.image.size())
        self.update()

    def sizeHint(self) -> QSize:
        return self.image.size()

    def target(self) -> QRect:
        """Where the image is drawn inside the widget."""
        size = self.image.size()
        if self.fit and (size.width() > self.width() or size.height() > self.height()):
            size = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = max(0, (self.width() - size.width()) // 2)
        y = max(0, (self.height() - size.height()) // 2)
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.target(), self.image)
        painter.end()


class AttachmentViewer(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        attachment: Record,
        content: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.image = (
            QImage.fromData(content) if kind_of(attachment["media_type"]) == "image" else None
        )
        if self.image is not None and self.image.isNull():
            self.image = None
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.view = ImageView(self.image or QImage(), self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.view if self.image is not None else self.message)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = QPushButton(self)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(self.view.set_fit)
        self.fit_button.setEnabled(self.image is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.fit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+L"), self, ctx.events.lock_was_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self._retranslate()

    def done(self, result: int) -> None:
        self.image = None  # drop the decoded picture with the window
        self.view.image = QImage()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(str(self.attachment["filename"]))
        self.fit_button.setText(self.tr("&Fit to window"))
        name = self.tr("Document %1").replace("%1", str(self.attachment["filename"]))
        self.view.setAccessibleName(name)
        self.scroll.setAccessibleName(name)  # a tab stop of its own: arrows scroll the page
        if self.image is not None:
            return
        if kind_of(self.attachment["media_type"]) == "pdf":
            text = self.tr(
                "This version of Dossier cannot show PDF documents yet. The file stays "
                "encrypted on this laptop and is synced with the case."
            )
        else:
            text = self.tr(
                "This file is not a picture Dossier can show. It stays encrypted on this "
                "laptop and is synced with the case."
            )
        self.message.setText(text)
