"""A case's closing date: set when the case is closed, cleared when it is reopened.

The service keeps a closed case for a fixed time after its `closed_on` and then erases it
(`sync.server.services.retention`), so a closed case needs that date and it must be true:
never in the future, never before the case was opened. Closing a case without a date gives it
today's (the caseworker's local date); reopening it (closed → in_progress) clears the date.

Pure rules over field values, used by the local store's writes (`RecordService`) and by the
service's bulk import. A synced change is not checked again: the laptop that made it did.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from storage.validation import REQUIRED, is_empty

CLOSED = "closed"
IN_FUTURE = "in_future"
"""Field code: a closing date after today."""
BEFORE_OPENED = "before_opened"
"""Field code: a closing date before the case's opening date."""
NOT_CLOSED = "not_closed"
"""Field code: a closing date on a case that is not closed."""
_DATES = frozenset(("status", "opened_on", "closed_on"))


def closing_changes(
    current: Mapping[str, Any] | None, changes: Mapping[str, Any], today: date
) -> dict[str, Any]:
    """`changes` to a case (`current` None: a new case) with the closing date they imply.

    Closing without a date adds today's; leaving `closed` (reopening) clears it. A date the
    caseworker gave is kept as given, for `closing_errors` to judge.
    """
    before = current or {}
    result = dict(changes)
    status = result.get("status", before.get("status"))
    if status == CLOSED and before.get("status") != CLOSED and is_empty(result.get("closed_on")):
        result["closed_on"] = today.isoformat()
    elif before.get("status") == CLOSED and status != CLOSED and "closed_on" not in result:
        result["closed_on"] = None
    return result


def closing_errors(
    current: Mapping[str, Any] | None, changes: Mapping[str, Any], today: date
) -> dict[str, str]:
    """Field → code for the case `current` would become with `changes` (after
    `closing_changes`); empty when its dates are sound or the change does not touch them.

    A case closed before closing dates existed may keep its empty date until someone edits
    its status or dates; then the date is required like on any closed case.
    """
    if not _DATES & set(changes):
        return {}
    row = {**(current or {}), **changes}
    closed_on, opened_on = row.get("closed_on"), row.get("opened_on")
    if row.get("status") != CLOSED:
        return {} if is_empty(closed_on) else {"closed_on": NOT_CLOSED}
    code = None
    if is_empty(closed_on):
        code = REQUIRED
    elif not isinstance(closed_on, str):
        return {}  # a wrong type is `check_values`'s to report
    elif closed_on > today.isoformat():  # valid dates are YYYY-MM-DD: text order is date order
        code = IN_FUTURE
    elif isinstance(opened_on, str) and closed_on < opened_on:
        code = BEFORE_OPENED
    return {"closed_on": code} if code else {}


__all__ = [
    "BEFORE_OPENED",
    "CLOSED",
    "IN_FUTURE",
    "NOT_CLOSED",
    "closing_changes",
    "closing_errors",
]
