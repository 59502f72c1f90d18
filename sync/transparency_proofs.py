"""Merkle tree hashing and proofs of the service's audit log, exactly as RFC 6962 / RFC 9162 §2.1.

Pure: no database, no I/O. The service keeps leaf hashes (and, if it wants proofs in O(log n)
reads, the roots of completed perfect subtrees that `sync.transparency.Frontier` reports on
append); every function here reads them through a `LogSource`, so the same code serves a list in
a test, a callable over a table, and a table of stored subtree roots.

Hashes follow the standard bit for bit so that any CT/Trillian-compatible tool can check our
heads and proofs: leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right); the
distinct prefixes keep a leaf from being passed off as an inner node (second preimage).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Protocol, TypeAlias, runtime_checkable

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
"""MTH({}) of RFC 6962 §2.1: the root of the empty log."""

_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"


def leaf_hash(entry: bytes) -> bytes:
    """RFC 6962 leaf hash of one log entry: SHA-256(0x00 ‖ entry)."""
    return hashlib.sha256(_LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 6962 interior node hash: SHA-256(0x01 ‖ left ‖ right)."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


@runtime_checkable
class SubtreeReader(Protocol):
    """Read access to a log's perfect subtree roots.

    `perfect_subtree(level, index)` is the Merkle Tree Hash of the 2**level leaves
    [index * 2**level, (index + 1) * 2**level); level 0 is the leaf hash itself. A service that
    stores the subtrees reported by `Frontier.append_recording` answers in one lookup, so every
    root and proof costs O(log n) reads instead of rereading the log.
    """

    def perfect_subtree(self, level: int, index: int) -> bytes:
        """MTH of the perfect subtree at (level, index); it must be complete in the log."""
        ...


class LeafHashReader:
    """A `SubtreeReader` that recomputes every subtree from the leaf hashes (O(2**level) reads)."""

    __slots__ = ("_leaf_at",)

    def __init__(self, leaf_at: Callable[[int], bytes]) -> None:
        self._leaf_at = leaf_at

    def perfect_subtree(self, level: int, index: int) -> bytes:
        """MTH of the 2**level leaves starting at index * 2**level, from their leaf hashes."""
        if level == 0:
            return _checked_hash(self._leaf_at(index))
        return node_hash(
            self.perfect_subtree(level - 1, 2 * index),
            self.perfect_subtree(level - 1, 2 * index + 1),
        )


LogSource: TypeAlias = "Sequence[bytes] | Callable[[int], bytes] | SubtreeReader"
"""Where the log's hashes come from: a list of leaf hashes, a `leaf_hash(i)` callable, or a
`SubtreeReader` over stored subtree roots."""


def tree_root(source: LogSource, size: int) -> bytes:
    """Merkle Tree Hash (RFC 6962 §2.1) of the first `size` leaves of the log."""
    return _range_hash(as_subtree_reader(source, size), 0, size)


def inclusion_proof(source: LogSource, index: int, size: int) -> list[bytes]:
    """Audit path PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, ordered from leaf to root."""
    if not 0 <= index < size:
        raise ValueError("leaf index must be in [0, size)")
    return _path(as_subtree_reader(source, size), index, 0, size)


def consistency_proof(source: LogSource, old_size: int, new_size: int) -> list[bytes]:
    """PROOF(old_size, D[0:new_size]) of RFC 9162 §2.1.4.1; empty when old_size is 0 or new_size.

    The RFC defines the proof for 0 < m < n; for m == n and for the empty old tree the log is
    trivially consistent and the proof is empty, as `verify_consistency` expects.
    """
    if not 0 <= old_size <= new_size:
        raise ValueError("sizes must satisfy 0 <= old_size <= new_size")
    if old_size in (0, new_size):
        return []
    return _subproof(as_subtree_reader(source, new_size), old_size, 0, new_size, complete=True)


def inclusion_proof_size(index: int, size: int) -> int:
    """Number of hashes in the audit path of leaf `index` in a tree of `size` leaves.

    The length is fixed by (index, size): checking it first tells a malformed proof from one
    whose hashes are wrong (the same decomposition as transparency-dev/merkle's verifier).
    """
    if not 0 <= index < size:
        raise ValueError("leaf index must be in [0, size)")
    inner = (index ^ (size - 1)).bit_length()
    return inner + (index >> inner).bit_count()


def consistency_proof_size(old_size: int, new_size: int) -> int:
    """Number of hashes in the consistency proof between `old_size` and `new_size` leaves."""
    if not 0 <= old_size <= new_size:
        raise ValueError("sizes must satisfy 0 <= old_size <= new_size")
    if old_size in (0, new_size):
        return 0
    # The proof is the tail of the audit path of leaf old_size-1 above the largest perfect
    # subtree that ends at old_size, plus that subtree's root unless it is the whole old tree.
    inner = ((old_size - 1) ^ (new_size - 1)).bit_length()
    border = ((old_size - 1) >> inner).bit_count()
    shift = _trailing_zeros(old_size)
    seed = 0 if _is_power_of_two(old_size) else 1
    return seed + inner - shift + border


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> bool:
    """True if `proof` shows leaf hash `leaf` at `index` in the tree of `size` leaves and `root`.

    The algorithm of RFC 9162 §2.1.3.2, step for step. Anything malformed (a hash that is not
    32 bytes, a proof of the wrong length, an index outside the tree) is a failed proof.
    """
    if not 0 <= index < size:  # step 1
        return False
    if not _all_hashes(leaf, root, *proof):
        return False
    fn, sn = index, size - 1  # step 2
    r = leaf  # step 3
    for p in proof:  # step 4
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            # Climb past the levels where our node is a left child with no right sibling yet.
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root  # step 5


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """True if the tree (`new_size`, `new_root`) extends the tree (`old_size`, `old_root`).

    The algorithm of RFC 9162 §2.1.4.2 for 0 < old_size < new_size. Outside the RFC's domain:
    equal sizes need equal roots and an empty proof; an empty tree needs the empty root
    (stricter than accepting any root for size 0: a head claiming otherwise is forged) and an
    empty proof. Anything malformed is a failed proof.
    """
    if not 0 <= old_size <= new_size or not _all_hashes(old_root, new_root, *proof):
        return False
    if old_size == 0:
        empty_ok = new_size > 0 or new_root == EMPTY_ROOT
        return not proof and old_root == EMPTY_ROOT and empty_ok
    if old_size == new_size:
        return not proof and old_root == new_root
    if not proof:  # step 1
        return False
    path = list(proof)
    if _is_power_of_two(old_size):  # step 2
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1  # step 3
    while fn & 1:  # step 4
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]  # step 5
    for c in path[1:]:  # step 6
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == old_root and sr == new_root and sn == 0  # step 7


def largest_power_of_two_below(n: int) -> int:
    """k of RFC 6962 §2.1: the largest power of two strictly smaller than n (n > 1).

    Not the midpoint: a midpoint split also builds a tree, but one no other log agrees with.
    """
    if n < 2:
        raise ValueError("the split is defined for n > 1")
    return 1 << ((n - 1).bit_length() - 1)


def _path(reader: SubtreeReader, index: int, start: int, end: int) -> list[bytes]:
    # PATH(m, D[start:end]) with absolute offsets, so subtree positions map onto the log.
    if end - start == 1:
        return []
    split = start + largest_power_of_two_below(end - start)
    if index < split:
        return [*_path(reader, index, start, split), _range_hash(reader, split, end)]
    return [*_path(reader, index, split, end), _range_hash(reader, start, split)]


def _subproof(
    reader: SubtreeReader, m: int, start: int, end: int, *, complete: bool
) -> list[bytes]:
    # SUBPROOF(m, D[start:end], b), m counted from `start`; `complete` is the RFC's flag b, true
    # while the old tree's root is itself a node of the new tree (the verifier knows it).
    if m == end - start:
        return [] if complete else [_range_hash(reader, start, end)]
    k = largest_power_of_two_below(end - start)
    if m <= k:
        head = _subproof(reader, m, start, start + k, complete=complete)
        return [*head, _range_hash(reader, start + k, end)]
    head = _subproof(reader, m - k, start + k, end, complete=False)
    return [*head, _range_hash(reader, start, start + k)]


def _range_hash(reader: SubtreeReader, start: int, end: int) -> bytes:
    """MTH(D[start:end]) for a range the RFC recursion produces (start aligned to its size).

    Such a range splits into perfect subtrees whose sizes are the binary digits of its length,
    largest first, and its MTH folds them from the right: each RFC split takes exactly the
    largest of them as the left child.
    """
    length = end - start
    if length == 0:
        return EMPTY_ROOT
    roots: list[bytes] = []
    position = start
    for level in reversed(range(length.bit_length())):
        if length >> level & 1:
            roots.append(reader.perfect_subtree(level, position >> level))
            position += 1 << level
    return fold_subtree_roots(roots)


def fold_subtree_roots(roots: Sequence[bytes]) -> bytes:
    """Root of a tree given its perfect subtree roots, largest (leftmost) first."""
    if not roots:
        return EMPTY_ROOT
    root = roots[-1]
    for left in reversed(roots[:-1]):
        root = node_hash(left, root)
    return root


def as_subtree_reader(source: LogSource, size: int) -> SubtreeReader:
    """`source` as a `SubtreeReader`, checked to hold at least `size` leaves if it is a list."""
    if size < 0:
        raise ValueError("tree size must not be negative")
    if isinstance(source, SubtreeReader):
        return source
    if isinstance(source, Sequence):
        if size > len(source):
            raise ValueError("tree size exceeds the leaves given")
        return LeafHashReader(source.__getitem__)
    return LeafHashReader(source)


def _checked_hash(value: bytes) -> bytes:
    # A stored hash of the wrong length is corruption; hashing it on would hide where.
    if len(value) != HASH_SIZE:
        raise ValueError("a stored hash is not 32 bytes")
    return value


def _all_hashes(*values: bytes) -> bool:
    return all(isinstance(v, bytes) and len(v) == HASH_SIZE for v in values)


def _is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def _trailing_zeros(n: int) -> int:
    return (n & -n).bit_length() - 1
