"""Opaque bearer secrets: access tokens, refresh tokens and device credentials.

Each is 256 random bits with a short prefix naming its kind (so a leaked one is recognisable
and cannot be confused with another kind). Only a SHA-256 of it is stored: the secrets are
random, so a slow hash would add nothing, and a database dump does not authenticate anyone.
Refresh tokens rotate on every use; a refresh token used twice means it was copied, so the
whole family of tokens descending from that login is revoked.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection, RowMapping, insert, select, update

from storage.ids import new_id
from sync.server.db.tables import auth_token

ACCESS_PREFIX = "dat_"
REFRESH_PREFIX = "drt_"
DEVICE_PREFIX = "ddc_"


@dataclass(frozen=True, slots=True)
class TokenPair:
    """What a successful login or refresh hands out."""

    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime


class RefreshFailure(StrEnum):
    """Why a refresh token was not accepted (all answered as `unauthenticated`)."""

    UNKNOWN = "unknown"
    EXPIRED = "expired"
    REPLAYED = "replayed"  # the family was revoked as a consequence


def new_secret(prefix: str) -> str:
    """A fresh random secret of the given kind."""
    return prefix + secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    """The stored form of a secret."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def issue(
    conn: Connection,
    *,
    profile_id: str,
    family_id: str,
    now: datetime,
    access_ttl: timedelta,
    refresh_ttl: timedelta,
) -> TokenPair:
    """Store and return a new access + refresh token pair for `profile_id`."""
    pair = TokenPair(
        access_token=new_secret(ACCESS_PREFIX),
        access_expires_at=now + access_ttl,
        refresh_token=new_secret(REFRESH_PREFIX),
        refresh_expires_at=now + refresh_ttl,
    )
    common = {"profile_id": profile_id, "family_id": family_id, "created_at": now}
    conn.execute(
        insert(auth_token),
        [
            {
                **common,
                "token_hash": hash_secret(pair.access_token),
                "kind": "access",
                "expires_at": pair.access_expires_at,
            },
            {
                **common,
                "token_hash": hash_secret(pair.refresh_token),
                "kind": "refresh",
                "expires_at": pair.refresh_expires_at,
            },
        ],
    )
    return pair


def find(conn: Connection, secret: str, kind: str) -> RowMapping | None:
    """The stored token row for `secret` of `kind`, expired or revoked ones included."""
    return (
        conn.execute(
            select(auth_token).where(
                auth_token.c.token_hash == hash_secret(secret), auth_token.c.kind == kind
            )
        )
        .mappings()
        .first()
    )


def is_live(row: RowMapping, now: datetime) -> bool:
    """True if the token is neither expired nor revoked."""
    return row["revoked_at"] is None and row["expires_at"] > now


def rotate_refresh(
    conn: Connection,
    row: RowMapping,
    *,
    now: datetime,
    access_ttl: timedelta,
    refresh_ttl: timedelta,
) -> TokenPair | RefreshFailure:
    """Spend the refresh token `row` and issue the next pair of its family."""
    if row["used_at"] is not None:
        revoke_family(conn, row["family_id"], now=now)
        return RefreshFailure.REPLAYED
    if not is_live(row, now):
        return RefreshFailure.EXPIRED
    spent = conn.execute(
        update(auth_token)
        .where(auth_token.c.token_hash == row["token_hash"], auth_token.c.used_at.is_(None))
        .values(used_at=now)
    )
    if spent.rowcount != 1:  # another request spent it a moment ago: a replay as well
        revoke_family(conn, row["family_id"], now=now)
        return RefreshFailure.REPLAYED
    return issue(
        conn,
        profile_id=row["profile_id"],
        family_id=row["family_id"],
        now=now,
        access_ttl=access_ttl,
        refresh_ttl=refresh_ttl,
    )


def new_family() -> str:
    """The id of a new token family (one per login)."""
    return new_id()


def revoke_family(conn: Connection, family_id: str, *, now: datetime) -> None:
    """Revoke every token of one family."""
    conn.execute(
        update(auth_token)
        .where(auth_token.c.family_id == family_id, auth_token.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def revoke_profiles(conn: Connection, profile_ids: list[str], *, now: datetime) -> None:
    """Revoke every token of these profiles (device or profile revocation)."""
    conn.execute(
        update(auth_token)
        .where(auth_token.c.profile_id.in_(profile_ids), auth_token.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
