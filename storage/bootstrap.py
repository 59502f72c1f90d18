"""The first contents of a new profile's store: identity, keys and an empty audit chain."""

from __future__ import annotations

import secrets as random
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert

from storage.audit import init_chain
from storage.audit_chain import new_chain_key
from storage.clock import WallClock, utc_iso
from storage.database import Store
from storage.keys import wipe
from storage.schema import SCHEMA_VERSION
from storage.sealing import new_x25519_keypair, seal
from storage.tables import secret

if TYPE_CHECKING:
    from storage.profiles import ProfileInfo

SIGNING_KEY = "profile_signing_key"  # Ed25519: signs mutations and audit checkpoints
SYNC_KEY = "profile_sync_key"  # X25519: opens pages the service seals for this profile
ATTACHMENT_KEK = "attachment_kek"  # wraps attachment content keys (KEY-5)
AUDIT_K0_CONTEXT = b"dossier-audit-k0"


def _ed25519_private_raw() -> tuple[bytes, bytes]:
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return private, public


def initialise_store(
    store: Store,
    info: ProfileInfo,
    device_id: str,
    recovery_public_key: bytes,
    clock: WallClock,
) -> None:
    """Write the profile's identity, its own keys (one per purpose) and the audit genesis.

    The audit chain's K_0 leaves the store only sealed to the organisation's recovery key
    (so IT can verify MACs); the laptop itself keeps only the evolved key.
    """
    signing_private, signing_public = _ed25519_private_raw()
    sync_private, sync_public = new_x25519_keypair()
    k0 = new_chain_key()
    sealed_k0 = seal(
        recovery_public_key, bytes(k0), context=AUDIT_K0_CONTEXT + info.profile_id.encode()
    )
    with store.write() as conn:
        conn.execute(
            insert(secret),
            [
                {"name": SIGNING_KEY, "material": signing_private},
                {"name": SYNC_KEY, "material": sync_private},
                {"name": ATTACHMENT_KEK, "material": random.token_bytes(32)},
            ],
        )
        for key, value in {
            "profile_id": info.profile_id,
            "device_id": device_id,
            "login": info.login,
            "created_at": utc_iso(clock),
            "schema_version": SCHEMA_VERSION,
            "signing_public_key": signing_public.hex(),
            "sync_public_key": sync_public.hex(),
            "audit_k0_sealed_for_recovery": sealed_k0.hex(),
            "mutation_seq": 0,
        }.items():
            store.set_meta(conn, key, value)
        init_chain(conn, info.profile_id, k0)
    wipe(k0)
