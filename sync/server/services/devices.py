"""The device fleet: listing, revocation and retirement of devices and profiles.

Revoke = the laptop is lost or compromised: every call answers `wipe`, tokens are revoked.
Retire = the laptop is handed back in order: its final push is still accepted, every other
call answers `wipe` (DESIGN §5.7, security-baseline DEV-1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, RowMapping, select, update

from sync.server.db.tables import device, profile, user_account
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import audit, clocks, tokens

_NEXT_STATUS = {("active", "revoked"), ("active", "retired"), ("retired", "revoked")}


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    """One caseworker profile on a device."""

    id: str
    login: str
    status: str
    last_mutation_seq: int
    last_contact_at: datetime | None


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """One laptop as IT sees it."""

    id: str
    name: str
    status: str
    app_version: str | None
    created_at: datetime
    last_contact_at: datetime | None
    profiles: tuple[ProfileInfo, ...]
    clock_skew_ms: int | None = None  # laptop minus service at the last reading (+: ahead)
    clock_checked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ClockReading:
    """One laptop's clock as the service last saw it (`services.clocks`)."""

    device_id: str
    name: str
    status: str
    skew_ms: int | None  # None: never read (an app that does not send its clock)
    checked_at: datetime | None
    flagged: bool  # beyond the limit, either direction


def list_devices(conn: Connection) -> list[DeviceInfo]:
    """Every device with its profiles, most recently seen first."""
    profiles: dict[str, list[ProfileInfo]] = {}
    rows = conn.execute(
        select(profile, user_account.c.login)
        .join_from(profile, user_account, profile.c.user_id == user_account.c.id)
        .order_by(profile.c.created_at)
    ).mappings()
    for row in rows:
        profiles.setdefault(row["device_id"], []).append(
            ProfileInfo(
                row["id"],
                row["login"],
                row["status"],
                row["last_mutation_seq"],
                row["last_contact_at"],
            )
        )
    devices = conn.execute(select(device).order_by(device.c.created_at)).mappings()
    found = [_device_info(row, profiles.get(row["id"], [])) for row in devices]
    return sorted(found, key=lambda d: d.last_contact_at or d.created_at, reverse=True)


def _device_info(row: RowMapping, profiles: list[ProfileInfo]) -> DeviceInfo:
    return DeviceInfo(
        row["id"],
        row["name"],
        row["status"],
        row["app_version"],
        row["created_at"],
        row["last_contact_at"],
        tuple(profiles),
        row["clock_skew_ms"],
        row["clock_checked_at"],
    )


def clock_report(conn: Connection, *, limit: timedelta) -> list[ClockReading]:
    """Every device's last clock reading: flagged ones first, the furthest off first."""
    found = [
        ClockReading(
            row["id"],
            row["name"],
            row["status"],
            row["clock_skew_ms"],
            row["clock_checked_at"],
            clocks.is_skewed(row["clock_skew_ms"], limit),
        )
        for row in conn.execute(select(device).order_by(device.c.created_at)).mappings()
    ]
    return sorted(found, key=lambda r: (not r.flagged, -abs(r.skew_ms or 0)))


def set_device_status(conn: Connection, *, device_id: str, status: str, now: datetime) -> None:
    """Revoke or retire a device and, with it, every profile it hosts."""
    current = conn.execute(select(device.c.status).where(device.c.id == device_id)).scalar()
    if current is None:
        raise ServerError(ServerErrorCode.DEVICE_NOT_FOUND)
    _check_transition(current, status)
    conn.execute(
        update(device).where(device.c.id == device_id).values(status=status, status_changed_at=now)
    )
    hosted = list(
        conn.execute(select(profile.c.id).where(profile.c.device_id == device_id)).scalars()
    )
    if status == "revoked":
        tokens.revoke_profiles(conn, hosted, now=now)
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action=f"device.{status}",
        object_type="device",
        object_id=device_id,
        detail={"profiles": len(hosted)},
    )


def set_profile_status(
    conn: Connection, *, device_id: str, profile_id: str, status: str, now: datetime
) -> None:
    """Revoke or retire one profile of a device (the other profiles keep syncing)."""
    found = conn.execute(
        select(profile.c.status, profile.c.device_id).where(profile.c.id == profile_id)
    ).first()
    if found is None or found.device_id != device_id:
        raise ServerError(ServerErrorCode.PROFILE_NOT_FOUND)
    _check_transition(found.status, status)
    conn.execute(
        update(profile)
        .where(profile.c.id == profile_id)
        .values(status=status, status_changed_at=now)
    )
    if status == "revoked":
        tokens.revoke_profiles(conn, [profile_id], now=now)
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action=f"profile.{status}",
        object_type="profile",
        object_id=profile_id,
        detail={"device_id": device_id},
    )


def _check_transition(current: str, wanted: str) -> None:
    if (current, wanted) not in _NEXT_STATUS:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, f"{current} -> {wanted}")
