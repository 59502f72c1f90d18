"""What an insider with database access (and maybe the signing key) does to the audit log."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import delete, insert, select, update

from sync.server.db.audit_tables import (
    AUDIT_LOG_ROW,
    audit_leaf,
    audit_log_state,
    audit_node,
    audit_tree_head,
)
from sync.server.services import audit_log
from sync.transparency import Frontier, TreeHead, sign_tree_head


def rebuild_tree(app: FastAPI) -> None:
    """Recompute every stored subtree and the state row from the stored leaves, consistently."""
    with app.state.context.db.write() as conn:
        leaves = conn.execute(select(audit_leaf.c.leaf_hash).order_by(audit_leaf.c.leaf_index))
        frontier, nodes = Frontier(), []
        for (leaf,) in leaves:
            frontier, done = frontier.append_recording(bytes(leaf))
            nodes += [{"level": s.level, "node_index": s.index, "hash": s.root} for s in done[1:]]
        conn.execute(delete(audit_node))
        if nodes:
            conn.execute(insert(audit_node), nodes)
        conn.execute(
            update(audit_log_state)
            .where(audit_log_state.c.id == AUDIT_LOG_ROW)
            .values(tree_size=frontier.size, frontier=b"".join(frontier.roots))
        )


def sign_current_tree(app: FastAPI) -> None:
    """Sign a head over the log as it now is, with the service's own key (a stolen key)."""
    context = app.state.context
    signer = context.head_signer
    with context.db.write() as conn:
        state = audit_log.read_state(conn)
        head = TreeHead(state.tree_size, state.frontier.root(), 2**40, state.log_id)
        signed = sign_tree_head(signer.private_key, head)
        conn.execute(delete(audit_tree_head).where(audit_tree_head.c.tree_size == head.tree_size))
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
