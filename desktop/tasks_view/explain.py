"""Deadline rules and explanations in the caseworker's language.

The engine (`storage.deadlines`) explains a due date as steps of codes and ISO dates; here
they become a sentence: "30 Tage ab Eröffnung am 25.11.2026, verschoben auf den 28.12.2026,
weil der 25.12.2026 im Kanton Waadt ein Feiertag ist (Weihnachten)". Holiday names come
from the `holidays` package in the app's language, looked up again from date and region.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from desktop.formatting import format_date
from desktop.tasks_view.regions import region_phrase
from storage.deadlines import DeadlineError, Rule, Step, holiday_name, parse_region

_CTX = "Deadline"

RULE_LABELS: dict[str, str] = {
    "deadline.ch_asylum_appeal_extended": QT_TRANSLATE_NOOP(
        "Deadline", "Appeal against an asylum decision (extended procedure)"
    ),
    "deadline.ch_asylum_appeal_accelerated": QT_TRANSLATE_NOOP(
        "Deadline", "Appeal against an asylum decision (accelerated procedure)"
    ),
    "deadline.ch_asylum_appeal_non_entry": QT_TRANSLATE_NOOP(
        "Deadline", "Appeal against a decision not to enter into the application"
    ),
    "deadline.ch_departure_accelerated": QT_TRANSLATE_NOOP(
        "Deadline", "Departure after a rejection in the accelerated procedure"
    ),
    "deadline.dublin_transfer": QT_TRANSLATE_NOOP("Deadline", "Dublin transfer"),
    "deadline.dublin_transfer_imprisoned": QT_TRANSLATE_NOOP(
        "Deadline", "Dublin transfer (person imprisoned)"
    ),
    "deadline.dublin_transfer_absconded": QT_TRANSLATE_NOOP(
        "Deadline", "Dublin transfer (person absconded)"
    ),
    "deadline.permit_expiry_reminder": QT_TRANSLATE_NOOP(
        "Deadline", "Reminder before the permit expires"
    ),
    "deadline.de_asylum_action": QT_TRANSLATE_NOOP(
        "Deadline", "Action against an asylum decision (DE)"
    ),
    "deadline.de_asylum_action_manifestly_unfounded": QT_TRANSLATE_NOOP(
        "Deadline", "Action against a rejection as manifestly unfounded (DE)"
    ),
    "deadline.de_asylum_action_dublin": QT_TRANSLATE_NOOP(
        "Deadline", "Action against a Dublin transfer order (DE)"
    ),
    "deadline.de_departure_rejected": QT_TRANSLATE_NOOP(
        "Deadline", "Departure after a rejected asylum application (DE)"
    ),
    "deadline.de_departure_manifestly_unfounded": QT_TRANSLATE_NOOP(
        "Deadline", "Departure after a rejection as manifestly unfounded (DE)"
    ),
    "deadline.de_residence_action": QT_TRANSLATE_NOOP(
        "Deadline", "Action against a residence decision (DE)"
    ),
    "deadline.avrr_travel_preparation": QT_TRANSLATE_NOOP(
        "Deadline", "Return: check travel document and booking"
    ),
    "deadline.avrr_departure_check": QT_TRANSLATE_NOOP(
        "Deadline", "Return: confirm the departure took place"
    ),
    "deadline.avrr_monitoring_first": QT_TRANSLATE_NOOP(
        "Deadline", "Return: first reintegration follow-up"
    ),
    "deadline.avrr_monitoring_final": QT_TRANSLATE_NOOP(
        "Deadline", "Return: closing reintegration follow-up"
    ),
}

LEGAL_REFERENCES: dict[str, str] = {
    "ch.asylg.108.1": QT_TRANSLATE_NOOP("Deadline", "Art. 108 para. 1 AsylA"),
    "ch.asylg.108.2": QT_TRANSLATE_NOOP("Deadline", "Art. 108 para. 2 AsylA"),
    "ch.asylg.108.3": QT_TRANSLATE_NOOP("Deadline", "Art. 108 para. 3 AsylA"),
    "ch.asylg.45.2": QT_TRANSLATE_NOOP("Deadline", "Art. 45 para. 2 AsylA"),
    "eu.604_2013.29.1": QT_TRANSLATE_NOOP("Deadline", "Art. 29 para. 1 Dublin III Regulation"),
    "eu.604_2013.29.2": QT_TRANSLATE_NOOP("Deadline", "Art. 29 para. 2 Dublin III Regulation"),
    "de.asylg.74.1": QT_TRANSLATE_NOOP("Deadline", "Section 74 (1) AsylG (DE)"),
    "de.asylg.74.1.2": QT_TRANSLATE_NOOP(
        "Deadline", "Section 74 (1), 2nd half-sentence AsylG (DE)"
    ),
    "de.asylg.34a.2": QT_TRANSLATE_NOOP("Deadline", "Section 34a (2) AsylG (DE)"),
    "de.asylg.38.1": QT_TRANSLATE_NOOP("Deadline", "Section 38 (1) AsylG (DE)"),
    "de.asylg.36.1": QT_TRANSLATE_NOOP("Deadline", "Section 36 (1) AsylG (DE)"),
    "de.vwgo.74.1": QT_TRANSLATE_NOOP("Deadline", "Section 74 (1) VwGO (DE)"),
}

# What the period counts from, as the phrase the counted step needs ("ab Eröffnung").
_FROM: dict[str, str] = {
    "notification": QT_TRANSLATE_NOOP("Deadline", "from the notification"),
    "dublin_acceptance": QT_TRANSLATE_NOOP("Deadline", "from the acceptance of the transfer"),
    "permit_expiry": QT_TRANSLATE_NOOP("Deadline", "from the expiry of the permit"),
    "avrr_travel": QT_TRANSLATE_NOOP("Deadline", "from the planned travel date"),
    "avrr_departure": QT_TRANSLATE_NOOP("Deadline", "from the departure"),
}
_BEFORE: dict[str, str] = {
    "notification": QT_TRANSLATE_NOOP("Deadline", "before the notification"),
    "dublin_acceptance": QT_TRANSLATE_NOOP("Deadline", "before the acceptance of the transfer"),
    "permit_expiry": QT_TRANSLATE_NOOP("Deadline", "before the expiry of the permit"),
    "avrr_travel": QT_TRANSLATE_NOOP("Deadline", "before the planned travel date"),
    "avrr_departure": QT_TRANSLATE_NOOP("Deadline", "before the departure"),
}
TRIGGER_DATES: dict[str, str] = {
    "notification": QT_TRANSLATE_NOOP("Deadline", "Date of notification"),
    "dublin_acceptance": QT_TRANSLATE_NOOP("Deadline", "Date the transfer was accepted"),
    "permit_expiry": QT_TRANSLATE_NOOP("Deadline", "Date the permit expires"),
    "avrr_travel": QT_TRANSLATE_NOOP("Deadline", "Planned travel date"),
    "avrr_departure": QT_TRANSLATE_NOOP("Deadline", "Date of departure"),
}
_HOLIDAY_LANGUAGES = {"de": "de", "fr": "fr", "it": "it", "en": "en_US"}


def _t(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def _fill(text: str, *args: str) -> str:
    for n, arg in enumerate(args, start=1):
        text = text.replace(f"%{n}", arg)
    return text


def rule_label(rule: Rule | None, fallback: str = "") -> str:
    """The rule's name in the app's language."""
    if rule is None:
        return fallback
    source = RULE_LABELS.get(rule.label_key)
    return _t(source) if source else fallback or rule.id


def legal_reference(rule: Rule) -> str:
    source = LEGAL_REFERENCES.get(rule.legal_reference or "")
    return _t(source) if source else ""


def trigger_date_label(rule: Rule | None) -> str:
    source = TRIGGER_DATES.get(rule.trigger if rule else "")
    return _t(source) if source else _t(QT_TRANSLATE_NOOP("Deadline", "Start date"))


def _day_name(iso: str) -> str:
    return QLocale().dayName(QDate.fromString(iso, "yyyy-MM-dd").dayOfWeek())


def _holiday(params: dict[str, str | int], key: str, language: str) -> str:
    """The holiday's name in `language`, looked up again; the stored name otherwise."""
    try:
        region = parse_region(str(params.get("region", "")))
        day = date.fromisoformat(str(params[key]))
        found = holiday_name(day, region, language=_HOLIDAY_LANGUAGES.get(language, "en_US"))
    except (DeadlineError, KeyError, ValueError):
        found = None
    return found or str(params.get("holiday", ""))


def _period(unit: str, count: int) -> str:
    # Literal calls, so that lupdate records each as a plural message (%n).
    translate = QCoreApplication.translate
    match unit:
        case "working_days":
            return translate("Deadline", "%n working day(s) %1 on %2", "", count)
        case "weeks":
            return translate("Deadline", "%n week(s) %1 on %2", "", count)
        case "months":
            return translate("Deadline", "%n month(s) %1 on %2", "", count)
    return translate("Deadline", "%n day(s) %1 on %2", "", count)


def _counted(params: dict[str, str | int], trigger: str) -> str:
    phrases = _BEFORE if params.get("direction") == "before" else _FROM
    source = phrases.get(trigger)
    phrase = _t(source) if source else ""
    period = _period(str(params.get("unit")), int(params.get("count", 0)))
    return _fill(period, phrase, format_date(str(params["from"])))


def _shifted(params: dict[str, str | int], region: str, language: str) -> str:
    later = str(params["to"]) > str(params["from"])
    to, when = format_date(str(params["to"])), format_date(str(params["from"]))
    if params.get("reason") == "holiday":
        name = _holiday(params, "from", language)
        text = (
            _t(QT_TRANSLATE_NOOP("Deadline", "shifted to %1 because %2 is a public holiday %3"))
            if later
            else _t(
                QT_TRANSLATE_NOOP(
                    "Deadline", "brought forward to %1 because %2 is a public holiday %3"
                )
            )
        )
        return _fill(text, to, when, region) + (f" ({name})" if name else "")
    text = (
        _t(QT_TRANSLATE_NOOP("Deadline", "shifted to %1 because %2 is a %3"))
        if later
        else _t(QT_TRANSLATE_NOOP("Deadline", "brought forward to %1 because %2 is a %3"))
    )
    return _fill(text, to, when, _day_name(str(params["from"])))


def _not_shifted(params: dict[str, str | int], region: str, language: str) -> str:
    when = format_date(str(params["on"]))
    if params.get("reason") == "holiday":
        name = _holiday(params, "on", language)
        text = _t(
            QT_TRANSLATE_NOOP(
                "Deadline", "ends on %1, a public holiday %2, and is not shifted by law"
            )
        )
        return _fill(text, when, region) + (f" ({name})" if name else "")
    text = _t(QT_TRANSLATE_NOOP("Deadline", "ends on %1, a %2, and is not shifted by law"))
    return _fill(text, when, _day_name(str(params["on"])))


def _step_text(step: Step, trigger: str, language: str) -> str:
    params = dict(step.params)
    region = region_phrase(str(params.get("region", "")))
    match step.code:
        case "counted":
            return _counted(params, trigger)
        case "shifted":
            return _shifted(params, region, language)
        case "not_shifted":
            return _not_shifted(params, region, language)
        case "holiday_skipped":
            name = _holiday(params, "on", language)
            text = _t(QT_TRANSLATE_NOOP("Deadline", "%1 not counted: a public holiday %2"))
            return _fill(text, format_date(str(params["on"])), region) + (
                f" ({name})" if name else ""
            )
        case "month_end":
            text = _t(QT_TRANSLATE_NOOP("Deadline", "that month has no day %1, so %2 counts"))
            return _fill(text, str(params["day"]), format_date(str(params["to"])))
    return ""


def explanation_text(steps: Iterable[Step], trigger: str, language: str) -> str:
    """The steps as one sentence in the app's language (empty when there are none)."""
    parts = [t for t in (_step_text(s, trigger, language) for s in steps) if t]
    return ", ".join(parts)
