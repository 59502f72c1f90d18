"""Attachment blobs on the service: resumable, verified, bytes before rows (F36–F38, F41).

Both backends. The laptop side is `tests.server.laptops.Laptop`, which seals streams exactly as
the real client does (`sync.protocol.blob_stream`).
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tempfile
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storage.ids import new_id
from sync.protocol.blob_stream import BlobStreamError, seal_blob, sealed_size
from sync.server.db.blob_tables import blob, blob_upload, blob_upload_part
from sync.server.db.tables import ENTITY_TABLES, mutation_log, server_audit
from tests.server.conftest import add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case

CHUNK = 48 * 1024  # below the test service's 64 KiB body limit
ATTACH = "attachment.create.v1"


def scan(size: int, seed: int = 1) -> bytes:
    """Deterministic bytes that do not compress (a stand-in for a scanned page)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def service_public(laptop: Laptop) -> bytes:
    current = laptop.service_keys["current_key_id"]
    key = next(k for k in laptop.service_keys["keys"] if k["key_id"] == current)
    return base64.b64decode(key["seal_public_key"])


def sealed(laptop: Laptop, data: bytes, *, claim: str | None = None) -> bytes:
    """The sealed upload stream of `data` (filed under `claim` when given: a lying laptop)."""
    sha = claim or hashlib.sha256(data).hexdigest()
    fd, name = tempfile.mkstemp()
    try:
        try:
            seal_blob(
                io.BytesIO(data),
                fd,
                sha256=sha,
                size=len(data),
                service_seal_public=service_public(laptop),
            )
        except BlobStreamError:
            assert claim is not None  # the stream is complete; only the claim is false
        finally:
            os.close(fd)
        with open(name, "rb") as stream:
            return stream.read()
    finally:
        os.unlink(name)


def start(laptop: Laptop, sha: str, case_id: str, size: int, **extra: Any) -> Any:
    body = {"case_id": case_id, "size": size, "upload_size": sealed_size(size), **extra}
    return laptop.client.post(f"/v1/blobs/{sha}", json=body, headers=laptop.headers())


def patch(laptop: Laptop, sha: str, offset: int, chunk: bytes) -> Any:
    headers = laptop.headers(**{"Upload-Offset": str(offset)})
    headers["content-type"] = "application/octet-stream"
    return laptop.client.patch(f"/v1/blobs/{sha}", content=chunk, headers=headers)


def upload(
    laptop: Laptop,
    data: bytes,
    case_id: str,
    *,
    stop_at: float = 1.0,
    stream: bytes | None = None,
) -> dict[str, Any]:
    """Start (or resume) and send chunks until `stop_at` of the stream; the last answer."""
    sha = hashlib.sha256(data).hexdigest()
    stream = stream or sealed(laptop, data)
    status: dict[str, Any] = start(laptop, sha, case_id, len(data)).json()
    offset = status["offset"]
    while not status["available"] and offset < len(stream) * stop_at:
        response = patch(laptop, sha, offset, stream[offset : offset + CHUNK])
        assert response.status_code == 200, response.text
        status = response.json()
        offset = status["offset"]
    return status


def attach(laptop: Laptop, case_id: str, data: bytes) -> Any:
    sha = hashlib.sha256(data).hexdigest()
    mutation = laptop.mutation(
        ATTACH,
        new_id(),
        case_id,
        sha256=(None, sha),
        filename=(None, "scan.png"),
        media_type=(None, "image/png"),
        size=(None, len(data)),
    )
    return laptop.push_items([laptop.seal(mutation)])


def count(app: FastAPI, table: Any, *where: Any) -> int:
    with app.state.context.db.read() as conn:
        query = select(func.count()).select_from(table)
        return int(conn.execute(query.where(*where) if where else query).scalar_one())


def attachment_hashes(laptop: Laptop) -> list[str]:
    """The hashes of the attachment rows a laptop pulled."""
    rows = (row for bucket in laptop.rows.values() for row in bucket.values())
    return [row["values"]["sha256"] for row in rows if row["entity"] == "attachment"]


@pytest.fixture
def pair(client: TestClient, app: FastAPI) -> tuple[Laptop, Laptop, str]:
    add_user(app, "alice")
    add_user(app, "bob")
    case_id = seed_case(app, "ZH-9", "alice", "bob")
    return enrol_laptop(client, app, "alice"), enrol_laptop(client, app, "bob"), case_id


def test_an_upload_interrupted_at_70_percent_resumes_from_the_service_offset(
    app: FastAPI, pair: tuple[Laptop, Laptop, str]
) -> None:
    alice, _bob, case_id = pair
    data = scan(300_000)
    sha = hashlib.sha256(data).hexdigest()
    stream = sealed(alice, data)
    partial = upload(alice, data, case_id, stop_at=0.7, stream=stream)
    assert not partial["available"] and 0.7 * len(stream) <= partial["offset"] < len(stream)
    assert count(app, blob) == 0

    # The laptop comes back (a new run, a new sealed copy would differ: it resends its file).
    resumed = start(alice, sha, case_id, len(data)).json()
    assert resumed == {**partial, "size": len(stream)}
    stale = patch(alice, sha, 0, stream[:CHUNK])  # a retried early chunk is not appended twice
    assert stale.status_code == 409
    assert stale.json()["code"] == "blob_offset_mismatch"
    assert stale.json()["upload_offset"] == resumed["offset"]

    done = upload(alice, data, case_id, stream=stream)
    assert done == {"sha256": sha, "size": len(data), "offset": len(data), "available": True}
    assert count(app, blob_upload) == 0 and count(app, blob_upload_part) == 0
    assert attach(alice, case_id, data).status_code == 200
    got = alice.client.get(f"/v1/blobs/{sha}", headers=alice.headers())
    assert got.status_code == 200 and got.content == data


def test_a_stream_that_does_not_hash_to_its_name_is_discarded_and_nothing_is_visible(
    app: FastAPI, pair: tuple[Laptop, Laptop, str]
) -> None:
    alice, bob, case_id = pair
    claimed = scan(100_000, seed=1)
    sha = hashlib.sha256(claimed).hexdigest()
    forged = sealed(alice, scan(100_000, seed=2), claim=sha)
    start(alice, sha, case_id, len(claimed))
    last = None
    for offset in range(0, len(forged), CHUNK):
        last = patch(alice, sha, offset, forged[offset : offset + CHUNK])
    assert last is not None and last.status_code == 422
    assert last.json()["code"] == "blob_hash_mismatch"
    assert count(app, blob) == 0 and count(app, blob_upload_part) == 0
    assert start(alice, sha, case_id, len(claimed)).json()["offset"] == 0  # starts over

    refused = attach(alice, case_id, claimed)
    assert refused.status_code == 409 and refused.json()["code"] == "blob_missing"
    assert refused.json()["sha256"] == sha
    assert count(app, ENTITY_TABLES["attachment"]) == 0 and count(app, mutation_log) == 0
    bob.sync()
    assert attachment_hashes(bob) == []


def test_a_flipped_byte_in_transit_fails_verification(
    app: FastAPI, pair: tuple[Laptop, Laptop, str]
) -> None:
    alice, _bob, case_id = pair
    data = scan(70_000)
    sha = hashlib.sha256(data).hexdigest()
    stream = bytearray(sealed(alice, data))
    stream[len(stream) // 2] ^= 0x01
    start(alice, sha, case_id, len(data))
    answers = [
        patch(alice, sha, offset, bytes(stream[offset : offset + CHUNK]))
        for offset in range(0, len(stream), CHUNK)
    ]
    assert answers[-1].status_code == 422 and count(app, blob) == 0


def test_metadata_before_its_blob_is_refused_then_accepted_after_the_upload(
    app: FastAPI, pair: tuple[Laptop, Laptop, str]
) -> None:
    alice, bob, case_id = pair
    data = scan(120_000)
    mutation = alice.mutation(
        ATTACH,
        new_id(),
        case_id,
        sha256=(None, hashlib.sha256(data).hexdigest()),
        filename=(None, "passport.png"),
        media_type=(None, "image/png"),
        size=(None, len(data)),
    )
    first = alice.push_items([alice.seal(mutation)])
    assert first.status_code == 409 and first.json()["code"] == "blob_missing"
    assert count(app, ENTITY_TABLES["attachment"]) == 0

    assert upload(alice, data, case_id)["available"]
    again = alice.push_items([alice.seal(mutation)])  # the very same mutation, unchanged
    assert again.status_code == 200
    assert alice.open_result(again.json()).results[0].status.value == "applied"
    bob.sync()
    assert attachment_hashes(bob) == [hashlib.sha256(data).hexdigest()]


def test_only_holders_of_a_case_with_that_attachment_may_download(
    client: TestClient, app: FastAPI, pair: tuple[Laptop, Laptop, str]
) -> None:
    alice, bob, case_id = pair
    add_user(app, "carol")
    carol = enrol_laptop(client, app, "carol")
    data = scan(10_000)
    sha = hashlib.sha256(data).hexdigest()
    assert start(carol, sha, case_id, len(data)).status_code == 403  # not her case
    upload(alice, data, case_id)
    url = f"/v1/blobs/{sha}"
    assert bob.client.get(url, headers=bob.headers()).status_code == 403  # no row yet
    assert attach(alice, case_id, data).status_code == 200
    assert bob.client.get(url, headers=bob.headers()).content == data
    refused = carol.client.get(url, headers=carol.headers())
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    with app.state.context.db.read() as conn:
        audited = conn.execute(
            select(server_audit.c.actor_id).where(server_audit.c.action == "blob.downloaded")
        ).scalars()
        assert len(list(audited)) == 1  # bob's download; refusals read nothing


def test_a_blob_counts_as_present_only_once_the_service_verified_all_of_it(
    app: FastAPI, pair: tuple[Laptop, Laptop, str]
) -> None:
    # F38: skipping an upload ("the service already has it") must never skip needed bytes.
    alice, bob, case_id = pair
    data = scan(200_000)
    sha = hashlib.sha256(data).hexdigest()
    stream = sealed(alice, data)
    upload(alice, data, case_id, stop_at=0.5, stream=stream)
    half = start(bob, sha, case_id, len(data)).json()
    assert half["available"] is False and half["offset"] == 0  # alice's half is not bob's
    refused = attach(bob, case_id, data)
    assert refused.json()["code"] == "blob_missing"
    bob.next_seq -= 1  # the refused mutation was never recorded: its seq is free again
    assert upload(alice, data, case_id, stream=stream)["available"]
    # No row of a case bob holds names the blob yet, so knowing its hash is not enough: bob
    # sends his own bytes, verified against the stored blob (`blob_possession`, F41).
    assert upload(bob, data, case_id)["available"]
    assert count(app, blob_upload_part) == 0  # the verified proof keeps no bytes
    assert attach(bob, case_id, data).status_code == 200


def test_size_limits_and_malformed_requests_get_coded_answers(
    app: FastAPI, pair: tuple[Laptop, Laptop, str]
) -> None:
    alice, _bob, case_id = pair
    limit = app.state.context.settings.max_blob_bytes
    sha = hashlib.sha256(b"x").hexdigest()
    too_big = start(alice, sha, case_id, limit + 1)
    assert too_big.status_code == 413 and too_big.json()["code"] == "payload_too_large"
    lying = start(alice, sha, case_id, 1, upload_size=5)
    assert lying.status_code == 422 and lying.json()["code"] == "malformed_request"
    assert patch(alice, sha, 0, b"abc").json()["code"] == "not_found"  # never started
    start(alice, sha, case_id, 1)
    past_end = patch(alice, sha, 0, b"y" * (sealed_size(1) + 1))
    assert past_end.status_code == 413
    bad_hash = alice.client.post(
        "/v1/blobs/NOTAHASH",
        json={"case_id": case_id, "size": 1, "upload_size": 1},
        headers=alice.headers(),
    )
    assert bad_hash.status_code == 422


def test_ranges_of_a_blob_are_served_with_their_position(
    pair: tuple[Laptop, Laptop, str],
) -> None:
    alice, _bob, case_id = pair
    data = scan(600_000)  # spans three stored chunks
    sha = hashlib.sha256(data).hexdigest()
    upload(alice, data, case_id)
    attach(alice, case_id, data)
    url = f"/v1/blobs/{sha}"
    part = alice.client.get(url, headers=alice.headers(Range="bytes=262000-300000"))
    assert part.status_code == 206
    assert part.content == data[262000:300001]
    assert part.headers["content-range"] == f"bytes 262000-300000/{len(data)}"
    tail = alice.client.get(url, headers=alice.headers(Range="bytes=599990-"))
    assert tail.content == data[599990:]
    beyond = alice.client.get(url, headers=alice.headers(Range=f"bytes={len(data)}-"))
    assert beyond.status_code == 422
    assert alice.client.get(url, headers=alice.headers(Range="lines=1-2")).status_code == 422
