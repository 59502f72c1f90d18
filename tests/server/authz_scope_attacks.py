"""Attacks of the authorization matrix on push and pull: bodies, scopes, replays.

A push into a case the caller does not hold is answered 200 with a `forbidden` rejection per
mutation (the outbox moves on, DESIGN §5.1): refused means exactly that result and no row of
the case written. A pull asking for a case the caller does not hold answers a page without it.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage.ids import new_id
from sync.protocol.buckets import case_bucket
from sync.protocol.sealed import b64, mutation_signing_message
from tests.server.authz_attacks import (
    REJECTION_RECORD,
    Attack,
    json_content,
    pull_body,
    push_batch,
)
from tests.server.authz_world import NOTE, World, note_item
from tests.server.laptops import Laptop

THROTTLE = frozenset({"auth_throttle"})  # a failed login is counted: that is the refusal


def _push(
    w: World, laptop: Laptop, items: list[Any], profile_id: str | None = None
) -> httpx.Response:
    body = json_content(push_batch(laptop, items, profile_id))
    body["headers"] |= laptop.headers()
    return w.http.post("/v1/push", **body)


def _forged(w: World, signer: Ed25519PrivateKey) -> httpx.Response:
    item = note_item(w.alice, w.case_a)
    message = mutation_signing_message(
        w.alice.profile_id, item.mutation_seq, base64.b64decode(item.sealed)
    )
    return _push(w, w.alice, [item.model_copy(update={"signature": b64(signer.sign(message))})])


def _resealed(w: World) -> httpx.Response:
    bobs = note_item(w.bob, w.case_b)  # bob's box, re-signed by alice at alice's seq
    box = base64.b64decode(bobs.sealed)
    seq = w.alice.next_seq
    message = mutation_signing_message(w.alice.profile_id, seq, box)
    item = bobs.model_copy(
        update={"signature": b64(w.alice.sign_key.sign(message)), "mutation_seq": seq}
    )
    return _push(w, w.alice, [item])


def _write(
    laptop: Callable[[World], Laptop], build: Callable[[World, Laptop], Any]
) -> Callable[[World], httpx.Response]:
    def send(w: World) -> httpx.Response:
        who = laptop(w)
        response = _push(w, who, [who.seal(build(w, who))])
        if response.status_code != 200:
            who.next_seq -= 1  # the batch was refused: its seq is still free
        return response

    return send


def _only_forbidden(laptop: Callable[[World], Laptop]) -> Callable[[World, httpx.Response], bool]:
    def refused(w: World, response: httpx.Response) -> bool:
        results = laptop(w).open_result(response.json()).results
        return [(r.status.value, r.rejection_code) for r in results] == [("rejected", "forbidden")]

    return refused


def _only_rejected(laptop: Callable[[World], Laptop]) -> Callable[[World, httpx.Response], bool]:
    def refused(w: World, response: httpx.Response) -> bool:
        results = laptop(w).open_result(response.json()).results
        return [r.status.value for r in results] == ["rejected"]

    return refused


def _all_duplicates(w: World, response: httpx.Response) -> bool:
    results = w.alice.open_result(response.json()).results
    return bool(results) and all(r.status.value == "duplicate" for r in results)


def push_attacks() -> list[Attack]:
    """Attacks on `POST /v1/push`."""
    alice: Callable[[World], Laptop] = lambda w: w.alice  # noqa: E731
    rejected = REJECTION_RECORD
    return [
        Attack(
            "body names a profile of another laptop",
            lambda w: _push(w, w.alice, [note_item(w.bob, w.case_b)], w.bob.profile_id),
            403,
            "device_mismatch",
        ),
        Attack(
            "body names another profile of the same laptop",
            lambda w: _push(w, w.alice, [note_item(w.carol, w.case_a)], w.carol.profile_id),
            403,
            "forbidden",
        ),
        Attack(
            "forged signature",
            lambda w: _forged(w, Ed25519PrivateKey.generate()),
            403,
            "signature_invalid",
        ),
        Attack(
            "signed with another profile's key",
            lambda w: _forged(w, w.bob.sign_key),
            403,
            "signature_invalid",
        ),
        Attack("another profile's sealed box re-signed", _resealed, 400, "seal_invalid"),
        Attack(
            "replayed batch",
            lambda w: w.http.post(
                "/v1/push",
                content=w.replay_batch,
                headers=w.alice.headers(**{"content-type": "application/json"}),
            ),
            200,
            refused=_all_duplicates,
        ),
        Attack(
            "note into another caseworker's case",
            _write(alice, lambda w, a: a.mutation(NOTE, new_id(), w.case_b, body=(None, "x"))),
            200,
            allowed=rejected,
            refused=_only_forbidden(alice),
        ),
        Attack(
            "update of another caseworker's case",
            _write(
                alice,
                lambda w, a: a.mutation(
                    "case.update.v1", w.case_b, w.case_b, base=1, stage=(None, "x")
                ),
            ),
            200,
            allowed=rejected,
            refused=_only_forbidden(alice),
        ),
        Attack(
            "another case updated under one's own case id",
            _write(
                alice,
                lambda w, a: a.mutation(
                    "case.update.v1", w.case_b, w.case_a, base=1, stage=(None, "x")
                ),
            ),
            200,
            allowed=rejected,
            refused=_only_forbidden(alice),
        ),
        Attack(
            "another case's person edited through one's own case",
            _write(
                alice,
                lambda w, a: a.mutation(
                    "person.update.v1", w.person_b, w.case_a, base=1, family_name=("Person0", "x")
                ),
            ),
            200,
            allowed=rejected,
            refused=_only_forbidden(alice),
        ),
        Attack(
            "another case's person linked into one's own case",
            _write(
                alice,
                lambda w, a: a.mutation(
                    "case_person.create.v1",
                    new_id(),
                    w.case_a,
                    person_id=(None, w.person_b),
                    role=(None, "spouse"),
                ),
            ),
            200,
            allowed=rejected,
            refused=_only_forbidden(alice),
        ),
        Attack(
            "another case's attachment hash attached to one's own case",
            _write(
                alice,
                lambda w, a: a.mutation(
                    "attachment.create.v1",
                    new_id(),
                    w.case_a,
                    sha256=(None, w.blob_b),
                    filename=(None, "x.png"),
                    media_type=(None, "image/png"),
                    size=(None, 3_000),
                ),
            ),
            409,
            "blob_missing",
        ),
        Attack(
            "own attachment re-pointed at another case's hash",
            _write(
                alice,
                lambda w, a: a.mutation(
                    "attachment.update.v1",
                    w.attachment_a,
                    w.case_a,
                    base=1,
                    sha256=(w.blob_a, w.blob_b),
                ),
            ),
            200,
            allowed=rejected,
            refused=_only_rejected(alice),
        ),
        Attack(
            "team lead writes into another team's case",
            _write(
                lambda w: w.lead,
                lambda w, a: a.mutation(NOTE, new_id(), w.case_b, body=(None, "x")),
            ),
            200,
            allowed=rejected,
            refused=_only_forbidden(lambda w: w.lead),
        ),
        Attack(
            "retired laptop's final push into another's case",
            _write(
                lambda w: w.retired_device,
                lambda w, a: a.mutation(NOTE, new_id(), w.case_b, body=(None, "x")),
            ),
            200,
            allowed=rejected,
            refused=_only_forbidden(lambda w: w.retired_device),
        ),
    ]


def _pull(w: World, laptop: Laptop, body: dict[str, Any]) -> httpx.Response:
    return w.http.post("/v1/pull", json=body, headers=laptop.headers())


def page_without_case_b(
    laptop: Callable[[World], Laptop],
) -> Callable[[World, httpx.Response], bool]:
    def refused(w: World, response: httpx.Response) -> bool:
        page = laptop(w).open_page(response.json())
        bucket = case_bucket(w.case_b)
        delivered = {s.bucket for s in page.snapshots} | {c.bucket for c in page.changes}
        held = set(page.cursors) | set(page.checksums) | {c.case_id for c in page.conflicts}
        return bucket not in delivered | held and w.case_b not in held

    return refused


def pull_attacks() -> list[Attack]:
    """Attacks on `POST /v1/pull`."""

    def other(w: World) -> dict[str, int]:
        return {case_bucket(w.case_b): 0}

    return [
        Attack(
            "body names a profile of another laptop",
            lambda w: _pull(w, w.alice, pull_body(w.bob, {})),
            403,
            "device_mismatch",
        ),
        Attack(
            "body names another profile of the same laptop",
            lambda w: _pull(w, w.alice, pull_body(w.carol, {})),
            403,
            "forbidden",
        ),
        Attack(
            "asks for another caseworker's case",
            lambda w: _pull(w, w.alice, pull_body(w.alice, other(w))),
            200,
            refused=page_without_case_b(lambda w: w.alice),
        ),
        Attack(
            "team lead asks for another team's case",
            lambda w: _pull(w, w.lead, pull_body(w.lead, other(w))),
            200,
            refused=page_without_case_b(lambda w: w.lead),
        ),
        Attack(
            "profile holding nothing asks for a case",
            lambda w: _pull(w, w.carol, pull_body(w.carol, other(w))),
            200,
            refused=page_without_case_b(lambda w: w.carol),
        ),
    ]
