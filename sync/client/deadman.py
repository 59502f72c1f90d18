"""Offline dead-man switch: a profile unsynced for too long refuses to unlock (DESIGN §5.7).

A laptop that has not reached the service for N days may be lost or stolen, and its
caseworker may have been revoked meanwhile without the laptop hearing of it. The app calls
`unlock_gate` before asking for the passphrase; past the limit it must do an online login
(which, when it succeeds, records a contact with `record_online_contact`) before unlocking.
Nothing is wiped by this rule: the outbox, staged pages and store stay exactly as they are.

The service does not send a policy yet, so `DEFAULT_OFFLINE_DAYS` applies unless a policy was
stored in the transport state (`TransportState.offline_days`).
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta

from storage.clock import utc_iso
from storage.profiles import ProfileInfo
from sync.client.layout import ProfileFiles

DEFAULT_OFFLINE_DAYS = 14
CLOCK_SLACK = timedelta(days=1)


class Gate(enum.Enum):
    """What the app may do at unlock."""

    OPEN = "open"  # unlock as usual
    ONLINE_LOGIN_REQUIRED = "online_login_required"  # protocol code `profile_locked`
    NOT_ENROLLED = "not_enrolled"  # a local-only profile: the rule does not apply


def _parse(stamp: str) -> datetime:
    parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def offline_days(info: ProfileInfo) -> int:
    """The policy in force for the profile: the service's, else the default."""
    days = ProfileFiles(info).state().offline_days
    return days if days and days > 0 else DEFAULT_OFFLINE_DAYS


def unlock_gate(info: ProfileInfo, *, now: datetime) -> Gate:
    """Whether the profile may unlock at `now` (the clock is injected, UTC-aware).

    Measured from the last successful sync or online login. Setting the clock back to dodge
    the rule is caught: a last contact more than a day in the future also needs a login
    (a day of slack for time zones and small skews); setting it forward only asks sooner.
    """
    state = ProfileFiles(info).state()
    if state.server_profile_id is None:
        return Gate.NOT_ENROLLED
    if state.last_success is None:
        return Gate.OPEN  # enrolment itself was the online login; the first sync follows
    last = _parse(state.last_success)
    if last - now > CLOCK_SLACK or now - last > timedelta(days=offline_days(info)):
        return Gate.ONLINE_LOGIN_REQUIRED
    return Gate.OPEN


def record_online_contact(info: ProfileInfo, *, now: datetime | None = None) -> None:
    """Record a successful online login (the sync engine records successful syncs itself)."""
    files = ProfileFiles(info)
    state = files.state()
    state.last_success = utc_iso() if now is None else now.astimezone(UTC).isoformat()
    files.save_state(state)
