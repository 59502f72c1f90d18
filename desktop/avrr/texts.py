"""The words of the return-assistance pane that depend on a code: the step buttons, what a
step does, and the field codes of `storage.services.avrr`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.messages import UserMessage, error_message
from storage.deadlines import DeadlineError
from storage.errors import ValidationFailed
from storage.services.avrr import ALREADY_STARTED, IN_FUTURE, NOT_ELIGIBLE
from storage.validation import ILLEGAL_TRANSITION

_CTX = "ReturnAssistance"

ACTIONS: dict[tuple[str, str], str] = {
    # (from, to): the button that takes the step
    ("counselling", "registered"): QT_TRANSLATE_NOOP(
        "ReturnAssistance", "&Register for the programme …"
    ),
    ("counselling", "cancelled"): QT_TRANSLATE_NOOP(
        "ReturnAssistance", "&Cancel return assistance …"
    ),
    ("registered", "departed"): QT_TRANSLATE_NOOP("ReturnAssistance", "Record the &departure …"),
    ("registered", "counselling"): QT_TRANSLATE_NOOP("ReturnAssistance", "&Back to counselling …"),
    ("registered", "cancelled"): QT_TRANSLATE_NOOP(
        "ReturnAssistance", "&Cancel return assistance …"
    ),
    ("departed", "monitoring"): QT_TRANSLATE_NOOP("ReturnAssistance", "Start &monitoring …"),
    ("cancelled", "counselling"): QT_TRANSLATE_NOOP("ReturnAssistance", "&Resume counselling …"),
}

EXPLAINED: dict[str, str] = {
    # what moving *to* a status means, shown in the step dialog
    "registered": QT_TRANSLATE_NOOP(
        "ReturnAssistance",
        "The person is registered for the chosen programme with IOM and the canton. "
        "Reminders are created from the planned travel date.",
    ),
    "departed": QT_TRANSLATE_NOOP(
        "ReturnAssistance",
        "The person has left. The travel reminders are ticked off and the reintegration "
        "follow-ups are created from the date of departure.",
    ),
    "monitoring": QT_TRANSLATE_NOOP(
        "ReturnAssistance", "The reintegration in the country of return is being followed up."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "ReturnAssistance",
        "The person no longer wishes to return with assistance, or is not eligible. Open "
        "reminders are withdrawn; counselling can be resumed later.",
    ),
    "counselling": QT_TRANSLATE_NOOP(
        "ReturnAssistance", "Counselling starts again; open travel reminders are withdrawn."
    ),
}

_FIELD_CODES: dict[str, str] = {
    NOT_ELIGIBLE: QT_TRANSLATE_NOOP(
        "ReturnAssistance",
        "Eligibility is not confirmed. Edit the return assistance and tick “Eligible” "
        "before registering.",
    ),
    IN_FUTURE: QT_TRANSLATE_NOOP(
        "ReturnAssistance",
        "The departure date is in the future. Record the departure once it has happened.",
    ),
    ALREADY_STARTED: QT_TRANSLATE_NOOP(
        "ReturnAssistance", "This case already has return assistance. It is shown again now."
    ),
    ILLEGAL_TRANSITION: QT_TRANSLATE_NOOP(
        "ReturnAssistance",
        "This step is not possible from the current status (it may have changed on another "
        "laptop). Choose one of the steps offered.",
    ),
}


def t(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def action_text(before: str, after: str) -> str:
    source = ACTIONS.get((before, after))
    return t(source) if source else after


def explained(status: str) -> str:
    source = EXPLAINED.get(status)
    return t(source) if source else ""


def failure_message(exc: BaseException) -> UserMessage:
    """What went wrong with a return-assistance write, and what to do."""
    if isinstance(exc, ValidationFailed):
        known = [code for code in exc.fields.values() if code in _FIELD_CODES]
        if known:
            return UserMessage(t(_FIELD_CODES[known[0]]), f"avrr.{known[0]}")
    return error_message(exc)


def skipped_message(code: str) -> UserMessage:
    """The step was saved, but its reminders could not be computed (no region)."""
    reason = error_message(DeadlineError(code))
    saved = t(
        QT_TRANSLATE_NOOP(
            "ReturnAssistance",
            "The status is saved, but no reminders were created. %1 Then add them in "
            "the Deadlines tab.",
        )
    )
    return UserMessage(saved.replace("%1", reason.text), reason.details)
