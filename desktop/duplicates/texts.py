"""Words for the duplicate-person reason codes (`storage.duplicates.Reason`)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.duplicates import Reason

_CONTEXT = "DuplicateReason"
REASON_TEXTS: dict[Reason, str] = {
    Reason.SAME_ZEMIS_NUMBER: QT_TRANSLATE_NOOP("DuplicateReason", "same ZEMIS number"),
    Reason.SAME_N_NUMBER: QT_TRANSLATE_NOOP("DuplicateReason", "same N number"),
    Reason.SAME_AZR_NUMBER: QT_TRANSLATE_NOOP("DuplicateReason", "same AZR number"),
    Reason.NAMES_IDENTICAL: QT_TRANSLATE_NOOP("DuplicateReason", "same name"),
    Reason.NAMES_VARIANTS: QT_TRANSLATE_NOOP(
        "DuplicateReason", "names match as transliteration variants"
    ),
    Reason.NAMES_SIMILAR: QT_TRANSLATE_NOOP("DuplicateReason", "names differ by a typo"),
    Reason.ALIAS_MATCHES: QT_TRANSLATE_NOOP("DuplicateReason", "an alias matches"),
    Reason.ORIGINAL_SCRIPT_MATCHES: QT_TRANSLATE_NOOP(
        "DuplicateReason", "the name in original script matches"
    ),
    Reason.SAME_BIRTH_DATE: QT_TRANSLATE_NOOP("DuplicateReason", "same date of birth"),
    Reason.SAME_BIRTH_MONTH: QT_TRANSLATE_NOOP("DuplicateReason", "same month of birth"),
    Reason.SAME_BIRTH_YEAR: QT_TRANSLATE_NOOP("DuplicateReason", "same year of birth"),
    Reason.BIRTH_DATE_UNKNOWN: QT_TRANSLATE_NOOP(
        "DuplicateReason", "date of birth unknown for one of them"
    ),
    Reason.DIFFERENT_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "DuplicateReason", "dates of birth do not match"
    ),
    Reason.SHARED_NATIONALITY: QT_TRANSLATE_NOOP("DuplicateReason", "same nationality"),
    Reason.DIFFERENT_NATIONALITY: QT_TRANSLATE_NOOP("DuplicateReason", "different nationalities"),
    Reason.DIFFERENT_SEX: QT_TRANSLATE_NOOP("DuplicateReason", "different sex"),
    Reason.DIFFERENT_IDENTIFIER: QT_TRANSLATE_NOOP(
        "DuplicateReason", "another register number differs"
    ),
}


def reason_text(reasons: Iterable[Reason]) -> str:
    """The reasons as one translated line, strongest first."""
    return " · ".join(QCoreApplication.translate(_CONTEXT, REASON_TEXTS[r]) for r in reasons)
