"""The audit chain's MAC key, sealed for the service so it can check the MACs (AUD-2).

A *key grant* gives the verifier the key that MACs entry ``seq + 1`` (K_{seq+1}) together with
the position (seq, h_seq) it starts from. From it the verifier recomputes every later key, and
never any earlier one (SHA-256 does not run backwards), so a grant reveals nothing a thief
of the device at that moment would not hold anyway:

* at profile creation, when the service's sealing key is known, the grant is made from
  genesis: (0, h_0, K_1 = H(K_0)), and every entry is MAC-checked;
* otherwise the laptop makes it when it first learns the service's key (at the first seal
  after enrolment) from its *current* state (n, h_n, K_{n+1}): entries after n are
  MAC-checked, and the entries up to n are fixed by h_n, which the profile signs with it.

K_0 itself never has to be kept anywhere for this: the store holds only the evolved key, as
before. The box's context binds chain id, seq and head, so a grant opens for one position
of one chain only. Pure: no I/O, no database.
"""

from __future__ import annotations

from storage.audit_checkpoint import KEY_SIZE, require_lengths
from storage.sealing import SealError, open_sealed, seal

CHAIN_KEY_CONTEXT = b"dossier/audit-chain-key/v1\x00"
META_SERVICE_GRANT = "audit_chain_key_for_service"
"""Store meta: the grant made for the service ({key_id, seq, head_hash, sealed}, hex)."""


def grant_context(chain_id: str, seq: int, head_hash: bytes) -> bytes:
    """What a grant's box is bound to: its chain and its position."""
    require_lengths(seq, head_hash, None)
    return (
        CHAIN_KEY_CONTEXT + chain_id.encode("utf-8") + b"\x00" + seq.to_bytes(8, "big") + head_hash
    )


def seal_chain_key(
    service_seal_public: bytes, *, chain_id: str, seq: int, head_hash: bytes, key: bytes | bytearray
) -> bytes:
    """Seal K_{seq+1} for the service (the caller wipes its copy of the key)."""
    require_lengths(seq, head_hash, key)
    return seal(service_seal_public, bytes(key), context=grant_context(chain_id, seq, head_hash))


def open_chain_key(
    service_seal_private: bytes, box: bytes, *, chain_id: str, seq: int, head_hash: bytes
) -> bytes:
    """K_{seq+1} from a grant; SealError if it is not a grant of this chain and position."""
    key = open_sealed(service_seal_private, box, context=grant_context(chain_id, seq, head_hash))
    if len(key) != KEY_SIZE:
        raise SealError("a chain key is 32 bytes")
    return key


def grant_record(
    service_key_id: str, *, seq: int, head_hash: bytes, sealed: bytes
) -> dict[str, object]:
    """The store meta value of a grant (no secret in it: the key is sealed)."""
    return {
        "key_id": service_key_id,
        "seq": seq,
        "head_hash": head_hash.hex(),
        "sealed": sealed.hex(),
    }
