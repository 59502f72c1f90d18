"""The service's append-only Merkle audit log, persisted (AUD-3).

Every audit record the service writes is appended as a leaf in the transaction that writes
the record (`record_leaves`). Inside a `Database.write` block the leaves are collected and
appended by a commit hook at the very end of the transaction: the log's single state row is
locked last, held only for the append, and never taken before a row or sequence lock, so it
cannot deadlock a push. The hook stores each leaf hash and every perfect subtree that
`Frontier.append_recording` completes, so roots and proofs later cost O(log n) lookups, and
signs a tree head with the service's current Ed25519 key on every commit (or every N leaves).

Pure Merkle arithmetic is in `sync.transparency`; this module only stores and reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, RowMapping, insert, select, update

from sync.server.db.audit_tables import (
    AUDIT_LOG_ROW,
    audit_leaf,
    audit_log_state,
    audit_node,
    audit_tree_head,
)
from sync.server.db.database import Database, transaction_scratch
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import ServiceKeyring
from sync.server.services import audit_entries
from sync.transparency import (
    HASH_SIZE,
    Frontier,
    SignedTreeHead,
    TreeHead,
    consistency_proof,
    leaf_hash,
    sign_tree_head,
)

_PENDING = "audit_log_pending"


@dataclass(frozen=True, slots=True)
class Leaf:
    """One audit record to log: which record, and its canonical entry (`audit_entries`)."""

    source: str
    source_id: str
    entry: bytes


@dataclass(frozen=True, slots=True)
class HeadSigner:
    """Signs tree heads: the service's current key, its clock, and how often to sign."""

    key_id: str
    private_key: Ed25519PrivateKey = field(repr=False)
    clock: Callable[[], datetime] = field(repr=False)
    every: int = 1  # sign when at least this many leaves arrived since the last head

    @classmethod
    def from_keyring(
        cls, keyring: ServiceKeyring, clock: Callable[[], datetime], *, every: int = 1
    ) -> HeadSigner:
        """A signer with the keyring's current generation."""
        current = keyring.current
        return cls(current.key_id, current.sign_private, clock, max(1, every))


@dataclass(frozen=True, slots=True)
class LogState:
    """The log's state row: origin id, frontier, and the newest signed head's size and time."""

    log_id: str
    frontier: Frontier
    signed_size: int  # -1 before the first head
    signed_timestamp_ms: int

    @property
    def tree_size(self) -> int:
        """Number of leaves in the log."""
        return self.frontier.size


@dataclass(frozen=True, slots=True)
class StoredHead:
    """A signed tree head as stored, with the id of the key generation that signed it."""

    signed: SignedTreeHead
    key_id: str


def record_leaves(conn: Connection, leaves: Sequence[Leaf], *, now: datetime) -> None:
    """Log `leaves` in the caller's transaction.

    In a `Database.write` block they are appended when the block ends (see the module
    docstring); on any other connection they are appended at once, without a head.
    """
    if not leaves:
        return
    if transaction_scratch(conn) is None:
        append_leaves(conn, [(leaf, now) for leaf in leaves])
        return
    _pending(conn, take=False).extend((leaf, now) for leaf in leaves)


def _pending(conn: Connection, *, take: bool) -> list[tuple[Leaf, datetime]]:
    """The leaves queued in this transaction (removed from it when `take`)."""
    scratch = transaction_scratch(conn)
    if scratch is None:
        return []
    queued = scratch.pop(_PENDING, []) if take else scratch.setdefault(_PENDING, [])
    assert isinstance(queued, list)
    return queued


def adopt_unlogged(conn: Connection, *, now: datetime) -> int:
    """Append every record that has no leaf yet (e.g. written before the log existed).

    Used once after upgrading a database to the audited schema; adopted leaves carry the
    adoption time, so they are visibly later than the records they log.
    """
    queued = {(leaf.source, leaf.source_id) for leaf, _ in _pending(conn, take=False)}
    leaves = [
        Leaf(source, audit_entries.source_id(source, row), audit_entries.entry_bytes(source, row))
        for source in audit_entries.SOURCE_TABLES
        for row in audit_entries.unlogged_records(conn, source)
        if (source, audit_entries.source_id(source, row)) not in queued  # logged at commit
    ]
    record_leaves(conn, leaves, now=now)
    return len(leaves)


def install(db: Database, signer: HeadSigner | None) -> None:
    """Make every write transaction of `db` append its pending leaves before it commits.

    Without a signer (tools and tests that have no service key) leaves are still appended;
    the next head signed covers them.
    """
    db.add_commit_hook(partial(_flush, signer=signer))


def _flush(conn: Connection, *, signer: HeadSigner | None) -> None:
    pending = _pending(conn, take=True)
    if not pending:
        return
    state = append_leaves(conn, pending)
    if signer is not None and state.tree_size - max(state.signed_size, 0) >= signer.every:
        issue_head(conn, state, signer)


def append_leaves(conn: Connection, pending: Sequence[tuple[Leaf, datetime]]) -> LogState:
    """Append leaves (with their record times) under the state row lock; the new state."""
    state = read_state(conn, lock=True)
    frontier = state.frontier
    leaf_rows, node_rows = [], []
    for leaf, at in pending:
        frontier, completed = frontier.append_recording(leaf_hash(leaf.entry))
        leaf_rows.append(
            {
                "leaf_index": completed[0].index,
                "leaf_hash": completed[0].root,
                "source": leaf.source,
                "source_id": leaf.source_id,
                "appended_at": at,
            }
        )
        node_rows += [
            {"level": s.level, "node_index": s.index, "hash": s.root} for s in completed[1:]
        ]
    conn.execute(insert(audit_leaf), leaf_rows)
    if node_rows:
        conn.execute(insert(audit_node), node_rows)
    conn.execute(
        update(audit_log_state)
        .where(audit_log_state.c.id == AUDIT_LOG_ROW)
        .values(tree_size=frontier.size, frontier=b"".join(frontier.roots))
    )
    return replace(state, frontier=frontier)


def read_state(conn: Connection, *, lock: bool = False) -> LogState:
    """The state row (locked FOR UPDATE when `lock`: the caller is going to append)."""
    query = select(audit_log_state).where(audit_log_state.c.id == AUDIT_LOG_ROW)
    row = conn.execute(query.with_for_update() if lock else query).one()
    blob = bytes(row.frontier)
    roots = tuple(blob[i : i + HASH_SIZE] for i in range(0, len(blob), HASH_SIZE))
    try:
        frontier = Frontier(int(row.tree_size), roots)
    except ValueError:
        raise ServerError(ServerErrorCode.AUDIT_LOG_CORRUPT, "state row") from None
    return LogState(row.log_id, frontier, int(row.signed_size), int(row.signed_timestamp_ms))


def issue_head(conn: Connection, state: LogState, signer: HeadSigner) -> StoredHead:
    """Sign and store a head over the whole log; the caller holds the state row lock."""
    now_ms = int(signer.clock().timestamp() * 1000)
    # Never older than the previous head: a witness may read time going backwards as replay.
    timestamp = max(now_ms, state.signed_timestamp_ms)
    head = TreeHead(state.tree_size, state.frontier.root(), timestamp, state.log_id)
    signed = sign_tree_head(signer.private_key, head)
    conn.execute(
        insert(audit_tree_head).values(
            tree_size=head.tree_size,
            root_hash=head.root_hash,
            timestamp_ms=head.timestamp_ms,
            log_id=head.log_id,
            key_id=signer.key_id,
            signature=signed.signature,
        )
    )
    conn.execute(
        update(audit_log_state)
        .where(audit_log_state.c.id == AUDIT_LOG_ROW)
        .values(signed_size=head.tree_size, signed_timestamp_ms=timestamp)
    )
    return StoredHead(signed, signer.key_id)


def current_head(db: Database, signer: HeadSigner) -> StoredHead:
    """The newest signed head, after signing one if the log grew since (or has none yet)."""
    with db.read() as conn:
        state = read_state(conn)
        if state.signed_size == state.tree_size:
            found = head_at(conn, state.tree_size)
            if found is not None:
                return found
    with db.write() as conn:
        state = read_state(conn, lock=True)
        if state.signed_size == state.tree_size:
            found = head_at(conn, state.tree_size)
            if found is not None:
                return found
        return issue_head(conn, state, signer)


def head_at(conn: Connection, tree_size: int) -> StoredHead | None:
    """The signed head of size `tree_size`, if one was issued."""
    query = select(audit_tree_head).where(audit_tree_head.c.tree_size == tree_size)
    row = conn.execute(query).mappings().first()
    return None if row is None else stored_head(row)


def heads(conn: Connection, *, from_size: int = 0) -> Iterator[StoredHead]:
    """Every stored head of at least `from_size` leaves, smallest first."""
    query = (
        select(audit_tree_head)
        .where(audit_tree_head.c.tree_size >= from_size)
        .order_by(audit_tree_head.c.tree_size)
    )
    for row in conn.execute(query).mappings():
        yield stored_head(row)


def stored_head(row: RowMapping | Mapping[str, Any]) -> StoredHead:
    """A head from its `audit_tree_head` row; ValueError if the row is not a valid head."""
    head = TreeHead(
        int(row["tree_size"]), bytes(row["root_hash"]), int(row["timestamp_ms"]), row["log_id"]
    )
    return StoredHead(SignedTreeHead(head, bytes(row["signature"])), str(row["key_id"]))


def consistency(conn: Connection, old_size: int, new_size: int) -> list[bytes]:
    """Consistency proof between two sizes of the log, from the stored subtrees.

    Raises ServerError(AUDIT_TREE_SIZE_UNKNOWN) unless 0 <= old_size <= new_size <= size.
    """
    size = read_state(conn).tree_size
    if not 0 <= old_size <= new_size <= size:
        raise ServerError(ServerErrorCode.AUDIT_TREE_SIZE_UNKNOWN, f"log has {size}")
    return consistency_proof(StoredSubtrees(conn), old_size, new_size)


class StoredSubtrees:
    """A `SubtreeReader` over the stored leaves and nodes: one lookup per subtree."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def perfect_subtree(self, level: int, index: int) -> bytes:
        """MTH of the perfect subtree at (level, index), as stored when it was completed."""
        if level == 0:
            query = select(audit_leaf.c.leaf_hash).where(audit_leaf.c.leaf_index == index)
        else:
            query = select(audit_node.c.hash).where(
                audit_node.c.level == level, audit_node.c.node_index == index
            )
        found = self._conn.execute(query).scalar_one_or_none()
        if found is None:
            raise ServerError(ServerErrorCode.AUDIT_LOG_CORRUPT, f"subtree {level}/{index}")
        return bytes(found)
