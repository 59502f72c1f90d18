"""Attacks of the authorization matrix on blobs, audit uploads and the assignment list.

Blobs are content-addressed: knowing another case's hash must give neither its bytes nor an
upload that counts as holding them (`sync.server.services.blob_possession`).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol.blob_stream import sealed_size
from sync.protocol.sealed import b64
from tests.server.authz_attacks import Attack, audit_body, json_content
from tests.server.authz_world import World
from tests.server.laptops import Laptop
from tests.server.test_blobs import scan, sealed


def _download(w: World, laptop: Laptop, sha: str) -> httpx.Response:
    return w.http.get(f"/v1/blobs/{sha}", headers=laptop.headers())


def _start(
    w: World, laptop: Laptop, case_id: str, data: bytes, claim: str | None = None
) -> httpx.Response:
    size = len(data)
    body = {"case_id": case_id, "size": size, "upload_size": sealed_size(size)}
    sha = claim or hashlib.sha256(data).hexdigest()
    return w.http.post(f"/v1/blobs/{sha}", json=body, headers=laptop.headers())


def _append(w: World, laptop: Laptop, sha: str, chunk: bytes) -> httpx.Response:
    headers = laptop.headers(**{"Upload-Offset": "0", "content-type": "application/octet-stream"})
    return w.http.patch(f"/v1/blobs/{sha}", content=chunk, headers=headers)


def _lying_stream(w: World) -> httpx.Response:
    """A complete stream whose bytes are not the ones its hash names."""
    claim = hashlib.sha256(b"what the laptop claims").hexdigest()
    data = scan(1_500, seed=11)
    started = _start(w, w.alice, w.case_a, data, claim)
    assert started.status_code == 200, started.text
    return _append(w, w.alice, claim, sealed(w.alice, data, claim=claim))


def blob_attacks() -> dict[tuple[str, str], list[Attack]]:
    """Attacks on the three blob routes."""
    path = "/v1/blobs/{sha256}"
    return {
        ("GET", path): [
            Attack(
                "download of another caseworker's blob",
                lambda w: _download(w, w.alice, w.blob_b),
                403,
                "forbidden",
            ),
            Attack(
                "team lead downloads another team's blob",
                lambda w: _download(w, w.lead, w.blob_b),
                403,
                "forbidden",
            ),
            Attack(
                "profile holding nothing downloads a blob",
                lambda w: _download(w, w.carol, w.blob_a),
                403,
                "forbidden",
            ),
        ],
        ("POST", path): [
            Attack(
                "upload to another caseworker's case",
                lambda w: _start(w, w.alice, w.case_b, scan(500, seed=12)),
                403,
                "forbidden",
            ),
            Attack(
                "team lead uploads to another team's case",
                lambda w: _start(w, w.lead, w.case_b, scan(500, seed=12)),
                403,
                "forbidden",
            ),
        ],
        ("PATCH", path): [
            Attack(
                "append to another profile's upload",
                lambda w: _append(w, w.alice, w.bob_upload, b"\0" * 64),
                404,
                "not_found",
            ),
            Attack("stream that is not the named blob", _lying_stream, 422, "blob_hash_mismatch"),
        ],
    }


def _audit_upload(w: World, laptop: Laptop, body: Any) -> httpx.Response:
    content = json_content(body)
    content["headers"] |= laptop.headers()
    return w.http.post("/v1/audit/events", **content)


def _forged_entry(w: World) -> httpx.Response:
    body = audit_body(w, w.alice)
    entry = body.entries[0]
    forged = Ed25519PrivateKey.generate().sign(base64.b64decode(entry.sealed))
    entries = [entry.model_copy(update={"signature": b64(forged)})]
    return _audit_upload(w, w.alice, body.model_copy(update={"entries": entries}))


def _stored_nothing(w: World, response: httpx.Response) -> bool:
    answer = response.json()
    return bool(answer["stored"] == 0 and answer["duplicates"] == len(w.chain(w.alice).entries))


def audit_attacks() -> list[Attack]:
    """Attacks on `POST /v1/audit/events`."""
    return [
        Attack(
            "body names a profile of another laptop",
            lambda w: _audit_upload(w, w.alice, audit_body(w, w.bob)),
            403,
            "device_mismatch",
        ),
        Attack(
            "body names another profile of the same laptop",
            lambda w: _audit_upload(w, w.alice, audit_body(w, w.carol)),
            403,
            "forbidden",
        ),
        Attack("forged entry signature", _forged_entry, 403, "signature_invalid"),
        Attack(
            "replayed upload",
            lambda w: _audit_upload(w, w.alice, audit_body(w, w.alice)),
            200,
            refused=_stored_nothing,
        ),
    ]


def lists_no_case_b(w: World, response: httpx.Response) -> bool:
    return w.case_b not in response.json()["case_ids"]


def assignment_attacks() -> list[Attack]:
    """`GET /v1/assignments` never lists a case the caller does not hold."""
    return [
        Attack(
            "another caseworker's case listed",
            lambda w: w.http.get("/v1/assignments", headers=w.alice.headers()),
            200,
            refused=lists_no_case_b,
        ),
        Attack(
            "another team's case listed to a team lead",
            lambda w: w.http.get("/v1/assignments", headers=w.lead.headers()),
            200,
            refused=lists_no_case_b,
        ),
    ]
