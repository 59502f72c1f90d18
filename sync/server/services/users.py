"""Users of the service: caseworkers, team leads, IT and auditors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, RowMapping, insert, select, update

from storage.ids import new_id
from sync.server.db.tables import ROLES, user_account
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import audit

_LOGIN = re.compile(r"[a-z0-9][a-z0-9._@-]{0,119}", re.ASCII)


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user as the admin surface and the API show it (never the password hash)."""

    id: str
    login: str
    display_name: str
    role: str
    team: str | None
    active: bool


def normalise_login(login: str) -> str:
    """Logins compare case-insensitively and without surrounding blanks."""
    return login.strip().lower()


def check_login(login: str) -> str:
    """The normalised login, or INVALID_ARGUMENT when it has characters logins may not have."""
    normal = normalise_login(login)
    if not _LOGIN.fullmatch(normal):
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "login")
    return normal


def _info(row: RowMapping) -> UserInfo:
    return UserInfo(
        id=row["id"],
        login=row["login"],
        display_name=row["display_name"],
        role=row["role"],
        team=row["team"],
        active=row["active"],
    )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "role")


def add_user(
    conn: Connection,
    *,
    login: str,
    display_name: str,
    role: str,
    team: str | None,
    password_hash: str,
    now: datetime,
) -> UserInfo:
    """Create a user; LOGIN_TAKEN if the login exists."""
    login = check_login(login)
    _check_role(role)
    if not display_name.strip():
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "display_name")
    if find_user(conn, login) is not None:
        raise ServerError(ServerErrorCode.LOGIN_TAKEN)
    user_id = new_id()
    conn.execute(
        insert(user_account).values(
            id=user_id,
            login=login,
            display_name=display_name.strip(),
            role=role,
            team=team or None,
            password_hash=password_hash,
            active=True,
            created_at=now,
            updated_at=now,
        )
    )
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action="user.created",
        object_type="user",
        object_id=user_id,
        detail={"role": role},
    )
    return UserInfo(user_id, login, display_name.strip(), role, team or None, True)


def find_user(conn: Connection, login: str) -> RowMapping | None:
    """The user row for `login` (with its password hash), or None."""
    return (
        conn.execute(select(user_account).where(user_account.c.login == normalise_login(login)))
        .mappings()
        .first()
    )


def get_user(conn: Connection, login: str) -> UserInfo:
    """The user called `login`; USER_NOT_FOUND otherwise."""
    row = find_user(conn, login)
    if row is None:
        raise ServerError(ServerErrorCode.USER_NOT_FOUND)
    return _info(row)


def list_users(conn: Connection) -> list[UserInfo]:
    """Every user, by login."""
    rows = conn.execute(select(user_account).order_by(user_account.c.login)).mappings()
    return [_info(row) for row in rows]


def set_role(
    conn: Connection, *, login: str, role: str, team: str | None, now: datetime
) -> UserInfo:
    """Change a user's role (and team, when given); takes effect on their next request."""
    _check_role(role)
    user = get_user(conn, login)
    values: dict[str, object] = {"role": role, "updated_at": now}
    if team is not None:
        values["team"] = team or None
    conn.execute(update(user_account).where(user_account.c.id == user.id).values(**values))
    audit.record(
        conn,
        now=now,
        actor_kind=audit.OPERATOR,
        actor_id=None,
        action="user.role_changed",
        object_type="user",
        object_id=user.id,
        detail={"from": user.role, "to": role},
    )
    return get_user(conn, login)
