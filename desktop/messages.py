"""Error codes from `storage/` (later `sync/`) as translated, actionable messages.

Every message says what happened and what to do next. Technical details (the code and the
store's non-personal detail) go behind "Details"; nothing here ever shows personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.sync.state import OnlineLoginRequired
from storage.deadlines import DeadlineError
from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.schema import Field, FieldType
from storage.sittings import INTERRUPTED

_CTX = "Messages"


@dataclass(frozen=True, slots=True)
class UserMessage:
    text: str  # what happened and what to do, in the user's language
    details: str  # technical, non-personal: for "Details" and for IT support


ERROR_TEXTS: dict[ErrorCode, str] = {
    ErrorCode.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages",
        "The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.",
    ),
    ErrorCode.WEAK_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages", "This passphrase is too easy to guess. Use at least four unrelated words."
    ),
    ErrorCode.ENVELOPE_TAMPERED: QT_TRANSLATE_NOOP(
        "Messages",
        "The key file of this profile has been changed outside Dossier. Do not use "
        "this laptop for case work and contact IT support.",
    ),
    ErrorCode.ENVELOPE_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Messages",
        "This profile was created by a newer Dossier version. Ask IT support to "
        "update Dossier on this laptop.",
    ),
    ErrorCode.KDF_BELOW_FLOOR: QT_TRANSLATE_NOOP(
        "Messages",
        "The key file of this profile uses settings that are no longer safe. Contact "
        "IT support to have the profile re-created.",
    ),
    ErrorCode.RECOVERY_KEY_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages",
        "The recovery key does not belong to this profile. Check with IT support "
        "which key was used.",
    ),
    ErrorCode.RECOVERY_KEY_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "The recovery key cannot be read. Check with IT support which key to use."
    ),
    ErrorCode.STORE_CORRUPT: QT_TRANSLATE_NOOP(
        "Messages",
        "The case store of this profile is damaged and cannot be opened. Do not "
        "delete anything; contact IT support, who can restore it.",
    ),
    ErrorCode.STORE_NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Messages",
        "This profile was saved by a newer Dossier version. Ask IT support to update "
        "Dossier on this laptop, then unlock again.",
    ),
    ErrorCode.STORE_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "The profile is locked. Unlock it again to continue."
    ),
    ErrorCode.SQLCIPHER_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Dossier is installed without its encryption component and will not open "
        "case data. Contact IT support to reinstall it.",
    ),
    ErrorCode.SQLCIPHER_TOO_OLD: QT_TRANSLATE_NOOP(
        "Messages", "Dossier's encryption component is outdated. Contact IT support to update it."
    ),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full, so nothing could be saved. Free some space, then try again; "
        "your entry is still in the form.",
    ),
    ErrorCode.IO_ERROR: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk could not be read or written. Try again; if it happens again, "
        "contact IT support.",
    ),
    ErrorCode.PROFILE_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "There already is a profile for this login on this laptop. Unlock that one."
    ),
    ErrorCode.PROFILE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "This profile no longer exists on this laptop. Choose another profile."
    ),
    ErrorCode.INVALID_PROFILE_NAME: QT_TRANSLATE_NOOP(
        "Messages", "The login may only contain letters, digits and . _ @ -."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "This entry no longer exists on this laptop. Reload the case list."
    ),
    ErrorCode.VALIDATION: QT_TRANSLATE_NOOP(
        "Messages", "Some fields are not valid. Correct the fields marked in red, then save again."
    ),
    ErrorCode.VERSION_CONFLICT: QT_TRANSLATE_NOOP(
        "Messages",
        "This entry was changed in the meantime. Close the form and open it again to "
        "see the current values; your changes were not saved.",
    ),
    ErrorCode.IMMUTABLE: QT_TRANSLATE_NOOP(
        "Messages", "This entry can no longer be changed. Add a correction instead."
    ),
    ErrorCode.ATTACHMENT_TAMPERED: QT_TRANSLATE_NOOP(
        "Messages",
        "This attachment has been damaged or changed and will not be shown. Contact IT support.",
    ),
    ErrorCode.ATTACHMENT_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "The file of this attachment is missing on this laptop. Sync to fetch it again."
    ),
    ErrorCode.AUDIT_CHAIN_BROKEN: QT_TRANSLATE_NOOP(
        "Messages",
        "The access log of this profile has been tampered with. Stop working with "
        "this laptop and contact IT support.",
    ),
}

DEADLINE_TEXTS: dict[str, str] = {
    "unknown_region": QT_TRANSLATE_NOOP(
        "Messages",
        "This case has no known canton or Land, so its holidays are unknown. Enter it in "
        "the case overview (for example VD or BY), then try again.",
    ),
    "region_needs_country": QT_TRANSLATE_NOOP(
        "Messages",
        "The case's region code is a Swiss canton and a German Land. Choose the country, "
        "or write it as CH-BE or DE-BE in the case overview.",
    ),
    "region_out_of_scope": QT_TRANSLATE_NOOP(
        "Messages", "This rule does not apply in the case's canton or Land. Choose another rule."
    ),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "Dossier does not know the holidays of that year, so it cannot compute this "
        "deadline. Check the date.",
    ),
}

SYNC_TEXTS: dict[str, str] = {
    "online_login_required": QT_TRANSLATE_NOOP(
        "Messages",
        "This laptop has not reached the sync service for too long, so the profile stays "
        "locked for your protection. Connect to the office network and sign in online, or "
        "contact IT support. Nothing has been deleted.",
    ),
    "service_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The sync service cannot be reached. Check the network connection, then sync again; "
        "your changes stay saved on this laptop.",
    ),
    "tls_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the sync service is not trusted, so nothing was sent. Contact "
        "IT support; your changes stay saved on this laptop.",
    ),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "Sync is not set up on this laptop yet. Ask IT support for an enrolment code."
    ),
    "upgrade_required": QT_TRANSLATE_NOOP(
        "Messages",
        "The sync service needs a newer Dossier version to send you changes. Your own changes "
        "were still sent and nothing is lost. Ask IT support to update Dossier on this laptop.",
    ),
    "scope_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "You are assigned more cases than one laptop can hold, so the sync service sends "
        "none. Your own changes were still sent and nothing is lost. Ask IT support or your "
        "team lead to reduce the cases assigned to you.",
    ),
    # The laptop refused the service's audit log head (SYNC-3): every sync stops until IT acts.
    "service_rollback": QT_TRANSLATE_NOOP(
        "Messages",
        "Contact IT support: the service's audit log is older than the one this laptop saw "
        "last, as if the service had been restored from a backup. Sync is stopped until IT "
        "has checked the service; keep working, your changes stay saved on this laptop.",
    ),
    "audit_log_inconsistent": QT_TRANSLATE_NOOP(
        "Messages",
        "Contact IT support: the service's audit log does not match the one this laptop "
        "checked before, so it may have been altered. Sync is stopped until IT has checked "
        "the service; keep working, your changes stay saved on this laptop.",
    ),
}

_SYNC_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "The sync did not finish. Try again later; your changes stay saved on this laptop. If it "
    "keeps failing, contact IT support and give them the details.",
)

_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Something went wrong. Try again; if it happens again, contact IT support and "
    "give them the details below.",
)

FIELD_TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "Required — please fill in."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long — shorten the text."),
    "too_many": QT_TRANSLATE_NOOP("Messages", "Too many entries — remove some."),
    "not_a_choice": QT_TRANSLATE_NOOP("Messages", "Choose one of the listed values."),
    "bad_format": QT_TRANSLATE_NOOP("Messages", "Not in the expected format."),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "Not a valid date — write it like 27.11.2026."),
    "bad_type": QT_TRANSLATE_NOOP("Messages", "Not a valid value for this field."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "This field is not known to this version."),
    "illegal_transition": QT_TRANSLATE_NOOP(
        "Messages", "A case cannot move directly to this status. Choose one of the next steps."
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "The linked entry no longer exists."),
    "archived": QT_TRANSLATE_NOOP("Messages", "The case is archived; restore it first."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "Enter a whole number."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "Outside the allowed range."),
    "duplicate_choice": QT_TRANSLATE_NOOP("Messages", "Each choice may be ticked only once."),
    "unknown_question": QT_TRANSLATE_NOOP(
        "Messages", "This question is not part of the form (any more)."
    ),
    "not_finalised": QT_TRANSLATE_NOOP(
        "Messages", "Only a finalised interview is corrected by an addendum; edit the draft."
    ),
    "in_future": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "before_opened": QT_TRANSLATE_NOOP(
        "Messages", "The case cannot be closed before the date it was opened."
    ),
    "not_closed": QT_TRANSLATE_NOOP(
        "Messages", "Only a closed case has a closing date; empty this field or close the case."
    ),
    INTERRUPTED: QT_TRANSLATE_NOOP(
        "Messages",
        "The interview is interrupted, so nothing was saved. Continue the interview first "
        "(“Continue interview …”), then record answers; your entry is still in the form.",
    ),
}

# What the expected format looks like, where "not in the expected format" alone won't help.
FORMAT_HINTS: dict[str, str] = {
    "case_number": QT_TRANSLATE_NOOP(
        "Messages", "Capital letters, digits and . / - such as ZH-2026-000123."
    ),
    "zemis_number": QT_TRANSLATE_NOOP("Messages", "8 digits, such as 1234.5678."),
    "n_number": QT_TRANSLATE_NOOP("Messages", "N and 6 digits, such as N 123 456."),
    "azr_number": QT_TRANSLATE_NOOP("Messages", "12 digits."),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "Digits, spaces and + ( ) / -, such as +41 79 123 45 67."
    ),
    "email": QT_TRANSLATE_NOOP("Messages", "An address such as name@example.ch."),
}
_PARTIAL_DATE_HINT = QT_TRANSLATE_NOOP(
    "Messages", "Not a valid date — write 27.11.1990, 11.1990 or only the year 1990."
)


def translate(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def error_message(exc: BaseException) -> UserMessage:
    """The message for any exception that reaches the user."""
    if isinstance(exc, ValidationFailed) and INTERRUPTED in exc.fields.values():
        # Not "correct the fields in red": nothing is wrong with them, the sitting is over.
        return UserMessage(translate(FIELD_TEXTS[INTERRUPTED]), f"{exc.code.value} ({exc.detail})")
    if isinstance(exc, StoreError):
        text = ERROR_TEXTS.get(exc.code, _UNEXPECTED)
        details = exc.code.value + (f" ({exc.detail})" if exc.detail else "")
        return UserMessage(translate(text), details)
    if isinstance(exc, OnlineLoginRequired):
        return sync_message("online_login_required")
    if isinstance(exc, DeadlineError):
        text = DEADLINE_TEXTS.get(exc.code, _UNEXPECTED)
        return UserMessage(translate(text), f"deadline.{exc.code}")
    # Not ours: only the type is shown; its message might contain personal data.
    return UserMessage(translate(_UNEXPECTED), type(exc).__name__)


def sync_message(code: str) -> UserMessage:
    """The message for a sync failure code (from the transport or the service)."""
    return UserMessage(translate(SYNC_TEXTS.get(code, _SYNC_FAILED)), f"sync.{code}")


def field_error(code: str, field: Field | None = None) -> str:
    """The text shown next to a field for a field error code from `storage.validation`."""
    if code == "bad_format" and field is not None and field.name in FORMAT_HINTS:
        return translate(FIELD_TEXTS["bad_format"]) + " " + translate(FORMAT_HINTS[field.name])
    if code == "bad_date" and field is not None and field.type is FieldType.PARTIAL_DATE:
        return translate(_PARTIAL_DATE_HINT)
    if code == "too_long" and field is not None and field.max_length:
        most = field.max_length  # a plain name: lupdate 6.11 skips translate(…, obj.attr)
        return QCoreApplication.translate("Messages", "Too long — at most %n characters.", "", most)
    return translate(FIELD_TEXTS.get(code, FIELD_TEXTS["bad_type"]))
