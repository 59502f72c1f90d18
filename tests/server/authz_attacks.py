"""The attacks of the authorization matrix, per route.

Each route of the service gets a valid request (`route_request`), which every credential attack
resends with the attacker's headers, so a refusal is due to who is asking, never to a malformed
body. Body attacks (another profile in the body, a forged signature, a replayed batch, another
caseworker's case) are specific to their route. An attack names the answer it must get and
the tables it may touch (a rejection is kept on record: that is the refusal, not an effect).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from sync.protocol.audit import AuditUpload
from sync.protocol.blob_stream import sealed_size
from sync.protocol.envelopes import SealedPushBatch
from sync.protocol.versions import PROTOCOL_VERSION, WIRE_SCHEMA_VERSION
from sync.server.api.deps import DEVICE_HEADER, PROFILE_HEADER
from sync.server.services.tokens import ACCESS_PREFIX
from tests.server.authz_world import World, note_item
from tests.server.conftest import bearer
from tests.server.laptops import Laptop
from tests.server.test_blobs import scan

Route = tuple[str, str]  # (method, path template) as the route table names it
Send = Callable[[World], httpx.Response]
# What a rejected mutation leaves: its rejection on record, audited, the seq spent.
REJECTION_RECORD = frozenset(
    {"mutation_log", "merge_audit", "server_audit", "profile"}
    | {"audit_leaf", "audit_node", "audit_log_state", "audit_tree_head"}
)
FINAL_PUSH_ROUTES = {
    ("POST", "/v1/push"),
    ("POST", "/v1/blobs/{sha256}"),
    ("PATCH", "/v1/blobs/{sha256}"),
    ("POST", "/v1/audit/events"),
}
NEW_SCAN = scan(1_000, seed=9)


@dataclass(frozen=True)
class Attack:
    """One attempt, the answer that refuses it, and what it may leave behind."""

    name: str
    send: Send
    status: int
    code: str | None = None  # the problem code; None for a 2xx whose body must show refusal
    allowed: frozenset[str] = frozenset()
    refused: Callable[[World, httpx.Response], bool] | None = None
    prepare: Callable[[World], None] | None = None  # set-up outside the before/after compare


# --- the valid request of each authenticated route ------------------------------------------


def route_request(w: World, route: Route, laptop: Laptop) -> tuple[str, dict[str, Any]]:
    """(url, request keywords) of a request `laptop` may legitimately make on `route`."""
    method, path = route
    if route == ("POST", "/v1/push"):
        return path, json_content(push_batch(laptop, [note_item(laptop, w.case_a)]))
    if route == ("POST", "/v1/pull"):
        return path, {"json": pull_body(laptop, {})}
    if path == "/v1/blobs/{sha256}":
        return _blob_request(w, method)
    if route == ("POST", "/v1/audit/events"):
        return path, json_content(audit_body(w, laptop))
    if route == ("GET", "/v1/audit/consistency"):
        return path, {"params": {"from": 0, "to": 0}}
    return path, {}


def _blob_request(w: World, method: str) -> tuple[str, dict[str, Any]]:
    if method == "GET":
        return f"/v1/blobs/{w.blob_a}", {}
    sha = hashlib.sha256(NEW_SCAN).hexdigest()
    if method == "POST":
        size = len(NEW_SCAN)
        body = {"case_id": w.case_a, "size": size, "upload_size": sealed_size(size)}
        return f"/v1/blobs/{sha}", {"json": body}
    headers = {"Upload-Offset": "0", "content-type": "application/octet-stream"}
    return f"/v1/blobs/{sha}", {"content": b"\0" * 16, "headers": headers}


def json_content(model: Any) -> dict[str, Any]:
    return {"content": model.model_dump_json(), "headers": {"content-type": "application/json"}}


def push_batch(laptop: Laptop, items: list[Any], profile_id: str | None = None) -> SealedPushBatch:
    return SealedPushBatch(
        protocol_version=PROTOCOL_VERSION,
        schema_version=WIRE_SCHEMA_VERSION,
        profile_id=profile_id or laptop.profile_id,
        items=items,
    )


def pull_body(laptop: Laptop, buckets: dict[str, int]) -> dict[str, Any]:
    return {
        "protocol_version": PROTOCOL_VERSION,
        "schema_version": WIRE_SCHEMA_VERSION,
        "profile_id": laptop.profile_id,
        "buckets": buckets,
    }


def audit_body(w: World, laptop: Laptop, profile_id: str | None = None) -> AuditUpload:
    chain = w.chain(laptop)
    return AuditUpload(
        protocol_version=PROTOCOL_VERSION,
        profile_id=profile_id or laptop.profile_id,
        entries=[chain.seal(e) for e in chain.entries],
    )


def send_as(
    route: Route, laptop: Callable[[World], Laptop], headers: Callable[[World], dict[str, str]]
) -> Send:
    """Send `laptop`'s valid request on `route` with `headers` as its credentials."""

    def send(w: World) -> httpx.Response:
        url, kwargs = route_request(w, route, laptop(w))
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers(w)}
        return w.http.request(route[0], url, **kwargs)

    return send


# --- who is asking: the same attacks on every authenticated route -------------------------


def credential_attacks(route: Route) -> list[Attack]:
    """Every credential attack that applies to `route`."""

    def alice(w: World) -> Laptop:
        return w.alice

    def cred(w: World, laptop: Laptop, profile_id: str | None) -> dict[str, str]:
        assert laptop.device_credential is not None
        extra = {PROFILE_HEADER: profile_id} if profile_id else {}
        return bearer(laptop.device_credential, **extra)

    plan: list[
        tuple[str, Callable[[World], Laptop], Callable[[World], dict[str, str]], int, str]
    ] = [
        ("no credentials", alice, lambda w: {}, 401, "unauthenticated"),
        (
            "unknown token",
            alice,
            lambda w: bearer(ACCESS_PREFIX + "A" * 43),
            401,
            "unauthenticated",
        ),
        (
            "expired access token",
            alice,
            lambda w: bearer(w.expired.access_token),
            401,
            "unauthenticated",
        ),
        (
            "refresh token as access token",
            alice,
            lambda w: bearer(w.spare.refresh_token),
            401,
            "unauthenticated",
        ),
        (
            "token of a revoked device",
            lambda w: w.revoked_device,
            lambda w: w.revoked_device.headers(),
            410,
            "device_revoked",
        ),
        (
            "credential of a revoked device",
            lambda w: w.revoked_device,
            lambda w: cred(w, w.revoked_device, w.revoked_device.profile_id),
            410,
            "device_revoked",
        ),
        (
            "token of a revoked profile",
            lambda w: w.revoked_profile,
            lambda w: w.revoked_profile.headers(),
            410,
            "profile_revoked",
        ),
        (
            "token of a disabled user",
            lambda w: w.disabled,
            lambda w: w.disabled.headers(),
            403,
            "user_disabled",
        ),
        (
            "profile header not the token's",
            alice,
            lambda w: w.alice.headers(**{PROFILE_HEADER: w.bob.profile_id}),
            403,
            "forbidden",
        ),
        (
            "device header not the token's",
            alice,
            lambda w: w.alice.headers(**{DEVICE_HEADER: w.bob.device_id}),
            403,
            "device_mismatch",
        ),
        (
            "device credential for a foreign profile",
            alice,
            lambda w: cred(w, w.alice, w.bob.profile_id),
            403,
            "device_mismatch",
        ),
        (
            "device credential naming no profile",
            alice,
            lambda w: cred(w, w.alice, None),
            403,
            "forbidden",
        ),
    ]
    if route not in FINAL_PUSH_ROUTES:  # a retired laptop's final push is accepted by design
        plan.append(
            (
                "token of a retired device",
                lambda w: w.retired_device,
                lambda w: w.retired_device.headers(),
                410,
                "device_retired",
            )
        )
    return [
        Attack(name, send_as(route, who, headers), status, code)
        for name, who, headers, status, code in plan
    ]
