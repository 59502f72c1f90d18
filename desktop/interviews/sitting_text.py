"""A sitting of an interview in words: its date, from–to, language and interpreter.

Shared by the editor's list of sittings and the printed protocol, so both say the same.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.formatting import date_format
from desktop.vocabulary import choice_label
from storage.sittings import Sitting


def _local(iso_utc: str | None) -> QDateTime | None:
    if not iso_utc:
        return None
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return None
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def sitting_times(sitting: Sitting) -> tuple[str, str]:
    """("27.11.2026", "09:05–10:40") in the locale and the laptop's time zone; an open
    sitting reads "09:05–…", one ending another day names that day too."""
    start, end = _local(sitting.started_at), _local(sitting.ended_at)
    locale = QLocale()
    day = locale.toString(start, date_format()) if start else "—"
    begin = locale.toString(start, "HH:mm") if start else "—"
    if end is None:
        finish = "…"
    elif start is not None and end.date() != start.date():
        finish = locale.toString(end, f"{date_format()} HH:mm")
    else:
        finish = locale.toString(end, "HH:mm")
    return day, f"{begin}–{finish}"


def sitting_line(number: int, sitting: Sitting) -> str:
    """ "Sitting 2: 28.11.2026, 09:05–10:40 · Arabic · INT-310" (plain text)."""
    day, span = sitting_times(sitting)
    head = QCoreApplication.translate("Sittings", "Sitting %1").replace("%1", str(number))
    parts = [f"{head}: {day}, {span}"]
    language = choice_label("interview", "language", sitting.language)
    parts.append(language or QCoreApplication.translate("Sittings", "language not set"))
    parts.append(sitting.interpreter or QCoreApplication.translate("Sittings", "no interpreter"))
    return " · ".join(parts)


def interruption_text(sitting: Sitting) -> str:
    """ "Interrupted: the person felt unwell" (or only "Interrupted")."""
    if sitting.reason:
        text = QCoreApplication.translate("Sittings", "Interrupted: %1")
        return text.replace("%1", sitting.reason)
    return QCoreApplication.translate("Sittings", "Interrupted")
