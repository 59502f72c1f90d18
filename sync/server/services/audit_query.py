"""The data protection officer's view: who did what to whom, from every audit source.

One query over three sources, merged by time: laptops' chained events (who opened, printed,
exported a person's file), the service's own events, and merge outcomes (who changed which
field). Rows carry ids, actions and codes only: merge outcomes are shown with the field and
its outcome, never the values (AUD-1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, select

from sync.server.db.audit_tables import device_audit_event
from sync.server.db.tables import merge_audit, profile, server_audit, user_account
from sync.server.errors import ServerError, ServerErrorCode

FIELDS = (
    "occurred_at",
    "source",
    "actor_kind",
    "actor_id",
    "actor_login",
    "device_id",
    "profile_id",
    "action",
    "object_type",
    "object_id",
    "recipient",
    "detail",
)
"""Columns of a query row, in CSV order."""


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What to select; every given criterion must hold (None: any)."""

    person_id: str | None = None
    user_id: str | None = None
    device_id: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audited action, whichever source it came from."""

    occurred_at: datetime
    source: str  # device | server | merge
    actor_kind: str | None
    actor_id: str | None
    actor_login: str | None
    device_id: str | None
    profile_id: str | None
    action: str
    object_type: str
    object_id: str | None
    recipient: str | None
    detail: dict[str, Any]


def parse_bound(text: str, *, end: bool) -> datetime:
    """A `--since`/`--until` value: a date (a whole UTC day) or an ISO datetime (UTC if naive).

    For `end`, a date means the end of that day, so `--until 2026-03-31` includes the 31st.
    """
    try:
        if len(text) == 10:
            day = datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
            return day + timedelta(days=1) if end else day
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "date") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def query(conn: Connection, where: AuditFilter, *, limit: int = 10_000) -> list[AuditRow]:
    """Audited actions matching `where`, oldest first, at most `limit`."""
    rows = _device_rows(conn, where, limit) + _server_rows(conn, where, limit)
    rows += _merge_rows(conn, where, limit)
    rows.sort(key=lambda r: (r.occurred_at, r.source))
    return _with_logins(conn, rows[:limit])


def _device_rows(conn: Connection, where: AuditFilter, limit: int) -> list[AuditRow]:
    t = device_audit_event
    q = select(t)
    if where.person_id:
        q = q.where(t.c.object_type == "person", t.c.object_id == where.person_id)
    if where.user_id:
        q = q.where(t.c.actor == where.user_id)
    if where.device_id:
        q = q.where(t.c.device_id == where.device_id)
    q = _between(q, t.c.occurred_utc, where)
    return [
        AuditRow(
            occurred_at=r.occurred_utc,
            source="device",
            actor_kind="user",
            actor_id=r.actor,
            actor_login=None,
            device_id=r.device_id,
            profile_id=r.profile_id,
            action=r.action,
            object_type=r.object_type,
            object_id=r.object_id,
            recipient=r.recipient,
            detail=dict(r.detail or {}),
        )
        for r in conn.execute(q.order_by(t.c.occurred_utc).limit(limit))
    ]


def _server_rows(conn: Connection, where: AuditFilter, limit: int) -> list[AuditRow]:
    t = server_audit
    q = select(t)
    if where.person_id:
        q = q.where(t.c.object_type == "person", t.c.object_id == where.person_id)
    if where.user_id:
        q = q.where(t.c.actor_id == where.user_id)
    if where.device_id:
        q = q.where(t.c.object_type == "device", t.c.object_id == where.device_id)
    q = _between(q, t.c.occurred_at, where)
    return [
        AuditRow(
            occurred_at=r.occurred_at,
            source="server",
            actor_kind=r.actor_kind,
            actor_id=r.actor_id,
            actor_login=None,
            device_id=None,
            profile_id=None,
            action=r.action,
            object_type=r.object_type,
            object_id=r.object_id,
            recipient=None,
            detail=dict(r.detail or {}),
        )
        for r in conn.execute(q.order_by(t.c.occurred_at).limit(limit))
    ]


def _merge_rows(conn: Connection, where: AuditFilter, limit: int) -> list[AuditRow]:
    t = merge_audit
    # Values are left out on purpose: the question is who, not what.
    columns = [
        *("server_time", "user_id", "profile_id", "entity_type", "entity_id", "field"),
        *("outcome", "policy", "mutation_seq", "conflict_id"),
    ]
    q = select(*(t.c[name] for name in columns), profile.c.device_id).outerjoin(
        profile, profile.c.id == t.c.profile_id
    )
    if where.person_id:
        q = q.where(t.c.entity_type == "person", t.c.entity_id == where.person_id)
    if where.user_id:
        q = q.where(t.c.user_id == where.user_id)
    if where.device_id:
        q = q.where(profile.c.device_id == where.device_id)
    q = _between(q, t.c.server_time, where)
    return [
        AuditRow(
            occurred_at=r.server_time,
            source="merge",
            actor_kind="user",
            actor_id=r.user_id,
            actor_login=None,
            device_id=r.device_id,
            profile_id=r.profile_id,
            action=f"merge.{r.outcome}",
            object_type=r.entity_type,
            object_id=r.entity_id,
            recipient=None,
            detail=_merge_detail(r),
        )
        for r in conn.execute(q.order_by(t.c.server_time).limit(limit))
    ]


def _merge_detail(row: Any) -> dict[str, Any]:
    detail = {
        "field": row.field,
        "policy": row.policy,
        "mutation_seq": row.mutation_seq,
        "conflict_id": row.conflict_id,
    }
    return {k: v for k, v in detail.items() if v is not None}


def _between(q: Select[Any], column: Any, where: AuditFilter) -> Select[Any]:
    if where.since is not None:
        q = q.where(column >= where.since)
    if where.until is not None:
        q = q.where(column < where.until)
    return q


def _with_logins(conn: Connection, rows: Sequence[AuditRow]) -> list[AuditRow]:
    ids = {r.actor_id for r in rows if r.actor_id and r.actor_kind == "user"}
    logins: dict[str, str] = {}
    if ids:
        found = conn.execute(
            select(user_account.c.id, user_account.c.login).where(user_account.c.id.in_(ids))
        )
        logins = {user_id: login for user_id, login in found}
    return [replace(r, actor_login=logins.get(r.actor_id or "")) for r in rows]
