"""The profile's sync identity inside its store: own keys, pinned service keys, tokens.

Private keys and tokens live in `store_secret` (inside the encrypted store only); the
service's public keys are pinned in `store_meta` at enrolment and only ever replaced by a
newer generation the service announces over the same pinned channel.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from storage.bootstrap import SIGNING_KEY, SYNC_KEY
from storage.database import Store
from storage.tables import secret

META_SERVICE_KEYS = "sync_service_keys"
META_SERVER_PROFILE = "sync_profile_id"
META_SERVICE_URL = "sync_service_url"
META_SERVER_EPOCH = "sync_server_epoch"
ACCESS_TOKEN = "sync_access_token"  # noqa: S105 - a secret's name, not a secret
REFRESH_TOKEN = "sync_refresh_token"  # noqa: S105


class NotEnrolled(Exception):
    """The profile has no sync identity yet (enrol first)."""


@dataclass(frozen=True, slots=True)
class SyncIdentity:
    """Everything needed to seal, sign and open for one enrolled profile."""

    server_profile_id: str
    sign_private: bytes
    seal_private: bytes
    service_key_id: str
    service_seal_public: bytes
    service_sign_publics: dict[str, bytes]


def b64decode(text: str) -> bytes:
    """Standard base64 as the service sends it."""
    return base64.b64decode(text, validate=True)


def load_identity(store: Store, conn: Connection) -> SyncIdentity:
    """The profile's sync identity; NotEnrolled before enrolment."""
    server_profile = store.get_meta(conn, META_SERVER_PROFILE)
    keys: Any = store.get_meta(conn, META_SERVICE_KEYS)
    if not isinstance(server_profile, str) or not isinstance(keys, dict):
        raise NotEnrolled
    current = str(keys["current_key_id"])
    by_id = {str(k["key_id"]): k for k in keys["keys"]}
    return SyncIdentity(
        server_profile_id=server_profile,
        sign_private=read_secret(conn, SIGNING_KEY),
        seal_private=read_secret(conn, SYNC_KEY),
        service_key_id=current,
        service_seal_public=b64decode(by_id[current]["seal_public_key"]),
        service_sign_publics={k: b64decode(v["sign_public_key"]) for k, v in by_id.items()},
    )


def pin_service_keys(store: Store, conn: Connection, keys: dict[str, Any]) -> None:
    """Pin the service's public keys (every generation it still honours)."""
    pinned = {
        "current_key_id": keys["current_key_id"],
        "keys": [
            {k: key[k] for k in ("key_id", "seal_public_key", "sign_public_key")}
            for key in keys["keys"]
        ],
    }
    store.set_meta(conn, META_SERVICE_KEYS, pinned)


def read_secret(conn: Connection, name: str) -> bytes:
    """A secret of the store; KeyError when missing."""
    found = conn.execute(select(secret.c.material).where(secret.c.name == name)).scalar()
    if found is None:
        raise KeyError(name)
    return bytes(found)


def write_secret(conn: Connection, name: str, material: bytes) -> None:
    """Set a secret of the store in the caller's transaction."""
    conn.execute(delete(secret).where(secret.c.name == name))
    conn.execute(insert(secret), {"name": name, "material": material})


def public_keys(store: Store, conn: Connection) -> tuple[str, str]:
    """The profile's (signing, sealing) public keys as base64, for enrolment."""
    sign = bytes.fromhex(str(store.get_meta(conn, "signing_public_key")))
    seal = bytes.fromhex(str(store.get_meta(conn, "sync_public_key")))
    return base64.b64encode(sign).decode(), base64.b64encode(seal).decode()


def tokens(conn: Connection) -> tuple[str, str] | None:
    """The stored (access, refresh) tokens, if any."""
    try:
        return read_secret(conn, ACCESS_TOKEN).decode(), read_secret(conn, REFRESH_TOKEN).decode()
    except KeyError:
        return None


def save_tokens(conn: Connection, access: str, refresh: str) -> None:
    """Replace the stored tokens."""
    write_secret(conn, ACCESS_TOKEN, access.encode())
    write_secret(conn, REFRESH_TOKEN, refresh.encode())
