"""Read the service and the laptops for the convergence state machine (issue 8).

Everything here only reads: the service's database directly (the test owns it) and each
laptop's store through its unlocked profile. The comparisons themselves live in
`tests.sync.replicas`; this adds conflicts, assignments and the merge audit.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import conflict as local_conflict
from sync.client.layout import ProfileFiles
from sync.server.db.tables import assignment, merge_audit, mutation_log, user_account
from sync.server.db.tables import conflict as server_conflict
from tests.sync.conftest import Laptop


def server_profile_id(laptop: Laptop) -> str:
    """The service's id of the laptop's profile."""
    return str(ProfileFiles(laptop.info).state().server_profile_id)


def holders(app: FastAPI, case_id: str) -> set[str]:
    """Logins the case is assigned to on the service."""
    query = (
        select(user_account.c.login)
        .join(assignment, assignment.c.user_id == user_account.c.id)
        .where(assignment.c.case_id == case_id)
    )
    with app.state.context.db.read() as conn:
        return {str(login) for (login,) in conn.execute(query)}


def server_open_conflicts(app: FastAPI, case_id: str) -> set[str]:
    """Ids of the conflicts open on the service for a case."""
    query = select(server_conflict.c.conflict_id).where(
        server_conflict.c.case_id == case_id, server_conflict.c.status == "open"
    )
    with app.state.context.db.read() as conn:
        return {str(c) for (c,) in conn.execute(query)}


def laptop_open_conflicts(laptop: Laptop, case_id: str) -> set[str]:
    """Ids of the conflicts (not rejections) a laptop shows as open for a case."""
    query = select(local_conflict.c.conflict_id).where(
        local_conflict.c.case_id == case_id,
        local_conflict.c.kind != "rejection",
        local_conflict.c.status == "open",
    )
    with laptop.unlock().store.read() as conn:
        return {str(c) for (c,) in conn.execute(query)}


def local_conflicts(laptop: Laptop) -> list[dict[str, Any]]:
    """Every open conflict (not rejection) on the laptop, oldest first."""
    query = (
        select(local_conflict)
        .where(local_conflict.c.kind != "rejection", local_conflict.c.status == "open")
        .order_by(local_conflict.c.opened_at, local_conflict.c.conflict_id)
    )
    with laptop.unlock().store.read() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def unaudited_outcomes(app: FastAPI, profile_ids: set[str]) -> list[str]:
    """Merge outcomes of the profiles' logged mutations, and conflicts, without an audit row.

    Each logged mutation's result names an outcome per field (or one overall outcome); each
    needs a merge-audit row for (profile, seq, field, outcome). Every conflict on the service
    needs a `conflict_opened` row naming it, and a resolved one a row of its resolution.
    """
    missing: list[str] = []
    with app.state.context.db.read() as conn:
        audited: dict[tuple[str, int], set[tuple[str | None, str]]] = {}
        by_conflict: dict[str, set[str]] = {}
        for row in conn.execute(select(merge_audit)).mappings():
            if row["profile_id"] is not None and row["mutation_seq"] is not None:
                key = (str(row["profile_id"]), int(row["mutation_seq"]))
                audited.setdefault(key, set()).add((row["field"], str(row["outcome"])))
            if row["conflict_id"] is not None:
                by_conflict.setdefault(str(row["conflict_id"]), set()).add(str(row["outcome"]))
        logged = select(mutation_log).where(mutation_log.c.profile_id.in_(profile_ids))
        for row in conn.execute(logged).mappings():
            key = (str(row["profile_id"]), int(row["mutation_seq"]))
            result = row["result"] or {}
            fields = result.get("field_outcomes") or {}
            wanted = {(f, str(o)) for f, o in fields.items()} or {(None, str(result["outcome"]))}
            have = audited.get(key, set())
            missing += [f"seq {key[1]} {f}={o}" for f, o in sorted(wanted - have, key=str)]
        for row in conn.execute(
            select(server_conflict).where(server_conflict.c.opened_by_profile.in_(profile_ids))
        ).mappings():
            outcomes = by_conflict.get(str(row["conflict_id"]), set())
            if "conflict_opened" not in outcomes:
                missing.append(f"conflict {row['conflict_id']} opened")
            # A resolution that finds the service already holding the chosen value (e.g.
            # "theirs") is audited as `converged`, linked to the conflict it closed.
            if row["status"] == "resolved" and not outcomes & {"conflict_resolved", "converged"}:
                missing.append(f"conflict {row['conflict_id']} resolved")
    return missing
