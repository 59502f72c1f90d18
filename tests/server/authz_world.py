"""The cast of the authorization matrix: caseworkers, laptops in every state, cases and blobs.

Everything is set up through the service's own paths (enrolment over HTTP, imports and
assignments through the service functions, revocation through `services.devices`), so the
matrix attacks exactly what a deployed service holds. `snapshot` reads every table, so an
attack that writes anywhere it should not is caught, whatever the table.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, cast

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from storage.ids import new_id
from sync.protocol.envelopes import SealedPushBatch
from sync.protocol.versions import PROTOCOL_VERSION, WIRE_SCHEMA_VERSION
from sync.server.db.tables import ENTITY_TABLES, metadata, user_account
from sync.server.services import devices, tokens
from sync.server.services.tokens import TokenPair
from tests.server.audit_laptop import AuditChain
from tests.server.conftest import add_user, enrol_body, new_code
from tests.server.laptops import Laptop, enrol_laptop, seed_case
from tests.server.test_blobs import attach, patch, scan, sealed, start, upload

NOTE = "note.create.v1"
# Per-request bookkeeping a refused request may still write (`sessions.touch`): no data.
CONTACT_COLUMNS = {
    "device": {"last_contact_at", "app_version", "clock_skew_ms", "clock_checked_at"},
    "profile": {"last_contact_at"},
}
Snapshot = dict[str, list[tuple[Any, ...]]]


@dataclass
class World:
    """Two teams' caseworkers, a team lead, and laptops revoked, retired and disabled."""

    app: FastAPI
    http: httpx.Client  # a client of the real uvicorn server
    user_ids: dict[str, str]
    alice: Laptop  # caseworker, team north, holds case A
    carol: Laptop  # caseworker, second profile on alice's laptop, holds nothing
    bob: Laptop  # caseworker, team south, holds case B
    lead: Laptop  # team lead of north: sees A, never B
    revoked_device: Laptop  # alice's lost laptop, revoked
    revoked_profile: Laptop  # alice on a shared laptop, only her profile revoked
    retired_device: Laptop  # alice's old laptop, retired
    disabled: Laptop  # dave, whose account was disabled
    case_a: str
    case_b: str
    person_b: str  # linked to case B only
    blob_a: str  # sha256 of a scan attached to case A
    blob_b: str  # sha256 of a scan attached to case B
    attachment_a: str  # the attachment row of `blob_a`
    expired: TokenPair  # alice's pair, both tokens past their expiry
    spare: TokenPair  # alice's pair, used once more by the refresh replay
    respent: TokenPair  # what the first (honest) use of `spare` gave
    refresh_tokens: dict[str, str]  # refresh tokens of the revoked and retired laptops
    replay_batch: str  # a push batch alice made, applied once
    bob_upload: str  # sha256 of bob's upload to case B, started, not complete
    spent_code: str  # an enrolment code already used
    audit_chains: dict[str, AuditChain] = field(default_factory=dict)
    scratch: dict[str, Any] = field(default_factory=dict)  # what an attack's set-up made

    def chain(self, laptop: Laptop) -> AuditChain:
        """The audit chain of a laptop's profile (one event recorded)."""
        if laptop.profile_id not in self.audit_chains:
            chain = AuditChain(laptop, self.user_ids[laptop.login])
            chain.record()
            self.audit_chains[laptop.profile_id] = chain
        return self.audit_chains[laptop.profile_id]


def build_world(app: FastAPI, http: httpx.Client) -> World:
    """Enrol everyone over real HTTP and put each laptop in its state."""
    client = cast(TestClient, http)  # Laptop needs only the httpx.Client interface
    user_ids = {
        "alice": add_user(app, "alice", team="north"),
        "carol": add_user(app, "carol", team="north"),
        "bob": add_user(app, "bob", team="south"),
        "lead": add_user(app, "lead", role="team_lead", team="north"),
        "dave": add_user(app, "dave", team="north"),
    }
    case_a = seed_case(app, "AZ-1", "alice", "dave")
    case_b = seed_case(app, "AZ-2", "bob")
    alice = enrol_laptop(client, app, "alice")
    carol = enrol_laptop(client, app, "carol", device_credential=alice.device_credential)
    bob = enrol_laptop(client, app, "bob")
    lead = enrol_laptop(client, app, "lead")
    revoked_device = enrol_laptop(client, app, "alice")
    shared = enrol_laptop(client, app, "bob")
    revoked_profile = enrol_laptop(client, app, "alice", device_credential=shared.device_credential)
    retired_device = enrol_laptop(client, app, "alice")
    disabled = enrol_laptop(client, app, "dave")
    blob_a = _attached_scan(alice, case_a, seed=1)
    blob_b = _attached_scan(bob, case_b, seed=2)
    for laptop in (alice, bob, lead):
        laptop.sync()
    states = {"revoked_device": revoked_device, "revoked_profile": revoked_profile}
    states["retired_device"] = retired_device
    refresh_tokens = {
        k: _extra_pair(app, v, age=timedelta(0)).refresh_token for k, v in states.items()
    }
    _set_states(app, revoked_device, revoked_profile, retired_device)
    spare = _extra_pair(app, alice, age=timedelta(0))
    respent = http.post("/v1/token/refresh", json={"refresh_token": spare.refresh_token})
    assert respent.status_code == 200, respent.text
    return World(
        app=app,
        http=http,
        user_ids=user_ids,
        alice=alice,
        carol=carol,
        bob=bob,
        lead=lead,
        revoked_device=revoked_device,
        revoked_profile=revoked_profile,
        retired_device=retired_device,
        disabled=disabled,
        case_a=case_a,
        case_b=case_b,
        person_b=_linked_person(app, case_b),
        blob_a=blob_a,
        blob_b=blob_b,
        attachment_a=_attachment(app, blob_a),
        expired=_extra_pair(app, alice, age=timedelta(days=31)),
        spare=spare,
        respent=TokenPair(**respent.json()),
        refresh_tokens=refresh_tokens,
        replay_batch=_applied_batch(alice, case_a),
        bob_upload=_started_upload(bob, case_b),
        spent_code=_spent_code(app, http),
    )


def _attached_scan(laptop: Laptop, case_id: str, *, seed: int) -> str:
    data = scan(3_000, seed=seed)
    assert upload(laptop, data, case_id)["available"]
    response = attach(laptop, case_id, data)
    assert response.status_code == 200, response.text
    assert laptop.open_result(response.json()).results[0].status.value == "applied"
    return hashlib.sha256(data).hexdigest()


def _applied_batch(laptop: Laptop, case_id: str) -> str:
    batch = SealedPushBatch(
        protocol_version=PROTOCOL_VERSION,
        schema_version=WIRE_SCHEMA_VERSION,
        profile_id=laptop.profile_id,
        items=[laptop.seal(laptop.mutation(NOTE, new_id(), case_id, body=(None, "once")))],
    )
    content = batch.model_dump_json()
    headers = laptop.headers(**{"content-type": "application/json"})
    response = laptop.client.post("/v1/push", content=content, headers=headers)
    assert laptop.open_result(response.json()).results[0].status.value == "applied"
    return content


def _started_upload(laptop: Laptop, case_id: str) -> str:
    data = scan(2_000, seed=5)
    sha = hashlib.sha256(data).hexdigest()
    assert start(laptop, sha, case_id, len(data)).status_code == 200
    status = patch(laptop, sha, 0, sealed(laptop, data)[:100]).json()
    assert (status["offset"], status["available"]) == (100, False)
    return sha


def _spent_code(app: FastAPI, http: httpx.Client) -> str:
    code = new_code(app)
    assert http.post("/v1/enrol", json=enrol_body(code, "carol")).status_code == 201
    return code


def _set_states(app: FastAPI, revoked: Laptop, revoked_profile: Laptop, retired: Laptop) -> None:
    context = app.state.context
    now = context.clock()
    with context.db.write() as conn:
        devices.set_device_status(conn, device_id=revoked.device_id, status="revoked", now=now)
        devices.set_profile_status(
            conn,
            device_id=revoked_profile.device_id,
            profile_id=revoked_profile.profile_id,
            status="revoked",
            now=now,
        )
        devices.set_device_status(conn, device_id=retired.device_id, status="retired", now=now)
        conn.execute(
            update(user_account).where(user_account.c.login == "dave").values(active=False)
        )


def _linked_person(app: FastAPI, case_id: str) -> str:
    links = ENTITY_TABLES["case_person"]
    with app.state.context.db.read() as conn:
        query = select(links.c.person_id).where(links.c.case_id == case_id)
        return str(conn.execute(query).scalar_one())


def _attachment(app: FastAPI, sha256: str) -> str:
    rows = ENTITY_TABLES["attachment"]
    with app.state.context.db.read() as conn:
        return str(conn.execute(select(rows.c.id).where(rows.c.sha256 == sha256)).scalar_one())


def _extra_pair(app: FastAPI, laptop: Laptop, *, age: timedelta) -> TokenPair:
    """Another token pair of the laptop's profile, issued `age` ago (a second login)."""
    context = app.state.context
    with context.db.write() as conn:
        return tokens.issue(
            conn,
            profile_id=laptop.profile_id,
            family_id=tokens.new_family(),
            now=context.clock() - age,
            access_ttl=context.settings.access_token_ttl,
            refresh_ttl=context.settings.refresh_token_ttl,
        )


def note_item(laptop: Laptop, case_id: str) -> Any:
    """A sealed, signed note for `case_id` at the laptop's next seq, which stays unspent."""
    item = laptop.seal(laptop.mutation(NOTE, new_id(), case_id, body=(None, "matrix")))
    laptop.next_seq -= 1
    return item


def snapshot(app: FastAPI) -> Snapshot:
    """Every row of every table (contact bookkeeping aside), in a stable order."""
    taken: Snapshot = {}
    with app.state.context.db.read() as conn:
        for table in metadata.sorted_tables:
            skip = CONTACT_COLUMNS.get(table.name, set())
            columns = [c for c in table.columns if c.name not in skip]
            rows = conn.execute(select(*columns)).all()
            taken[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return taken


def changed_tables(before: Snapshot, after: Snapshot) -> set[str]:
    """Names of the tables whose rows differ."""
    return {name for name in before if before[name] != after[name]}
