"""Authorization proving ground: every route of the service against every attack that applies.

The routes are read from the app's route table, so a route added without a matrix entry fails
this test. Each attack is sent over real HTTP (uvicorn on 127.0.0.1) and must be refused with
its status and problem code (or, where the protocol answers 200, with a body that shows the
refusal: a `forbidden` rejection, a duplicate, a page without the case) and must leave every
table as it was, apart from the record the refusal itself writes. A *bypass* is an attack that
gets a 2xx the refusal check does not accept, or that changes data it may not; there must be
none. A refusal with another status or code than expected is a *mismatch* and fails as well.
Both backends.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import httpx
import pytest
from fastapi import FastAPI
from starlette.routing import BaseRoute
from starlette.routing import Route as StarletteRoute

from sync.protocol.buckets import case_bucket
from tests.live_server import serving
from tests.server.authz_attacks import Attack, Route, credential_attacks, pull_body, route_request
from tests.server.authz_identity_attacks import (
    admin_probes,
    enrol_attacks,
    public_attack,
    refresh_attacks,
)
from tests.server.authz_scope_attacks import page_without_case_b, pull_attacks, push_attacks
from tests.server.authz_upload_attacks import (
    assignment_attacks,
    audit_attacks,
    blob_attacks,
    lists_no_case_b,
)
from tests.server.authz_world import World, build_world, changed_tables, snapshot
from tests.server.conftest import Backend

PUBLIC = ["/healthz", "/v1/service-keys", "/openapi.json", "/metrics"]
AUTHENTICATED = [
    ("GET", "/v1/me"),
    ("GET", "/v1/assignments"),
    ("POST", "/v1/push"),
    ("POST", "/v1/pull"),
    ("GET", "/v1/blobs/{sha256}"),
    ("POST", "/v1/blobs/{sha256}"),
    ("PATCH", "/v1/blobs/{sha256}"),
    ("GET", "/v1/audit/head"),
    ("GET", "/v1/audit/key-transitions"),
    ("GET", "/v1/audit/consistency"),
    ("POST", "/v1/audit/events"),
]


def matrix() -> dict[Route, list[Attack]]:
    """Every route of the service and the attacks run against it."""
    table: dict[Route, list[Attack]] = {("GET", path): public_attack(path) for path in PUBLIC}
    table[("POST", "/v1/enrol")] = enrol_attacks()
    table[("POST", "/v1/token/refresh")] = refresh_attacks()
    for route in AUTHENTICATED:
        table[route] = credential_attacks(route)
    table[("POST", "/v1/push")] += push_attacks()
    table[("POST", "/v1/pull")] += pull_attacks()
    table[("POST", "/v1/audit/events")] += audit_attacks()
    table[("GET", "/v1/assignments")] += assignment_attacks()
    for route, attacks in blob_attacks().items():
        table[route] += attacks
    return table


def served_routes(app: FastAPI) -> set[Route]:
    """(method, path) of every route the app answers: the OpenAPI document's operations and,
    walking the route table, the routes hidden from the document as well."""
    document = app.openapi()["paths"]
    published = {(m.upper(), path) for path, ops in document.items() for m in ops}
    walked = _walk(app.routes, "")
    assert published <= walked, "the route table walk misses published routes"
    return published | walked


def _walk(routes: Sequence[BaseRoute], prefix: str) -> set[Route]:
    found: set[Route] = set()
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI's included router
        if isinstance(route, StarletteRoute):
            found |= {(m, prefix + route.path) for m in route.methods or () if m != "HEAD"}
        elif included is not None:
            inner = prefix + getattr(getattr(route, "include_context", None), "prefix", "")
            found |= _walk(included.routes, inner)
        else:
            raise AssertionError(f"a route the matrix cannot enumerate: {route!r}")
    return found


@dataclass
class Tally:
    """What the matrix found."""

    attacks: int = 0
    refused: int = 0
    bypasses: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)


@pytest.fixture
def world(app: FastAPI) -> Iterator[World]:
    """The cast, enrolled over real HTTP on a uvicorn server."""
    with serving(app) as url, httpx.Client(base_url=url, trust_env=False) as http:
        built = build_world(app, http)
        built.chain(built.alice).upload_ok()  # the replayed upload's first delivery
        http.get("/v1/audit/head", headers=built.alice.headers())  # sign the head now
        yield built


def _run(w: World, label: str, attack: Attack, tally: Tally) -> None:
    if attack.prepare is not None:
        attack.prepare(w)
    before = snapshot(w.app)
    response = attack.send(w)
    changed = changed_tables(before, snapshot(w.app)) - attack.allowed
    tally.attacks += 1
    name = f"{label}: {attack.name} -> {response.status_code}"
    if response.is_success:
        effect = attack.refused is None or not attack.refused(w, response)
    else:
        effect = False
    if effect or changed:
        tally.bypasses.append(f"{name} changed={sorted(changed)} {response.text[:200]}")
        return
    tally.refused += 1
    code = None if response.is_success else response.json().get("code")
    if response.status_code != attack.status or code != attack.code:
        tally.mismatches.append(f"{name} code={code}, expected {attack.status} {attack.code}")
    elif response.status_code == 410 and response.json().get("action") != "wipe":
        tally.mismatches.append(f"{name} without the wipe instruction")


def test_every_route_refuses_every_attack_and_nothing_bypasses(
    app: FastAPI, world: World, backend: Backend, capsys: pytest.CaptureFixture[str]
) -> None:
    table = matrix()
    assert served_routes(app) == set(table), "a route without a matrix entry (or a stale one)"
    tally = Tally()
    for (method, path), attacks in table.items():
        assert attacks, f"{method} {path} has no attack"
        for attack in attacks:
            _run(world, f"{method} {path}", attack, tally)
    for attack in admin_probes():
        _run(world, "no route", attack, tally)
    with capsys.disabled():
        print(
            f"\nauthz matrix [{backend.name}]: routes={len(table)} attacks={tally.attacks}"
            f" refused={tally.refused} bypasses={len(tally.bypasses)}"
            f" mismatches={len(tally.mismatches)}"
        )
    assert tally.bypasses == [], "\n".join(tally.bypasses)
    assert tally.mismatches == [], "\n".join(tally.mismatches)
    assert tally.refused == tally.attacks
    _the_owners_are_served(world)


def _the_owners_are_served(w: World) -> None:
    """Controls: the requests the attacks reuse succeed for their owner, and the checks that
    accept a 2xx as a refusal reject what the rightful holder gets."""
    for route in AUTHENTICATED:
        url, kwargs = route_request(w, route, w.alice)
        kwargs["headers"] = {**kwargs.get("headers", {}), **w.alice.headers()}
        response = w.http.request(route[0], url, **kwargs)
        assert response.is_success, (route, response.text)
    bucket = {case_bucket(w.case_b): 0}
    own_pull = w.http.post("/v1/pull", json=pull_body(w.bob, bucket), headers=w.bob.headers())
    assert not page_without_case_b(lambda world: world.bob)(w, own_pull)
    own_list = w.http.get("/v1/assignments", headers=w.bob.headers())
    assert not lists_no_case_b(w, own_list)
    assert w.http.get(f"/v1/blobs/{w.blob_b}", headers=w.bob.headers()).status_code == 200
