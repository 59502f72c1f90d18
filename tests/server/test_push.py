"""Push: sealed, signed, exactly once, in order; refused when not authentic (both backends)."""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storage.ids import new_id
from storage.sealing import seal
from sync.protocol.envelopes import SealedMutation
from sync.protocol.sealed import MUTATION_CONTEXT, b64, mutation_signing_message
from sync.server.app import create_app
from sync.server.db.tables import ENTITY_TABLES, change_log, merge_audit, mutation_log, server_audit
from sync.server.keys import rotate
from sync.server.services import devices
from sync.server.settings import Settings
from tests.server.conftest import FakeClock, add_user
from tests.server.laptops import Laptop, enrol_laptop, seed_case

NOTE = "note.create.v1"


def _count(app: FastAPI, table: Any, *where: Any) -> int:
    with app.state.context.db.read() as conn:
        query = select(func.count()).select_from(table)
        return int(conn.execute(query.where(*where) if where else query).scalar_one())


def _pair(client: TestClient, app: FastAPI) -> tuple[Laptop, Laptop, str]:
    add_user(app, "alice")
    add_user(app, "bob")
    case_id = seed_case(app, "ZH-1", "alice", "bob")
    return enrol_laptop(client, app, "alice"), enrol_laptop(client, app, "bob"), case_id


def _problem(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["code"] == code
    return body


def test_a_pushed_create_reaches_another_profile_on_another_laptop(
    client: TestClient, app: FastAPI
) -> None:
    alice, bob, case_id = _pair(client, app)
    bob.sync()
    person, link, note = new_id(), new_id(), new_id()
    result = alice.push(
        alice.mutation("person.create.v1", person, case_id, family_name=(None, "Haddad")),
        alice.mutation(
            "case_person.create.v1", link, case_id, person_id=(None, person), role=(None, "spouse")
        ),
        alice.mutation(NOTE, note, case_id, body=(None, "Spoke with the spouse.")),
    )
    assert [r.status.value for r in result.results] == ["applied"] * 3
    assert result.last_mutation_seq == 3
    bob.sync()
    assert bob.row(case_id, person)["values"]["family_name"] == "Haddad"
    assert bob.row(case_id, link)["values"] == {"person_id": person, "role": "spouse"}
    assert bob.row(case_id, note)["values"]["body"] == "Spoke with the spouse."
    bucket = f"case:{case_id}"
    assert bob.checksums[bucket] == bob.checksum(bucket)


def test_a_repeated_batch_returns_the_stored_results_and_is_applied_once(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_id = _pair(client, app)
    items = [
        alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, f"n{i}"))) for i in range(2)
    ]
    first = alice.open_result(alice.push_items(items).json())
    logged = _count(app, change_log)
    again = alice.open_result(alice.push_items(items).json())
    assert [r.status.value for r in again.results] == ["duplicate", "duplicate"]
    strip = {"status"}
    assert [r.model_dump(exclude=strip) for r in again.results] == [
        r.model_dump(exclude=strip) for r in first.results
    ]
    assert _count(app, change_log) == logged
    assert _count(app, ENTITY_TABLES["note"]) == 2
    # A retry that overlaps the stored part and carries one new mutation applies only that one.
    third = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "n2")))
    mixed = alice.open_result(alice.push_items([*items, third]).json())
    assert [r.status.value for r in mixed.results] == ["duplicate", "duplicate", "applied"]
    assert _count(app, ENTITY_TABLES["note"]) == 3
    assert _count(app, mutation_log) == 3


def test_a_gap_is_refused_with_the_expected_seq_and_nothing_is_applied(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_id = _pair(client, app)
    alice.push(alice.mutation(NOTE, new_id(), case_id, body=(None, "first")))
    alice.next_seq = 3  # mutation 2 never reaches the service
    logged = _count(app, change_log)
    late = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "third")))
    body = _problem(alice.push_items([late]), 409, "mutation_gap")
    assert (body["expected_mutation_seq"], body["last_mutation_seq"]) == (2, 1)
    assert (_count(app, change_log), _count(app, mutation_log)) == (logged, 1)


def test_a_forged_signature_refuses_the_whole_batch(client: TestClient, app: FastAPI) -> None:
    alice, _, case_id = _pair(client, app)
    good = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "fine")))
    forged = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "forged")))
    box = base64.b64decode(forged.sealed)
    message = mutation_signing_message(alice.profile_id, forged.mutation_seq, box)
    forged = forged.model_copy(
        update={"signature": b64(Ed25519PrivateKey.generate().sign(message))}
    )
    _problem(alice.push_items([good, forged]), 403, "signature_invalid")
    tampered = good.model_copy(update={"sealed": b64(box)})  # another box, same signature
    _problem(alice.push_items([tampered]), 403, "signature_invalid")
    assert (_count(app, change_log), _count(app, mutation_log)) == (3, 0)


def test_a_mutation_signed_with_another_profiles_key_is_refused(
    client: TestClient, app: FastAPI
) -> None:
    alice, bob, case_id = _pair(client, app)
    item = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "as alice")))
    message = mutation_signing_message(alice.profile_id, 1, base64.b64decode(item.sealed))
    signed_by_bob = item.model_copy(update={"signature": b64(bob.sign_key.sign(message))})
    _problem(alice.push_items([signed_by_bob]), 403, "signature_invalid")
    assert _count(app, mutation_log) == 0


def test_a_box_sealed_for_another_profile_does_not_open(client: TestClient, app: FastAPI) -> None:
    alice, bob, case_id = _pair(client, app)
    # Bob's box, re-signed by Alice: authentic for Alice, but sealed in Bob's context.
    bobs = bob.seal(bob.mutation(NOTE, new_id(), case_id, body=(None, "bob's")))
    box = base64.b64decode(bobs.sealed)
    message = mutation_signing_message(alice.profile_id, 1, box)
    resigned = bobs.model_copy(update={"signature": b64(alice.sign_key.sign(message))})
    _problem(alice.push_items([resigned]), 400, "seal_invalid")
    assert _count(app, mutation_log) == 0


def test_a_profile_of_another_device_is_refused(client: TestClient, app: FastAPI) -> None:
    alice, bob, case_id = _pair(client, app)
    bob_item = bob.seal(bob.mutation(NOTE, new_id(), case_id, body=(None, "x")))
    # Alice's token, Bob's profile in the body: the profile is not on Alice's device (F41).
    alice_as_bob = Laptop(**{**vars(alice), "profile_id": bob.profile_id})
    _problem(alice_as_bob.push_items([bob_item]), 403, "device_mismatch")
    # Alice's device credential naming Bob's profile is refused at authentication.
    assert alice.device_credential is not None
    headers = {
        "Authorization": f"Bearer {alice.device_credential}",
        "Dossier-Profile-Id": bob.profile_id,
    }
    response = client.post("/v1/push", headers=headers, json={})
    _problem(response, 403, "device_mismatch")
    assert _count(app, mutation_log) == 0


def test_the_device_credential_pushes_for_its_own_profiles(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_id = _pair(client, app)
    assert alice.device_credential is not None
    item = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "from dossier-sync")))
    headers = {
        "Authorization": f"Bearer {alice.device_credential}",
        "Dossier-Profile-Id": alice.profile_id,
    }
    response = alice.push_items([item], **headers)
    assert alice.open_result(response.json()).results[0].status.value == "applied"


def test_a_case_that_is_not_assigned_is_refused_and_the_queue_moves_on(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_id = _pair(client, app)
    foreign = seed_case(app, "ZH-9")  # nobody holds it
    bucket = change_log.c.bucket == f"case:{foreign}"
    imported = _count(app, change_log, bucket)
    note = new_id()
    result = alice.push(
        alice.mutation(NOTE, note, foreign, body=(None, "not my case")),
        alice.mutation("case.update.v1", foreign, foreign, base=1, stage=(None, "x")),
        alice.mutation(NOTE, new_id(), case_id, body=(None, "my case")),
    )
    assert [(r.status.value, r.rejection_code) for r in result.results] == [
        ("rejected", "forbidden"),
        ("rejected", "forbidden"),
        ("applied", None),
    ]
    assert _count(app, change_log, bucket) == imported
    with app.state.context.db.read() as conn:
        case = ENTITY_TABLES["case"]
        assert conn.execute(select(case.c.stage).where(case.c.id == foreign)).scalar() is None
        assert (
            conn.execute(
                select(ENTITY_TABLES["note"].c.id).where(ENTITY_TABLES["note"].c.id == note)
            ).first()
            is None
        )
    assert _count(app, mutation_log, mutation_log.c.status == "rejected") == 2


def test_a_rejected_mutation_is_recorded_and_audited_and_later_ones_are_applied(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_id = _pair(client, app)
    illegal = alice.mutation("case.update.v1", case_id, case_id, base=1, status=("open", "decided"))
    result = alice.push(illegal, alice.mutation(NOTE, new_id(), case_id, body=(None, "ok")))
    rejected, applied = result.results
    assert (rejected.status.value, rejected.rejection_code) == ("rejected", "illegal_transition")
    assert rejected.rejection_fields == {"status": "illegal_transition"}
    assert applied.status.value == "applied"
    with app.state.context.db.read() as conn:
        audit = conn.execute(select(merge_audit).where(merge_audit.c.mutation_seq == 1))
        (row,) = audit.mappings()
        assert (row["field"], row["outcome"], row["client_value"]) == (
            "status",
            "rejected",
            "decided",
        )
        actions = conn.execute(select(server_audit.c.action)).scalars()
        assert "mutation.rejected" in list(actions)
    page = alice.pull_page(results_after=0)  # the stored results also come with a pull
    assert [r.rejection_code for r in page.results] == ["illegal_transition", None]


def test_an_authentic_but_unreadable_mutation_is_a_rejection(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, case_id = _pair(client, app)
    current = alice.service_keys["current_key_id"]
    key = next(k for k in alice.service_keys["keys"] if k["key_id"] == current)
    context = MUTATION_CONTEXT + alice.profile_id.encode()
    box = seal(base64.b64decode(key["seal_public_key"]), b'{"not": "a mutation"}', context=context)
    signature = alice.sign_key.sign(mutation_signing_message(alice.profile_id, 1, box))
    item = SealedMutation(mutation_seq=1, sealed=b64(box), signature=b64(signature))
    alice.next_seq = 2
    after = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "next")))
    result = alice.open_result(alice.push_items([item, after]).json())
    assert [(r.status.value, r.rejection_code) for r in result.results] == [
        ("rejected", "invalid_changes"),
        ("applied", None),
    ]


def test_a_retired_device_makes_its_final_push_and_a_revoked_one_hears_wipe(
    client: TestClient, app: FastAPI
) -> None:
    alice, bob, case_id = _pair(client, app)
    context = app.state.context
    with context.db.write() as conn:
        devices.set_device_status(
            conn, device_id=alice.device_id, status="retired", now=context.clock()
        )
        devices.set_device_status(
            conn, device_id=bob.device_id, status="revoked", now=context.clock()
        )
    final = alice.push(alice.mutation(NOTE, new_id(), case_id, body=(None, "handing back")))
    assert final.results[0].status.value == "applied"
    wiped = _problem(alice.pull_raw({"buckets": {}}), 410, "device_retired")
    assert wiped["action"] == "wipe"
    item = bob.seal(bob.mutation(NOTE, new_id(), case_id, body=(None, "stolen")))
    assert _problem(bob.push_items([item]), 410, "device_revoked")["action"] == "wipe"


def test_mutations_sealed_before_a_key_rotation_still_open(
    client: TestClient, app: FastAPI, settings: Settings, clock: FakeClock
) -> None:
    alice, _, case_id = _pair(client, app)
    item = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "sealed offline")))
    rotate(settings.keys_dir, clock)
    rotated = create_app(settings, clock=clock)  # workers pick up new keys at restart
    try:
        with TestClient(rotated) as new_client:
            laptop = Laptop(**{**vars(alice), "client": new_client})
            keys = new_client.get("/v1/service-keys").json()
            assert keys["current_key_id"] != item.service_key_id
            result = laptop.push_items([item.model_copy(update={"service_key_id": None})])
            laptop.service_keys = keys  # the answer is signed with the new key
            assert laptop.open_result(result.json()).results[0].status.value == "applied"
    finally:
        rotated.state.context.db.dispose()


def test_a_laptop_may_open_a_new_case_which_is_assigned_to_its_creator(
    client: TestClient, app: FastAPI
) -> None:
    alice, _, _ = _pair(client, app)
    add_user(app, "ivan", role="it")
    case_id = new_id()
    created = alice.push(
        alice.mutation(
            "case.create.v1",
            case_id,
            case_id,
            case_number=(None, "ZH-NEW-1"),
            case_type=(None, "hardship"),
            status=(None, "open"),
        )
    )
    assert created.results[0].status.value == "applied"
    alice.sync()
    assert alice.row(case_id, case_id)["values"]["case_number"] == "ZH-NEW-1"
    ivan = enrol_laptop(client, app, "ivan")
    other = new_id()
    refused = ivan.push(
        ivan.mutation(
            "case.create.v1",
            other,
            other,
            case_number=(None, "ZH-NEW-2"),
            case_type=(None, "hardship"),
            status=(None, "open"),
        )
    )
    assert refused.results[0].rejection_code == "forbidden"


def test_a_person_outside_the_writers_cases_can_be_neither_edited_nor_linked(
    client: TestClient, app: FastAPI
) -> None:
    alice, bob, _ = _pair(client, app)
    alices = seed_case(app, "ZH-A", "alice")
    bobs = seed_case(app, "ZH-B", "bob")
    bob.sync()
    (person,) = [r for r in bob.rows[f"case:{bobs}"].values() if r["entity"] == "person"]
    result = alice.push(
        alice.mutation(
            "person.update.v1",
            person["entity_id"],
            alices,
            base=1,
            family_name=("Person0", "Renamed"),
        ),
        alice.mutation(
            "case_person.create.v1",
            new_id(),
            alices,
            person_id=(None, person["entity_id"]),
            role=(None, "other"),
        ),
    )
    assert [r.rejection_code for r in result.results] == ["forbidden", "forbidden"]


def test_a_push_in_an_unknown_protocol_version_is_refused(client: TestClient, app: FastAPI) -> None:
    alice, _, case_id = _pair(client, app)
    item = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "x")))
    body = {
        "protocol_version": 99,
        "schema_version": 1,
        "profile_id": alice.profile_id,
        "items": [item.model_dump()],
    }
    _problem(
        client.post("/v1/push", json=body, headers=alice.headers()), 400, "unsupported_protocol"
    )


def test_sealed_items_are_bound_to_their_seq(client: TestClient, app: FastAPI) -> None:
    alice, _, case_id = _pair(client, app)
    item = alice.seal(alice.mutation(NOTE, new_id(), case_id, body=(None, "x")))
    moved = item.model_copy(update={"mutation_seq": 2})  # signature covers the seq
    _problem(alice.push_items([moved]), 403, "signature_invalid")


def test_mutations_of_one_batch_build_on_each_other(client: TestClient, app: FastAPI) -> None:
    alice, bob, case_id = _pair(client, app)
    task = new_id()
    result = alice.push(
        alice.mutation("task.create.v1", task, case_id, title=(None, "Call"), kind=(None, "task")),
        alice.mutation("task.update.v1", task, case_id, base=1, title=("Call", "Call back")),
        alice.mutation("task.update.v1", task, case_id, base=2, done=(None, True)),
    )
    assert [r.entity_version for r in result.results] == [1, 2, 3]
    assert [r.outcome.value for r in result.results] == ["applied"] * 3
    bob.sync()
    row = bob.row(case_id, task)
    assert (row["version"], row["values"]["title"], row["values"]["done"]) == (3, "Call back", True)
