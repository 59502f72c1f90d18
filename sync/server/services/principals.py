"""Who is calling: device + profile + user, checked together on every request (F41).

A request authenticates either with a profile's access token (the unlocked app) or with the
device credential plus the profile it acts for (`dossier-sync` on a locked laptop, DESIGN
§5.0). Either way the profile must be hosted by that device. A revoked device or profile is
told to wipe even when its token has expired meanwhile: a laptop that was offline for weeks
must still get the instruction on its next contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, RowMapping, select

from sync.server.db.tables import device, profile, user_account
from sync.server.errors import ServerError, ServerErrorCode, WipeAction
from sync.server.services import tokens


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated caller."""

    user_id: str
    login: str
    role: str
    team: str | None
    device_id: str
    profile_id: str
    device_status: str
    profile_status: str
    via_device_credential: bool
    last_contact_at: datetime | None  # the device's, before this request


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the request presented."""

    bearer: str
    device_id: str | None = None  # `Dossier-Device-Id` header, if any
    profile_id: str | None = None  # `Dossier-Profile-Id` header, if any


def authenticate(
    conn: Connection, creds: Credentials, *, now: datetime, allow_retired: bool
) -> Principal:
    """The caller behind `creds`, or a ServerError saying why not (wipe included)."""
    if creds.bearer.startswith(tokens.ACCESS_PREFIX):
        prof, dev, live = _by_access_token(conn, creds, now)
    elif creds.bearer.startswith(tokens.DEVICE_PREFIX):
        prof, dev = _by_device_credential(conn, creds)
        live = True
    else:
        raise ServerError(ServerErrorCode.UNAUTHENTICATED)
    _check_status(dev, prof, allow_retired=allow_retired)
    if not live:
        raise ServerError(ServerErrorCode.UNAUTHENTICATED, "expired")
    user = conn.execute(select(user_account).where(user_account.c.id == prof["user_id"]))
    user_row = user.mappings().one()
    if not user_row["active"]:
        raise ServerError(ServerErrorCode.USER_DISABLED)
    return Principal(
        user_id=user_row["id"],
        login=user_row["login"],
        role=user_row["role"],
        team=user_row["team"],
        device_id=dev["id"],
        profile_id=prof["id"],
        device_status=dev["status"],
        profile_status=prof["status"],
        via_device_credential=creds.bearer.startswith(tokens.DEVICE_PREFIX),
        last_contact_at=dev["last_contact_at"],
    )


def _by_access_token(
    conn: Connection, creds: Credentials, now: datetime
) -> tuple[RowMapping, RowMapping, bool]:
    token = tokens.find(conn, creds.bearer, "access")
    if token is None:
        raise ServerError(ServerErrorCode.UNAUTHENTICATED)
    prof = _profile(conn, token["profile_id"])
    dev = _device(conn, prof["device_id"])
    if creds.profile_id is not None and creds.profile_id != prof["id"]:
        raise ServerError(ServerErrorCode.FORBIDDEN, "profile header")
    if creds.device_id is not None and creds.device_id != dev["id"]:
        raise ServerError(ServerErrorCode.DEVICE_MISMATCH)
    return prof, dev, tokens.is_live(token, now)


def _by_device_credential(conn: Connection, creds: Credentials) -> tuple[RowMapping, RowMapping]:
    found = conn.execute(
        select(device).where(device.c.credential_hash == tokens.hash_secret(creds.bearer))
    )
    dev = found.mappings().first()
    if dev is None:
        raise ServerError(ServerErrorCode.UNAUTHENTICATED)
    if creds.device_id is not None and creds.device_id != dev["id"]:
        raise ServerError(ServerErrorCode.DEVICE_MISMATCH)
    _check_status(dev, None, allow_retired=True)  # a revoked device hears "wipe" first
    if creds.profile_id is None:
        raise ServerError(ServerErrorCode.FORBIDDEN, "profile header missing")
    prof = conn.execute(select(profile).where(profile.c.id == creds.profile_id)).mappings()
    prof_row = prof.first()
    if prof_row is None or prof_row["device_id"] != dev["id"]:
        # Same answer whether the profile exists elsewhere or not at all.
        raise ServerError(ServerErrorCode.DEVICE_MISMATCH)
    return prof_row, dev


def _check_status(dev: RowMapping, prof: RowMapping | None, *, allow_retired: bool) -> None:
    wipe = WipeAction.WIPE
    if dev["status"] == "revoked":
        raise ServerError(ServerErrorCode.DEVICE_REVOKED, action=wipe)
    if prof is not None and prof["status"] == "revoked":
        raise ServerError(ServerErrorCode.PROFILE_REVOKED, action=wipe)
    if dev["status"] == "retired" and not allow_retired:
        raise ServerError(ServerErrorCode.DEVICE_RETIRED, action=wipe)
    if prof is not None and prof["status"] == "retired" and not allow_retired:
        raise ServerError(ServerErrorCode.PROFILE_RETIRED, action=wipe)


def _profile(conn: Connection, profile_id: str) -> RowMapping:
    return conn.execute(select(profile).where(profile.c.id == profile_id)).mappings().one()


def _device(conn: Connection, device_id: str) -> RowMapping:
    return conn.execute(select(device).where(device.c.id == device_id)).mappings().one()
