"""A chain-key grant opens only for its chain and position, and only with the service's key."""

from __future__ import annotations

import pytest

from storage.audit_chain import evolve_key, genesis_hash, new_chain_key
from storage.audit_key_grant import open_chain_key, seal_chain_key
from storage.sealing import SealError, new_x25519_keypair


def test_a_grant_opens_for_its_chain_and_position_only() -> None:
    private, public = new_x25519_keypair()
    k0 = bytes(new_chain_key())
    head = genesis_hash("chain-a")
    box = seal_chain_key(public, chain_id="chain-a", seq=0, head_hash=head, key=evolve_key(k0, 1))
    opened = open_chain_key(private, box, chain_id="chain-a", seq=0, head_hash=head)
    assert opened == evolve_key(k0, 1)
    with pytest.raises(SealError):
        open_chain_key(private, box, chain_id="chain-b", seq=0, head_hash=head)
    with pytest.raises(SealError):
        open_chain_key(private, box, chain_id="chain-a", seq=1, head_hash=head)
    with pytest.raises(SealError):
        open_chain_key(new_x25519_keypair()[0], box, chain_id="chain-a", seq=0, head_hash=head)


def test_a_key_is_never_moved_backwards() -> None:
    key = bytes(new_chain_key())
    assert evolve_key(key, 0) == key
    assert evolve_key(evolve_key(key, 2), 3) == evolve_key(key, 5)
    with pytest.raises(ValueError):
        evolve_key(key, -1)
