"""The service's append-only audit log (AUD-3): frontier, signed tree heads, and the head witness.

Pure: no database, no I/O. The service appends each audit event's leaf hash to a `Frontier`
(O(log n), without rereading the log), signs a `TreeHead` over the new root, and answers proofs
from the hashes it stored (`sync.transparency_proofs`, re-exported here). A laptop keeps the
last head it verified in a `HeadWitness` and, at every sync, accepts a new head only if it is
signed by the log's key and provably extends the old one; otherwise it gets a precise
`HeadFailure` to report. An outside witness (the DPO's system) runs the same check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.transparency_proofs import (
    EMPTY_ROOT,
    HASH_SIZE,
    LeafHashReader,
    LogSource,
    SubtreeReader,
    as_subtree_reader,
    consistency_proof,
    consistency_proof_size,
    fold_subtree_roots,
    inclusion_proof,
    inclusion_proof_size,
    largest_power_of_two_below,
    leaf_hash,
    node_hash,
    tree_root,
    verify_consistency,
    verify_inclusion,
)

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "SIGNATURE_SIZE",
    "Frontier",
    "HeadFailure",
    "HeadVerdict",
    "HeadWitness",
    "LeafHashReader",
    "LogSource",
    "PerfectSubtree",
    "SignedTreeHead",
    "SubtreeReader",
    "TreeHead",
    "as_subtree_reader",
    "consistency_proof",
    "consistency_proof_size",
    "fold_subtree_roots",
    "inclusion_proof",
    "inclusion_proof_size",
    "largest_power_of_two_below",
    "leaf_hash",
    "node_hash",
    "sign_tree_head",
    "tree_root",
    "verify_consistency",
    "verify_inclusion",
    "verify_tree_head",
]

SIGNATURE_SIZE = 64
# Domain tag: a tree-head signature can never be replayed as a mutation or checkpoint signature
# made with a key that (by mistake) serves both, and the version lets the encoding change.
_TREE_HEAD_TAG = b"dossier-tree-head-v1\x00"
_MAX_U64 = (1 << 64) - 1
_MAX_LOG_ID = 255


@dataclass(frozen=True, slots=True)
class PerfectSubtree:
    """A completed perfect subtree: the MTH of leaves [index * 2**level, (index + 1) * 2**level).

    Once complete it never changes, so the service may store it for O(log n) proofs.
    """

    level: int
    index: int
    root: bytes


@dataclass(frozen=True, slots=True)
class Frontier:
    """The compact range [0, size) of the log: its perfect subtree roots, largest first.

    There is one root per set bit of `size` (O(log n) hashes); that is all the state needed to
    append a leaf and compute the new tree root without reading the log again.
    """

    size: int = 0
    roots: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        if self.size < 0 or len(self.roots) != self.size.bit_count():
            raise ValueError("a frontier holds one subtree root per set bit of its size")
        if any(len(r) != HASH_SIZE for r in self.roots):
            raise ValueError("subtree roots must be 32 bytes")

    @classmethod
    def of(cls, source: LogSource, size: int) -> Frontier:
        """The frontier of the first `size` leaves, e.g. to resume appending after a restart.

        O(log n) reads from a `SubtreeReader` over stored subtrees; O(n) from leaf hashes.
        """
        reader = as_subtree_reader(source, size)
        roots = tuple(reader.perfect_subtree(level, index) for level, index in _slots(size))
        return cls(size, roots)

    def root(self) -> bytes:
        """The Merkle Tree Hash of the log's first `size` leaves."""
        return fold_subtree_roots(self.roots)

    def subtrees(self) -> tuple[PerfectSubtree, ...]:
        """The frontier's roots with their positions in the tree."""
        slots = _slots(self.size)
        return tuple(
            PerfectSubtree(level, index, root)
            for (level, index), root in zip(slots, self.roots, strict=True)
        )

    def append(self, leaf: bytes) -> Frontier:
        """The frontier after appending the leaf hash `leaf`; O(log n)."""
        return self.append_recording(leaf)[0]

    def append_recording(self, leaf: bytes) -> tuple[Frontier, tuple[PerfectSubtree, ...]]:
        """Append `leaf`; also return every subtree it completes (the leaf itself first).

        These are exactly the nodes a `SubtreeReader` has to serve, so storing them as they
        appear makes every later root and proof O(log n) lookups.
        """
        if len(leaf) != HASH_SIZE:
            raise ValueError("a leaf hash must be 32 bytes")
        roots = list(self.roots)
        carry, level, index = leaf, 0, self.size
        completed = [PerfectSubtree(0, index, leaf)]
        # Like a binary increment: each set low bit of size is a subtree of that level that the
        # new leaf's subtree now completes into one of the next level.
        while self.size >> level & 1:
            carry = node_hash(roots.pop(), carry)
            level, index = level + 1, index >> 1
            completed.append(PerfectSubtree(level, index, carry))
        roots.append(carry)
        return Frontier(self.size + 1, tuple(roots)), tuple(completed)


def _slots(size: int) -> list[tuple[int, int]]:
    # (level, index) of the frontier's subtrees: the binary digits of size, largest first.
    slots: list[tuple[int, int]] = []
    position = 0
    for level in reversed(range(size.bit_length())):
        if size >> level & 1:
            slots.append((level, position >> level))
            position += 1 << level
    return slots


@dataclass(frozen=True, slots=True)
class TreeHead:
    """What the log commits to: its size, root hash, when, and which log.

    `log_id` is the log's stable origin name (printable ASCII, no spaces, at most 255 bytes),
    so a head of the test log can never pass for one of the production log.
    """

    tree_size: int
    root_hash: bytes
    timestamp_ms: int
    log_id: str

    def __post_init__(self) -> None:
        if not 0 <= self.tree_size <= _MAX_U64 or not 0 <= self.timestamp_ms <= _MAX_U64:
            raise ValueError("tree size and timestamp must fit an unsigned 64-bit integer")
        if len(self.root_hash) != HASH_SIZE:
            raise ValueError("root hash must be 32 bytes")
        _require_log_id(self.log_id)

    def canonical_bytes(self) -> bytes:
        """The signed encoding: tag ‖ len(log_id) ‖ log_id ‖ u64 size ‖ u64 time ‖ root."""
        log_id = self.log_id.encode("ascii")
        return b"".join(
            (
                _TREE_HEAD_TAG,
                len(log_id).to_bytes(1, "big"),
                log_id,
                self.tree_size.to_bytes(8, "big"),
                self.timestamp_ms.to_bytes(8, "big"),
                self.root_hash,
            )
        )

    @classmethod
    def from_canonical_bytes(cls, data: bytes) -> TreeHead:
        """Parse `canonical_bytes` back; ValueError unless `data` is exactly one encoded head."""
        if not data.startswith(_TREE_HEAD_TAG) or len(data) <= len(_TREE_HEAD_TAG):
            raise ValueError("not a tree head")
        at = len(_TREE_HEAD_TAG)
        id_length = data[at]
        at += 1
        if len(data) != at + id_length + 16 + HASH_SIZE:
            raise ValueError("tree head has the wrong length")
        try:
            log_id = data[at : at + id_length].decode("ascii")
        except UnicodeDecodeError as error:
            raise ValueError("log id is not ASCII") from error
        at += id_length
        size = int.from_bytes(data[at : at + 8], "big")
        timestamp = int.from_bytes(data[at + 8 : at + 16], "big")
        return cls(size, data[at + 16 :], timestamp, log_id)


@dataclass(frozen=True, slots=True)
class SignedTreeHead:
    """A tree head and the log's Ed25519 signature over its canonical bytes."""

    head: TreeHead
    signature: bytes

    def __post_init__(self) -> None:
        if len(self.signature) != SIGNATURE_SIZE:
            raise ValueError("an Ed25519 signature is 64 bytes")


def sign_tree_head(private_key: Ed25519PrivateKey, head: TreeHead) -> SignedTreeHead:
    """Sign `head` with the log's Ed25519 key (KEY-5: a key used for nothing else)."""
    return SignedTreeHead(head, private_key.sign(head.canonical_bytes()))


def verify_tree_head(public_key: Ed25519PublicKey, signed: SignedTreeHead) -> bool:
    """True if `signed.signature` is the log key's signature of exactly `signed.head`."""
    try:
        public_key.verify(signed.signature, signed.head.canonical_bytes())
    except InvalidSignature:
        return False
    return True


class HeadFailure(StrEnum):
    """Why a witness refused a new head. Codes are stable: laptops report them to the DPO."""

    BAD_SIGNATURE = "bad_signature"  # not signed by the log's key: says nothing about the log
    WRONG_LOG = "wrong_log"  # validly signed, but a head of another log (log_id)
    REWOUND = "rewound"  # smaller than a head already seen: entries were removed
    FORK = "fork"  # same size as the last head, different root: history rewritten
    PROOF_MALFORMED = "proof_malformed"  # wrong number or size of hashes for these tree sizes
    NOT_CONSISTENT = "not_consistent"  # well-formed proof, but the new tree does not extend


@dataclass(frozen=True, slots=True)
class HeadVerdict:
    """Outcome of `HeadWitness.check`: the witness to keep, and the failure if refused."""

    witness: HeadWitness
    failure: HeadFailure | None = None

    @property
    def accepted(self) -> bool:
        """True if the new head was accepted (then `witness.last` is that head)."""
        return self.failure is None


@dataclass(frozen=True, slots=True)
class HeadWitness:
    """The last verified head of one log, as a laptop or an outside witness keeps it.

    `last` is None before the first head: that one is trusted on first use (it must still be
    signed and of this log); an outside witness comparing heads is what catches a log that
    shows different laptops different histories from the start.
    """

    public_key: Ed25519PublicKey
    log_id: str
    last: SignedTreeHead | None = None

    def __post_init__(self) -> None:
        _require_log_id(self.log_id)

    def check(self, new: SignedTreeHead, proof: Sequence[bytes]) -> HeadVerdict:
        """Accept `new` if it is signed, of this log, and `proof` shows it extends `last`.

        `proof` is the consistency proof from `last.tree_size` (0 before the first head) to
        `new.head.tree_size`. On refusal the witness is returned unchanged, so the caller keeps
        holding the log to the head it last verified.
        """
        failure = self._failure(new, proof)
        if failure is not None:
            return HeadVerdict(self, failure)
        return HeadVerdict(replace(self, last=new))

    def _failure(self, new: SignedTreeHead, proof: Sequence[bytes]) -> HeadFailure | None:
        # Signature first: an unsigned claim of a fork or rewind is no evidence against the log.
        if not verify_tree_head(self.public_key, new):
            return HeadFailure.BAD_SIGNATURE
        if new.head.log_id != self.log_id:
            return HeadFailure.WRONG_LOG
        return self._history_failure(new.head, proof)

    def _history_failure(self, head: TreeHead, proof: Sequence[bytes]) -> HeadFailure | None:
        # Before the first head the log is held to the empty tree, which every log extends.
        old_size, old_root = (0, EMPTY_ROOT) if self.last is None else _size_root(self.last)
        if head.tree_size < old_size:
            return HeadFailure.REWOUND
        if head.tree_size == old_size and head.root_hash != old_root:
            return HeadFailure.FORK
        if not _well_formed(proof, consistency_proof_size(old_size, head.tree_size)):
            return HeadFailure.PROOF_MALFORMED
        if not verify_consistency(old_size, head.tree_size, old_root, head.root_hash, proof):
            return HeadFailure.NOT_CONSISTENT
        return None


def _size_root(signed: SignedTreeHead) -> tuple[int, bytes]:
    return signed.head.tree_size, signed.head.root_hash


def _well_formed(proof: Sequence[bytes], expected_length: int) -> bool:
    return len(proof) == expected_length and all(
        isinstance(p, bytes) and len(p) == HASH_SIZE for p in proof
    )


def _require_log_id(log_id: str) -> None:
    # Printable ASCII without spaces: one spelling per log, nothing a terminal or a CSV export
    # could render ambiguously, and its byte length equals its character count.
    if not 0 < len(log_id) <= _MAX_LOG_ID or not all("!" <= c <= "~" for c in log_id):
        raise ValueError("log id must be 1-255 printable ASCII characters without spaces")
