"""Dates, deadlines and names as a caseworker reads them, in the current locale.

The store keeps ISO dates (`2026-11-27`, partial `1990` / `1990-05`); the app shows and
accepts the locale's form (de-CH: 27.11.2026). Original-script names are wrapped in Unicode
isolates so an Arabic name next to a Latin one never reorders the punctuation around it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from desktop.vocabulary import code_label
from storage.schema import Field, FieldType
from storage.validation import is_empty

_FSI, _PDI = "\u2068", "\u2069"  # first-strong isolate … pop directional isolate
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def date_format() -> str:
    """The locale's short date format with a four-digit year (27.11.2026, not 27.11.26)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    parsed = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return QLocale().toString(parsed, date_format()) if parsed.isValid() else iso


def format_partial_date(iso: str | None) -> str:
    """`1990` → 1990, `1990-05` → 05.1990, `1990-05-17` → 17.05.1990 (precision kept)."""
    if not iso:
        return ""
    if len(iso) == 4:
        return iso
    if len(iso) == 7:
        return f"{iso[5:7]}.{iso[:4]}"
    return format_date(iso)


def local_time(iso_utc: str) -> str:
    """ "27.11.2026 14:05" in the locale and the laptop's time zone, from a stored UTC time."""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, f"{date_format()} HH:mm")


def parse_date(text: str) -> str | None:
    """ISO for a typed date (27.11.2026, 27/11/2026 or 2026-11-27); None if it isn't one."""
    text = text.strip()
    match = _DAY_FIRST.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _iso(year, month, day)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return _iso(int(text[:4]), int(text[5:7]), int(text[8:]))
    return None


def parse_partial_date(text: str) -> str | None:
    """Like `parse_date`, but also 11.1990 / 1990-11 (month) and 1990 (year only)."""
    text = text.strip()
    full = parse_date(text)
    if full:
        return full
    match = _MONTH_YEAR.fullmatch(text)
    if match and 1 <= int(match.group(1)) <= 12:
        return f"{match.group(2)}-{int(match.group(1)):02d}"
    if _ISO.fullmatch(text) and len(text) in (4, 7):
        return text if len(text) == 4 or 1 <= int(text[5:]) <= 12 else None
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def deadline_text(due_iso: str, today: date) -> str:
    """ "in 3 days · 30.11.2026", "due today · …", "overdue by 2 days · …"."""
    due = date.fromisoformat(due_iso)
    days = (due - today).days
    when = format_date(due_iso)
    if days == 0:
        relative = QCoreApplication.translate("Deadline", "due today")
    elif days > 0:
        relative = QCoreApplication.translate("Deadline", "in %n day(s)", "", days)
    else:
        relative = QCoreApplication.translate("Deadline", "overdue by %n day(s)", "", -days)
    return f"{relative} · {when}"


def isolate(text: str) -> str:
    """Text of unknown direction, safe to embed in a sentence of the other direction."""
    return f"{_FSI}{text}{_PDI}" if text else ""


def is_right_to_left(text: str) -> bool:
    """Whether text reads right to left: its first strong character is Arabic, Hebrew …"""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def person_name(values: Mapping[str, Any]) -> str:
    """ "FAMILY, Given" in the Latin transliteration, as written in the documents."""
    family = values.get("family_name") or ""
    given = values.get("given_names") or ""
    return f"{family}, {given}" if family and given else family or given


def person_name_with_original(values: Mapping[str, Any]) -> str:
    """The Latin name with the original script beside it: "Khalil, Omar · عمر خليل"."""
    latin = person_name(values)
    original = values.get("name_original") or ""
    return f"{latin} · {isolate(original)}" if original else latin


def display_value(field: Field, value: Any) -> str:  # noqa: PLR0911 - one branch per type
    """A stored value as read-only text: codes as words, dates in the locale, lists joined."""
    if is_empty(value):
        return "—"
    match field.type:
        case FieldType.CHOICE:
            return code_label(field, value)
        case FieldType.CHOICES:
            return ", ".join(code_label(field, v) for v in value)
        case FieldType.DATE:
            return format_date(value)
        case FieldType.PARTIAL_DATE:
            return format_partial_date(value)
        case FieldType.BOOLEAN:
            yes = QCoreApplication.translate("Value", "yes")
            return yes if value else QCoreApplication.translate("Value", "no")
        case FieldType.TEXT_LIST:
            return "; ".join(value)
        case FieldType.INTEGER:
            return QLocale().toString(int(value))
    return str(value)
