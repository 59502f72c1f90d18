"""Attacks on the identity routes (enrolment, refresh), the public ones, and absent admin ones.

The service has no administrative HTTP surface (administration is the `dossier-server admin`
CLI, on the server host); the probes make sure a caseworker's token finds none either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import delete

from sync.server.db.tables import metadata
from sync.server.services.tokens import DEVICE_PREFIX, REFRESH_PREFIX
from tests.server.authz_attacks import Attack
from tests.server.authz_world import World
from tests.server.conftest import bearer, enrol_body, new_code

THROTTLE = frozenset({"auth_throttle"})  # a failed login is counted: that is the refusal
ADMIN_PROBES = [  # (method, path, status, code)
    ("GET", "/admin", 404, "not_found"),
    ("GET", "/v1/admin/users", 404, "not_found"),
    ("POST", "/v1/admin/users", 404, "not_found"),
    ("GET", "/v1/users", 404, "not_found"),
    ("GET", "/v1/devices", 404, "not_found"),
    ("POST", "/v1/assignments", 405, "method_not_allowed"),
    ("GET", "/v1/cases/{case_b}", 404, "not_found"),
    ("GET", "/v1/audit/query", 404, "not_found"),
    ("POST", "/v1/import", 404, "not_found"),
]


def _refresh(token: Callable[[World], str]) -> Callable[[World], httpx.Response]:
    return lambda w: w.http.post("/v1/token/refresh", json={"refresh_token": token(w)})


def _family_revoked(w: World, response: httpx.Response) -> bool:
    """The replay also revoked what the honest refresh had given (the family is burnt)."""
    me = w.http.get("/v1/me", headers=bearer(w.respent.access_token))
    return me.status_code == 401


def refresh_attacks() -> list[Attack]:
    """Attacks on `POST /v1/token/refresh`."""
    states = [
        ("revoked device", "revoked_device", "device_revoked"),
        ("revoked profile", "revoked_profile", "profile_revoked"),
        ("retired device", "retired_device", "device_retired"),
    ]
    return [
        Attack(
            "unknown refresh token",
            _refresh(lambda w: REFRESH_PREFIX + "A" * 43),
            401,
            "unauthenticated",
        ),
        Attack(
            "expired refresh token",
            _refresh(lambda w: w.expired.refresh_token),
            401,
            "unauthenticated",
        ),
        Attack(
            "access token as refresh token",
            _refresh(lambda w: w.alice.access_token),
            401,
            "unauthenticated",
        ),
        Attack(
            "replayed refresh token",
            _refresh(lambda w: w.spare.refresh_token),
            401,
            "unauthenticated",
            frozenset({"auth_token"}),
            _family_revoked,
        ),
    ] + [
        Attack(f"refresh token of a {label}", _refresh(_state_token(key)), 410, code)
        for label, key, code in states
    ]


def _state_token(key: str) -> Callable[[World], str]:
    return lambda w: w.refresh_tokens[key]


def _clear_throttle(w: World) -> None:
    throttle = metadata.tables["auth_throttle"]
    with w.app.state.context.db.write() as conn:
        conn.execute(delete(throttle))


def _with_code(**code_options: Any) -> Callable[[World], None]:
    def prepare(w: World) -> None:
        _clear_throttle(w)
        w.scratch["code"] = new_code(w.app, **code_options)

    return prepare


def _enrol(
    login: str, code: Callable[[World], str], **extra: Any
) -> Callable[[World], httpx.Response]:
    def send(w: World) -> httpx.Response:
        options = {k: v(w) if callable(v) else v for k, v in extra.items()}
        return w.http.post("/v1/enrol", json=enrol_body(code(w), login, **options))

    return send


def enrol_attacks() -> list[Attack]:
    """Attacks on `POST /v1/enrol` (each with a fresh code and an empty throttle)."""
    fresh = _with_code()
    code: Callable[[World], str] = lambda w: w.scratch["code"]  # noqa: E731
    revoked = lambda w: w.revoked_device.device_credential  # noqa: E731
    retired = lambda w: w.retired_device.device_credential  # noqa: E731
    return [
        Attack(
            "wrong password",
            _enrol("alice", code, password="guess"),
            401,
            "invalid_credentials",
            THROTTLE,
            prepare=fresh,
        ),
        Attack(
            "disabled user",
            _enrol("dave", code),
            401,
            "invalid_credentials",
            THROTTLE,
            prepare=fresh,
        ),
        Attack(
            "spent code",
            _enrol("alice", lambda w: w.spent_code),
            400,
            "enrolment_code_invalid",
            THROTTLE,
            prepare=fresh,
        ),
        Attack(
            "expired code",
            _enrol("alice", code),
            400,
            "enrolment_code_invalid",
            THROTTLE,
            prepare=_with_code(hours=-1),
        ),
        Attack(
            "code issued for another user",
            _enrol("alice", code),
            400,
            "enrolment_code_invalid",
            THROTTLE,
            prepare=_with_code(login="bob"),
        ),
        Attack(
            "credential of a revoked device",
            _enrol("alice", code, device_credential=revoked),
            410,
            "device_revoked",
            prepare=fresh,
        ),
        Attack(
            "credential of a retired device",
            _enrol("alice", code, device_credential=retired),
            410,
            "device_retired",
            prepare=fresh,
        ),
        Attack(
            "unknown device credential",
            _enrol("alice", code, device_credential=DEVICE_PREFIX + "A" * 43),
            401,
            "unauthenticated",
            prepare=fresh,
        ),
        Attack(
            "access token as device credential",
            _enrol("alice", code, device_credential=lambda w: w.alice.access_token),
            401,
            "unauthenticated",
            prepare=fresh,
        ),
    ]


def _secrets(w: World) -> list[str]:
    people = [w.alice, w.bob, w.carol, w.lead]
    ids = [p.profile_id for p in people] + [p.device_id for p in people]
    return [
        *ids,
        "alice",
        "Alice",
        "AZ-1",
        "AZ-2",
        "Person0",
        w.case_a,
        w.case_b,
        w.blob_a,
        w.blob_b,
    ]


def _leaks_nothing(w: World, response: httpx.Response) -> bool:
    return not any(secret in response.text for secret in _secrets(w))


def public_attack(path: str) -> list[Attack]:
    """A public route, read anonymously, writes nothing and tells nothing personal."""
    send: Callable[[World], httpx.Response] = lambda w: w.http.get(path)  # noqa: E731
    return [Attack("anonymous read leaks no personal data", send, 200, refused=_leaks_nothing)]


def admin_probes() -> list[Attack]:
    """A caseworker's token on the paths an admin surface would have: none exists."""

    def probe(method: str, path: str) -> Callable[[World], httpx.Response]:
        def send(w: World) -> httpx.Response:
            url = path.format(case_b=w.case_b)
            return w.http.request(method, url, headers=w.alice.headers(), json={})

        return send

    return [Attack(f"admin probe {m} {p}", probe(m, p), s, c) for m, p, s, c in ADMIN_PROBES]
