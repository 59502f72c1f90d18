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


def roll_back_log(app: FastAPI, tree_size: int) -> None:
    """Put the log back to `tree_size` leaves and the head signed then (a restored backup)."""
    context = app.state.context
    with context.db.write() as conn:
        old = audit_log.head_at(conn, tree_size)
        assert old is not None, f"no head was signed at {tree_size} leaves"
        conn.execute(delete(audit_leaf).where(audit_leaf.c.leaf_index >= tree_size))
        conn.execute(delete(audit_tree_head).where(audit_tree_head.c.tree_size > tree_size))
    rebuild_tree(app)
    with context.db.write() as conn:
        conn.execute(
            update(audit_log_state)
            .where(audit_log_state.c.id == AUDIT_LOG_ROW)
            .values(signed_size=tree_size, signed_timestamp_ms=old.signed.head.timestamp_ms)
        )


def rewrite_first_leaf(app: FastAPI) -> None:
    """Change the first leaf, rebuild the tree and sign it with the service's key (an insider)."""
    with app.state.context.db.write() as conn:
        conn.execute(
            update(audit_leaf).where(audit_leaf.c.leaf_index == 0).values(leaf_hash=bytes(32))
        )
    rebuild_tree(app)
    sign_current_tree(app)


def forge_current_head(app: FastAPI) -> None:
    """Replace the newest head's signature with one the service's key never made."""
    with app.state.context.db.write() as conn:
        size = audit_log.read_state(conn).tree_size
        conn.execute(
            update(audit_tree_head)
            .where(audit_tree_head.c.tree_size == size)
            .values(signature=bytes(64))
        )
