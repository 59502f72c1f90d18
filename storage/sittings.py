"""The sittings of an interview: held in one go, or interrupted and continued another day.

An interview stores its sittings in its `sittings` field (a JSON list, checked by
`storage.validation`): each has a start, an end, the language and interpreter of that sitting
and, when it was interrupted, an optional reason. Only the last sitting may still be open
(no end yet); its language and interpreter are the interview's own `language` and
`interpreter`, which the editor changes as the sitting goes on. An interview never
interrupted keeps the list empty and is one sitting, from `started_at` to `finished_at` —
so interviews recorded before sittings existed read exactly as before. While an interview is
interrupted the local store refuses changes to its answers and participants (INTERRUPTED,
`interrupted_errors`) until it is continued; what a pull brings from the service still applies.

The list is one LEGAL field: a concurrent change from two laptops is a manual conflict (an
interview is held on one laptop; two laptops changing its sittings at once is worth a
look), and like every field of the interview it is final once the interview is finalised.
No I/O here: pure functions from stored values to changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storage.errors import ValidationFailed
from storage.validation import instant

INTERRUPTED = "interrupted"
"""Field code: the interview is interrupted already (continue it first)."""
NOT_INTERRUPTED = "not_interrupted"
"""Field code: the interview is not interrupted, so there is nothing to continue."""
FINAL = "final"
"""Field code: a finalised interview's sittings do not change."""


@dataclass(frozen=True, slots=True)
class Sitting:
    started_at: str | None  # UTC ISO 8601; None only for a row imported without a start
    ended_at: str | None  # None: still going on (or a draft never interrupted)
    language: str | None
    interpreter: str | None
    reason: str | None = None  # why it was interrupted, if the caseworker said

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


def _stored(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    stored = values.get("sittings")
    return [dict(item) for item in stored] if isinstance(stored, list) else []


def sittings_of(values: Mapping[str, Any], created_at: str | None = None) -> tuple[Sitting, ...]:
    """Every sitting of the interview with stored `values`, first to last (at least one)."""
    stored = _stored(values)
    if not stored:
        start = values.get("started_at") or created_at
        return (
            Sitting(
                start, values.get("finished_at"), values.get("language"), values.get("interpreter")
            ),
        )
    sittings = []
    for item in stored:
        language, interpreter = item.get("language"), item.get("interpreter")
        if item.get("ended_at") is None:  # the current sitting: the interview's people
            language, interpreter = values.get("language"), values.get("interpreter")
        sittings.append(
            Sitting(
                item["started_at"], item.get("ended_at"), language, interpreter, item.get("reason")
            )
        )
    return tuple(sittings)


def is_interrupted(values: Mapping[str, Any]) -> bool:
    """True for a draft whose last sitting has ended: it waits to be continued."""
    stored = _stored(values)
    return (
        values.get("status") == "draft" and bool(stored) and stored[-1].get("ended_at") is not None
    )


HELD_FIELDS = ("answers", "language", "interpreter")
"""What a sitting records: while the interview is interrupted no sitting is going on, so
these do not change until it is continued (the protocol attributes answers to a sitting)."""


def interrupted_errors(values: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, str]:
    """Field → INTERRUPTED for each held field (`HELD_FIELDS`) that `changes` would change
    while the interview with stored `values` is interrupted. Changes that continue or
    finalise it in the same write pass (the result is no longer interrupted)."""
    if not is_interrupted(values) or not is_interrupted({**values, **changes}):
        return {}
    return {
        name: INTERRUPTED
        for name in HELD_FIELDS
        if name in changes and changes[name] != values.get(name)
    }


def _not_before(now: str, start: str | None) -> str:
    # A laptop clock set back must not make a sitting end before it began.
    return start if start is not None and instant(now) < instant(start) else now


def _closed(
    values: Mapping[str, Any], stored: list[dict[str, Any]], now: str
) -> list[dict[str, Any]]:
    if not stored:
        stored = [{"started_at": values.get("started_at") or now}]
    last = stored[-1]
    stored[-1] = last | {
        "ended_at": _not_before(now, last["started_at"]),
        "language": values.get("language"),
        "interpreter": values.get("interpreter"),
        "reason": last.get("reason"),
    }
    return stored


def interrupt_changes(values: Mapping[str, Any], now: str, reason: str | None) -> dict[str, Any]:
    """The changes that end the current sitting at `now`, with an optional `reason`."""
    if values.get("status") != "draft":
        raise ValidationFailed({"sittings": FINAL})
    if is_interrupted(values):
        raise ValidationFailed({"sittings": INTERRUPTED})
    stored = _closed(values, _stored(values), now)
    stored[-1]["reason"] = (reason or "").strip() or None
    return {"sittings": stored}


def continue_changes(
    values: Mapping[str, Any], now: str, language: str | None, interpreter: str | None
) -> dict[str, Any]:
    """The changes that open the next sitting at `now` with its language and interpreter."""
    if values.get("status") != "draft":
        raise ValidationFailed({"sittings": FINAL})
    if not is_interrupted(values):
        raise ValidationFailed({"sittings": NOT_INTERRUPTED})
    stored = _stored(values)
    start = _not_before(now, stored[-1]["ended_at"])
    opened = {
        "started_at": start,
        "ended_at": None,
        "language": language,
        "interpreter": interpreter,
        "reason": None,
    }
    return {"sittings": [*stored, opened], "language": language, "interpreter": interpreter}


def finalise_changes(values: Mapping[str, Any], now: str) -> dict[str, Any]:
    """The sittings' part of finalising: an open last sitting ends now (nothing when the
    interview never was interrupted: its one sitting ends with `finished_at`)."""
    stored = _stored(values)
    if not stored or stored[-1].get("ended_at") is not None:
        return {}
    return {"sittings": _closed(values, stored, now)}
