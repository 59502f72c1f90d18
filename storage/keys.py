"""The key envelope: the store's data key, wrapped for the passphrase and for recovery.

The SQLCipher database is keyed with a random 256-bit data key (KEY-1) that exists on disk
only inside this envelope (KEY-2), wrapped twice:

* for the caseworker's passphrase: Argon2id (floor 64 MiB, t=3; KEY-3) stretches the
  passphrase into a seed; HKDF-SHA256 splits the seed into the wrap key and a 16-byte
  ``kek_check``; AES-256-GCM with a random 96-bit nonce wraps the data key;
* for the organisation's recovery key (REC-1): an ephemeral X25519 exchange with the
  recovery public key, HKDF-SHA256, AES-256-GCM.

The envelope is a checksummed JSON document; its layout, its *header* and the header's
canonical form are specified in `storage.envelope_format` (format version 1). The canonical
header is the AAD of the passphrase wrap, so any change to it makes the unwrap fail. The
recovery wrap binds the same header minus ``kdf`` (in its HKDF info and AAD), because a
passphrase change replaces salt and KDF parameters while the recovery wrap must stay valid
(KEY-8). Details for a second implementation: the passphrase is NFC-normalised UTF-8; the seed
is split with HKDF-Expand under the ``_LABEL_PASSPHRASE`` / ``_LABEL_CHECK`` labels; the
recovery HKDF salt is ephemeral public key || recipient public key; every AAD and info is its
label followed by the canonical header. ``tests/unit/storage/test_keys.py`` rebuilds an
envelope from this description and the format's alone.

Errors, in the order they are checked: ``checksum`` (SHA-256 of the canonical document
without it) catches corruption and naive edits before any KDF runs with edited parameters
(ENVELOPE_TAMPERED); ``kek_check`` tells a wrong passphrase (WRONG_PASSPHRASE) from a
tampered header or ciphertext (ENVELOPE_TAMPERED), as KeePass's header HMAC does. An attacker
who rewrites the checksum *and* the salt or KDF parameters is indistinguishable from a wrong
passphrase — the unwrap still fails. The check adds no offline oracle: the GCM tag already
is one, at the same Argon2id cost.

Memory (MEM-1): keys live in ``bytearray`` and are overwritten after use; ``cryptography``
fills caller buffers via ``derive_into``/``decrypt_into``. Immutable copies remain where no
buffer API exists: the passphrase ``str`` (and its UTF-8 encoding), the X25519 shared secret,
the hex pragma string and ``cryptography``'s own internal key copies.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import time
import unicodedata
from dataclasses import replace
from typing import cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF, HKDFExpand

from storage.envelope_format import (
    AEAD_ID,
    CHECK_BYTES,
    DATA_KEY_BYTES,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    FORMAT,
    KDF_ID,
    MAX_ENVELOPE_BYTES,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    NONCE_BYTES,
    RECOVERY_SCHEME,
    SALT_BYTES,
    VERSION,
    X25519_BYTES,
    Envelope,
    EnvelopeInfo,
    KdfParams,
    RecoverySeal,
    Wrap,
    canonical_json,
    envelope_header,
    inspect_envelope,
    parse_envelope,
    read_envelope,
    serialise_envelope,
    write_envelope,
)
from storage.errors import ErrorCode, StoreError

# What moved to `storage.envelope_format` with the file stays importable from here.
__all__ = [
    "AEAD_ID",
    "CHECK_BYTES",
    "DATA_KEY_BYTES",
    "FLOOR_ITERATIONS",
    "FLOOR_MEMORY_KIB",
    "FORMAT",
    "KDF_ID",
    "MAX_ENVELOPE_BYTES",
    "MAX_ITERATIONS",
    "MAX_LANES",
    "MAX_MEMORY_KIB",
    "NONCE_BYTES",
    "RECOVERY_SCHEME",
    "SALT_BYTES",
    "VERSION",
    "EnvelopeInfo",
    "KdfParams",
    "calibrated_kdf",
    "create_envelope",
    "generate_recovery_keypair",
    "inspect_envelope",
    "new_data_key",
    "read_envelope",
    "recover_data_key",
    "recovery_key_id",
    "reset_passphrase",
    "rewrap_passphrase",
    "sqlcipher_key_pragma_value",
    "unwrap_with_passphrase",
    "wipe",
    "write_envelope",
]


_LABEL_PASSPHRASE = b"dossier-key-envelope/v1/passphrase-wrap\x00"
_LABEL_CHECK = b"dossier-key-envelope/v1/kek-check\x00"
_LABEL_RECOVERY = b"dossier-key-envelope/v1/recovery-wrap\x00"
_LABEL_KEY_ID = b"dossier-recovery-key-id/v1\x00"


# --- data key ------------------------------------------------------------------------------


def new_data_key() -> bytearray:
    """A fresh 256-bit data key from the OS CSPRNG (KEY-1); wipe it when done."""
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def sqlcipher_key_pragma_value(key: bytes | bytearray) -> str:
    """The raw-key literal ``x'<64 hex>'`` for ``PRAGMA key`` (skips SQLCipher's PBKDF2,
    right for a full-entropy key). The returned str cannot be wiped: keep it short-lived."""
    if len(key) != DATA_KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return f"x'{key.hex()}'"


def wipe(buffer: bytearray) -> None:
    """Overwrite key material in place (MEM-1)."""
    buffer[:] = bytes(len(buffer))


# --- recovery keys (for IT) ------------------------------------------------------------------


def generate_recovery_keypair() -> tuple[bytearray, bytes]:
    """A new organisation recovery key pair: (raw X25519 private key, raw public key).

    The private half belongs offline (HSM or split M-of-N, REC-1); only the public half and
    its `recovery_key_id` are configured on laptops.
    """
    private = X25519PrivateKey.generate()
    return bytearray(private.private_bytes_raw()), private.public_key().public_bytes_raw()


def recovery_key_id(public_key: bytes) -> str:
    """A short fingerprint (32 hex digits) of a raw X25519 recovery public key."""
    if len(public_key) != X25519_BYTES:
        raise StoreError(ErrorCode.RECOVERY_KEY_INVALID, "public key length")
    return hashlib.sha256(_LABEL_KEY_ID + bytes(public_key)).hexdigest()[:32]


# --- envelope operations ----------------------------------------------------------------------


def create_envelope(
    data_key: bytearray,
    passphrase: str,
    *,
    profile_id: str,
    recovery_public_key: bytes,
    kdf: KdfParams | None = None,
) -> bytes:
    """Wrap `data_key` for `passphrase` and for the recovery key; returns the envelope bytes.

    The passphrase policy (KEY-4) is the caller's: see `storage.passphrase`. Raises
    KDF_BELOW_FLOOR for parameters under the floor and RECOVERY_KEY_INVALID for a recovery
    public key that is not a usable X25519 key.
    """
    kdf = kdf or KdfParams.default()
    kdf.check()
    _require_data_key(data_key)
    if not isinstance(profile_id, str) or not profile_id:
        raise ValueError("profile_id must be a non-empty str")
    recovery = _seal_for_recovery(data_key, recovery_public_key, profile_id)
    return _wrap_for_passphrase(profile_id, recovery, data_key, passphrase, kdf)


def unwrap_with_passphrase(envelope: bytes, passphrase: str) -> bytearray:
    """The data key, or WRONG_PASSPHRASE / ENVELOPE_TAMPERED / ENVELOPE_UNSUPPORTED /
    KDF_BELOW_FLOOR. The caller wipes the returned buffer."""
    return _unwrap(parse_envelope(envelope), passphrase)


def rewrap_passphrase(
    envelope: bytes, old_passphrase: str, new_passphrase: str, *, kdf: KdfParams | None = None
) -> bytes:
    """Passphrase change (KEY-8): the same data key under a new salt and passphrase.

    Only the passphrase wrap changes; the recovery wrap and the database stay as they are.
    `kdf` defaults to the envelope's current parameters.
    """
    parsed = parse_envelope(envelope)
    data_key = _unwrap(parsed, old_passphrase)
    try:
        return _wrap_for_passphrase(
            parsed.profile_id, parsed.recovery, data_key, new_passphrase, kdf or parsed.kdf
        )
    finally:
        wipe(data_key)


def reset_passphrase(
    envelope: bytes, data_key: bytearray, new_passphrase: str, *, kdf: KdfParams | None = None
) -> bytes:
    """After recovery: wrap `data_key` (as returned by `recover_data_key` for this very
    envelope) for a new passphrase, keeping the recovery wrap. Nothing can check that the key
    matches the recovery wrap, so never pass any other key.

    This is the one explicit migration path for an envelope below the KDF floor: the new
    passphrase wrap gets the floor parameters unless `kdf` says otherwise.
    """
    parsed = parse_envelope(envelope, enforce_kdf=False)
    _require_data_key(data_key)
    if kdf is None:
        kdf = parsed.kdf if _meets_floor(parsed.kdf) else KdfParams.default()
    return _wrap_for_passphrase(parsed.profile_id, parsed.recovery, data_key, new_passphrase, kdf)


def recover_data_key(envelope: bytes, recovery_private_key: bytes | bytearray) -> bytearray:
    """Open the recovery wrap with the organisation's raw X25519 private key (REC-1).

    RECOVERY_KEY_MISMATCH if the envelope was sealed to another recovery key,
    RECOVERY_KEY_INVALID if the key is not a raw X25519 private key. The caller records the
    recovery in the audit log, wipes the returned buffer and re-keys the store.

    The KDF floor is not applied here: the recovery wrap does not depend on the KDF, and
    recovery followed by `reset_passphrase` is how an envelope below the floor is rescued.
    """
    parsed = parse_envelope(envelope, enforce_kdf=False)
    seal = parsed.recovery
    try:
        private = X25519PrivateKey.from_private_bytes(recovery_private_key)
    except ValueError:
        raise StoreError(ErrorCode.RECOVERY_KEY_INVALID, "private key") from None
    public = private.public_key().public_bytes_raw()
    if not hmac.compare_digest(recovery_key_id(public), seal.key_id):
        raise StoreError(ErrorCode.RECOVERY_KEY_MISMATCH)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(seal.ephemeral_public))
    except ValueError:  # a low-order point: only an edited file has one
        raise StoreError(ErrorCode.ENVELOPE_TAMPERED, "ephemeral key") from None
    aad = _recovery_aad(parsed.profile_id, seal.key_id, seal.ephemeral_public)
    wrap_key = _recovery_wrap_key(shared, seal.ephemeral_public, public, aad)
    try:
        return _open(wrap_key, seal.wrap, aad)
    finally:
        wipe(wrap_key)


# --- wrapping ----------------------------------------------------------------------------------


def _wrap_for_passphrase(
    profile_id: str, recovery: RecoverySeal, data_key: bytearray, passphrase: str, kdf: KdfParams
) -> bytes:
    kdf.check()
    salt = secrets.token_bytes(SALT_BYTES)
    wrap_key, check = _split_seed(_derive_seed(passphrase, kdf, salt))
    envelope = Envelope(profile_id, kdf, salt, check, Wrap(b"", b""), recovery)
    try:
        nonce = secrets.token_bytes(NONCE_BYTES)
        ciphertext = AESGCM(wrap_key).encrypt(nonce, data_key, _passphrase_aad(envelope))
    finally:
        wipe(wrap_key)
    return serialise_envelope(replace(envelope, passphrase_wrap=Wrap(nonce, ciphertext)))


def _unwrap(parsed: Envelope, passphrase: str) -> bytearray:
    wrap_key, check = _split_seed(_derive_seed(passphrase, parsed.kdf, parsed.salt))
    try:
        if not hmac.compare_digest(check, parsed.kek_check):
            raise StoreError(ErrorCode.WRONG_PASSPHRASE)
        # The passphrase is right, so a failing tag means the header or ciphertext was edited.
        return _open(wrap_key, parsed.passphrase_wrap, _passphrase_aad(parsed))
    finally:
        wipe(wrap_key)


def _seal_for_recovery(
    data_key: bytearray, recovery_public_key: bytes, profile_id: str
) -> RecoverySeal:
    key_id = recovery_key_id(recovery_public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recovery_public_key))
    except ValueError:  # a low-order point would make the shared secret predictable
        raise StoreError(ErrorCode.RECOVERY_KEY_INVALID, "public key") from None
    aad = _recovery_aad(profile_id, key_id, ephemeral_public)
    wrap_key = _recovery_wrap_key(shared, ephemeral_public, recovery_public_key, aad)
    try:
        nonce = secrets.token_bytes(NONCE_BYTES)
        ciphertext = AESGCM(wrap_key).encrypt(nonce, data_key, aad)
    finally:
        wipe(wrap_key)
    return RecoverySeal(key_id, ephemeral_public, Wrap(nonce, ciphertext))


def _passphrase_aad(envelope: Envelope) -> bytes:
    header = envelope_header(envelope.profile_id, envelope.recovery, envelope.kdf, envelope.salt)
    return _LABEL_PASSPHRASE + canonical_json(header)


def _recovery_aad(profile_id: str, key_id: str, ephemeral_public: bytes) -> bytes:
    # The header without "kdf": a passphrase change replaces it, the recovery wrap must survive.
    seal = RecoverySeal(key_id, ephemeral_public, Wrap(b"", b""))
    return _LABEL_RECOVERY + canonical_json(envelope_header(profile_id, seal))


def _recovery_wrap_key(
    shared: bytes, ephemeral_public: bytes, recipient_public: bytes, info: bytes
) -> bytearray:
    # Both public keys go into the salt (as in HPKE), the header into the info: the key is
    # bound to this exchange and this envelope.
    salt = ephemeral_public + bytes(recipient_public)
    wrap_key = bytearray(32)
    HKDF(hashes.SHA256(), 32, salt=salt, info=info).derive_into(shared, wrap_key)
    return wrap_key


def _derive_seed(passphrase: str, kdf: KdfParams, salt: bytes) -> bytearray:
    if not passphrase:
        raise StoreError(ErrorCode.WEAK_PASSPHRASE, "empty")
    # NFC, so the same passphrase typed on another OS or keyboard derives the same key.
    secret = bytearray(unicodedata.normalize("NFC", passphrase), "utf-8")
    seed = bytearray(32)
    try:
        argon = Argon2id(
            salt=salt,
            length=32,
            iterations=kdf.iterations,
            lanes=kdf.lanes,
            memory_cost=kdf.memory_kib,
        )
        # The stub says bytes, the binding takes any buffer: a bytearray can be wiped.
        argon.derive_into(cast(bytes, secret), seed)
    finally:
        wipe(secret)
    return seed


def _split_seed(seed: bytearray) -> tuple[bytearray, bytes]:
    # Separate keys for wrapping and for the check: the check reveals nothing of the wrap key.
    try:
        wrap_key = bytearray(32)
        HKDFExpand(hashes.SHA256(), 32, _LABEL_PASSPHRASE).derive_into(seed, wrap_key)
        check = HKDFExpand(hashes.SHA256(), CHECK_BYTES, _LABEL_CHECK).derive(seed)
    finally:
        wipe(seed)
    return wrap_key, check


def _open(wrap_key: bytearray, wrap: Wrap, aad: bytes) -> bytearray:
    data_key = bytearray(DATA_KEY_BYTES)
    try:
        AESGCM(wrap_key).decrypt_into(wrap.nonce, wrap.ciphertext, aad, data_key)
    except InvalidTag:
        wipe(data_key)  # decrypt_into leaves the unauthenticated plaintext in the buffer
        raise StoreError(ErrorCode.ENVELOPE_TAMPERED, "authentication failed") from None
    return data_key


def _meets_floor(kdf: KdfParams) -> bool:
    try:
        kdf.check()
    except StoreError:
        return False
    return True


def _require_data_key(data_key: bytearray) -> None:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("data key must be 32 bytes")


def calibrated_kdf(target_seconds: float) -> KdfParams:
    """Argon2id parameters that take about `target_seconds` on this machine (KEY-3).

    Memory and lanes stay at the floor's 64 MiB / 4; passes are raised from the floor's 3
    until one derivation takes the target, capped at the ceiling. A target of 0 (or a
    machine already slower than the target) gives the floor itself, never less.
    """
    floor = KdfParams.default()
    if target_seconds <= 0:
        return floor
    started = time.perf_counter()
    wipe(_derive_seed("calibration", floor, secrets.token_bytes(16)))
    elapsed = max(time.perf_counter() - started, 1e-3)
    passes = math.ceil(floor.iterations * target_seconds / elapsed)
    return replace(floor, iterations=min(max(passes, floor.iterations), MAX_ITERATIONS))
