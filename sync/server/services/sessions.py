"""Token refresh and the per-request contact bookkeeping of devices."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from sync.server.db.database import Database
from sync.server.db.tables import device, profile
from sync.server.errors import ServerError, ServerErrorCode, WipeAction
from sync.server.services import tokens
from sync.server.settings import Settings

CONTACT_RESOLUTION = timedelta(minutes=1)
"""`last_contact_at` is updated at most this often: one write per request would make every
read a write (and on SQLite, serialise all requests)."""


def refresh(
    db: Database, refresh_token: str, *, settings: Settings, now: datetime
) -> tokens.TokenPair:
    """The next token pair for a refresh token; `unauthenticated` or a wipe otherwise."""
    with db.write() as conn:
        row = tokens.find(conn, refresh_token, "refresh")
        if row is None:
            raise ServerError(ServerErrorCode.UNAUTHENTICATED)
        joined = select(device.c.status, profile.c.status.label("profile_status")).join_from(
            profile, device, profile.c.device_id == device.c.id
        )
        statuses = conn.execute(joined.where(profile.c.id == row["profile_id"])).one()
        _refuse_inactive(statuses.status, statuses.profile_status)
        result = tokens.rotate_refresh(
            conn,
            row,
            now=now,
            access_ttl=settings.access_token_ttl,
            refresh_ttl=settings.refresh_token_ttl,
        )
    # Raised after the commit, so a replay's family revocation is kept.
    if isinstance(result, tokens.RefreshFailure):
        raise ServerError(ServerErrorCode.UNAUTHENTICATED, result.value)
    return result


def _refuse_inactive(device_status: str, profile_status: str) -> None:
    # Refreshing is not a final push: a retired device or profile is told to wipe.
    codes = {
        ("device", "revoked"): ServerErrorCode.DEVICE_REVOKED,
        ("profile", "revoked"): ServerErrorCode.PROFILE_REVOKED,
        ("device", "retired"): ServerErrorCode.DEVICE_RETIRED,
        ("profile", "retired"): ServerErrorCode.PROFILE_RETIRED,
    }
    for key in (("device", device_status), ("profile", profile_status)):
        if key in codes:
            raise ServerError(codes[key], action=WipeAction.WIPE)


def touch(
    db: Database,
    *,
    device_id: str,
    profile_id: str,
    app_version: str | None,
    seen: datetime | None,
    now: datetime,
    clock_skew_ms: int | None = None,
) -> bool:
    """Record a contact (the app version, the laptop's clock skew) when the last one is older
    than a minute; whether it was recorded."""
    if seen is not None and now - seen < CONTACT_RESOLUTION:
        return False
    with db.write() as conn:
        values: dict[str, object] = {"last_contact_at": now}
        if app_version:
            values["app_version"] = app_version
        if clock_skew_ms is not None:
            values |= {"clock_skew_ms": clock_skew_ms, "clock_checked_at": now}
        conn.execute(update(device).where(device.c.id == device_id).values(**values))
        conn.execute(update(profile).where(profile.c.id == profile_id).values(last_contact_at=now))
    return True
