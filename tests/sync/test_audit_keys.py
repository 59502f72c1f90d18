"""A rotated service key is learned from the pinned one, a forged one never (issue 7).

`dossier-server admin keys rotate` on the real keys directory, then the service restarted on
the same database (a second app, served by uvicorn like the first); real SQLCipher laptops,
SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from sqlalchemy import select

from storage.tables import audit_event
from sync.client.audit_upload_files import AuditFiles
from sync.client.identity import META_SERVICE_KEYS
from sync.client.layout import ProfileFiles
from sync.protocol.audit import KeyTransition, follow_key_transitions, key_transition_bytes
from sync.server.app import create_app
from sync.server.keys import MANIFEST, load_or_create, rotate, transition_bytes
from tests.live_server import serving
from tests.server.conftest import FakeClock
from tests.server.laptops import seed_case
from tests.sync.conftest import Laptop


@contextmanager
def _restarted(app: FastAPI, clock: FakeClock) -> Iterator[str]:
    """The service restarted with the keys now on disk (workers pick keys up at start)."""
    again = create_app(app.state.context.settings, clock=clock)
    try:
        with serving(again) as url:
            yield url
    finally:
        again.state.context.db.dispose()


def _pins(laptop: Laptop) -> dict[str, Any]:
    profile = laptop.unlock()
    with profile.store.read() as conn:
        pinned: Any = profile.store.get_meta(conn, META_SERVICE_KEYS)
    assert isinstance(pinned, dict)
    return pinned


def _key_events(laptop: Laptop) -> list[tuple[str, str]]:
    query = select(audit_event.c.object_id, audit_event.c.detail).where(
        audit_event.c.object_type == "service_key"
    )
    with laptop.unlock().store.read() as conn:
        return [(str(key_id), detail["from_key_id"]) for key_id, detail in conn.execute(query)]


def _notes(laptop: Laptop, case_id: str) -> list[str]:
    return [note.values["body"] for note in laptop.unlock().records.list("note", case_id=case_id)]


def test_after_a_key_rotation_laptops_learn_the_new_key_and_sync_on(
    app: FastAPI, clock: FakeClock, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "KEY-1", "anna", "ben")
    assert anna.sync().error is None and ben.sync().error is None
    old = app.state.context.keyring.current.key_id
    new = rotate(app.state.context.settings.keys_dir, clock).current.key_id

    with _restarted(app, clock) as url:
        ben.unlock().records.create("note", {"body": "after rotation"}, case_id=case_id)
        assert ben.sync(url).error is None  # the push result is signed by the new key
        outcome = anna.sync(url)

        assert outcome.error is None, outcome
        assert _notes(anna, case_id) == ["after rotation"]  # a page signed by the new key
        head = AuditFiles(anna.info).state().head
        assert head is not None and head["key_id"] == new
        pins = _pins(anna)
        assert pins["current_key_id"] == new  # new work is sealed to the new key
        assert [k["key_id"] for k in pins["keys"]] == [old, new]
        assert _key_events(anna) == [(new, old)]  # the adoption is audited, once

        anna.unlock().records.create("note", {"body": "sealed to the new key"}, case_id=case_id)
        anna.lock()
        (sealed,) = ProfileFiles(anna.info).outbox_seqs()
        body = json.loads(ProfileFiles(anna.info).outbox_path(sealed).read_text())
        assert body["service_key_id"] == new
        assert anna.sync(url).error is None
        assert ben.sync(url).error is None
        assert sorted(_notes(ben, case_id)) == ["after rotation", "sealed to the new key"]
        assert _key_events(anna) == [(new, old)]


def test_a_locked_laptop_follows_two_rotations_and_applies_at_unlock(
    app: FastAPI, clock: FakeClock, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "KEY-2", "anna", "ben")
    assert anna.sync().error is None and ben.sync().error is None
    keys_dir = app.state.context.settings.keys_dir
    first = app.state.context.keyring.current.key_id
    second = rotate(keys_dir, clock).current.key_id
    third = rotate(keys_dir, clock).current.key_id
    anna.lock()

    with _restarted(app, clock) as url:
        ben.unlock().records.create("note", {"body": "two rotations later"}, case_id=case_id)
        assert ben.sync(url).error is None
        outcome = anna.sync_locked(url)  # IT's scheduled sync: no passphrase

        assert outcome.error is None, outcome
        learned = AuditFiles(anna.info).state().transitions
        assert [(t["from_key_id"], t["key_id"]) for t in learned] == [
            (first, second),
            (second, third),
        ]
        anna.apply()  # at unlock: verified again from the store's pins, then applied
        assert _notes(anna, case_id) == ["two rotations later"]
        assert _pins(anna)["current_key_id"] == third
        assert sorted(_key_events(anna)) == sorted([(second, first), (third, second)])
        assert anna.sync(url).error is None
        assert AuditFiles(anna.info).state().transitions == []  # all pinned now


def _forge_last_transition(keys_dir: Path) -> None:
    """An insider with the keys directory announces a key the previous one never signed."""
    path = keys_dir / MANIFEST
    manifest = json.loads(path.read_text())
    forged = Ed25519PrivateKey.generate().sign(b"not the previous key")
    manifest["generations"][-1]["transition_signature"] = forged.hex()
    path.write_text(json.dumps(manifest))


def test_a_new_key_not_announced_by_the_pinned_key_is_refused(
    app: FastAPI, clock: FakeClock, make_laptop: Callable[[str], Laptop]
) -> None:
    anna, ben = make_laptop("anna"), make_laptop("ben")
    case_id = seed_case(app, "KEY-3", "anna", "ben")
    assert anna.sync().error is None and ben.sync().error is None
    before = _pins(anna)
    keys_dir = app.state.context.settings.keys_dir
    rotate(keys_dir, clock)
    _forge_last_transition(keys_dir)

    with _restarted(app, clock) as url:
        ben.unlock().records.create("note", {"body": "never applied"}, case_id=case_id)
        assert ben.sync(url).error == "audit_log_inconsistent"  # ben refuses it too
        outcome = anna.sync(url)

    assert outcome.error == "audit_log_inconsistent"
    assert (outcome.moved.sent, outcome.moved.pages) == (0, 0)  # stopped before anything moved
    state = AuditFiles(anna.info).state()
    assert state.failure is not None and state.failure["detail"] == "unknown_key"
    assert state.transitions == []
    assert _pins(anna) == before and _key_events(anna) == []
    assert _notes(anna, case_id) == []


def _statement(signer: Ed25519PrivateKey, from_key_id: str, key_id: str) -> KeyTransition:
    new = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    fields = {
        "from_key_id": from_key_id,
        "key_id": key_id,
        "seal_public_key": base64.b64encode(bytes(range(32))).decode(),
        "sign_public_key": base64.b64encode(new).decode(),
        "created_at": "2026-03-02T09:00:00+00:00",
    }
    signature = signer.sign(key_transition_bytes(**fields))
    return KeyTransition(**fields, signature=base64.b64encode(signature).decode())


def test_only_statements_chaining_from_a_trusted_key_are_followed() -> None:
    pinned = Ed25519PrivateKey.generate()
    trusted = {"a": pinned.public_key().public_bytes_raw()}
    to_b = _statement(pinned, "a", "b")
    stranger = Ed25519PrivateKey.generate()

    forged = _statement(stranger, "a", "c")  # claims to come from a, signed by another key
    unknown = _statement(stranger, "x", "d")  # from a key nobody pinned
    replaced = _statement(pinned, "a", "a")  # a pinned key is never replaced

    assert follow_key_transitions(trusted, [forged, unknown, replaced]) == []
    assert follow_key_transitions(trusted, [forged, to_b, unknown]) == [to_b]
    tampered = to_b.model_copy(update={"sign_public_key": forged.sign_public_key})
    assert follow_key_transitions(trusted, [tampered]) == []


def test_a_rotation_made_before_statements_existed_is_announced_all_the_same(
    tmp_path: Path, clock: FakeClock
) -> None:
    keys_dir = tmp_path / "keys"
    first = load_or_create(keys_dir, clock).current
    ring = rotate(keys_dir, clock)
    ((pair, _, signature),) = ring.transitions()
    manifest = json.loads((keys_dir / MANIFEST).read_text())
    for entry in manifest["generations"]:  # as an older version wrote it
        entry.pop("from_key_id", None)
        entry.pop("transition_signature", None)
    (keys_dir / MANIFEST).write_text(json.dumps(manifest))

    ((again, legacy_from, legacy_signature),) = load_or_create(keys_dir, clock).transitions()

    assert (again.key_id, legacy_from, legacy_signature) == (pair.key_id, first.key_id, signature)
    first.sign_private.public_key().verify(signature, transition_bytes(pair, first.key_id))
