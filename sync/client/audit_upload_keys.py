"""A rotated service key is learned from the pinned one, never from the network (issue 7).

The laptop pins the service's keys at enrolment. After `dossier-server admin keys rotate`
the service signs heads, push results and pull pages with a new generation; the laptop
learns it only through a key-transition statement signed by a key it already trusts
(`sync.protocol.audit.follow_key_transitions`), so a service or network that merely claims
a new key is refused as before (``unknown_key``).

* The courier (locked or not) fetches ``GET /v1/audit/key-transitions`` when a head names a
  key it does not know, and keeps the statements that verify in ``audit/state.json``; the
  head check then trusts them (`trusted_keys`).
* With the profile unlocked (`adopt_service_keys`, before pages are applied and at every
  seal), the same statements are verified again from the keys pinned *inside the store* —
  the state file is not trusted on its own — and the new generations are pinned there, the
  newest becoming the key new work is sealed to. Each adoption is a local audit event.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from storage.unlocked import OpenProfile
from sync.client.audit_upload_files import AuditFiles
from sync.client.identity import META_SERVICE_KEYS, pin_service_keys
from sync.client.transport import Auth, Transport
from sync.protocol.audit import KeyTransition, KeyTransitions, follow_key_transitions

KEY_TRANSITIONS_PATH = "/v1/audit/key-transitions"
SERVICE_KEY_OBJECT = "service_key"  # object_type of the audit event for an adopted key


def trusted_keys(
    pinned: Mapping[str, str], statements: Sequence[dict[str, Any]]
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Pinned keys (key id → base64) plus those the kept statements chain to, and those."""
    learned = follow_key_transitions(_raw(pinned), _parsed(statements))
    keys = dict(pinned) | {item.key_id: item.sign_public_key for item in learned}
    return keys, [item.model_dump() for item in learned]


def fetch_transitions(transport: Transport, auth: Auth) -> list[dict[str, Any]]:
    """Every key transition the service announces (unverified: pass to `trusted_keys`)."""
    answer = transport.call("GET", KEY_TRANSITIONS_PATH, KeyTransitions, auth=auth)
    return [item.model_dump() for item in answer.transitions]


def adopt_service_keys(profile: OpenProfile) -> list[str]:
    """Pin in the store the generations the kept statements chain to; their key ids."""
    statements = AuditFiles(profile.info).state().transitions
    if not statements:
        return []
    store = profile.store
    with store.read() as conn:
        pinned: Any = store.get_meta(conn, META_SERVICE_KEYS)
    if not isinstance(pinned, dict):
        return []  # not enrolled: nothing to extend
    signs = {str(k["key_id"]): str(k["sign_public_key"]) for k in pinned["keys"]}
    learned = follow_key_transitions(_raw(signs), _parsed(statements))
    if not learned:
        return []
    keys = list(pinned["keys"]) + [
        {
            "key_id": item.key_id,
            "seal_public_key": item.seal_public_key,
            "sign_public_key": item.sign_public_key,
        }
        for item in learned
    ]
    with store.write() as conn:
        pin_service_keys(store, conn, {"current_key_id": learned[-1].key_id, "keys": keys})
        for item in learned:
            profile.context.audit.record(
                conn,
                "update",
                SERVICE_KEY_OBJECT,
                item.key_id,
                detail={"from_key_id": item.from_key_id, "reason": "key_transition"},
            )
    return [item.key_id for item in learned]


def _parsed(statements: Sequence[dict[str, Any]]) -> list[KeyTransition]:
    parsed = []
    for data in statements:
        try:
            parsed.append(KeyTransition.model_validate(data))
        except ValidationError:
            continue  # a damaged statement is ignored; the next head check fetches it again
    return parsed


def _raw(keys: Mapping[str, str]) -> dict[str, bytes]:
    raw = {}
    for key_id, text in keys.items():
        try:
            raw[key_id] = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            continue
    return raw
