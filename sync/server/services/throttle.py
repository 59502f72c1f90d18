"""Brute-force throttling of password and enrolment-code guesses, kept in the database.

State is in a table rather than in process memory so that every worker behind a load balancer
sees the same counters. Keys are hashed ("login:<login>", "address:<ip>"), so the table holds
no login or address in clear. After `free_attempts` failures a key is blocked for an
exponentially growing time (capped); the answer is 429 with Retry-After.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sync.server.db.tables import auth_throttle
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.settings import Throttling


def keys_for(*, login: str | None, address: str | None) -> list[str]:
    """The throttle keys of one attempt: per login and per client address."""
    raw = [f"login:{login}" if login else None, f"address:{address}" if address else None]
    return [hashlib.sha256(k.encode("utf-8", "surrogatepass")).hexdigest() for k in raw if k]


def check(conn: Connection, keys: Iterable[str], *, now: datetime) -> None:
    """Raise RATE_LIMITED (with retry_after in seconds) if any key is blocked now."""
    blocked = conn.execute(
        select(auth_throttle.c.blocked_until).where(
            auth_throttle.c.key.in_(list(keys)), auth_throttle.c.blocked_until > now
        )
    ).scalars()
    until = max(blocked, default=None)
    if until is not None:
        wait = max(1, math.ceil((until - now).total_seconds()))
        raise ServerError(ServerErrorCode.RATE_LIMITED, retry_after=wait)


def record_failure(
    conn: Connection, keys: Iterable[str], *, now: datetime, policy: Throttling
) -> None:
    """Count one failure against every key and block the keys that used up their attempts."""
    for key in keys:
        failures = _bump(conn, key, now=now, policy=policy)
        if failures > policy.free_attempts:
            delay = policy.base_delay * 2 ** min(failures - policy.free_attempts - 1, 30)
            until = now + min(delay, policy.max_delay)
            conn.execute(
                update(auth_throttle).where(auth_throttle.c.key == key).values(blocked_until=until)
            )


def record_success(conn: Connection, keys: Iterable[str]) -> None:
    """Forget the failures of these keys (the login's key after a correct password)."""
    conn.execute(delete(auth_throttle).where(auth_throttle.c.key.in_(list(keys))))


def _bump(conn: Connection, key: str, *, now: datetime, policy: Throttling) -> int:
    # One atomic upsert, so two workers counting a failure at once both count.
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(auth_throttle).values(key=key, failures=1, last_failure_at=now)
    quiet = auth_throttle.c.last_failure_at < now - policy.forget_after
    stmt = stmt.on_conflict_do_update(
        index_elements=[auth_throttle.c.key],
        set_={
            "failures": case((quiet, 1), else_=auth_throttle.c.failures + 1),
            "last_failure_at": now,
        },
    )
    conn.execute(stmt)
    return int(
        conn.execute(
            select(auth_throttle.c.failures).where(auth_throttle.c.key == key)
        ).scalar_one()
    )
