"""Checkpoints of the audit chain: a verified position, and the profile's signature over one.

A checkpoint (seq, h_seq) lets `storage.audit_chain.verify_chain` resume where the last
verification ended instead of at genesis; a signed one is a head the service can hold the
device to (an `expected_head`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

# Every chain key K_i and chain hash h_i; checked wherever a position is kept.
KEY_SIZE = 32
HASH_SIZE = 32
_CHECKPOINT_TAG = b"dossier-audit-checkpoint-v1\x00"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A verified position (seq, h_seq) and, if MACs are checked, K_{seq+1}."""

    seq: int
    head_hash: bytes
    key: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        require_lengths(self.seq, self.head_hash, self.key)


def sign_checkpoint(private_key: Ed25519PrivateKey, seq: int, head_hash: bytes) -> bytes:
    """Ed25519 signature over (seq, head hash) by the profile's audit signing key."""
    return private_key.sign(_checkpoint_message(seq, head_hash))


def verify_checkpoint(public_key: Ed25519PublicKey, seq: int, head_hash: bytes, sig: bytes) -> bool:
    """True if `sig` is the profile's signature of exactly this (seq, head hash)."""
    try:
        public_key.verify(sig, _checkpoint_message(seq, head_hash))
    except InvalidSignature:
        return False
    return True


def require_lengths(seq: int, head_hash: bytes, key: bytes | bytearray | None) -> None:
    """ValueError for a negative seq or a hash or key that is not 32 bytes."""
    if seq < 0:
        raise ValueError("seq must not be negative")
    if len(head_hash) != HASH_SIZE or (key is not None and len(key) != KEY_SIZE):
        raise ValueError("head hash and key must be 32 bytes")


def _checkpoint_message(seq: int, head_hash: bytes) -> bytes:
    require_lengths(seq, head_hash, None)
    return _CHECKPOINT_TAG + seq.to_bytes(8, "big") + head_hash
