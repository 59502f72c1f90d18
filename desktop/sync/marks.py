"""Per-case sync marks on screen: an icon, a word and a tooltip for unsent changes, open
conflicts and rejected changes — in the case list and in the open case's header.

Colour never carries the meaning alone: each mark has its own shape (an arrow, a triangle, a
cross) and a sentence for the tooltip and screen readers. The counts come from
`storage.services.sync_marks`, asked on the DB lane for the rows the list shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QWidget

from desktop.context import AppContext
from storage.services.sync_marks import (
    CONFLICT,
    PENDING,
    REJECTED,
    CaseSyncMarks,
    case_sync_marks,
)
from storage.unlocked import OpenProfile

_COLOURS = {PENDING: "#1f5fa8", CONFLICT: "#8a5300", REJECTED: "#b3261e"}  # ≥ 4.5:1 on white
_ICONS: dict[tuple[str, int], QIcon] = {}
VISIBLE_DEBOUNCE_MS = 80


def _draw(state: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[state])
    s = float(size)
    # A white backing keeps every mark visible on a selected (accent-coloured) row.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.5, s * 0.5)
    if state == PENDING:  # an arrow up in a ring: waiting to go up to the service
        painter.setPen(QPen(colour, s / 9))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.42, s * 0.42)
        arrow = QPolygonF(
            [QPointF(s / 2, s * 0.22), QPointF(s * 0.74, s * 0.5), QPointF(s * 0.26, s * 0.5)]
        )
        painter.setBrush(colour)
        painter.drawPolygon(arrow)
        painter.drawLine(QPointF(s / 2, s * 0.5), QPointF(s / 2, s * 0.76))
    elif state == CONFLICT:  # a warning triangle with "!"
        path = QPainterPath()
        path.moveTo(s / 2, s * 0.1)
        path.lineTo(s * 0.9, s * 0.84)
        path.lineTo(s * 0.1, s * 0.84)
        path.closeSubpath()
        painter.fillPath(path, colour)
        painter.setPen(QPen(QColor("white"), s / 8))
        painter.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.58))
        painter.drawPoint(QPointF(s / 2, s * 0.72))
    else:  # rejected: a filled circle with a cross
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.42, s * 0.42)
        painter.setPen(QPen(QColor("white"), s / 8))
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    painter.end()
    return pixmap


def mark_icon(state: str, size: int = 16) -> QIcon | None:
    """The icon of a mark (None for a synced case: no mark at all)."""
    if state not in _COLOURS:
        return None
    key = (state, size)
    if key not in _ICONS:
        _ICONS[key] = QIcon(_draw(state, size))
    return _ICONS[key]


def mark_text(marks: CaseSyncMarks) -> str:
    """Every mark of a case in one sentence ('' for a synced case)."""
    parts: list[str] = []
    # Plain names as the count: lupdate 6.11 skips translate(…, obj.attr) calls.
    rejections, conflicts, pending = marks.rejections, marks.conflicts, marks.pending
    if rejections:
        parts.append(
            QCoreApplication.translate(
                "SyncMarks", "%n change(s) rejected by the service", "", rejections
            )
        )
    if conflicts:
        parts.append(
            QCoreApplication.translate("SyncMarks", "%n conflict(s) to resolve", "", conflicts)
        )
    if pending:
        parts.append(
            QCoreApplication.translate("SyncMarks", "%n change(s) waiting for sync", "", pending)
        )
    return " · ".join(parts)


def marks_from_state(state: str) -> CaseSyncMarks:
    """Marks as far as the case list's own row knows them, before the counts arrive."""
    return CaseSyncMarks(pending=int(state == PENDING), conflicts=int(state == CONFLICT))


class VisibleMarks(QObject):
    """Asks for the marks of the rows a table shows, whenever they may have changed.

    `case_ids` gives the case ids of the visible rows; `deliver` gets the answer on the GUI
    thread. Scrolling, resizing, filtering and `refresh()` restart a short timer, so a burst
    of changes is one query (superseding any still waiting on the DB lane).
    """

    def __init__(
        self,
        ctx: AppContext,
        profile: OpenProfile,
        table: QTableView,
        case_ids: Callable[[], list[str]],
        deliver: Callable[[dict[str, CaseSyncMarks]], None],
    ) -> None:
        super().__init__(table)
        self._ctx = ctx
        self._profile = profile
        self._case_ids = case_ids
        self._deliver = deliver
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VISIBLE_DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        table.verticalScrollBar().valueChanged.connect(self.refresh)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.refresh)
        table.viewport().installEventFilter(self)
        ctx.events.outbox_did_change.connect(self.refresh)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refresh()
        return False

    def refresh(self) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        case_ids = self._case_ids()
        if not case_ids:
            return
        store = self._profile.store
        self._ctx.lanes.run_query(
            lambda: case_sync_marks(store, case_ids),
            self._deliver,
            owner=self,
            key="case-list-sync-marks",
        )


class SyncBadge(QWidget):
    """The open case's marks under its title: icon and words; hidden when all is synced."""

    def __init__(self, ctx: AppContext, profile: OpenProfile, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        self.case_id: str | None = None
        self.marks = CaseSyncMarks()
        self.icon = QLabel(self)
        self.icon.setFixedSize(16, 16)
        self.text = QLabel(self)
        self.text.setObjectName("syncBadge")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        ctx.events.outbox_did_change.connect(self.refresh)
        self.hide()

    def show_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.case_id = case_id
            self._show(CaseSyncMarks())
        self.refresh()

    def refresh(self) -> None:
        case_id, store = self.case_id, self._profile.store
        if case_id is None:
            self._show(CaseSyncMarks())
            return
        self._ctx.lanes.run_query(
            lambda: case_sync_marks(store, [case_id]),
            lambda found: self._on_loaded(case_id, found),
            owner=self,
            key="open-case-sync-marks",
        )

    def _on_loaded(self, case_id: str, found: dict[str, CaseSyncMarks]) -> None:
        if case_id == self.case_id:
            self._show(found.get(case_id, CaseSyncMarks()))

    def _show(self, marks: CaseSyncMarks) -> None:
        self.marks = marks
        icon = mark_icon(marks.state)
        self.setVisible(icon is not None)
        if icon is None:
            return
        self.icon.setPixmap(icon.pixmap(16, 16))
        text = mark_text(marks)
        self.text.setText(text)
        self.text.setStyleSheet(f"color: {_COLOURS[marks.state]}")
        self.setToolTip(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show(self.marks)
        super().changeEvent(event)
