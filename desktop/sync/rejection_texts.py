"""Why the service rejected a change, in words: what happened and what to do.

The service sends a `RejectionCode`; the inbox shows this text. An unknown code (a newer
service) still reads sensibly.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sync.protocol.errors import RejectionCode

_CTX = "Rejections"

REJECTION_TEXTS: dict[str, str] = {
    RejectionCode.UNSUPPORTED_KIND.value: QT_TRANSLATE_NOOP(
        "Rejections",
        "The service no longer accepts this kind of change. Re-apply it as a new change.",
    ),
    RejectionCode.UNKNOWN_ENTITY.value: QT_TRANSLATE_NOOP(
        "Rejections",
        "The service does not know this kind of entry. Ask IT support to update Dossier.",
    ),
    RejectionCode.UNKNOWN_FIELD.value: QT_TRANSLATE_NOOP(
        "Rejections",
        "The service does not know a field of this change. Ask IT support to update Dossier.",
    ),
    RejectionCode.INVALID_CHANGES.value: QT_TRANSLATE_NOOP(
        "Rejections", "The change was incomplete. Make it again in the case."
    ),
    RejectionCode.INVALID_HLC.value: QT_TRANSLATE_NOOP(
        "Rejections",
        "The laptop's clock was wrong when the change was made. Check the clock, then "
        "re-apply it as a new change.",
    ),
    RejectionCode.VALIDATION_FAILED.value: QT_TRANSLATE_NOOP(
        "Rejections", "A value is not valid for the service. Correct it in the case."
    ),
    RejectionCode.ILLEGAL_TRANSITION.value: QT_TRANSLATE_NOOP(
        "Rejections",
        "The case could not move to this status from the one it had on the service. "
        "Check the status, then re-apply the change or make a different one.",
    ),
    RejectionCode.IMMUTABLE_FIELD.value: QT_TRANSLATE_NOOP(
        "Rejections", "This field can no longer be changed. Add a note or a correction instead."
    ),
    RejectionCode.RECORD_FINALISED.value: QT_TRANSLATE_NOOP(
        "Rejections",
        "The entry was finalised elsewhere, so it cannot be changed. Add an addendum instead.",
    ),
    RejectionCode.INSERT_ONLY_ENTITY.value: QT_TRANSLATE_NOOP(
        "Rejections", "Entries of this kind cannot be changed once saved. Add a new one instead."
    ),
    RejectionCode.ENTITY_EXISTS.value: QT_TRANSLATE_NOOP(
        "Rejections", "The entry already exists on the service with other values. Check the case."
    ),
    RejectionCode.ENTITY_NOT_FOUND.value: QT_TRANSLATE_NOOP(
        "Rejections", "The entry no longer exists on the service. Check the case."
    ),
    RejectionCode.INVALID_RESOLUTION.value: QT_TRANSLATE_NOOP(
        "Rejections", "The conflict resolution could not be applied. Resolve the conflict again."
    ),
    RejectionCode.FORBIDDEN.value: QT_TRANSLATE_NOOP(
        "Rejections",
        "You may no longer change this case; your team lead reviews the change. Ask them "
        "if it is still needed.",
    ),
}

_UNKNOWN = QT_TRANSLATE_NOOP(
    "Rejections",
    "The service did not accept this change. Check the case; if it keeps happening, contact "
    "IT support and give them the code.",
)


def rejection_text(code: str | None) -> str:
    """The translated reason for a rejection code."""
    return QCoreApplication.translate(_CTX, REJECTION_TEXTS.get(code or "", _UNKNOWN))
