"""Enrolment: a one-time code from IT + a caseworker's login turn a laptop profile into a
known device + profile with tokens (DESIGN §5.7).

Password verification (slow by design) runs outside any write transaction so it never holds
SQLite's single write lock. Failures are counted for throttling in their own transaction,
which commits even though the request then fails.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, RowMapping, insert, select, update

from storage.ids import new_id
from sync.server.db.database import Database
from sync.server.db.tables import device, enrolment_code, profile
from sync.server.errors import ServerError, ServerErrorCode, WipeAction
from sync.server.keys import ServiceKeyring
from sync.server.services import audit, throttle, tokens
from sync.server.services.passwords import PasswordHasher
from sync.server.services.users import UserInfo, find_user, normalise_login
from sync.server.settings import Settings

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_CODE_GROUPS, _GROUP_LENGTH = 4, 4  # 80 random bits, typed as XXXX-XXXX-XXXX-XXXX


@dataclass(frozen=True, slots=True)
class EnrolmentRequest:
    """What a laptop sends to enrol one profile."""

    code: str
    login: str
    password: str
    device_name: str
    app_version: str | None
    sign_public_key: bytes
    seal_public_key: bytes
    device_credential: str | None  # present when the laptop is already a known device
    client_address: str | None


@dataclass(frozen=True, slots=True)
class Enrolment:
    """The outcome of a successful enrolment."""

    user: UserInfo
    device_id: str
    device_credential: str | None  # only when the device was created now: shown once
    profile_id: str
    service_key_id: str
    tokens: tokens.TokenPair


def normalise_code(code: str) -> str:
    """The canonical form of a typed code: case, blanks and dashes don't matter."""
    cleaned = "".join(code.split()).replace("-", "").upper()
    return cleaned.translate(str.maketrans("OIL", "011"))


def hash_code(code: str) -> str:
    """The stored form of an enrolment code."""
    return hashlib.sha256(normalise_code(code).encode("utf-8", "surrogatepass")).hexdigest()


def create_code(
    conn: Connection, *, now: datetime, ttl: timedelta, user_id: str | None
) -> tuple[str, datetime]:
    """A new one-time code (returned once, stored hashed) and its expiry."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_GROUPS * _GROUP_LENGTH))
    code = "-".join(raw[i : i + _GROUP_LENGTH] for i in range(0, len(raw), _GROUP_LENGTH))
    code_id = new_id()
    conn.execute(
        insert(enrolment_code).values(
            id=code_id,
            code_hash=hash_code(code),
            user_id=user_id,
            created_at=now,
            expires_at=now + ttl,
        )
    )
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action="enrolment_code.created",
        object_type="enrolment_code",
        object_id=code_id,
        detail={"bound_user": user_id},
    )
    return code, now + ttl


def enrol(
    db: Database,
    request: EnrolmentRequest,
    *,
    settings: Settings,
    hasher: PasswordHasher,
    keyring: ServiceKeyring,
    now: datetime,
) -> Enrolment:
    """Enrol one profile; raises ServerError (throttled, bad code, bad login, wipe)."""
    login = normalise_login(request.login)
    keys = throttle.keys_for(login=login, address=request.client_address)
    with db.read() as conn:
        throttle.check(conn, keys, now=now)
        user = find_user(conn, login)
        code = _find_code(conn, request.code)
        known_device = _known_device(conn, request.device_credential)
    password_ok = hasher.verify(user["password_hash"] if user else None, request.password)
    failure = _failure(user, password_ok, code, now)
    if failure is not None:
        with db.write() as conn:
            throttle.record_failure(conn, keys, now=now, policy=settings.throttling)
        raise ServerError(failure)
    assert user is not None and code is not None
    with db.write() as conn:
        throttle.record_success(conn, keys[:1])
        return _register(
            conn,
            request,
            user=user,
            code=code,
            known_device=known_device,
            settings=settings,
            keyring=keyring,
            now=now,
        )


def _find_code(conn: Connection, code: str) -> RowMapping | None:
    found = conn.execute(
        select(enrolment_code).where(enrolment_code.c.code_hash == hash_code(code))
    )
    return found.mappings().first()


def _known_device(conn: Connection, credential: str | None) -> RowMapping | None:
    if credential is None:
        return None
    found = (
        conn.execute(
            select(device).where(device.c.credential_hash == tokens.hash_secret(credential))
        )
        .mappings()
        .first()
    )
    if found is None:
        raise ServerError(ServerErrorCode.UNAUTHENTICATED, "device credential")
    if found["status"] != "active":
        code = {"revoked": ServerErrorCode.DEVICE_REVOKED}.get(
            found["status"], ServerErrorCode.DEVICE_RETIRED
        )
        raise ServerError(code, action=WipeAction.WIPE)
    return found


def _failure(
    user: RowMapping | None, password_ok: bool, code: RowMapping | None, now: datetime
) -> ServerErrorCode | None:
    # Credentials are judged first, so someone guessing codes without a valid login learns
    # nothing about which codes exist.
    if user is None or not password_ok or not user["active"]:
        return ServerErrorCode.INVALID_CREDENTIALS
    if code is None or code["used_at"] is not None or code["expires_at"] <= now:
        return ServerErrorCode.ENROLMENT_CODE_INVALID
    if code["user_id"] is not None and code["user_id"] != user["id"]:
        return ServerErrorCode.ENROLMENT_CODE_INVALID
    return None


def _register(
    conn: Connection,
    request: EnrolmentRequest,
    *,
    user: RowMapping,
    code: RowMapping,
    known_device: RowMapping | None,
    settings: Settings,
    keyring: ServiceKeyring,
    now: datetime,
) -> Enrolment:
    profile_id = new_id()
    spent = conn.execute(
        update(enrolment_code)
        .where(enrolment_code.c.id == code["id"], enrolment_code.c.used_at.is_(None))
        .values(used_at=now, used_by_profile=profile_id)
    )
    if spent.rowcount != 1:  # used by a concurrent enrolment a moment ago
        raise ServerError(ServerErrorCode.ENROLMENT_CODE_INVALID)
    device_id, credential = _device_for(conn, request, known_device, now)
    conn.execute(
        insert(profile).values(
            id=profile_id,
            device_id=device_id,
            user_id=user["id"],
            sign_public_key=request.sign_public_key,
            seal_public_key=request.seal_public_key,
            service_key_id=keyring.current.key_id,
            last_mutation_seq=0,
            status="active",
            created_at=now,
            last_contact_at=now,
        )
    )
    pair = tokens.issue(
        conn,
        profile_id=profile_id,
        family_id=tokens.new_family(),
        now=now,
        access_ttl=settings.access_token_ttl,
        refresh_ttl=settings.refresh_token_ttl,
    )
    audit.record(
        conn,
        now=now,
        actor_kind=audit.USER,
        actor_id=user["id"],
        action="profile.enrolled",
        object_type="profile",
        object_id=profile_id,
        detail={"device_id": device_id, "new_device": credential is not None},
    )
    info = UserInfo(
        user["id"], user["login"], user["display_name"], user["role"], user["team"], True
    )
    return Enrolment(info, device_id, credential, profile_id, keyring.current.key_id, pair)


def _device_for(
    conn: Connection, request: EnrolmentRequest, known: RowMapping | None, now: datetime
) -> tuple[str, str | None]:
    if known is not None:
        status = conn.execute(select(device.c.status).where(device.c.id == known["id"]))
        if status.scalar_one() != "active":  # revoked between the check and now
            raise ServerError(ServerErrorCode.DEVICE_REVOKED, action=WipeAction.WIPE)
        return known["id"], None
    device_id, credential = new_id(), tokens.new_secret(tokens.DEVICE_PREFIX)
    conn.execute(
        insert(device).values(
            id=device_id,
            name=request.device_name,
            credential_hash=tokens.hash_secret(credential),
            status="active",
            app_version=request.app_version,
            created_at=now,
            last_contact_at=now,
        )
    )
    return device_id, credential
