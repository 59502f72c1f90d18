"""The sealed wire format of push and pull, pinned byte by byte (DESIGN §5.0).

The laptop and the service are written by different people against `sync.protocol.sealed`'s
documentation. These tests rebuild every envelope from that documentation alone — contexts,
signature messages, canonical JSON, compression — and check that the helpers agree, so a
change to the format cannot slip in on one side only.
"""

from __future__ import annotations

import base64
import json
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from storage.sealing import SealError, open_sealed, seal
from sync.protocol.buckets import bucket_checksum, case_bucket, case_of_bucket
from sync.protocol.envelopes import PullCursors, SealedMutation, SealedPushBatch
from sync.protocol.errors import ErrorCode
from sync.protocol.models import ChangedField, Mutation, PullPage, PushResult
from sync.protocol.sealed import (
    SealedWireError,
    UnreadableMutation,
    open_cursors,
    open_mutation,
    open_page,
    open_push_result,
    seal_cursors,
    seal_mutation,
    seal_page,
    seal_push_result,
)

PROFILE = "0190d8a0-1c2b-7000-8000-00000000a001"
CASE = "0190d8a0-1c2b-7000-8000-00000000c001"


def _keys() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def _mutation(seq: int = 7) -> Mutation:
    return Mutation(
        profile_id=PROFILE,
        mutation_seq=seq,
        kind="note.create.v1",
        entity="note",
        entity_id="0190d8a0-1c2b-7000-8000-00000000b001",
        case_id=CASE,
        base_version=0,
        changes={"body": ChangedField(old=None, new="Grüezi — 你好")},
        client_hlc="1732704000123:0004:laptop-7",
    )


def _canonical(mutation: Mutation) -> bytes:
    data = mutation.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _mutation_message(seq: int, box: bytes) -> bytes:
    return b"dossier/mutation-signature/v1\x00" + PROFILE.encode() + seq.to_bytes(8, "big") + box


def test_a_mutation_sealed_by_hand_from_the_documented_layout_opens() -> None:
    service_private, service_public = _keys()
    signer = Ed25519PrivateKey.generate()
    box = seal(
        service_public, _canonical(_mutation()), context=b"dossier/mutation/v1" + PROFILE.encode()
    )
    item = SealedMutation(
        mutation_seq=7,
        sealed=base64.b64encode(box).decode(),
        signature=base64.b64encode(signer.sign(_mutation_message(7, box))).decode(),
    )
    opened = open_mutation(
        item,
        profile_id=PROFILE,
        profile_sign_public=signer.public_key().public_bytes_raw(),
        service_seal_privates={"old": _keys()[0], "current": service_private},
    )
    assert opened == _mutation()


def test_seal_mutation_writes_the_documented_layout() -> None:
    service_private, service_public = _keys()
    signer = Ed25519PrivateKey.generate()
    item = seal_mutation(
        _mutation(),
        service_seal_public=service_public,
        profile_sign_private=signer.private_bytes_raw(),
        service_key_id="k1",
    )
    box = base64.b64decode(item.sealed, validate=True)
    signer.public_key().verify(base64.b64decode(item.signature), _mutation_message(7, box))
    plain = open_sealed(service_private, box, context=b"dossier/mutation/v1" + PROFILE.encode())
    assert plain == _canonical(_mutation())
    assert item.service_key_id == "k1"


def test_a_signature_covers_profile_seq_and_box() -> None:
    _, service_public = _keys()
    signer = Ed25519PrivateKey.generate()
    item = seal_mutation(
        _mutation(),
        service_seal_public=service_public,
        profile_sign_private=signer.private_bytes_raw(),
    )
    public = signer.public_key().public_bytes_raw()
    privates = {"k": _keys()[0]}
    for forged, profile in (
        (item.model_copy(update={"mutation_seq": 8}), PROFILE),
        (item, "0190d8a0-1c2b-7000-8000-00000000a002"),
    ):
        with pytest.raises(SealedWireError) as raised:
            open_mutation(
                forged,
                profile_id=profile,
                profile_sign_public=public,
                service_seal_privates=privates,
            )
        assert raised.value.code is ErrorCode.SIGNATURE_INVALID


def test_an_authentic_box_with_another_seq_inside_is_unreadable_not_forged() -> None:
    service_private, service_public = _keys()
    signer = Ed25519PrivateKey.generate()
    box = seal(
        service_public,
        _canonical(_mutation(seq=9)),
        context=b"dossier/mutation/v1" + PROFILE.encode(),
    )
    item = SealedMutation(
        mutation_seq=7,
        sealed=base64.b64encode(box).decode(),
        signature=base64.b64encode(signer.sign(_mutation_message(7, box))).decode(),
    )
    with pytest.raises(UnreadableMutation):
        open_mutation(
            item,
            profile_id=PROFILE,
            profile_sign_public=signer.public_key().public_bytes_raw(),
            service_seal_privates={"k": service_private},
        )


def _page() -> PullPage:
    return PullPage(
        server_epoch="5bc408aa11df2972dfa2469e4ca4f0d8",
        cursors={case_bucket(CASE): 41},
        checksums={case_bucket(CASE): 7},
        has_more=True,
        last_mutation_seq=3,
    )


def test_a_page_is_zlib_json_sealed_for_the_profile_and_signed_by_the_service() -> None:
    profile_private, profile_public = _keys()
    service = Ed25519PrivateKey.generate()
    envelope = seal_page(
        _page(),
        profile_id=PROFILE,
        profile_seal_public=profile_public,
        service_sign_private=service.private_bytes_raw(),
        service_key_id="k1",
        continuation="AAAA",
    )
    box = base64.b64decode(envelope.sealed)
    message = b"dossier/page-signature/v1\x00" + PROFILE.encode() + box
    service.public_key().verify(base64.b64decode(envelope.signature), message)
    packed = open_sealed(profile_private, box, context=b"dossier/page/v1" + PROFILE.encode())
    assert PullPage.model_validate_json(zlib.decompress(packed)) == _page()
    assert (envelope.has_more, envelope.server_epoch) == (True, _page().server_epoch)
    publics = {"k1": service.public_key().public_bytes_raw()}
    assert (
        open_page(envelope, profile_seal_private=profile_private, service_sign_publics=publics)
        == _page()
    )
    with pytest.raises(SealedWireError):  # signed by an unknown key id
        open_page(
            envelope.model_copy(update={"service_key_id": "k2"}),
            profile_seal_private=profile_private,
            service_sign_publics=publics,
        )


def test_a_push_answer_is_sealed_like_a_page_in_its_own_context() -> None:
    profile_private, profile_public = _keys()
    service = Ed25519PrivateKey.generate()
    result = PushResult(
        server_epoch="5bc408aa11df2972dfa2469e4ca4f0d8", results=[], last_mutation_seq=12
    )
    envelope = seal_push_result(
        result,
        profile_id=PROFILE,
        profile_seal_public=profile_public,
        service_sign_private=service.private_bytes_raw(),
        service_key_id="k1",
    )
    box = base64.b64decode(envelope.sealed)
    message = b"dossier/push-result-signature/v1\x00" + PROFILE.encode() + box
    service.public_key().verify(base64.b64decode(envelope.signature), message)
    with pytest.raises(SealError):  # not a page: the contexts differ
        open_sealed(profile_private, box, context=b"dossier/page/v1" + PROFILE.encode())
    publics = {"k1": service.public_key().public_bytes_raw()}
    assert (
        open_push_result(
            envelope, profile_seal_private=profile_private, service_sign_publics=publics
        )
        == result
    )
    assert envelope.last_mutation_seq == 12


def test_a_continuation_is_sealed_for_the_service_and_bound_to_the_profile() -> None:
    service_private, service_public = _keys()
    cursors = PullCursors(buckets={case_bucket(CASE): 41}, results_after=3)
    token = seal_cursors(cursors, profile_id=PROFILE, service_seal_public=service_public)
    plain = open_sealed(
        service_private, base64.b64decode(token), context=b"dossier/cursors/v1" + PROFILE.encode()
    )
    assert PullCursors.model_validate_json(plain) == cursors
    assert (
        open_cursors(token, profile_id=PROFILE, service_seal_privates={"k": service_private})
        == cursors
    )
    with pytest.raises(SealedWireError):
        open_cursors(
            token,
            profile_id="0190d8a0-1c2b-7000-8000-00000000a002",
            service_seal_privates={"k": service_private},
        )


def test_the_bucket_checksum_is_a_sum_of_crc32_modulo_two_to_the_32() -> None:
    rows = [
        ("0190d8a0-1c2b-7000-8000-00000000b001", 3),
        ("0190d8a0-1c2b-7000-8000-00000000b002", 1),
    ]
    by_hand = sum(zlib.crc32(f"{i}:{v}".encode()) for i, v in rows) % 2**32
    assert bucket_checksum(rows) == by_hand == bucket_checksum(reversed(rows))
    assert bucket_checksum([]) == 0
    assert case_of_bucket(case_bucket(CASE)) == CASE and case_of_bucket("ref:global") is None


def test_the_envelope_members_are_the_documented_ones() -> None:
    batch = SealedPushBatch.model_json_schema()
    assert set(batch["properties"]) == {"protocol_version", "schema_version", "profile_id", "items"}
    item = SealedMutation.model_json_schema()["properties"]
    assert set(item) == {"mutation_seq", "sealed", "signature", "service_key_id"}
