"""The fleet of the service benchmark: seeded users and cases, enrolled laptops, their work.

A laptop here speaks to the service only over HTTP and through `sync.protocol` (wire models and
`sealed` helpers), as the real client does: its own Ed25519 and X25519 keys, enrolment with a
one-time code, a first sync (snapshots of every case it holds), mutations sealed for the
service and signed. It keeps a replica of its buckets (row id -> version) so checksums can be
recomputed. The minimum of `tests/server/laptops.py`, without the test client.

The timed part of a run only sends bytes prepared here beforehand and keeps the answers; the
laptops' crypto (sealing, signing, opening pages) runs before and after, so the client, which
shares the machine's CPUs with the service, takes as little of them as it can.
"""

from __future__ import annotations

import base64
import copy
import http.client
import json
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from storage.demo_data import DemoCase
from storage.ids import new_id
from sync.protocol.buckets import bucket_checksum, case_bucket
from sync.protocol.envelopes import SealedPullPage, SealedPushBatch, SealedPushResult
from sync.protocol.models import ChangedField, Mutation, PullPage, PushResult
from sync.protocol.sealed import open_page, open_push_result, seal_mutation
from sync.protocol.versions import PROTOCOL_VERSION, WIRE_SCHEMA_VERSION
from sync.server.db.database import Database
from sync.server.services import assignments, enrolment, users
from sync.server.services.import_files import ImportBatch, read_json
from sync.server.services.importing import import_batch
from sync.server.services.passwords import PasswordHasher
from sync.server.settings import PasswordHashing

PASSWORD = "correct horse battery staple"
CHEAP_HASHING = PasswordHashing(memory_kib=1024, iterations=1, lanes=1)
"""Only to hash the bench users' passwords: enrolment verifies with the cost in the hash."""
NOTE_KIND, CASE_KIND, PERSON_KIND = "note.create.v1", "case.update.v1", "person.update.v1"
STAGES = ("Erstgespräch", "Abklärung", "Entscheid ausstehend", "Vollzug", "Rückkehrberatung")
STREETS = ("Bahnhofstrasse", "Rue de Lausanne", "Via Cantonale", "Feldweg", "Hauptgasse")
LANGUAGES = ("de", "fr", "ar", "ti", "uk", "fa", "tr", "en")
MAX_PAGES = 10_000
"""Bound of every pull loop (a broken `has_more` must not loop for ever)."""


class Http:
    """One keep-alive HTTP/1.1 connection to the service (http.client sets TCP_NODELAY)."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def post(
        self, path: str, body: bytes, headers: dict[str, str]
    ) -> tuple[int, bytes, float, str]:
        """POST `body`; returns status, response body, seconds taken and the worker's pid."""
        started = time.perf_counter()
        self.connection.request("POST", path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        return (
            response.status,
            data,
            time.perf_counter() - started,
            response.getheader("x-bench-pid", ""),
        )

    def get(self, path: str) -> tuple[int, bytes]:
        self.connection.request("GET", path)
        response = self.connection.getresponse()
        return response.status, response.read()

    def close(self) -> None:
        self.connection.close()


@dataclass
class Laptop:
    """One enrolled caseworker profile, its replica and its planned work."""

    index: int
    login: str
    own_cases: list[str]
    held_cases: list[str]  # own cases and the cases it stands in for
    profile_id: str = ""
    access_token: str = ""
    sign_key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    seal_key: X25519PrivateKey = field(default_factory=X25519PrivateKey.generate)
    service_keys: dict[str, Any] = field(default_factory=dict)
    epoch: str | None = None
    cursors: dict[str, int] = field(default_factory=dict)
    start_cursors: dict[str, int] = field(default_factory=dict)
    replica: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # bucket->id->row
    delivered: list[tuple[str, int]] = field(default_factory=list)  # (bucket, seq) received
    acked: list[int] = field(default_factory=list)  # mutation seqs acked by pulls
    checksums: dict[str, int] = field(default_factory=dict)
    mutations: list[Mutation] = field(default_factory=list)
    push_bodies: list[bytes] = field(default_factory=list)

    def headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.access_token}",
            "content-type": "application/json",
            "Dossier-App-Version": "0.1.0",
        }

    def sign_publics(self) -> dict[str, bytes]:
        return {
            k["key_id"]: base64.b64decode(k["sign_public_key"]) for k in self.service_keys["keys"]
        }

    # --- pulling --------------------------------------------------------------------------

    def pull_body(
        self, page_rows: int, *, results_after: int = 0, continuation: str | None = None
    ) -> bytes:
        """A pull request from the replica's cursors asking for the stored results (and acks)
        after `results_after`, or paging on with a continuation."""
        body: dict[str, Any] = {
            "protocol_version": PROTOCOL_VERSION,
            "schema_version": WIRE_SCHEMA_VERSION,
            "profile_id": self.profile_id,
            "server_epoch": self.epoch,
            "max_rows": page_rows,
        }
        if continuation is None:
            body |= {"buckets": self.cursors, "results_after": results_after}
        else:
            body |= {"buckets": {}, "continuation": continuation}
        return json.dumps(body).encode()

    def open_page(self, data: bytes) -> PullPage:
        """Verify the service's signature and open a sealed page."""
        return open_page(
            SealedPullPage.model_validate_json(data),
            profile_seal_private=self.seal_key.private_bytes_raw(),
            service_sign_publics=self.sign_publics(),
        )

    def apply(self, page: PullPage) -> None:
        """Apply a page as a laptop does (newer entity versions win; replays harmless)."""
        self.epoch = page.server_epoch
        for bucket in page.evict:
            self.replica.pop(bucket, None)
            self.cursors.pop(bucket, None)
        for snapshot in page.snapshots:
            self.replica[snapshot.bucket] = {r.entity_id: r.model_dump() for r in snapshot.rows}
        for change in page.changes:
            self.delivered.append((change.bucket, change.seq))
            if change.row is None:
                self.replica.get(change.bucket, {}).pop(change.entity_id, None)
                continue
            held = self.replica.setdefault(change.bucket, {})
            old = held.get(change.entity_id)
            if old is None or old["version"] < change.row.version:
                held[change.entity_id] = change.row.model_dump()
        self.acked += [ack.mutation_seq for ack in page.acks]
        self.cursors.update(page.cursors)
        self.checksums.update(page.checksums)

    def sync(self, http: Http, page_rows: int, *, results_after: int) -> int:
        """Pull (opening and applying each page) until `has_more` is false; returns pages."""
        for pages in range(1, MAX_PAGES + 1):
            body = self.pull_body(page_rows, results_after=results_after)
            status, data, _, _ = http.post("/v1/pull", body, self.headers())
            if status != 200:
                raise RuntimeError(f"pull answered {status}: {data[:300]!r}")
            page = self.open_page(data)
            self.apply(page)
            if not page.has_more:
                return pages
        raise RuntimeError("pull never ended")

    def checksum_mismatches(self) -> list[str]:
        """Buckets whose replica does not match the checksum the service sent."""
        wrong = []
        for bucket, expected in self.checksums.items():
            rows = self.replica.get(bucket, {}).values()
            live = ((r["entity_id"], r["version"]) for r in rows if not r["archived"])
            if bucket_checksum(live) != expected:
                wrong.append(bucket)
        return wrong

    # --- pushing --------------------------------------------------------------------------

    def open_result(self, data: bytes) -> PushResult:
        """Verify the service's signature and open a sealed push answer."""
        return open_push_result(
            SealedPushResult.model_validate_json(data),
            profile_seal_private=self.seal_key.private_bytes_raw(),
            service_sign_publics=self.sign_publics(),
        )

    def seal_batches(self, batch: int) -> None:
        """Seal every planned mutation for the service's current key, sign it, and build the
        push bodies (`batch` mutations each)."""
        current = self.service_keys["current_key_id"]
        key = next(k for k in self.service_keys["keys"] if k["key_id"] == current)
        seal_public = base64.b64decode(key["seal_public_key"])
        sign_private = self.sign_key.private_bytes_raw()
        items = [
            seal_mutation(
                m,
                service_seal_public=seal_public,
                profile_sign_private=sign_private,
                service_key_id=current,
            )
            for m in self.mutations
        ]
        self.push_bodies = [
            SealedPushBatch(
                protocol_version=PROTOCOL_VERSION,
                schema_version=WIRE_SCHEMA_VERSION,
                profile_id=self.profile_id,
                items=items[start : start + batch],
            )
            .model_dump_json()
            .encode()
            for start in range(0, len(items), batch)
        ]


# --- the fleet: users, cases, assignments, enrolment ----------------------------------------


def seed_fleet(
    db: Database, demos: list[DemoCase], *, laptops: int, cases_each: int, now: datetime
) -> list[Laptop]:
    """Users `bench01`…, their cases (imported with persons), each case assigned to its
    caseworker and to the next one as a stand-in. Returns the laptops, not yet enrolled."""
    hashed = PasswordHasher(CHEAP_HASHING).hash(PASSWORD)
    logins = [f"bench{n + 1:02d}" for n in range(laptops)]
    document: dict[str, list[dict[str, Any]]] = {"cases": []}
    owned: list[list[str]] = []
    for n in range(laptops):
        ids = []
        for demo in demos[n * cases_each : (n + 1) * cases_each]:
            case_id = new_id()
            ids.append(case_id)
            persons = [{**values, "role": role} for role, values in demo.persons]
            document["cases"].append({"id": case_id, **demo.case, "persons": persons})
        owned.append(ids)
    batch = ImportBatch()
    read_json(batch, "bench.json", json.dumps(document).encode())
    with db.write() as conn:
        for login in logins:
            users.add_user(
                conn,
                login=login,
                display_name=login.title(),
                role="caseworker",
                team="bench",
                password_hash=hashed,
                now=now,
            )
        report = import_batch(conn, batch, now=now)
        if not report.ok:
            raise RuntimeError(f"the bench cases do not import: {report.errors[:5]}")
        for n, login in enumerate(logins):
            stand_in = owned[(n - 1) % laptops] if laptops > 1 else []
            refs = owned[n] + stand_in
            assignments.assign(conn, case_refs=refs, login=login, replace=False, now=now)
    fleet = []
    for n, login in enumerate(logins):
        stand_in = owned[(n - 1) % laptops] if laptops > 1 else []
        fleet.append(Laptop(n, login, owned[n], owned[n] + stand_in))
    return fleet


def enrolment_codes(db: Database, fleet: list[Laptop], *, now: datetime) -> list[str]:
    """One fresh one-time code per laptop, bound to its user."""
    codes = []
    with db.write() as conn:
        for laptop in fleet:
            user_id = users.get_user(conn, laptop.login).id
            code, _ = enrolment.create_code(conn, now=now, ttl=timedelta(hours=1), user_id=user_id)
            codes.append(code)
    return codes


def enrol(http: Http, laptop: Laptop, code: str) -> None:
    """Enrol over HTTP with the laptop's fresh public keys."""

    def public(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
        return base64.b64encode(key.public_key().public_bytes_raw()).decode()

    body = {
        "code": code,
        "login": laptop.login,
        "password": PASSWORD,
        "device_name": f"LAPTOP-{laptop.index + 1:02d}",
        "app_version": "0.1.0",
        "profile": {
            "sign_public_key": public(laptop.sign_key),
            "seal_public_key": public(laptop.seal_key),
        },
        "device_credential": None,
    }
    status, data, _, _ = http.post(
        "/v1/enrol", json.dumps(body).encode(), {"content-type": "application/json"}
    )
    if status != 201:
        raise RuntimeError(f"enrolment answered {status}: {data[:300]!r}")
    enrolled = json.loads(data)
    laptop.profile_id = enrolled["profile_id"]
    laptop.access_token = enrolled["tokens"]["access_token"]
    laptop.service_keys = enrolled["service_keys"]


# --- the work: realistic edits of the laptop's own cases ------------------------------------


def plan_mutations(laptop: Laptop, count: int, notes: list[str], seed: int) -> None:
    """`count` outbox mutations on the laptop's own cases: about 45 % new notes, 30 % case
    updates (stage, accommodation, summary), 25 % person updates (phone, address, languages).
    Old values and base versions come from the replica, as on a real laptop."""
    rng = random.Random(seed * 1_000 + laptop.index)
    rows = {  # a copy: the replica keeps what the service sent
        row["entity_id"]: copy.deepcopy(row)
        for bucket in (case_bucket(c) for c in laptop.own_cases)
        for row in laptop.replica[bucket].values()
    }
    persons_of: dict[str, list[str]] = {c: [] for c in laptop.own_cases}
    for row in rows.values():
        if row["entity"] == "case_person":
            persons_of[row["case_id"]].append(row["values"]["person_id"])
    wall = int(time.time() * 1000)
    laptop.mutations = []
    for seq in range(1, count + 1):
        case_id = rng.choice(laptop.own_cases)
        choice = rng.random()
        if choice < 0.45:
            entity, entity_id, kind = "note", new_id(), NOTE_KIND
            body = " ".join(rng.choice(notes) for _ in range(rng.randint(2, 6)))
            changes = {"body": (None, body)}
            if persons_of[case_id] and rng.random() < 0.3:
                changes["person_id"] = (None, rng.choice(persons_of[case_id]))
            base = 0
        else:
            if choice < 0.75 or not persons_of[case_id]:
                entity, entity_id, kind = "case", case_id, CASE_KIND
                new = _case_edit(rng, rows[entity_id]["values"], seq)
            else:
                entity, entity_id, kind = "person", rng.choice(persons_of[case_id]), PERSON_KIND
                new = _person_edit(rng, seq)
            row = rows[entity_id]
            changes = {name: (row["values"].get(name), value) for name, value in new.items()}
            base = row["version"]
            row["values"] |= new
            row["version"] += 1
        laptop.mutations.append(
            Mutation(
                profile_id=laptop.profile_id,
                mutation_seq=seq,
                kind=kind,
                entity=entity,
                entity_id=entity_id,
                case_id=case_id,
                base_version=base,
                changes={n: ChangedField(old=o, new=v) for n, (o, v) in changes.items()},
                client_hlc=f"{wall + seq:013d}:0000:{laptop.profile_id}",
            )
        )


def _case_edit(rng: random.Random, values: dict[str, Any], seq: int) -> dict[str, Any]:
    pick = rng.random()
    if pick < 0.4:
        stages = [s for s in STAGES if s != values.get("stage")]
        return {"stage": rng.choice(stages)}
    if pick < 0.7:
        return {"accommodation": f"{rng.choice(STREETS)} {rng.randint(1, 240)}, Zimmer {seq}"}
    summary = (values.get("summary") or "")[-1500:]
    return {"summary": f"{summary} Nachtrag {seq}: Unterlagen geprüft (fiktiv).".strip()}


def _person_edit(rng: random.Random, seq: int) -> dict[str, Any]:
    pick = rng.random()
    if pick < 0.4:
        return {"phone": f"+41 7{rng.randint(5, 9)} {rng.randint(100, 999)} {seq % 100:02d} 00"}
    if pick < 0.8:
        return {"address": f"{rng.choice(STREETS)} {rng.randint(1, 240)}, 8000 Zürich"}
    return {"languages": sorted(rng.sample(LANGUAGES, rng.randint(1, 3)))}
