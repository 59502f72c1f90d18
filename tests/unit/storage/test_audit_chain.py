"""The local audit chain (AUD-2): every kind of tampering is named, at the right seq."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.audit_chain import (
    AuditEvent,
    ChainEntry,
    ChainProblem,
    ChainState,
    ChainWriter,
    Checkpoint,
    canonical_bytes,
    chain_hash,
    genesis_hash,
    genesis_state,
    new_chain_key,
    sign_checkpoint,
    verify_chain,
    verify_checkpoint,
)
from storage.errors import ErrorCode, StoreError, ValidationFailed

PROFILE = "p-0001"
K0 = bytes(range(32))
START = datetime(2025, 3, 1, tzinfo=UTC)
ACTIONS = ("create", "read", "update", "export", "print", "disclose")


def derive_key(k0: bytes, index: int) -> bytes:
    """K_index straight from the documented formula, independent of the module."""
    key = k0
    for _ in range(index):
        key = hashlib.sha256(b"dossier-audit-key-evolve" + key).digest()
    return key


def append_event(writer: ChainWriter, n: int, *, object_id: str | None = None) -> ChainEntry:
    return writer.append(
        event_id=str(uuid.UUID(int=n)),
        actor="u-0042",
        device_id="d-laptop-7",
        action=ACTIONS[n % len(ACTIONS)],
        object_type="case",
        object_id=object_id or f"c-{n % 5}",
        occurred_at=(START + timedelta(seconds=n)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        recipient="org-sem" if n % 6 == 5 else None,
        detail={"format": "pdf"} if n % 6 == 3 else None,
    )


def build_chain(length: int) -> tuple[list[ChainEntry], ChainState]:
    writer = ChainWriter(genesis_state(PROFILE, K0), profile_id=PROFILE)
    return [append_event(writer, n) for n in range(1, length + 1)], writer.state


def head_of(entries: list[ChainEntry]) -> tuple[int, bytes]:
    return entries[-1].event.seq, entries[-1].hash


def verify(
    entries: list[ChainEntry], head: tuple[int, bytes] | None = None, *, k0: bytes | None = K0
):
    return verify_chain(entries, profile_id=PROFILE, k0=k0, expected_head=head)


def edited(entry: ChainEntry) -> ChainEntry:
    return replace(entry, event=replace(entry.event, object_id="c-other"))


def rehashed_from(entries: list[ChainEntry], index: int, mac_key: bytes | None) -> list[ChainEntry]:
    """Recompute hashes from `index` on, and MACs too if a key is given (evolved per entry)."""
    result = entries[:index]
    previous = result[-1].hash if result else genesis_hash(PROFILE)
    key = mac_key
    for entry in entries[index:]:
        new_hash = chain_hash(previous, entry.event)
        mac = entry.mac
        if key is not None:
            mac = hmac.new(key, new_hash, hashlib.sha256).digest()
            key = derive_key(key, 1)
        result.append(replace(entry, hash=new_hash, mac=mac))
        previous = new_hash
    return result


def forked_entry(entries: list[ChainEntry], seq: int) -> ChainEntry:
    """A validly keyed alternative entry at `seq`, as a device restored from backup writes it."""
    previous = entries[seq - 2].hash if seq > 1 else genesis_hash(PROFILE)
    state = ChainState(seq - 1, previous, bytearray(derive_key(K0, seq)))
    return append_event(ChainWriter(state, profile_id=PROFILE), seq, object_id="c-forked")


@pytest.fixture(scope="module")
def chain() -> list[ChainEntry]:
    return build_chain(200)[0]


def problem_of(verdict) -> tuple[ChainProblem | None, int | None]:
    return verdict.problem, verdict.first_bad_seq


def test_intact_chain_of_200_verifies_with_and_without_k0(chain):
    with_key = verify(chain, head_of(chain))
    without_key = verify(chain, head_of(chain), k0=None)

    assert (with_key.ok, with_key.checked, with_key.macs_checked) == (True, 200, True)
    assert (without_key.ok, without_key.checked, without_key.macs_checked) == (True, 200, False)
    assert with_key.problem is None and with_key.first_bad_seq is None
    with_key.raise_if_broken()


def test_edited_field_is_a_hash_mismatch_at_that_entry(chain):
    tampered = [*chain[:56], edited(chain[56]), *chain[57:]]

    assert problem_of(verify(tampered)) == (ChainProblem.HASH_MISMATCH, 57)
    assert problem_of(verify(tampered, k0=None)) == (ChainProblem.HASH_MISMATCH, 57)


def test_deleted_entry_is_a_seq_gap(chain):
    verdict = verify([*chain[:56], *chain[57:]])

    assert problem_of(verdict) == (ChainProblem.SEQ_GAP, 57)
    assert verdict.checked == 56


def test_swapped_entries_are_out_of_order(chain):
    swapped = [*chain[:56], chain[57], chain[56], *chain[58:]]

    assert problem_of(verify(swapped)) == (ChainProblem.SEQ_OUT_OF_ORDER, 57)


def test_duplicated_entry_is_a_duplicate_seq(chain):
    assert problem_of(verify([*chain[:57], chain[56], *chain[57:]])) == (
        ChainProblem.DUPLICATE_SEQ,
        57,
    )


def test_two_different_entries_with_one_seq_are_a_fork(chain):
    fork = forked_entry(chain, 57)

    assert fork.event.seq == 57 and fork != chain[56]
    assert problem_of(verify([*chain[:57], fork, *chain[57:]])) == (ChainProblem.FORK, 57)


def test_cut_tail_is_truncated_against_the_expected_head(chain):
    verdict = verify(chain[:150], head_of(chain))

    assert problem_of(verdict) == (ChainProblem.TRUNCATED, 151)
    assert verify(chain[:150]).ok  # without an outside head a cut tail is invisible


def test_chain_that_passes_the_expected_seq_with_another_hash_is_a_head_mismatch(chain):
    rewritten = rehashed_from([*chain[:56], edited(chain[56]), *chain[57:]], 56, None)

    verdict = verify(rewritten, (120, chain[119].hash), k0=None)

    assert problem_of(verdict) == (ChainProblem.HEAD_MISMATCH, 120)


def test_rehash_after_edit_without_key_is_a_mac_mismatch_at_the_edited_entry(chain):
    rewritten = rehashed_from([*chain[:56], edited(chain[56]), *chain[57:]], 56, None)

    assert problem_of(verify(rewritten, head_of(rewritten))) == (ChainProblem.MAC_MISMATCH, 57)
    # The limit of a key-less check: a fully recomputed hash chain looks intact.
    assert verify(rewritten, k0=None).ok


def test_thief_with_the_current_key_is_caught_at_the_first_rewritten_entry():
    entries, state = build_chain(200)
    stolen_key = bytes(state.key)

    rewritten = rehashed_from([*entries[:56], edited(entries[56]), *entries[57:]], 56, stolen_key)

    assert problem_of(verify(rewritten)) == (ChainProblem.MAC_MISMATCH, 57)


def test_current_key_reproduces_no_earlier_mac():
    entries, state = build_chain(20)

    assert all(
        hmac.new(bytes(state.key), entry.hash, hashlib.sha256).digest() != entry.mac
        for entry in entries
    )


def test_chain_of_another_profile_fails_at_its_first_entry():
    other = ChainWriter(genesis_state("p-0002", K0), profile_id="p-0002")
    foreign = [append_event(other, n) for n in range(1, 4)]

    verdict = verify_chain(foreign, profile_id=PROFILE, k0=K0)

    assert problem_of(verdict) == (ChainProblem.HASH_MISMATCH, 1)


def test_well_chained_entry_naming_another_profile_is_a_profile_mismatch(chain):
    state = ChainState(5, chain[4].hash, bytearray(derive_key(K0, 6)))
    stray = append_event(ChainWriter(state, profile_id="p-0002"), 6)

    assert problem_of(verify([*chain[:5], stray])) == (ChainProblem.PROFILE_MISMATCH, 6)


def test_suffix_verifies_from_the_checkpoint_of_an_earlier_run(chain):
    first = verify(chain[:120])

    rest = verify_chain(
        chain[120:],
        profile_id=PROFILE,
        k0=None,
        start=first.verified_head,
        expected_head=head_of(chain),
    )

    assert first.verified_head.seq == 120 and first.verified_head.key == derive_key(K0, 121)
    assert (rest.ok, rest.checked, rest.macs_checked) == (True, 80, True)


def test_suffix_verifies_from_a_keyless_checkpoint_given_k0(chain):
    start = Checkpoint(120, chain[119].hash)
    tampered = [*chain[120:150], edited(chain[150]), *chain[151:]]

    intact = verify_chain(chain[120:], profile_id=PROFILE, k0=K0, start=start)
    broken = verify_chain(tampered, profile_id=PROFILE, k0=K0, start=start)
    hashes_only = verify_chain(chain[120:], profile_id=PROFILE, k0=None, start=start)

    assert (intact.ok, intact.macs_checked) == (True, True)
    assert problem_of(broken) == (ChainProblem.HASH_MISMATCH, 151)
    assert (hashes_only.ok, hashes_only.macs_checked) == (True, False)


def test_suffix_with_forged_macs_fails_from_the_checkpoint(chain):
    start = verify(chain[:120]).verified_head
    rewritten = rehashed_from([*chain[:130], edited(chain[130]), *chain[131:]], 130, None)

    verdict = verify_chain(rewritten[120:], profile_id=PROFILE, k0=None, start=start)

    assert problem_of(verdict) == (ChainProblem.MAC_MISMATCH, 131)


def test_resent_checkpoint_entry_is_a_duplicate_and_a_different_one_a_fork(chain):
    start = verify(chain[:120]).verified_head

    resent = verify_chain(chain[119:], profile_id=PROFILE, k0=None, start=start)
    forked = verify_chain([forked_entry(chain, 120)], profile_id=PROFILE, k0=None, start=start)

    assert problem_of(resent) == (ChainProblem.DUPLICATE_SEQ, 120)
    assert problem_of(forked) == (ChainProblem.FORK, 120)


def test_key_given_twice_is_refused(chain):
    start = verify(chain[:10]).verified_head

    with pytest.raises(ValueError, match="either"):
        verify_chain(chain[10:], profile_id=PROFILE, k0=K0, start=start)


def test_writer_zeroes_the_key_it_used():
    state = genesis_state(PROFILE, K0)
    used = state.key
    used_value = bytes(used)
    writer = ChainWriter(state, profile_id=PROFILE)

    entry = append_event(writer, 1)

    assert used == bytearray(32)
    assert state.key is not used
    assert bytes(state.key) == derive_key(used_value, 1) == derive_key(K0, 2)
    assert entry.mac == hmac.new(used_value, entry.hash, hashlib.sha256).digest()


def test_genesis_holds_k1_not_k0_and_state_wipe_zeroes_the_key():
    k0 = new_chain_key()
    state = genesis_state(PROFILE, k0)

    assert len(k0) == 32 and bytes(state.key) == derive_key(bytes(k0), 1)
    state.wipe()
    assert state.key == bytearray(32)


def test_chain_state_refuses_an_unwipeable_key():
    with pytest.raises(TypeError):
        ChainState(0, genesis_hash(PROFILE), bytes(32))  # type: ignore[arg-type]


def test_keys_never_appear_in_reprs():
    state = genesis_state(PROFILE, K0)
    checkpoint = Checkpoint(0, genesis_hash(PROFILE), derive_key(K0, 1))

    assert state.key.hex() not in repr(state) and str(list(state.key)) not in repr(state)
    assert "key" not in repr(checkpoint)


def test_writer_refuses_state_of_another_profile():
    with pytest.raises(ValueError, match="profile"):
        ChainWriter(genesis_state("p-0002", K0), profile_id=PROFILE)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"action": "gossip"}, "action", "unknown_action"),
        ({"object_id": "Maria Muster"}, "object_id", "not_identifier"),
        ({"recipient": "Herr Meier, Anwalt"}, "recipient", "not_identifier"),
        ({"detail": {"note": "applicant cried"}}, "detail", "not_codes"),
        ({"occurred_at": "2025-03-01T10:00:00+01:00"}, "occurred_at", "not_utc_timestamp"),
        ({"occurred_at": "2025-13-01T10:00:00Z"}, "occurred_at", "not_utc_timestamp"),
        ({"event_id": "not-a-uuid"}, "event_id", "not_uuid"),
    ],
)
def test_event_with_content_or_malformed_fields_is_refused_and_key_kept(changes, field, code):
    state = genesis_state(PROFILE, K0)
    key_before = bytes(state.key)
    fields = {
        "actor": "u-1",
        "device_id": "d-1",
        "action": "read",
        "object_type": "case",
        "object_id": "c-1",
        "occurred_at": "2025-03-01T10:00:00Z",
    }

    with pytest.raises(ValidationFailed) as raised:
        ChainWriter(state, profile_id=PROFILE).append(**(fields | changes))

    assert raised.value.fields == {field: code}
    assert (state.seq, bytes(state.key)) == (0, key_before)


def test_event_with_codes_and_a_list_of_field_names_is_accepted():
    writer = ChainWriter(genesis_state(PROFILE, K0), profile_id=PROFILE)

    entry = writer.append(
        actor="u-1",
        device_id="d-1",
        action="unarchive",
        object_type="person",
        object_id="0190c6a2-7d3e-7b1a-9c4f-2a1b3c4d5e6f",
        occurred_at="2025-03-01T10:00:00.123Z",
        detail={"fields": "date_of_birth,family_name", "count": "2"},
    )

    assert entry.event.seq == 1 and dict(entry.event.detail)["count"] == "2"
    assert verify([entry]).ok


def test_broken_verdict_raises_audit_chain_broken_with_codes_only(chain):
    verdict = verify([*chain[:56], *chain[57:]])

    with pytest.raises(StoreError) as raised:
        verdict.raise_if_broken()

    assert raised.value.code is ErrorCode.AUDIT_CHAIN_BROKEN
    assert raised.value.detail == "seq_gap at seq 57"


def test_checkpoint_signature_binds_seq_hash_and_key(chain):
    key = Ed25519PrivateKey.from_private_bytes(bytes(32))
    seq, head = head_of(chain)
    sig = sign_checkpoint(key, seq, head)

    assert verify_checkpoint(key.public_key(), seq, head, sig)
    assert not verify_checkpoint(key.public_key(), seq - 1, head, sig)
    assert not verify_checkpoint(key.public_key(), seq, chain[0].hash, sig)
    other = Ed25519PrivateKey.from_private_bytes(bytes([1]) * 32).public_key()
    assert not verify_checkpoint(other, seq, head, sig)


GOLDEN_CANONICAL = (
    b'{"action":"disclose","actor":"u-0042","detail":{"format":"pdf","reason":"court_order"},'
    b'"device_id":"d-laptop-7","event_id":"00000000-0000-0000-0000-000000000001",'
    b'"object_id":"c-1","object_type":"case","occurred_at":"2025-03-01T08:15:00.000000Z",'
    b'"profile_id":"p-0001","recipient":"org-sem","seq":1,"v":1}'
)
GOLDEN_HASH_1 = "f5bb9fbbabee0dfda27d207ab02f9c4e53a6596112fab7eb07b103928f0db7c5"
GOLDEN_MAC_1 = "66484ab4a956af184d414888c733a14fff7e289589c1e2d56e2604fb93469b1e"
GOLDEN_HEAD_3 = "1c5c4387b02d5e93a81408daf896a6abba5dab7135595258d7bf12c402d932a8"


def golden_chain() -> list[ChainEntry]:
    writer = ChainWriter(genesis_state(PROFILE, K0), profile_id=PROFILE)
    first = writer.append(
        event_id="00000000-0000-0000-0000-000000000001",
        actor="u-0042",
        device_id="d-laptop-7",
        action="disclose",
        object_type="case",
        object_id="c-1",
        occurred_at="2025-03-01T08:15:00.000000Z",
        recipient="org-sem",
        detail={"reason": "court_order", "format": "pdf"},
    )
    return [first, append_event(writer, 2), append_event(writer, 3)]


def test_golden_vector_is_stable_and_follows_the_documented_formulas():
    entries = golden_chain()
    first = entries[0]
    genesis = hashlib.sha256(b"dossier-audit-genesis-v1\x00" + PROFILE.encode()).digest()
    expected_hash = hashlib.sha256(
        b"dossier-audit-chain-v1\x00" + genesis + GOLDEN_CANONICAL
    ).digest()

    assert canonical_bytes(first.event) == GOLDEN_CANONICAL
    assert first.hash == expected_hash
    assert first.mac == hmac.new(derive_key(K0, 1), first.hash, hashlib.sha256).digest()
    assert first.hash.hex() == GOLDEN_HASH_1
    assert first.mac.hex() == GOLDEN_MAC_1
    assert entries[-1].hash.hex() == GOLDEN_HEAD_3


def test_canonical_bytes_ignore_detail_insertion_order():
    event = golden_chain()[0].event
    reordered = replace(event, detail={"format": "pdf", "reason": "court_order"})

    assert canonical_bytes(reordered) == canonical_bytes(event)
    assert isinstance(event, AuditEvent) and hash(event) == hash(reordered)


MUTATIONS = ("edit", "rehash", "thief", "delete", "swap", "duplicate", "fork", "truncate")


def mutate(entries: list[ChainEntry], kind: str, seq: int, current_key: bytes):
    """Apply one mutation at `seq`; return the mutated list and the expected (problem, seq)."""
    i = seq - 1
    tail_edit = [*entries[:i], edited(entries[i]), *entries[i + 1 :]]
    cases = {
        "edit": lambda: (tail_edit, ChainProblem.HASH_MISMATCH),
        "rehash": lambda: (rehashed_from(tail_edit, i, None), ChainProblem.MAC_MISMATCH),
        "thief": lambda: (rehashed_from(tail_edit, i, current_key), ChainProblem.MAC_MISMATCH),
        "delete": lambda: (
            [*entries[:i], *entries[i + 1 :]],
            ChainProblem.SEQ_GAP if seq < len(entries) else ChainProblem.TRUNCATED,
        ),
        "swap": lambda: (
            [*entries[:i], entries[i + 1], entries[i], *entries[i + 2 :]],
            ChainProblem.SEQ_OUT_OF_ORDER,
        ),
        "duplicate": lambda: ([*entries[: i + 1], *entries[i:]], ChainProblem.DUPLICATE_SEQ),
        "fork": lambda: (
            [*entries[: i + 1], forked_entry(entries, seq), *entries[i + 1 :]],
            ChainProblem.FORK,
        ),
        "truncate": lambda: (entries[:i], ChainProblem.TRUNCATED),
    }
    mutated, problem = cases[kind]()
    return mutated, (problem, seq)


def verified_before(kind: str, seq: int) -> int:
    # A duplicate or fork follows a genuine entry at `seq`, which itself verifies.
    return seq if kind in {"duplicate", "fork"} else seq - 1


@settings(max_examples=300, deadline=None, database=None)
@given(length=st.integers(2, 40), kind=st.sampled_from(MUTATIONS), data=st.data())
def test_any_single_mutation_is_detected_at_its_seq(length, kind, data):
    entries, state = build_chain(length)
    last = length - 1 if kind == "swap" else length
    seq = data.draw(st.integers(1, last), label="seq")

    mutated, expected = mutate(entries, kind, seq, bytes(state.key))

    verdict = verify(mutated, head_of(entries))
    assert not verdict.ok
    assert problem_of(verdict) == expected
    assert verdict.checked == verified_before(kind, seq)
