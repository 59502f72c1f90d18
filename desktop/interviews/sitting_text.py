"""A sitting of an interview in words: its date, from–to, language and interpreter.

Shared by the editor's list of sittings, the read-back, the conflict dialog and the printed
protocol, so all say the same.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.formatting import date_format
from desktop.vocabulary import choice_label
from storage.sittings import Sitting
from storage.validation import STRUCTURES

_CHECK_SITTINGS = STRUCTURES[("interview", "sittings")]


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


def unreadable_text() -> str:
    """What is shown instead of a stored value this version cannot read."""
    return QCoreApplication.translate("Sittings", "Not readable in this version of Dossier")


def stored_sittings(value: Any) -> tuple[Sitting, ...] | None:
    """The sittings in a stored `sittings` value, each with its own language and
    interpreter; () for no value, None for a value that is not a valid list of sittings
    (damaged, or written by another version) — never an exception."""
    if isinstance(value, str):  # a value that reached us as JSON text
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if value is None or value == []:
        return ()
    if _CHECK_SITTINGS(value) is not None:
        return None
    return tuple(
        Sitting(
            item["started_at"],
            item.get("ended_at"),
            item.get("language"),
            item.get("interpreter"),
            item.get("reason"),
        )
        for item in value
    )


def sittings_lines(sittings: Sequence[Sitting], *, last_interrupted: bool) -> list[str]:
    """One plain-text line per sitting, with why it was interrupted: every sitting that
    ended before the last was; the last one if `last_interrupted` or it has a reason."""
    lines = []
    for number, sitting in enumerate(sittings, start=1):
        line = sitting_line(number, sitting)
        ended_early = number < len(sittings) or last_interrupted or bool(sitting.reason)
        if sitting.ended_at and ended_early:
            line += f" — {interruption_text(sitting)}"
        lines.append(line)
    return lines


def stored_sittings_text(value: Any) -> str:
    """A stored `sittings` value in words, one line per sitting ("—" for none, a short
    "not readable" for a bad value) — for views that have only the field's value."""
    sittings = stored_sittings(value)
    if sittings is None:
        return unreadable_text()
    return "\n".join(sittings_lines(sittings, last_interrupted=False)) or "—"
