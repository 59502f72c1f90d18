"""The service's Merkle audit log (AUD-3): RFC 6962/9162 hashing, proofs, frontier, signed heads.

Known answers pin the hashing to the standard (a log no other implementation agrees with proves
nothing to an outside witness); a literal, list-slicing transcription of the RFC definitions
is the oracle for the storage-agnostic generator; Hypothesis checks that every honest proof
verifies and any single flipped bit does not; the witness scenarios name every way a log can
lie (rewind, fork, rewritten entry, forged or foreign head, malformed proof).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.transparency import (
    EMPTY_ROOT,
    Frontier,
    HeadFailure,
    HeadWitness,
    LeafHashReader,
    PerfectSubtree,
    SignedTreeHead,
    TreeHead,
    consistency_proof,
    consistency_proof_size,
    inclusion_proof,
    inclusion_proof_size,
    largest_power_of_two_below,
    leaf_hash,
    node_hash,
    sign_tree_head,
    tree_root,
    verify_consistency,
    verify_inclusion,
    verify_tree_head,
)

# Per test, not a global profile: other suites share the Hypothesis settings.
log_settings = settings(deadline=None, max_examples=150)

# The eight Certificate Transparency test leaves and the RFC 6962 roots of their prefixes
# (size 0..8), as published with CT and transparency-dev/merkle and recomputed here.
CT_ENTRIES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    b"\x50\x51\x52\x53\x54\x55\x56\x57",
    b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
]
CT_ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_LEAVES = [leaf_hash(e) for e in CT_ENTRIES]
# (leaf index, tree size, audit path) and (old size, new size, proof) of the published vectors.
CT_INCLUSION = [
    (0, 8, [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]),
    (5, 8, [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ]),
]  # fmt: skip
CT_CONSISTENCY = [
    (1, 8, [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]),
    (6, 8, [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]),
    (2, 5, [
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ]),
    (6, 7, [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]),
]  # fmt: skip

LOG_ID = "audit.dossier.example"
LOG_KEY = Ed25519PrivateKey.from_private_bytes(bytes(32))
OTHER_KEY = Ed25519PrivateKey.from_private_bytes(bytes([1]) * 32)
# The signed encoding of one head, byte for byte: stored heads and an outside witness's copies
# must stay verifiable, so a change here is a format version bump, not a test update.
GOLDEN_HEAD = TreeHead(8, bytes.fromhex(CT_ROOTS[8]), 1_735_689_600_000, LOG_ID)
GOLDEN_HEAD_BYTES = (
    "646f73736965722d747265652d686561642d763100"  # "dossier-tree-head-v1\0"
    "15" + LOG_ID.encode().hex() + "0000000000000008" "000001941f297c00" + CT_ROOTS[8]
)  # fmt: skip


# --- a literal transcription of RFC 6962 §2.1 over entry lists: the oracle --------------------


def rfc_k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def rfc_mth(entries: Sequence[bytes]) -> bytes:
    n = len(entries)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + entries[0]).digest()
    k = rfc_k(n)
    return hashlib.sha256(b"\x01" + rfc_mth(entries[:k]) + rfc_mth(entries[k:])).digest()


def rfc_path(m: int, entries: Sequence[bytes]) -> list[bytes]:
    n = len(entries)
    if n == 1:
        return []
    k = rfc_k(n)
    if m < k:
        return [*rfc_path(m, entries[:k]), rfc_mth(entries[k:])]
    return [*rfc_path(m - k, entries[k:]), rfc_mth(entries[:k])]


def rfc_subproof(m: int, entries: Sequence[bytes], complete: bool) -> list[bytes]:
    n = len(entries)
    if m == n:
        return [] if complete else [rfc_mth(entries)]
    k = rfc_k(n)
    if m <= k:
        return [*rfc_subproof(m, entries[:k], complete), rfc_mth(entries[k:])]
    return [*rfc_subproof(m - k, entries[k:], False), rfc_mth(entries[:k])]


# --- helpers --------------------------------------------------------------------------------


def log_entries(n: int, salt: int = 0) -> list[bytes]:
    return [salt.to_bytes(4, "big") + i.to_bytes(4, "big") for i in range(n)]


def log_leaves(n: int, salt: int = 0) -> list[bytes]:
    return [leaf_hash(e) for e in log_entries(n, salt)]


def flip_bit(value: bytes, bit: int) -> bytes:
    flipped = bytearray(value)
    flipped[bit // 8 % len(value)] ^= 1 << bit % 8
    return bytes(flipped)


def signed_head(
    leaves: Sequence[bytes], size: int, key: Ed25519PrivateKey = LOG_KEY
) -> SignedTreeHead:
    head = TreeHead(size, tree_root(leaves, size), 1_700_000_000_000 + size, LOG_ID)
    return sign_tree_head(key, head)


def witness_at(head: SignedTreeHead | None) -> HeadWitness:
    return HeadWitness(LOG_KEY.public_key(), LOG_ID, head)


class CountingSubtreeStore:
    """The service's view: subtree roots stored as appends reported them, reads counted."""

    def __init__(self) -> None:
        self.nodes: dict[tuple[int, int], bytes] = {}
        self.reads = 0

    def record(self, subtrees: Sequence[PerfectSubtree]) -> None:
        for s in subtrees:
            self.nodes[(s.level, s.index)] = s.root

    def perfect_subtree(self, level: int, index: int) -> bytes:
        self.reads += 1
        return self.nodes[(level, index)]


def stored_log(leaves: Sequence[bytes]) -> tuple[Frontier, CountingSubtreeStore]:
    store = CountingSubtreeStore()
    frontier = Frontier()
    for leaf in leaves:
        frontier, completed = frontier.append_recording(leaf)
        store.record(completed)
    return frontier, store


@st.composite
def sizes_and_index(draw: st.DrawFn) -> tuple[int, int]:
    size = draw(st.integers(min_value=1, max_value=300))
    return size, draw(st.integers(min_value=0, max_value=size - 1))


@st.composite
def old_and_new_sizes(draw: st.DrawFn, min_old: int = 0) -> tuple[int, int]:
    new_size = draw(st.integers(min_value=min_old, max_value=300))
    return draw(st.integers(min_value=min_old, max_value=new_size)), new_size


# --- known answers --------------------------------------------------------------------------


def test_roots_of_the_ct_test_leaves_are_the_published_rfc_6962_roots():
    for size, expected in enumerate(CT_ROOTS):
        assert tree_root(CT_LEAVES, size).hex() == expected
        assert rfc_mth(CT_ENTRIES[:size]).hex() == expected


def test_empty_root_is_sha256_of_nothing_and_leaf_and_node_hashes_are_domain_separated():
    assert EMPTY_ROOT.hex() == CT_ROOTS[0]
    assert leaf_hash(b"").hex() == CT_ROOTS[1]
    assert node_hash(CT_LEAVES[0], CT_LEAVES[1]).hex() == CT_ROOTS[2]
    # A two-leaf tree's root is not the leaf hash of its children's concatenation.
    assert leaf_hash(CT_LEAVES[0] + CT_LEAVES[1]) != node_hash(CT_LEAVES[0], CT_LEAVES[1])


@pytest.mark.parametrize(("index", "size", "path"), CT_INCLUSION)
def test_audit_paths_of_the_ct_test_leaves_are_the_published_ones(index, size, path):
    proof = inclusion_proof(CT_LEAVES, index, size)

    assert [p.hex() for p in proof] == path
    assert verify_inclusion(CT_LEAVES[index], index, size, proof, bytes.fromhex(CT_ROOTS[size]))


@pytest.mark.parametrize(("old_size", "new_size", "path"), CT_CONSISTENCY)
def test_consistency_proofs_of_the_ct_test_leaves_are_the_published_ones(old_size, new_size, path):
    proof = consistency_proof(CT_LEAVES, old_size, new_size)
    old_root, new_root = bytes.fromhex(CT_ROOTS[old_size]), bytes.fromhex(CT_ROOTS[new_size])

    assert [p.hex() for p in proof] == path
    assert verify_consistency(old_size, new_size, old_root, new_root, proof)


def test_the_split_is_the_largest_power_of_two_below_n_not_the_midpoint():
    expected = {2: 1, 3: 2, 4: 2, 5: 4, 6: 4, 8: 4, 9: 8, 1000: 512, (1 << 40) + 1: 1 << 40}
    assert {n: largest_power_of_two_below(n) for n in expected} == expected
    with pytest.raises(ValueError, match="n > 1"):
        largest_power_of_two_below(1)


# --- generation agrees with the RFC definitions ---------------------------------------------


def test_roots_and_proofs_equal_the_literal_rfc_definitions_for_every_small_tree():
    entries = log_entries(40)
    leaves = [leaf_hash(e) for e in entries]
    for n in range(41):
        assert tree_root(leaves, n) == rfc_mth(entries[:n])
        for index in range(n):
            proof = inclusion_proof(leaves, index, n)
            assert proof == rfc_path(index, entries[:n])
            assert len(proof) == inclusion_proof_size(index, n)
        for m in range(1, n):
            proof = consistency_proof(leaves, m, n)
            assert proof == rfc_subproof(m, entries[:n], True)
            assert len(proof) == consistency_proof_size(m, n)


def test_a_leaf_hash_callable_gives_the_same_root_and_proofs_as_a_list():
    leaves = log_leaves(23)
    reads: list[int] = []

    def stored_leaf(i: int) -> bytes:
        reads.append(i)
        return leaves[i]

    assert tree_root(stored_leaf, 23) == tree_root(leaves, 23)
    assert inclusion_proof(stored_leaf, 9, 23) == inclusion_proof(leaves, 9, 23)
    assert consistency_proof(stored_leaf, 11, 23) == consistency_proof(leaves, 11, 23)
    assert max(reads) == 22  # never past the tree asked for


def test_bad_arguments_to_the_generators_are_refused():
    leaves = log_leaves(4)
    with pytest.raises(ValueError, match="exceeds"):
        tree_root(leaves, 5)
    with pytest.raises(ValueError, match="index"):
        inclusion_proof(leaves, 4, 4)
    with pytest.raises(ValueError, match="old_size"):
        consistency_proof(leaves, 3, 2)
    with pytest.raises(ValueError, match="32 bytes"):
        tree_root([*leaves[:3], b"short"], 4)


# --- every honest proof verifies; every flipped bit does not --------------------------------


@log_settings
@given(sizes_and_index(), st.integers(min_value=0))
def test_every_audit_path_verifies_and_any_flipped_bit_breaks_it(size_index, bit):
    size, index = size_index
    leaves = log_leaves(size)
    root = tree_root(leaves, size)
    proof = inclusion_proof(leaves, index, size)
    leaf = leaves[index]

    assert len(proof) == inclusion_proof_size(index, size)
    assert verify_inclusion(leaf, index, size, proof, root)
    assert not verify_inclusion(flip_bit(leaf, bit), index, size, proof, root)
    assert not verify_inclusion(leaf, index, size, proof, flip_bit(root, bit))
    for at in range(len(proof)):
        tampered = [*proof[:at], flip_bit(proof[at], bit), *proof[at + 1 :]]
        assert not verify_inclusion(leaf, index, size, tampered, root)


@log_settings
@given(sizes_and_index())
def test_an_audit_path_is_bound_to_its_length_position_and_tree_size(size_index):
    size, index = size_index
    leaves = log_leaves(size)
    root = tree_root(leaves, size)
    proof = inclusion_proof(leaves, index, size)
    leaf = leaves[index]

    assert not verify_inclusion(leaf, index, size, [*proof, root], root)
    # One level too many, with a root to match: the path of a taller tree under this size.
    assert not verify_inclusion(leaf, index, size, [*proof, root], node_hash(root, root))
    assert not verify_inclusion(leaf, index, size, [root, *proof], root)
    if proof:
        assert not verify_inclusion(leaf, index, size, proof[:-1], root)
        assert not verify_inclusion(leaf, index, size, [*proof[:-1], proof[-1][:31]], root)
    assert not verify_inclusion(
        leaf, index, size + 1, proof, tree_root(log_leaves(size + 1), size + 1)
    )
    if size > 1:
        other = (index + 1) % size
        assert not verify_inclusion(leaf, other, size, proof, root)
    assert not verify_inclusion(leaf, size, size, proof, root)
    # Claimed with another tree size (same root), a path of the wrong length for it never
    # verifies. (Of the right length it may: proof hashes are opaque to the verifier, so the
    # size is bound by the signed head and by `admin audit verify` recomputing from leaves.)
    for claimed in (size - 1, size + 1, 2 * size, 3 * size):
        if claimed > index and inclusion_proof_size(index, claimed) != len(proof):
            assert not verify_inclusion(leaf, index, claimed, proof, root)
    if size > 1:  # nor may the root itself pass for a leaf
        assert not verify_inclusion(root, index, size, [], root)


@log_settings
@given(old_and_new_sizes(), st.integers(min_value=0))
def test_every_consistency_proof_verifies_and_any_flipped_bit_breaks_it(sizes, bit):
    old_size, new_size = sizes
    leaves = log_leaves(new_size)
    old_root, new_root = tree_root(leaves, old_size), tree_root(leaves, new_size)
    proof = consistency_proof(leaves, old_size, new_size)

    assert len(proof) == consistency_proof_size(old_size, new_size)
    assert verify_consistency(old_size, new_size, old_root, new_root, proof)
    assert not verify_consistency(old_size, new_size, flip_bit(old_root, bit), new_root, proof)
    if old_size > 0:  # the empty tree is a prefix of every log, whatever its root
        assert not verify_consistency(old_size, new_size, old_root, flip_bit(new_root, bit), proof)
    for at in range(len(proof)):
        tampered = [*proof[:at], flip_bit(proof[at], bit), *proof[at + 1 :]]
        assert not verify_consistency(old_size, new_size, old_root, new_root, tampered)


@log_settings
@given(old_and_new_sizes())
def test_a_consistency_proof_is_bound_to_its_length_and_both_tree_sizes(sizes):
    old_size, new_size = sizes
    leaves = log_leaves(new_size + 1)
    old_root, new_root = tree_root(leaves, old_size), tree_root(leaves, new_size)
    proof = consistency_proof(leaves, old_size, new_size)

    assert not verify_consistency(old_size, new_size, old_root, new_root, [*proof, new_root])
    assert not verify_consistency(old_size, new_size, old_root, new_root, [old_root, *proof])
    if proof:
        assert not verify_consistency(old_size, new_size, old_root, new_root, proof[:-1])
        assert not verify_consistency(old_size, new_size, old_root, new_root, [b"", *proof[1:]])
    if old_size < new_size:
        assert not verify_consistency(new_size, old_size, new_root, old_root, proof)
    if 0 < old_size < new_size:
        # One level too many on both trees, with roots to match: taller trees under these sizes.
        taller_old, taller_new = node_hash(new_root, old_root), node_hash(new_root, new_root)
        assert not verify_consistency(
            old_size, new_size, taller_old, taller_new, [*proof, new_root]
        )
        bigger = tree_root(leaves, new_size + 1)
        assert not verify_consistency(old_size, new_size + 1, old_root, bigger, proof)
        # Claimed with another new size (same roots), a proof of the wrong length for it never
        # verifies; of the right length it may (see the audit path test above).
        for claimed in (new_size - 1, new_size + 1, 2 * new_size, 3 * new_size):
            if claimed > old_size and consistency_proof_size(old_size, claimed) != len(proof):
                assert not verify_consistency(old_size, claimed, old_root, new_root, proof)
        assert not verify_consistency(old_size, new_size, new_root, old_root, proof)


def test_hashes_that_are_not_32_bytes_never_verify():
    short = b"\x01" * 31
    assert not verify_inclusion(short, 0, 1, [], short)
    assert not verify_consistency(3, 3, short, short, [])
    leaves = log_leaves(2)
    assert not verify_inclusion(leaves[0], 0, 2, [leaves[1] + b"\x00"], tree_root(leaves, 2))


def test_consistency_outside_the_rfc_domain_needs_empty_proofs_and_matching_roots():
    leaves = log_leaves(5)
    root = tree_root(leaves, 5)

    assert verify_consistency(5, 5, root, root, [])
    assert not verify_consistency(5, 5, root, root, [root])
    assert not verify_consistency(5, 5, root, flip_bit(root, 0), [])
    assert verify_consistency(0, 5, EMPTY_ROOT, root, [])
    assert not verify_consistency(0, 5, EMPTY_ROOT, root, [EMPTY_ROOT])
    assert verify_consistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])
    assert not verify_consistency(0, 0, root, root, [])  # a size-0 head must carry the empty root
    assert not verify_consistency(0, 0, EMPTY_ROOT, root, [])
    assert not verify_consistency(3, 5, tree_root(leaves, 3), root, [])
    assert not verify_consistency(-1, 5, EMPTY_ROOT, root, [])


@log_settings
@given(old_and_new_sizes(min_old=1), st.data())
def test_a_log_with_one_rewritten_entry_is_not_consistent_with_an_older_head(sizes, data):
    old_size, new_size = sizes
    changed = data.draw(st.integers(min_value=0, max_value=old_size - 1))
    honest = log_leaves(new_size)
    rewritten = [*honest[:changed], leaf_hash(b"rewritten"), *honest[changed + 1 :]]
    old_root = tree_root(honest, old_size)
    proof = consistency_proof(rewritten, old_size, new_size)

    assert not verify_consistency(
        old_size, new_size, old_root, tree_root(rewritten, new_size), proof
    )


# --- the frontier: O(log n) appends, equal to a full recomputation ---------------------------


def test_the_frontier_root_equals_a_full_recomputation_after_every_append():
    leaves = log_leaves(130)
    frontier = Frontier()
    for size, leaf in enumerate(leaves, start=1):
        frontier = frontier.append(leaf)
        assert frontier.size == size
        assert len(frontier.roots) == size.bit_count()
        assert frontier.root() == tree_root(leaves, size)
    assert Frontier().root() == EMPTY_ROOT


def test_appends_report_exactly_the_subtrees_they_complete():
    leaves = log_leaves(100)
    reader = LeafHashReader(leaves.__getitem__)
    frontier, store = stored_log(leaves)

    # Every perfect subtree of a 100-leaf log, and nothing else: 100 + 50 + 25 + 12 + 6 + 3 + 1.
    assert len(store.nodes) == 197
    for (level, index), root in store.nodes.items():
        assert root == reader.perfect_subtree(level, index)
    assert frontier.subtrees() == tuple(
        PerfectSubtree(level, index, store.nodes[(level, index)])
        for level, index in [(6, 0), (5, 2), (2, 24)]
    )


@log_settings
@given(old_and_new_sizes())
def test_stored_subtrees_answer_roots_and_proofs_in_logarithmic_reads(sizes):
    old_size, new_size = sizes
    leaves = log_leaves(new_size)
    frontier, store = stored_log(leaves)

    store.reads = 0
    assert Frontier.of(store, old_size) == Frontier.of(leaves, old_size)
    assert tree_root(store, new_size) == frontier.root() == tree_root(leaves, new_size)
    assert consistency_proof(store, old_size, new_size) == consistency_proof(
        leaves, old_size, new_size
    )
    if old_size < new_size:
        assert inclusion_proof(store, old_size, new_size) == inclusion_proof(
            leaves, old_size, new_size
        )
    # At most log n for the frontier and the root each, 2 log n for each proof; no leaf reread.
    assert store.reads <= 6 * new_size.bit_length()


def test_each_stored_proof_reads_at_most_two_nodes_per_level():
    leaves = log_leaves(1000)
    _, store = stored_log(leaves)
    for index in (0, 1, 511, 512, 998, 999):
        store.reads = 0
        inclusion_proof(store, index, 1000)
        assert store.reads <= 2 * (1000).bit_length()
    for old_size in (1, 2, 500, 512, 513, 999):
        store.reads = 0
        consistency_proof(store, old_size, 1000)
        assert store.reads <= 2 * (1000).bit_length()


def test_a_frontier_that_is_not_a_compact_range_is_refused():
    leaf = log_leaves(1)[0]
    with pytest.raises(ValueError, match="set bit"):
        Frontier(3, (leaf,))
    with pytest.raises(ValueError, match="32 bytes"):
        Frontier(1, (b"short",))
    with pytest.raises(ValueError, match="32 bytes"):
        Frontier().append(b"short")


# --- signed tree heads ----------------------------------------------------------------------


def test_the_signed_encoding_of_a_tree_head_is_fixed_and_round_trips():
    encoded = GOLDEN_HEAD.canonical_bytes()

    assert encoded.hex() == GOLDEN_HEAD_BYTES
    assert TreeHead.from_canonical_bytes(encoded) == GOLDEN_HEAD


@pytest.mark.parametrize(
    "encoded",
    [
        b"",
        bytes.fromhex(GOLDEN_HEAD_BYTES)[:-1],
        bytes.fromhex(GOLDEN_HEAD_BYTES) + b"\x00",
        b"dossier-tree-head-v2\x00" + bytes.fromhex(GOLDEN_HEAD_BYTES)[21:],
        bytes.fromhex(GOLDEN_HEAD_BYTES).replace(b"audit", b"aud\xfft"),
    ],
    ids=["empty", "truncated", "trailing", "other-version", "non-ascii-log-id"],
)
def test_anything_but_one_exact_encoded_head_is_refused(encoded):
    with pytest.raises(ValueError):
        TreeHead.from_canonical_bytes(encoded)


@pytest.mark.parametrize(
    ("size", "root", "timestamp", "log_id"),
    [
        (-1, EMPTY_ROOT, 0, LOG_ID),
        (1 << 64, EMPTY_ROOT, 0, LOG_ID),
        (0, EMPTY_ROOT, -1, LOG_ID),
        (0, EMPTY_ROOT[:31], 0, LOG_ID),
        (0, EMPTY_ROOT, 0, ""),
        (0, EMPTY_ROOT, 0, "audit log"),
        (0, EMPTY_ROOT, 0, "x" * 256),
        (0, EMPTY_ROOT, 0, "prüfung"),
    ],
)
def test_a_tree_head_that_cannot_be_encoded_unambiguously_is_refused(size, root, timestamp, log_id):
    with pytest.raises(ValueError):
        TreeHead(size, root, timestamp, log_id)


def test_a_signed_head_verifies_only_with_the_log_key_and_unchanged_fields():
    signed = sign_tree_head(LOG_KEY, GOLDEN_HEAD)
    public = LOG_KEY.public_key()
    head = GOLDEN_HEAD

    assert verify_tree_head(public, signed)
    assert not verify_tree_head(OTHER_KEY.public_key(), signed)
    for changed in (
        TreeHead(head.tree_size + 1, head.root_hash, head.timestamp_ms, head.log_id),
        TreeHead(head.tree_size, flip_bit(head.root_hash, 77), head.timestamp_ms, head.log_id),
        TreeHead(head.tree_size, head.root_hash, head.timestamp_ms + 1, head.log_id),
        TreeHead(head.tree_size, head.root_hash, head.timestamp_ms, head.log_id + "2"),
    ):
        assert not verify_tree_head(public, SignedTreeHead(changed, signed.signature))
    with pytest.raises(ValueError, match="64 bytes"):
        SignedTreeHead(head, signed.signature[:63])


@log_settings
@given(st.integers(min_value=0, max_value=511))
def test_any_flipped_bit_of_a_head_signature_makes_it_a_bad_signature(bit):
    signed = sign_tree_head(LOG_KEY, GOLDEN_HEAD)
    forged = SignedTreeHead(signed.head, flip_bit(signed.signature, bit))

    assert not verify_tree_head(LOG_KEY.public_key(), forged)
    verdict = witness_at(None).check(forged, [])
    assert verdict.failure is HeadFailure.BAD_SIGNATURE
    assert verdict.witness.last is None


# --- the head witness: a laptop checking every new head at sync -----------------------------


def test_an_honest_log_is_followed_from_first_contact_through_appends_and_repeats():
    leaves = log_leaves(50)
    witness = witness_at(None)
    for old_size, new_size in [(0, 0), (0, 3), (3, 8), (8, 8), (8, 21), (21, 50)]:
        head = signed_head(leaves, new_size)
        verdict = witness.check(head, consistency_proof(leaves, old_size, new_size))
        assert verdict.accepted, (old_size, new_size, verdict.failure)
        assert verdict.witness.last == head
        witness = verdict.witness


def test_a_head_smaller_than_the_last_one_is_named_rewound():
    leaves = log_leaves(20)
    witness = witness_at(signed_head(leaves, 20))

    verdict = witness.check(signed_head(leaves, 19), [])

    assert verdict.failure is HeadFailure.REWOUND
    assert verdict.witness == witness


def test_a_head_of_the_same_size_with_another_root_is_named_fork():
    honest, forked = log_leaves(20), log_leaves(20, salt=1)
    witness = witness_at(signed_head(honest, 12))

    assert witness.check(signed_head(forked, 12), []).failure is HeadFailure.FORK
    # Before any head, the log is held to the empty tree: a size-0 head must carry its root.
    empty_but_not = sign_tree_head(LOG_KEY, TreeHead(0, honest[0], 0, LOG_ID))
    assert witness_at(None).check(empty_but_not, []).failure is HeadFailure.FORK


@log_settings
@given(old_and_new_sizes(min_old=1), st.data())
def test_a_rewritten_log_gives_a_head_that_fails_against_an_older_head(sizes, data):
    old_size, new_size = sizes
    changed = data.draw(st.integers(min_value=0, max_value=old_size - 1))
    honest = log_leaves(new_size)
    rewritten = [*honest[:changed], leaf_hash(b"rewritten"), *honest[changed + 1 :]]
    witness = witness_at(signed_head(honest, old_size))

    verdict = witness.check(
        signed_head(rewritten, new_size), consistency_proof(rewritten, old_size, new_size)
    )

    expected = HeadFailure.FORK if new_size == old_size else HeadFailure.NOT_CONSISTENT
    assert verdict.failure is expected
    assert verdict.witness == witness


def test_heads_not_signed_by_the_log_key_or_of_another_log_are_refused():
    leaves = log_leaves(10)
    witness = witness_at(signed_head(leaves, 4))
    proof = consistency_proof(leaves, 4, 10)
    head = signed_head(leaves, 10).head
    foreign = TreeHead(10, head.root_hash, head.timestamp_ms, "audit.other.example")

    assert (
        witness.check(signed_head(leaves, 10, OTHER_KEY), proof).failure
        is HeadFailure.BAD_SIGNATURE
    )
    assert witness.check(sign_tree_head(LOG_KEY, foreign), proof).failure is HeadFailure.WRONG_LOG


def test_a_proof_of_the_wrong_shape_is_named_malformed_before_its_hashes_are_checked():
    leaves = log_leaves(10)
    witness = witness_at(signed_head(leaves, 6))
    head = signed_head(leaves, 10)
    proof = consistency_proof(leaves, 6, 10)

    for malformed in ([], proof[:-1], [*proof, proof[0]], [*proof[:-1], proof[-1][:31]]):
        assert witness.check(head, malformed).failure is HeadFailure.PROOF_MALFORMED
    assert witness.check(signed_head(leaves, 6), [proof[0]]).failure is HeadFailure.PROOF_MALFORMED
    assert witness_at(None).check(head, [proof[0]]).failure is HeadFailure.PROOF_MALFORMED
    wrong_hash = [flip_bit(proof[0], 3), *proof[1:]]
    assert witness.check(head, wrong_hash).failure is HeadFailure.NOT_CONSISTENT
