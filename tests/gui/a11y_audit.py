"""Accessibility and fit checks on a shown window (used in process and in a subprocess).

Each check returns problems as short strings ("<screen>: <what> <widget>"), empty when the
window passes. A widget is described by its class, object name and text, never by data.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QToolButton,
    QWidget,
)

TAB = Qt.FocusPolicy.TabFocus
SLACK_PX = 1  # rounding at fractional scale factors


def settle() -> None:
    """Let posted layout requests and repaints run before measuring."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = _own_text(widget)
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}#{name}[{text[:40]}] in {where}"


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text().replace("&", "").strip()
    return ""


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside_compound(widget: QWidget) -> bool:
    """A part of a spin box or combo box: the outer widget is what is named and focused."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every widget of `window` that Tab should reach: shown, enabled, takes Tab focus."""
    return [w for w in _focusable(window) if w.isEnabled()]


def _focusable(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not _shown(widget):
            continue
        if widget.focusProxy() is not None or _inside_compound(widget):
            continue
        if widget.focusPolicy() & TAB == TAB:
            yield widget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: accessibleName, a buddy label, or own text."""
    face = QAccessible.queryAccessibleInterface(widget)
    name = face.text(QAccessible.Text.Name) if face is not None else ""
    if not name.strip() and isinstance(widget, QTabBar):
        name = " ".join(widget.tabText(n) for n in range(widget.count()))
    return name.replace("&", "").strip()


def _icon_only(widget: QWidget) -> bool:
    if not isinstance(widget, QAbstractButton) or widget.icon().isNull():
        return False
    icon_style = Qt.ToolButtonStyle.ToolButtonIconOnly
    if isinstance(widget, QToolButton) and widget.toolButtonStyle() == icon_style:
        return True
    return not widget.text().strip()


def name_problems(screen: str, window: QWidget) -> list[str]:
    problems = []
    for widget in _focusable(window):
        if not accessible_name(widget):
            problems.append(f"{screen}: no accessible name {describe(widget)}")
    for button in window.findChildren(QAbstractButton):
        shown = button.window() is window and _shown(button) and _icon_only(button)
        if shown and (not button.toolTip().strip() or not button.accessibleName().strip()):
            problems.append(f"{screen}: icon-only button without tooltip/name {describe(button)}")
    return problems + shared_name_problems(screen, window)


def shared_name_problems(screen: str, window: QWidget) -> list[str]:
    """Sibling controls (same parent) that a screen reader announces with the same name:
    the listener cannot tell them apart."""
    siblings: dict[tuple[int, str], list[QWidget]] = {}
    for widget in _focusable(window):
        name = accessible_name(widget)
        if name:
            siblings.setdefault((id(widget.parentWidget()), name), []).append(widget)
    return [
        f"{screen}: {len(same)} siblings share the name [{name[:40]}] {describe(same[0])}"
        for (_, name), same in siblings.items()
        if len(same) > 1
    ]


def tab_walk(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, starting from the first tab stop, until it comes round."""
    stops = tab_stops(window)
    if not stops:
        return []
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    first = window.focusWidget()
    seen: list[QWidget] = []
    current: QWidget | None = first
    for _ in range(4 * len(stops) + 10):  # a widget that keeps Tab for itself traps here
        if current is None:
            break
        if current not in seen:
            seen.append(current)
        elif current is first and len(seen) > 1:
            break
        QTest.keyClick(current, Qt.Key.Key_Tab)  # a real key press: what the widget does
        current = window.focusWidget()
    return seen


def focus_problems(screen: str, window: QWidget) -> list[str]:
    reached = set(tab_walk(window))
    return [
        f"{screen}: Tab never reaches {describe(w)}" for w in tab_stops(window) if w not in reached
    ]


def fit_problems(screen: str, window: QWidget, screen_size: tuple[int, int]) -> list[str]:
    """Text cut off: a shown button or single-line label narrower/lower than its text needs;
    a window larger than the screen."""
    problems = []
    width, height = screen_size
    if window.width() > width or window.height() > height:
        size = f"{window.width()}x{window.height()}"
        problems.append(f"{screen}: window {size} larger than {width}x{height}")
    for bar in window.findChildren(QTabBar):
        if bar.window() is window and _shown(bar):
            problems += _tab_problems(screen, bar)
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not _shown(widget) or not _own_text(widget):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.pixmap().isNull()):
            continue
        need = widget.sizeHint()
        if widget.width() + SLACK_PX < need.width() or widget.height() + SLACK_PX < need.height():
            got = f"{widget.width()}x{widget.height()}"
            problems.append(
                f"{screen}: text cut off ({got} < {need.width()}x{need.height()}) "
                f"{describe(widget)}"
            )
    return problems


def _tab_problems(screen: str, bar: QTabBar) -> list[str]:
    """A tab whose title is shortened, or that lies (partly) outside the bar with no
    scroll arrows to reach it."""
    arrows = any(b.isVisible() for b in bar.findChildren(QToolButton))
    problems = []
    for n in range(bar.count()):
        if not bar.isTabVisible(n):
            continue
        rect, need = bar.tabRect(n), bar.tabSizeHint(n)
        outside = rect.right() > bar.width() - 1 or rect.left() < 0
        if rect.width() + SLACK_PX < need.width() or (outside and not arrows):
            text = bar.tabText(n).replace("&", "")
            problems.append(f"{screen}: tab cut off ({rect.width()} < {need.width()}) [{text}]")
    return problems
