"""A minimal laptop for the sync tests: real keys, real sealing, a replica of its buckets.

It speaks to the service only through `sync.protocol` (wire models and `sealed` helpers),
the way the real client does, and keeps what it pulled so the tests can check convergence
and recompute checksums exactly as a laptop would.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient

from storage.ids import new_id
from sync.protocol.buckets import bucket_checksum, case_bucket
from sync.protocol.envelopes import SealedMutation, SealedPullPage, SealedPushBatch
from sync.protocol.envelopes import SealedPushResult as SealedResult
from sync.protocol.models import ChangedField, ConflictRecord, Mutation, PullPage, PushResult
from sync.protocol.sealed import open_page, open_push_result, seal_mutation
from sync.protocol.versions import PROTOCOL_VERSION, RESOLVE_KIND, WIRE_SCHEMA_VERSION
from sync.server.services import assignments
from sync.server.services.import_files import ImportBatch, read_json
from sync.server.services.importing import import_batch
from tests.server.conftest import PASSWORD, bearer, new_code

_clock = count(1_767_000_000_000, 1_000)  # one wall-clock second per HLC, shared: causal order


def hlc(node: str) -> str:
    """A fresh hybrid logical clock value (later calls are later, across laptops)."""
    return f"{next(_clock):013d}:0000:{node}"


def raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """Raw private key bytes."""
    return key.private_bytes_raw()


@dataclass
class Laptop:
    """One enrolled profile (and the device it is on)."""

    client: TestClient
    login: str
    profile_id: str
    device_id: str
    device_credential: str | None
    access_token: str
    sign_key: Ed25519PrivateKey
    seal_key: X25519PrivateKey
    service_keys: dict[str, Any]
    next_seq: int = 1
    epoch: str | None = None
    cursors: dict[str, int] = field(default_factory=dict)
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)  # bucket -> id -> row image
    conflicts: dict[str, ConflictRecord] = field(default_factory=dict)
    delivered: list[tuple[str, int]] = field(default_factory=list)  # (bucket, seq) received
    delivered_conflicts: list[tuple[str, int]] = field(default_factory=list)  # (id, version)
    checksums: dict[str, int] = field(default_factory=dict)

    # --- building and pushing mutations ---------------------------------------------------

    def mutation(
        self,
        kind: str,
        entity_id: str,
        case_id: str,
        /,
        *,
        base: int = 0,
        conflict_id: str | None = None,
        **changes: tuple[Any, Any],
    ) -> Mutation:
        """The next outbox mutation; each keyword is ``field=(old, new)``."""
        entity = kind.split(".", maxsplit=1)[0]
        mutation = Mutation(
            profile_id=self.profile_id,
            mutation_seq=self.next_seq,
            kind=kind,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            base_version=base,
            changes={n: ChangedField(old=o, new=v) for n, (o, v) in changes.items()},
            client_hlc=hlc(self.login),
            conflict_id=conflict_id,
        )
        self.next_seq += 1
        return mutation

    def resolve(self, record: ConflictRecord, chosen: Any) -> Mutation:
        """A `conflict.resolve.v1` choosing `chosen` against the server value it showed."""
        mutation = self.mutation(
            RESOLVE_KIND,
            record.entity_id,
            record.case_id,
            conflict_id=record.conflict_id,
            **{record.field: (record.server, chosen)},
        )
        return mutation.model_copy(update={"entity": record.entity})

    def seal(self, mutation: Mutation, **overrides: Any) -> SealedMutation:
        """`mutation` sealed for the service's current key and signed by this profile."""
        current = self.service_keys["current_key_id"]
        key = next(k for k in self.service_keys["keys"] if k["key_id"] == current)
        item = seal_mutation(
            mutation,
            service_seal_public=base64.b64decode(key["seal_public_key"]),
            profile_sign_private=raw(self.sign_key),
            service_key_id=current,
        )
        return item.model_copy(update=overrides)

    def push_items(self, items: list[SealedMutation], **headers: str) -> Any:
        """POST a batch of sealed items; returns the HTTP response."""
        batch = SealedPushBatch(
            protocol_version=PROTOCOL_VERSION,
            schema_version=WIRE_SCHEMA_VERSION,
            profile_id=self.profile_id,
            items=items,
        )
        headers = {"content-type": "application/json", **headers}
        return self.client.post(
            "/v1/push", content=batch.model_dump_json(), headers=self.headers(**headers)
        )

    def push(self, *mutations: Mutation) -> PushResult:
        """Seal, sign and push; asserts success and returns the opened result."""
        response = self.push_items([self.seal(m) for m in mutations])
        assert response.status_code == 200, response.text
        return self.open_result(response.json())

    def open_result(self, body: dict[str, Any]) -> PushResult:
        """Verify and open a sealed push answer."""
        envelope = SealedResult.model_validate_json(json.dumps(body))
        return open_push_result(
            envelope,
            profile_seal_private=raw(self.seal_key),
            service_sign_publics=self.sign_publics(),
        )

    def headers(self, **extra: str) -> dict[str, str]:
        """Authorization with this profile's access token."""
        return bearer(self.access_token, **extra)

    def sign_publics(self) -> dict[str, bytes]:
        """The service's signing keys by id, as pinned at enrolment."""
        return {
            k["key_id"]: base64.b64decode(k["sign_public_key"]) for k in self.service_keys["keys"]
        }

    # --- pulling ----------------------------------------------------------------------------

    def pull_raw(self, body: dict[str, Any], **headers: str) -> Any:
        """POST a pull request body; returns the HTTP response."""
        request = {
            "protocol_version": PROTOCOL_VERSION,
            "schema_version": WIRE_SCHEMA_VERSION,
            "profile_id": self.profile_id,
            **body,
        }
        return self.client.post("/v1/pull", json=request, headers=self.headers(**headers))

    def pull_page(self, *, max_rows: int = 1_000, results_after: int | None = None) -> PullPage:
        """One page from the current cursors, opened and applied to the replica."""
        body: dict[str, Any] = {
            "buckets": self.cursors,
            "server_epoch": self.epoch,
            "max_rows": max_rows,
            "results_after": results_after,
        }
        response = self.pull_raw(body)
        assert response.status_code == 200, response.text
        page = self.open_page(response.json())
        self.apply(page)
        return page

    def open_page(self, body: dict[str, Any]) -> PullPage:
        """Verify and open a sealed page."""
        envelope = SealedPullPage.model_validate_json(json.dumps(body))
        return open_page(
            envelope,
            profile_seal_private=raw(self.seal_key),
            service_sign_publics=self.sign_publics(),
        )

    def sync(self, *, max_rows: int = 1_000) -> list[PullPage]:
        """Pull until `has_more` is false."""
        pages = [self.pull_page(max_rows=max_rows)]
        while pages[-1].has_more:
            pages.append(self.pull_page(max_rows=max_rows))
        return pages

    def apply(self, page: PullPage) -> None:
        """Apply a page the way a laptop does (newer entity versions win; replays harmless)."""
        self.epoch = page.server_epoch
        for bucket in page.evict:
            self.rows.pop(bucket, None)
            self.cursors.pop(bucket, None)
        for snapshot in page.snapshots:
            self.rows[snapshot.bucket] = {r.entity_id: r.model_dump() for r in snapshot.rows}
        for change in page.changes:
            self.delivered.append((change.bucket, change.seq))
            assert change.row is not None
            held = self.rows.setdefault(change.bucket, {})
            old = held.get(change.entity_id)
            if old is None or old["version"] < change.row.version:
                held[change.entity_id] = change.row.model_dump()
        for record in page.conflicts:
            self.delivered_conflicts.append((record.conflict_id, record.version))
            held_record = self.conflicts.get(record.conflict_id)
            if held_record is None or held_record.version < record.version:
                self.conflicts[record.conflict_id] = record
        self.cursors.update(page.cursors)
        self.checksums.update(page.checksums)

    def checksum(self, bucket: str) -> int:
        """The checksum of a bucket recomputed from the replica."""
        held = self.rows.get(bucket, {}).values()
        return bucket_checksum((r["entity_id"], r["version"]) for r in held if not r["archived"])

    def row(self, case_id: str, entity_id: str) -> dict[str, Any]:
        """A row of the replica."""
        return self.rows[case_bucket(case_id)][entity_id]

    def open_conflicts(self) -> list[ConflictRecord]:
        """Conflicts the replica holds that are still open."""
        return [c for c in self.conflicts.values() if c.status.value == "open"]


def enrol_laptop(
    client: TestClient, app: FastAPI, login: str, *, device_credential: str | None = None
) -> Laptop:
    """Enrol `login` on a new laptop (or on the laptop of `device_credential`)."""
    sign_key, seal_key = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()

    def public(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
        return base64.b64encode(key.public_key().public_bytes_raw()).decode()

    body = {
        "code": new_code(app),
        "login": login,
        "password": PASSWORD,
        "device_name": "LAPTOP-TEST",
        "app_version": "0.1.0",
        "profile": {"sign_public_key": public(sign_key), "seal_public_key": public(seal_key)},
        "device_credential": device_credential,
    }
    response = client.post("/v1/enrol", json=body)
    assert response.status_code == 201, response.text
    enrolled = response.json()
    return Laptop(
        client,
        login,
        enrolled["profile_id"],
        enrolled["device_id"],
        enrolled["device_credential"] or device_credential,
        enrolled["tokens"]["access_token"],
        sign_key,
        seal_key,
        enrolled["service_keys"],
    )


def seed_case(app: FastAPI, number: str, *holders: str, persons: int = 1) -> str:
    """Import a case (with `persons` persons) and assign it to `holders`; returns its id."""
    case_id = new_id()
    document = {
        "cases": [
            {
                "id": case_id,
                "case_number": number,
                "case_type": "hardship",
                "status": "open",
                "persons": [
                    {"family_name": f"Person{n}", "role": "applicant"} for n in range(persons)
                ],
            }
        ]
    }
    batch = ImportBatch()
    read_json(batch, "cases.json", json.dumps(document).encode())
    context = app.state.context
    with context.db.write() as conn:
        assert import_batch(conn, batch, now=context.clock()).ok
        for login in holders:
            assignments.assign(
                conn, case_refs=[case_id], login=login, replace=False, now=context.clock()
            )
    return case_id


def unassign(app: FastAPI, case_id: str, login: str) -> None:
    """Take a case away from a user (a reassignment to nobody)."""
    from sqlalchemy import delete

    from sync.server.db.tables import assignment
    from sync.server.services.users import get_user

    with app.state.context.db.write() as conn:
        user_id = get_user(conn, login).id
        conn.execute(
            delete(assignment).where(
                assignment.c.case_id == case_id, assignment.c.user_id == user_id
            )
        )
