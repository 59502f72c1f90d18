"""`dossier-server admin audit verify`: recompute the whole audit log and name every break.

Three independent checks, so a report says what was tampered with, not just that something was:

1. **Records against leaves.** Each leaf names one record; the record is re-encoded
   (`audit_entries`) and hashed. An edited record (`record_edited`), a deleted one
   (`record_missing`), a missing leaf index (`leaf_missing`) and a record that never got a
   leaf (`record_not_logged`) are named with leaf index and record id. A record removed by
   the erasure of its case is not missing when `audit_erasure` lists it under a `case.erase`
   event that is itself in the log (counted in `records_erased`).
2. **Leaves against signed heads.** The tree is rebuilt from the stored leaf hashes; at the
   size of every stored head its root must equal the signed root (`head_root_mismatch`: the
   log was rewritten below that head, and the leaves between the last matching head and
   this one contain the change), a head may not cover more leaves than the log has
   (`head_beyond_log`: truncated), and its signature must verify with the service key that
   signed it (`head_bad_signature`, `head_unknown_key`, `head_wrong_log`). Stored subtrees
   (which proofs are served from) must match the rebuilt ones (`node_mismatch`), and the
   state row must describe the rebuilt log (`state_mismatch`).
3. **Device chains.** Each profile's stored entries must still form its hash chain from
   genesis up to the stored checkpoint (`device_chain_broken`, with the chain's own code).

Reads one snapshot; memory is bounded by the batch size and the number of heads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, select

from sync.server.db.audit_tables import audit_erasure, audit_leaf, audit_node
from sync.server.db.tables import server_audit
from sync.server.services import audit_entries, audit_log
from sync.server.services.audit_device_chains import verify_device_chains
from sync.transparency import EMPTY_ROOT, Frontier, PerfectSubtree, leaf_hash, verify_tree_head

BATCH = 2_000
ERASE_ACTION = "case.erase"  # the audit event of a case erasure (`erasure`)
MAX_LISTED = 50  # per problem: the report stays readable, `counts` has the totals


class LogProblem(StrEnum):
    """What `verify_log` can find. Stable codes: reports and scripts match on them."""

    LEAF_MISSING = "leaf_missing"
    RECORD_MISSING = "record_missing"
    RECORD_EDITED = "record_edited"
    RECORD_NOT_LOGGED = "record_not_logged"
    NODE_MISMATCH = "node_mismatch"
    STATE_MISMATCH = "state_mismatch"
    HEAD_ROOT_MISMATCH = "head_root_mismatch"
    HEAD_BEYOND_LOG = "head_beyond_log"
    HEAD_UNVERIFIABLE = "head_unverifiable"  # above a missing leaf: no root to compare
    HEAD_BAD_SIGNATURE = "head_bad_signature"
    HEAD_UNKNOWN_KEY = "head_unknown_key"
    HEAD_WRONG_LOG = "head_wrong_log"
    DEVICE_CHAIN_BROKEN = "device_chain_broken"


@dataclass(frozen=True, slots=True)
class Finding:
    """One break: what, where in the log (leaf, head size), which record, and a code detail."""

    problem: LogProblem
    leaf_index: int | None = None
    tree_size: int | None = None
    source: str | None = None
    source_id: str | None = None
    detail: str | None = None


@dataclass(slots=True)
class Report:
    """The outcome of `verify_log`; `findings` lists up to MAX_LISTED per problem."""

    tree_size: int = 0
    leaves_checked: int = 0
    heads_checked: int = 0
    records_erased: int = 0
    findings: list[Finding] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not self.counts

    def add(self, finding: Finding) -> None:
        """Count a finding and keep it if fewer than MAX_LISTED of its kind are kept."""
        self.counts[finding.problem.value] += 1
        if self.counts[finding.problem.value] <= MAX_LISTED:
            self.findings.append(finding)

    def as_dict(self) -> dict[str, Any]:
        """JSON-able form (None members left out of each finding)."""
        return {
            "ok": self.ok,
            "tree_size": self.tree_size,
            "leaves_checked": self.leaves_checked,
            "heads_checked": self.heads_checked,
            "records_erased": self.records_erased,
            "counts": dict(self.counts),
            "findings": [
                {k: v for k, v in asdict(f).items() if v is not None} for f in self.findings
            ],
        }


def verify_log(conn: Connection, sign_publics: Mapping[str, bytes]) -> Report:
    """Check the whole log in `conn`'s snapshot; `sign_publics` maps key id → Ed25519 raw."""
    state = audit_log.read_state(conn)
    report = Report(tree_size=state.tree_size)
    heads = list(audit_log.heads(conn))
    _check_signatures(report, heads, state.log_id, sign_publics)
    walk = _TreeWalk(conn, report, heads)
    for batch in _leaf_batches(conn):
        walk.take(batch)
    walk.finish(state)
    _check_unlogged(conn, report)
    for problem, profile_id, seq in verify_device_chains(conn):
        report.add(
            Finding(
                LogProblem.DEVICE_CHAIN_BROKEN,
                source=audit_entries.DEVICE,
                source_id=audit_entries.device_source_id(profile_id, seq),
                detail=problem,
            )
        )
    return report


def _check_signatures(
    report: Report,
    heads: Sequence[audit_log.StoredHead],
    log_id: str,
    sign_publics: Mapping[str, bytes],
) -> None:
    for stored in heads:
        size = stored.signed.head.tree_size
        public = sign_publics.get(stored.key_id)
        if public is None:
            report.add(Finding(LogProblem.HEAD_UNKNOWN_KEY, tree_size=size, detail=stored.key_id))
        elif not verify_tree_head(Ed25519PublicKey.from_public_bytes(public), stored.signed):
            report.add(Finding(LogProblem.HEAD_BAD_SIGNATURE, tree_size=size))
        if stored.signed.head.log_id != log_id:
            report.add(Finding(LogProblem.HEAD_WRONG_LOG, tree_size=size))
        report.heads_checked += 1


def _leaf_batches(conn: Connection) -> Iterator[Sequence[Any]]:
    after = -1
    while True:
        rows = conn.execute(
            select(audit_leaf)
            .where(audit_leaf.c.leaf_index > after)
            .order_by(audit_leaf.c.leaf_index)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        yield rows
        after = int(rows[-1].leaf_index)


class _TreeWalk:
    """Rebuilds the tree from the stored leaves, batch by batch, checking as it goes."""

    def __init__(self, conn: Connection, report: Report, heads: list[audit_log.StoredHead]):
        self.conn = conn
        self.report = report
        self.heads = sorted(heads, key=lambda h: h.signed.head.tree_size)
        self.next_head = 0
        self.frontier = Frontier()
        self.broken_at: int | None = None  # first missing leaf: no tree beyond it
        self.last_match = 0  # size of the newest head whose root matched
        self._check_heads_at(0)

    def take(self, rows: Sequence[Any]) -> None:
        self._check_records(rows)
        completed: list[PerfectSubtree] = []
        for row in rows:
            index = int(row.leaf_index)
            self.report.leaves_checked += 1
            if self.broken_at is not None:
                continue
            if index != self.frontier.size:
                self.broken_at = self.frontier.size
                for missing in range(self.frontier.size, index):
                    self.report.add(Finding(LogProblem.LEAF_MISSING, leaf_index=missing))
                continue
            self.frontier, done = self.frontier.append_recording(bytes(row.leaf_hash))
            completed += done[1:]
            self._check_heads_at(self.frontier.size)
        self._check_nodes(completed)

    def finish(self, state: audit_log.LogState) -> None:
        for stored in self.heads[self.next_head :]:
            size = stored.signed.head.tree_size
            if self.broken_at is not None and size > self.broken_at:
                detail = f"leaf {self.broken_at} missing"
                self.report.add(
                    Finding(LogProblem.HEAD_UNVERIFIABLE, tree_size=size, detail=detail)
                )
            else:
                detail = f"log has {self.frontier.size}"
                self.report.add(Finding(LogProblem.HEAD_BEYOND_LOG, tree_size=size, detail=detail))
        if self.broken_at is None and state.frontier != self.frontier:
            detail = f"state {state.tree_size}, log {self.frontier.size}"
            self.report.add(Finding(LogProblem.STATE_MISMATCH, detail=detail))

    def _check_heads_at(self, size: int) -> None:
        while self.next_head < len(self.heads):
            stored = self.heads[self.next_head]
            if stored.signed.head.tree_size != size:
                return
            self.next_head += 1
            root = self.frontier.root() if size else EMPTY_ROOT
            if stored.signed.head.root_hash == root:
                self.last_match = size
                continue
            self.report.add(
                Finding(
                    LogProblem.HEAD_ROOT_MISMATCH,
                    tree_size=size,
                    detail=f"changed in leaves [{self.last_match}, {size})",
                )
            )

    def _check_records(self, rows: Sequence[Any]) -> None:
        by_source: dict[str, list[Any]] = {}
        for row in rows:
            by_source.setdefault(row.source, []).append(row)
        for source, leaves in by_source.items():
            records = _records(self.conn, source, [r.source_id for r in leaves])
            missing = [r.source_id for r in leaves if r.source_id not in records]
            erased = _erased(self.conn, source, missing) if missing else set()
            for leaf in leaves:
                if leaf.source_id in erased:
                    self.report.records_erased += 1
                    continue
                self._check_record(source, leaf, records.get(leaf.source_id))

    def _check_record(self, source: str, leaf: Any, record: Mapping[Any, Any] | None) -> None:
        where = {"leaf_index": int(leaf.leaf_index), "source": source, "source_id": leaf.source_id}
        if record is None:
            self.report.add(Finding(LogProblem.RECORD_MISSING, **where))
        elif leaf_hash(audit_entries.entry_bytes(source, record)) != bytes(leaf.leaf_hash):
            self.report.add(Finding(LogProblem.RECORD_EDITED, **where))

    def _check_nodes(self, completed: Sequence[PerfectSubtree]) -> None:
        by_level: dict[int, dict[int, bytes]] = {}
        for node in completed:
            by_level.setdefault(node.level, {})[node.index] = node.root
        for level, nodes in by_level.items():
            query = select(audit_node.c.node_index, audit_node.c.hash).where(
                audit_node.c.level == level,
                audit_node.c.node_index.between(min(nodes), max(nodes)),
            )
            stored = {int(i): bytes(h) for i, h in self.conn.execute(query)}
            for index, root in nodes.items():
                if stored.get(index) != root:
                    detail = f"level {level} index {index}"
                    leaf = index << level
                    self.report.add(
                        Finding(LogProblem.NODE_MISMATCH, leaf_index=leaf, detail=detail)
                    )


def _records(conn: Connection, source: str, ids: Sequence[str]) -> dict[str, Mapping[Any, Any]]:
    table = audit_entries.SOURCE_TABLES[source]
    key = audit_entries.source_key_column(source)
    rows = conn.execute(select(table).where(key.in_(ids))).mappings()
    return {audit_entries.source_id(source, row): row for row in rows}


def _erased(conn: Connection, source: str, ids: Sequence[str]) -> set[str]:
    """Which of `ids` were removed by a case erasure whose event is in the log."""
    logged_event = select(audit_leaf.c.source_id).where(
        audit_leaf.c.source == audit_entries.SERVER,
        audit_leaf.c.source_id == audit_erasure.c.erased_by,
    )
    query = (
        select(audit_erasure.c.source_id)
        .join(server_audit, server_audit.c.event_id == audit_erasure.c.erased_by)
        .where(
            audit_erasure.c.source == source,
            audit_erasure.c.source_id.in_(ids),
            server_audit.c.action == ERASE_ACTION,
            logged_event.exists(),
        )
    )
    return set(conn.execute(query).scalars())


def _check_unlogged(conn: Connection, report: Report) -> None:
    for source in audit_entries.SOURCE_TABLES:
        for row in audit_entries.unlogged_records(conn, source):
            source_id = audit_entries.source_id(source, row)
            report.add(Finding(LogProblem.RECORD_NOT_LOGGED, source=source, source_id=source_id))
