"""The key envelope file: a checksummed JSON document, read, written and parsed strictly.

Format version 1::

    {"format": "dossier-key-envelope", "version": 1, "profile_id": "...",
     "kdf": {"id": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4,
             "salt": b64(16)},
     "passphrase_wrap": {"aead": "aes-256-gcm", "kek_check": b64(16), "nonce": b64(12),
                         "ciphertext": b64(48)},
     "recovery_wrap": {"scheme": "x25519-hkdf-sha256-aes-256-gcm", "key_id": hex(32),
                       "ephemeral_public": b64(32), "nonce": b64(12), "ciphertext": b64(48)},
     "checksum": hex(sha256)}

The *header* is the document without ``checksum``, ``kek_check``, the nonces and the
ciphertexts; `storage.keys` binds its canonical form (JSON, sorted keys, no whitespace, ASCII)
into both wraps. ``checksum`` is the SHA-256 of the canonical document without it.

This module reads, writes and inspects the file without unwrapping anything; the wrapping and
unwrapping, and what the header and the checksum protect against, are in `storage.keys`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.errors import ErrorCode, StoreError
from storage.fsutil import atomic_write_bytes

FORMAT = "dossier-key-envelope"
VERSION = 1
KDF_ID = "argon2id"
AEAD_ID = "aes-256-gcm"
RECOVERY_SCHEME = "x25519-hkdf-sha256-aes-256-gcm"

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16
X25519_BYTES = 32
_WRAPPED_BYTES = DATA_KEY_BYTES + 16  # + GCM tag

# KEY-3 floor, enforced when creating *and* when opening: no envelope below it is ever used.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
# Ceilings only stop an edited envelope from making unlock allocate or spin without bound.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64
MAX_ENVELOPE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. Lanes are not floored: fewer lanes make unlock slower, not cracking
    cheaper; memory and passes are what an attacker pays for."""

    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = 4

    @classmethod
    def default(cls) -> KdfParams:
        """The floor itself (64 MiB, t=3, p=4); callers may calibrate upwards (KEY-3)."""
        return cls()

    def check(self) -> None:
        """KDF_BELOW_FLOOR below 64 MiB / t=3; ENVELOPE_UNSUPPORTED beyond the ceilings."""
        if self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS:
            raise StoreError(ErrorCode.KDF_BELOW_FLOOR, f"m={self.memory_kib} t={self.iterations}")
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.iterations > MAX_ITERATIONS
            or not 1 <= self.lanes <= MAX_LANES
        ):
            raise StoreError(ErrorCode.ENVELOPE_UNSUPPORTED, "kdf parameters beyond ceiling")


@dataclass(frozen=True, slots=True)
class EnvelopeInfo:
    """The non-secret facts of an envelope (which recovery key opens it, what it costs)."""

    profile_id: str
    kdf: KdfParams
    recovery_key_id: str


@dataclass(frozen=True, slots=True)
class Wrap:
    """One AES-256-GCM wrap of the data key."""

    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True, slots=True)
class RecoverySeal:
    """The recovery wrap and the public facts needed to open it."""

    key_id: str
    ephemeral_public: bytes
    wrap: Wrap


@dataclass(frozen=True, slots=True)
class Envelope:
    """A parsed envelope: every field of the document but the checksum."""

    profile_id: str
    kdf: KdfParams
    salt: bytes
    kek_check: bytes
    passphrase_wrap: Wrap
    recovery: RecoverySeal


def inspect_envelope(envelope: bytes) -> EnvelopeInfo:
    """Profile id, KDF parameters and recovery key id, validated but not unwrapped (the KDF
    parameters are reported even when below the floor)."""
    parsed = parse_envelope(envelope, enforce_kdf=False)
    return EnvelopeInfo(parsed.profile_id, parsed.kdf, parsed.recovery.key_id)


def read_envelope(path: Path) -> bytes:
    """The envelope file's bytes: NOT_FOUND if missing, IO_ERROR if unreadable,
    ENVELOPE_TAMPERED if implausibly large."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ENVELOPE_BYTES + 1)
    except FileNotFoundError:
        raise StoreError(ErrorCode.NOT_FOUND, "key envelope") from None
    except OSError as exc:
        raise StoreError(ErrorCode.IO_ERROR, f"read key envelope: {type(exc).__name__}") from None
    if len(data) > MAX_ENVELOPE_BYTES:
        raise StoreError(ErrorCode.ENVELOPE_TAMPERED, "too large")
    return data


def write_envelope(path: Path, envelope: bytes) -> None:
    """Validate and atomically write an envelope (the old file survives any failure)."""
    parse_envelope(envelope)
    atomic_write_bytes(path, envelope)


def envelope_header(
    profile_id: str, recovery: RecoverySeal, kdf: KdfParams | None = None, salt: bytes = b""
) -> dict[str, Any]:
    """The header as a document; without `kdf` it is the header the recovery wrap binds."""
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "profile_id": profile_id,
        "passphrase_wrap": {"aead": AEAD_ID},
        "recovery_wrap": {
            "scheme": RECOVERY_SCHEME,
            "key_id": recovery.key_id,
            "ephemeral_public": _b64(recovery.ephemeral_public),
        },
    }
    if kdf is not None:
        header["kdf"] = {
            "id": KDF_ID,
            "memory_kib": kdf.memory_kib,
            "iterations": kdf.iterations,
            "lanes": kdf.lanes,
            "salt": _b64(salt),
        }
    return header


def canonical_json(value: Any) -> bytes:
    """The canonical form that is hashed and bound: sorted keys, no whitespace, ASCII."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return text.encode("ascii")


def serialise_envelope(envelope: Envelope) -> bytes:
    """The envelope file's bytes, checksum included."""
    doc = envelope_header(envelope.profile_id, envelope.recovery, envelope.kdf, envelope.salt)
    doc["passphrase_wrap"] |= {
        "kek_check": _b64(envelope.kek_check),
        "nonce": _b64(envelope.passphrase_wrap.nonce),
        "ciphertext": _b64(envelope.passphrase_wrap.ciphertext),
    }
    doc["recovery_wrap"] |= {
        "nonce": _b64(envelope.recovery.wrap.nonce),
        "ciphertext": _b64(envelope.recovery.wrap.ciphertext),
    }
    doc["checksum"] = hashlib.sha256(canonical_json(doc)).hexdigest()
    return json.dumps(doc, indent=2, sort_keys=True).encode("ascii") + b"\n"


def parse_envelope(envelope: bytes, *, enforce_kdf: bool = True) -> Envelope:
    """The envelope in `envelope`: ENVELOPE_UNSUPPORTED for another format, version or
    algorithm, ENVELOPE_TAMPERED for a wrong checksum or a malformed document, and (with
    `enforce_kdf`) KDF_BELOW_FLOOR / ENVELOPE_UNSUPPORTED for KDF parameters out of bounds."""
    doc = _load_json(envelope)
    if doc.get("format") != FORMAT or type(doc.get("version")) is not int:
        raise StoreError(ErrorCode.ENVELOPE_UNSUPPORTED, "not a key envelope")
    if doc["version"] != VERSION:
        raise StoreError(ErrorCode.ENVELOPE_UNSUPPORTED, f"version {doc['version']}")
    checksum = doc.pop("checksum", None)
    expected = hashlib.sha256(canonical_json(doc)).hexdigest()
    if not isinstance(checksum, str) or not hmac.compare_digest(checksum, expected):
        raise StoreError(ErrorCode.ENVELOPE_TAMPERED, "checksum")
    try:
        parsed = _from_document(doc)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise StoreError(ErrorCode.ENVELOPE_TAMPERED, "malformed") from None
    if enforce_kdf:
        parsed.kdf.check()
    return parsed


def _from_document(doc: dict[str, Any]) -> Envelope:
    _keys(doc, {"format", "version", "profile_id", "kdf", "passphrase_wrap", "recovery_wrap"})
    kdf = _keys(doc["kdf"], {"id", "memory_kib", "iterations", "lanes", "salt"})
    pw = _keys(doc["passphrase_wrap"], {"aead", "kek_check", "nonce", "ciphertext"})
    rc = _keys(
        doc["recovery_wrap"], {"scheme", "key_id", "ephemeral_public", "nonce", "ciphertext"}
    )
    if (kdf["id"], pw["aead"], rc["scheme"]) != (KDF_ID, AEAD_ID, RECOVERY_SCHEME):
        raise StoreError(ErrorCode.ENVELOPE_UNSUPPORTED, "algorithm")
    recovery = RecoverySeal(
        key_id=_text(rc["key_id"]),
        ephemeral_public=_unb64(rc["ephemeral_public"], X25519_BYTES),
        wrap=Wrap(_unb64(rc["nonce"], NONCE_BYTES), _unb64(rc["ciphertext"], _WRAPPED_BYTES)),
    )
    return Envelope(
        profile_id=_text(doc["profile_id"]),
        kdf=KdfParams(_int(kdf["memory_kib"]), _int(kdf["iterations"]), _int(kdf["lanes"])),
        salt=_unb64(kdf["salt"], SALT_BYTES),
        kek_check=_unb64(pw["kek_check"], CHECK_BYTES),
        passphrase_wrap=Wrap(
            _unb64(pw["nonce"], NONCE_BYTES), _unb64(pw["ciphertext"], _WRAPPED_BYTES)
        ),
        recovery=recovery,
    )


def _load_json(envelope: bytes) -> dict[str, Any]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        # A repeated key could be read differently by another parser: refuse it.
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("duplicate key")
        return result

    def no_constants(name: str) -> Any:
        raise ValueError(name)

    try:
        doc = json.loads(
            bytes(envelope).decode("utf-8"),
            object_pairs_hook=no_duplicates,
            parse_constant=no_constants,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise StoreError(ErrorCode.ENVELOPE_TAMPERED, "not json") from None
    if not isinstance(doc, dict):
        raise StoreError(ErrorCode.ENVELOPE_TAMPERED, "not an object")
    return doc


def _keys(value: Any, expected: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != expected:
        raise ValueError("unexpected fields")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError("not a non-empty str")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:  # bool is an int subclass; JSON true is not a cost
        raise TypeError("not an int")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, length: int) -> bytes:
    if not isinstance(value, str):
        raise TypeError("not base64 text")
    data = base64.b64decode(value, validate=True)
    if len(data) != length:
        raise ValueError("wrong length")
    return data
