"""Build and open the sealed envelopes of push and pull (DESIGN §5.0). Pure: no I/O, no clock.

The laptop calls `seal_mutation`, `open_push_result`, `open_page` and `seal_cursors`; the
service calls `open_mutation`, `seal_push_result`, `seal_page` and `open_cursors`. Sealed
boxes are `storage.sealing` boxes (X25519 + HKDF-SHA256 + AES-256-GCM) whose `context` binds
each box to its purpose *and* its profile, so a box can never be replayed as another kind of
box or for another profile. All binary values are standard base64 with padding on the wire.

Byte layouts (the client is written against these):

* mutation box: ``seal(service_x25519_public, canonical_json(mutation),
  context=b"dossier/mutation/v1" + profile_id)``; canonical JSON = UTF-8, keys sorted, no
  blanks (`canonical_json`).
* mutation signature: Ed25519 by the profile over ``b"dossier/mutation-signature/v1\\x00" ‖
  profile_id (36 ASCII bytes) ‖ mutation_seq (8 bytes, big-endian) ‖ sealed box bytes``.
  It covers the box, not the plaintext, so the service checks it before decrypting anything.
* push result / pull page box: ``seal(profile_x25519_public, zlib(model JSON),
  context=b"dossier/push-result/v1" | b"dossier/page/v1" + profile_id)``; signature by the
  service's current Ed25519 key over ``tag ‖ profile_id ‖ sealed box bytes`` with tag
  ``b"dossier/push-result-signature/v1\\x00"`` or ``b"dossier/page-signature/v1\\x00"``.
* continuation: ``seal(service_x25519_public, PullCursors JSON,
  context=b"dossier/cursors/v1" + profile_id)`` — readable by the service only.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Mapping
from typing import TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ValidationError

from storage.sealing import SealError, open_sealed, seal
from sync.protocol.envelopes import (
    PullCursors,
    SealedMutation,
    SealedPullPage,
    SealedPushResult,
)
from sync.protocol.errors import ErrorCode
from sync.protocol.models import Mutation, PullPage, PushResult

MUTATION_CONTEXT = b"dossier/mutation/v1"
PAGE_CONTEXT = b"dossier/page/v1"
PUSH_RESULT_CONTEXT = b"dossier/push-result/v1"
CURSORS_CONTEXT = b"dossier/cursors/v1"
MUTATION_SIGNATURE_TAG = b"dossier/mutation-signature/v1\x00"
PAGE_SIGNATURE_TAG = b"dossier/page-signature/v1\x00"
PUSH_RESULT_SIGNATURE_TAG = b"dossier/push-result-signature/v1\x00"
MAX_PLAINTEXT_BYTES = 512 * 1024 * 1024
"""Largest decompressed page or result a laptop accepts (a zip bomb is refused, not held)."""

_M = TypeVar("_M", bound=BaseModel)


class SealedWireError(ValueError):
    """An envelope that cannot be trusted or read; `code` is the protocol's reason."""

    def __init__(self, code: ErrorCode) -> None:
        super().__init__(code.value)
        self.code = code


class UnreadableMutation(SealedWireError):
    """Authentic (signed by the profile, sealed for us) but not a valid `Mutation` for its
    place: a permanent client error, recorded as a rejection so the outbox moves on."""

    def __init__(self) -> None:
        super().__init__(ErrorCode.MALFORMED_REQUEST)


def canonical_json(model: BaseModel) -> bytes:
    """The canonical JSON of a wire model: UTF-8, keys sorted, no blanks."""
    data = model.model_dump(mode="json")
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def b64(raw: bytes) -> str:
    """Standard base64 with padding, as every binary wire value."""
    return base64.b64encode(raw).decode("ascii")


def unb64(text: str, code: ErrorCode = ErrorCode.SEAL_INVALID) -> bytes:
    """Decode standard base64; SealedWireError(`code`) when it is not."""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise SealedWireError(code) from None


def _context(base: bytes, profile_id: str) -> bytes:
    return base + profile_id.encode("ascii")


# --- mutations: laptop → service -----------------------------------------------------------


def mutation_signing_message(profile_id: str, mutation_seq: int, sealed: bytes) -> bytes:
    """The bytes a profile signs for one sealed mutation."""
    return (
        MUTATION_SIGNATURE_TAG
        + profile_id.encode("ascii")
        + mutation_seq.to_bytes(8, "big")
        + sealed
    )


def seal_mutation(
    mutation: Mutation,
    *,
    service_seal_public: bytes,
    profile_sign_private: bytes,
    service_key_id: str | None = None,
) -> SealedMutation:
    """Seal `mutation` for the service and sign it with the profile's Ed25519 key (raw 32)."""
    box = seal(
        service_seal_public,
        canonical_json(mutation),
        context=_context(MUTATION_CONTEXT, mutation.profile_id),
    )
    message = mutation_signing_message(mutation.profile_id, mutation.mutation_seq, box)
    signature = Ed25519PrivateKey.from_private_bytes(profile_sign_private).sign(message)
    return SealedMutation(
        mutation_seq=mutation.mutation_seq,
        sealed=b64(box),
        signature=b64(signature),
        service_key_id=service_key_id,
    )


def verify_mutation(item: SealedMutation, *, profile_id: str, profile_sign_public: bytes) -> bytes:
    """The box bytes of `item` once its signature verifies; SIGNATURE_INVALID otherwise."""
    box = unb64(item.sealed, ErrorCode.SIGNATURE_INVALID)
    signature = unb64(item.signature, ErrorCode.SIGNATURE_INVALID)
    message = mutation_signing_message(profile_id, item.mutation_seq, box)
    try:
        Ed25519PublicKey.from_public_bytes(profile_sign_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise SealedWireError(ErrorCode.SIGNATURE_INVALID) from None
    return box


def open_mutation(
    item: SealedMutation,
    *,
    profile_id: str,
    profile_sign_public: bytes,
    service_seal_privates: Mapping[str, bytes],
) -> Mutation:
    """Verify, open and parse one pushed mutation.

    `service_seal_privates` maps key id → raw X25519 private key of every generation the
    service still holds, oldest first (the hinted one is tried first, then newest first).
    Raises SealedWireError with SIGNATURE_INVALID or SEAL_INVALID for an untrustworthy item,
    and UnreadableMutation for an authentic one whose content is not a valid mutation of this
    profile and seq.
    """
    box = verify_mutation(item, profile_id=profile_id, profile_sign_public=profile_sign_public)
    plaintext = _open_with_any(
        box, _context(MUTATION_CONTEXT, profile_id), item.service_key_id, service_seal_privates
    )
    try:
        mutation = Mutation.model_validate_json(plaintext)
    except ValidationError:
        raise UnreadableMutation from None
    if mutation.profile_id != profile_id or mutation.mutation_seq != item.mutation_seq:
        raise UnreadableMutation
    return mutation


def _open_with_any(
    box: bytes, context: bytes, hint: str | None, privates: Mapping[str, bytes]
) -> bytes:
    # The hinted key first, then newest to oldest (`privates` is in generation order): after
    # a rotation most boxes are for the current key.
    hinted = [hint] if hint is not None and hint in privates else []
    order = hinted + [key_id for key_id in reversed(list(privates)) if key_id != hint]
    for key_id in order:
        try:
            return open_sealed(privates[key_id], box, context=context)
        except SealError:
            continue
    raise SealedWireError(ErrorCode.SEAL_INVALID)


# --- push results and pull pages: service → laptop ------------------------------------------


def _seal_signed(
    model: BaseModel,
    *,
    context: bytes,
    tag: bytes,
    profile_id: str,
    profile_seal_public: bytes,
    service_sign_private: bytes,
) -> tuple[str, str]:
    packed = zlib.compress(model.model_dump_json().encode("utf-8"), 1)
    box = seal(profile_seal_public, packed, context=_context(context, profile_id))
    message = tag + profile_id.encode("ascii") + box
    signature = Ed25519PrivateKey.from_private_bytes(service_sign_private).sign(message)
    return b64(box), b64(signature)


def _open_signed(
    model: type[_M],
    *,
    sealed: str,
    signature: str,
    key_id: str,
    context: bytes,
    tag: bytes,
    profile_id: str,
    profile_seal_private: bytes,
    service_sign_publics: Mapping[str, bytes],
) -> _M:
    box, raw_signature = unb64(sealed), unb64(signature, ErrorCode.SIGNATURE_INVALID)
    public = service_sign_publics.get(key_id)
    if public is None:
        raise SealedWireError(ErrorCode.SIGNATURE_INVALID)
    try:
        message = tag + profile_id.encode("ascii") + box
        Ed25519PublicKey.from_public_bytes(public).verify(raw_signature, message)
    except (InvalidSignature, ValueError):
        raise SealedWireError(ErrorCode.SIGNATURE_INVALID) from None
    try:
        packed = open_sealed(profile_seal_private, box, context=_context(context, profile_id))
    except SealError:
        raise SealedWireError(ErrorCode.SEAL_INVALID) from None
    try:
        return model.model_validate_json(_inflate(packed))
    except ValidationError:
        raise SealedWireError(ErrorCode.MALFORMED_REQUEST) from None


def _inflate(packed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(packed, MAX_PLAINTEXT_BYTES)
    except zlib.error:
        raise SealedWireError(ErrorCode.MALFORMED_REQUEST) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise SealedWireError(ErrorCode.PAYLOAD_TOO_LARGE)
    return plain


def seal_push_result(
    result: PushResult,
    *,
    profile_id: str,
    profile_seal_public: bytes,
    service_sign_private: bytes,
    service_key_id: str,
) -> SealedPushResult:
    """Seal a push answer for the profile and sign it with the service's current key."""
    sealed, signature = _seal_signed(
        result,
        context=PUSH_RESULT_CONTEXT,
        tag=PUSH_RESULT_SIGNATURE_TAG,
        profile_id=profile_id,
        profile_seal_public=profile_seal_public,
        service_sign_private=service_sign_private,
    )
    return SealedPushResult(
        profile_id=profile_id,
        server_epoch=result.server_epoch,
        last_mutation_seq=result.last_mutation_seq,
        service_key_id=service_key_id,
        sealed=sealed,
        signature=signature,
    )


def open_push_result(
    envelope: SealedPushResult,
    *,
    profile_seal_private: bytes,
    service_sign_publics: Mapping[str, bytes],
) -> PushResult:
    """Verify and open a push answer (`service_sign_publics`: key id → raw Ed25519 public)."""
    return _open_signed(
        PushResult,
        sealed=envelope.sealed,
        signature=envelope.signature,
        key_id=envelope.service_key_id,
        context=PUSH_RESULT_CONTEXT,
        tag=PUSH_RESULT_SIGNATURE_TAG,
        profile_id=envelope.profile_id,
        profile_seal_private=profile_seal_private,
        service_sign_publics=service_sign_publics,
    )


def seal_page(
    page: PullPage,
    *,
    profile_id: str,
    profile_seal_public: bytes,
    service_sign_private: bytes,
    service_key_id: str,
    continuation: str,
) -> SealedPullPage:
    """Seal a pull page for the profile and sign it with the service's current key."""
    sealed, signature = _seal_signed(
        page,
        context=PAGE_CONTEXT,
        tag=PAGE_SIGNATURE_TAG,
        profile_id=profile_id,
        profile_seal_public=profile_seal_public,
        service_sign_private=service_sign_private,
    )
    return SealedPullPage(
        profile_id=profile_id,
        server_epoch=page.server_epoch,
        has_more=page.has_more,
        service_key_id=service_key_id,
        sealed=sealed,
        signature=signature,
        continuation=continuation,
    )


def open_page(
    envelope: SealedPullPage,
    *,
    profile_seal_private: bytes,
    service_sign_publics: Mapping[str, bytes],
) -> PullPage:
    """Verify and open a pull page (`service_sign_publics`: key id → raw Ed25519 public)."""
    return _open_signed(
        PullPage,
        sealed=envelope.sealed,
        signature=envelope.signature,
        key_id=envelope.service_key_id,
        context=PAGE_CONTEXT,
        tag=PAGE_SIGNATURE_TAG,
        profile_id=envelope.profile_id,
        profile_seal_private=profile_seal_private,
        service_sign_publics=service_sign_publics,
    )


# --- continuations: cursors only the service reads ------------------------------------------


def seal_cursors(cursors: PullCursors, *, profile_id: str, service_seal_public: bytes) -> str:
    """A continuation for `PullRequest.continuation` (the app seals one after applying)."""
    box = seal(
        service_seal_public,
        cursors.model_dump_json().encode("utf-8"),
        context=_context(CURSORS_CONTEXT, profile_id),
    )
    return b64(box)


def open_cursors(
    continuation: str, *, profile_id: str, service_seal_privates: Mapping[str, bytes]
) -> PullCursors:
    """The cursors inside a continuation; SEAL_INVALID when it is not one for this profile."""
    box = unb64(continuation)
    plaintext = _open_with_any(
        box, _context(CURSORS_CONTEXT, profile_id), None, service_seal_privates
    )
    try:
        return PullCursors.model_validate_json(plaintext)
    except ValidationError:
        raise SealedWireError(ErrorCode.SEAL_INVALID) from None
