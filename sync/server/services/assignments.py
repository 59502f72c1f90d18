"""Who may see which case: assignments, bulk reassignment and the visibility rule.

Visibility is computed on the service, never by a client-side filter (sync-designs §2.7):
a caseworker sees the cases assigned to them; a team lead also sees every case assigned to a
member of their team; IT and auditors see no case content at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, delete, insert, or_, select

from storage.ids import is_uuid
from sync.server.db.horizon_tables import assignment_history
from sync.server.db.tables import ENTITY_TABLES, assignment, user_account
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import audit
from sync.server.services.retention import OnLaptops
from sync.server.services.users import get_user

CASE = ENTITY_TABLES["case"]
_CASE_ROLES = ("caseworker", "team_lead")  # IT and auditors never see case content


@dataclass(frozen=True, slots=True)
class AssignmentChange:
    """What an assign or reassign did."""

    assigned: int  # new assignment rows
    unassigned: int  # removed assignment rows
    case_ids: tuple[str, ...]


def resolve_cases(conn: Connection, refs: Sequence[str]) -> list[str]:
    """Case ids for references that are ids or case numbers; CASE_NOT_FOUND names the first
    reference that matches nothing (or more than one case)."""
    found: list[str] = []
    for ref in refs:
        cond = CASE.c.id == ref if is_uuid(ref) else CASE.c.case_number == ref
        ids = list(conn.execute(select(CASE.c.id).where(cond)).scalars())
        if len(ids) != 1:
            raise ServerError(ServerErrorCode.CASE_NOT_FOUND, f"reference #{len(found) + 1}")
        found.append(ids[0])
    return list(dict.fromkeys(found))


def assign(
    conn: Connection, *, case_refs: Sequence[str], login: str, replace: bool, now: datetime
) -> AssignmentChange:
    """Assign cases to `login`; with `replace`, every other assignee of them is removed."""
    user = get_user(conn, login)
    case_ids = resolve_cases(conn, case_refs)
    removed = 0
    if replace:
        removed = _end(
            conn,
            (assignment.c.case_id.in_(case_ids), assignment.c.user_id != user.id),
            now,
        )
    added = _add(conn, case_ids, user.id, now)
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action="cases.assigned",
        object_type="user",
        object_id=user.id,
        detail={"cases": len(case_ids), "added": added, "removed": removed},
    )
    return AssignmentChange(added, removed, tuple(case_ids))


def reassign(
    conn: Connection,
    *,
    from_login: str,
    to_login: str,
    case_refs: Sequence[str] | None,
    now: datetime,
) -> AssignmentChange:
    """Move cases (all of `from_login`'s, or the given ones) from one user to another."""
    source, target = get_user(conn, from_login), get_user(conn, to_login)
    held = select(assignment.c.case_id).where(assignment.c.user_id == source.id)
    case_ids = list(conn.execute(held).scalars())
    if case_refs is not None:
        wanted = set(resolve_cases(conn, case_refs))
        case_ids = [c for c in case_ids if c in wanted]
    removed = _end(
        conn, (assignment.c.user_id == source.id, assignment.c.case_id.in_(case_ids)), now
    )
    added = _add(conn, case_ids, target.id, now)
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action="cases.reassigned",
        object_type="user",
        object_id=target.id,
        detail={"from_user": source.id, "cases": len(case_ids)},
    )
    return AssignmentChange(added, removed, tuple(case_ids))


def _end(conn: Connection, where: Sequence[ColumnElement[bool]], now: datetime) -> int:
    """Remove the assignments matching `where`, keeping each in `assignment_history` (F31)."""
    ended = conn.execute(
        select(assignment.c.case_id, assignment.c.user_id, assignment.c.assigned_at).where(*where)
    ).all()
    if ended:
        conn.execute(
            insert(assignment_history),
            [
                {
                    "case_id": row.case_id,
                    "user_id": row.user_id,
                    "assigned_at": row.assigned_at,
                    "unassigned_at": now,
                }
                for row in ended
            ],
        )
    return int(conn.execute(delete(assignment).where(*where)).rowcount)


def held_at(
    conn: Connection, *, user_id: str, role: str, team: str | None, case_id: str, at: datetime
) -> bool:
    """Whether `user_id` held the case at `at` through an assignment that has since ended.

    Lets an edit made offline while the case was still assigned through after a
    reassignment (F31, sync-designs §2.7). A team lead's team is today's team.
    """
    return held_once(conn, user_id=user_id, role=role, team=team, case_id=case_id, at=at)


def held_once(
    conn: Connection,
    *,
    user_id: str,
    role: str,
    team: str | None,
    case_id: str,
    at: datetime | None = None,
) -> bool:
    """Whether `user_id` held the case through an assignment that has since ended: at `at`,
    or at any time when `at` is None (`held_at`; the upload of a scan added before the case
    left, `blobs_access`)."""
    if role not in _CASE_ROLES:
        return False
    holders = [assignment_history.c.user_id == user_id]
    if role == "team_lead" and team is not None:
        members = select(user_account.c.id).where(
            user_account.c.team == team, user_account.c.role.in_(_CASE_ROLES)
        )
        holders.append(assignment_history.c.user_id.in_(members))
    query = select(assignment_history.c.case_id).where(
        assignment_history.c.case_id == case_id, or_(*holders)
    )
    if at is not None:
        query = query.where(
            assignment_history.c.assigned_at <= at, assignment_history.c.unassigned_at > at
        )
    return conn.execute(query.limit(1)).first() is not None


def _add(conn: Connection, case_ids: Sequence[str], user_id: str, now: datetime) -> int:
    have = set(
        conn.execute(
            select(assignment.c.case_id).where(
                assignment.c.user_id == user_id, assignment.c.case_id.in_(case_ids)
            )
        ).scalars()
    )
    rows = [
        {"case_id": c, "user_id": user_id, "assigned_at": now} for c in case_ids if c not in have
    ]
    if rows:
        conn.execute(insert(assignment), rows)
    return len(rows)


def _holders(user_id: str, role: str, team: str | None) -> ColumnElement[bool]:
    holders = [assignment.c.user_id == user_id]
    if role == "team_lead" and team is not None:
        members = select(user_account.c.id).where(
            user_account.c.team == team, user_account.c.role.in_(_CASE_ROLES)
        )
        holders.append(assignment.c.user_id.in_(members))
    return or_(*holders)


def visible_case_ids(
    conn: Connection, *, user_id: str, role: str, team: str | None, on_laptops: OnLaptops
) -> list[str]:
    """The ids of the cases `user_id` may see, sorted: held, and not past the retention's
    laptop figure (a closed case leaves the laptops, `retention`)."""
    if role not in _CASE_ROLES:
        return []
    query = (
        select(assignment.c.case_id)
        .join(CASE, CASE.c.id == assignment.c.case_id)
        .where(_holders(user_id, role, team), on_laptops.clause())
        .distinct()
    )
    return sorted(conn.execute(query).scalars())


def holds_case(
    conn: Connection,
    *,
    user_id: str,
    role: str,
    team: str | None,
    case_id: str,
    on_laptops: OnLaptops,
) -> bool:
    """Whether `user_id` may see (and so write) one case: `visible_case_ids` for one id."""
    if role not in _CASE_ROLES:
        return False
    query = (
        select(assignment.c.case_id)
        .join(CASE, CASE.c.id == assignment.c.case_id)
        .where(assignment.c.case_id == case_id, _holders(user_id, role, team), on_laptops.clause())
    )
    return conn.execute(query.limit(1)).first() is not None


def held_case_ids(
    conn: Connection,
    *,
    user_id: str,
    role: str,
    team: str | None,
    case_ids: Iterable[str],
    on_laptops: OnLaptops,
) -> set[str]:
    """Which of `case_ids` the user holds: `holds_case` for many ids in one query."""
    wanted = sorted(set(case_ids))
    if role not in _CASE_ROLES or not wanted:
        return set()
    query = (
        select(assignment.c.case_id)
        .join(CASE, CASE.c.id == assignment.c.case_id)
        .where(assignment.c.case_id.in_(wanted), _holders(user_id, role, team), on_laptops.clause())
    )
    return set(conn.execute(query.distinct()).scalars())


def may_create_cases(role: str) -> bool:
    """Caseworkers and team leads may open a new case from a laptop (it is assigned to them)."""
    return role in _CASE_ROLES


def assign_new_case(conn: Connection, *, case_id: str, user_id: str, now: datetime) -> None:
    """Assign a case a laptop just created to its creator (same transaction as the case)."""
    _add(conn, [case_id], user_id, now)
