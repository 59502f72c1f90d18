"""Sealed boxes: encrypt to an X25519 public key (ephemeral ECDH + HKDF-SHA256 + AES-256-GCM).

Used wherever data must be readable by exactly one other party without any shared secret:
the audit chain's initial key for the verifier, and (DESIGN §5.0) mutations sealed for the
central service and pages sealed for a profile. `context` binds the box to its purpose and
its surroundings (it is both HKDF info and AEAD associated data), so a box can never be
replayed for another purpose.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"\x01"
_PUBLIC_LEN = 32
_NONCE_LEN = 12


class SealError(ValueError):
    """A box that is malformed, tampered with, or not for this key or context."""


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes, context: bytes) -> bytes:
    hkdf = HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=b"dossier-seal-v1" + context)
    return hkdf.derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, *, context: bytes) -> bytes:
    """Encrypt `plaintext` so that only the holder of the matching private key can open it."""
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw(ephemeral.public_key())
    key = _box_key(ephemeral.exchange(recipient), ephemeral_raw, recipient_public, context)
    nonce = os.urandom(_NONCE_LEN)
    body = AESGCM(key).encrypt(nonce, plaintext, _VERSION + context)
    return _VERSION + ephemeral_raw + nonce + body


def open_sealed(recipient_private: bytes, box: bytes, *, context: bytes) -> bytes:
    """Decrypt a sealed box; SealError if it is not for this key and context, or altered."""
    if len(box) < 1 + _PUBLIC_LEN + _NONCE_LEN + 16 or box[:1] != _VERSION:
        raise SealError("malformed box")
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    ephemeral_raw = box[1 : 1 + _PUBLIC_LEN]
    nonce = box[1 + _PUBLIC_LEN : 1 + _PUBLIC_LEN + _NONCE_LEN]
    body = box[1 + _PUBLIC_LEN + _NONCE_LEN :]
    recipient_raw = _raw(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        key = _box_key(shared, ephemeral_raw, recipient_raw, context)
        return AESGCM(key).decrypt(nonce, body, _VERSION + context)
    except (InvalidTag, ValueError):
        raise SealError("box does not open") from None


def new_x25519_keypair() -> tuple[bytes, bytes]:
    """A fresh (private, public) X25519 key pair as raw bytes."""
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return raw_private, _raw(private.public_key())
