"""Wire models: valid payloads round-trip; hostile ones are validation errors, never crashes."""

from __future__ import annotations

import contextlib
import json
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from storage.schema import ENTITIES, EntityKind
from sync.protocol.api import SyncApi, SyncApiError
from sync.protocol.errors import ErrorCode
from sync.protocol.models import (
    Change,
    ConflictRecord,
    EnrolRequest,
    ErrorBody,
    MutationResult,
    PullPage,
    PullRequest,
    PushBatch,
)
from sync.protocol.models import Mutation as WireMutation
from sync.protocol.versions import (
    RESOLVE_KIND,
    MutationOp,
    negotiate_protocol,
    parse_mutation_kind,
    supported_mutation_kinds,
)

PROFILE = "0190d8a0-1c2b-7000-8000-00000000d001"
ENTITY_ID = "0190d8a0-1c2b-7000-8000-00000000b001"
CASE_ID = "0190d8a0-1c2b-7000-8000-00000000e001"
HLC = "1732704000123:0004:laptop-a"


def mutation(**overrides: Any) -> dict[str, Any]:
    """A valid mutation as JSON-ready data, with `overrides` applied."""
    body: dict[str, Any] = {
        "profile_id": PROFILE,
        "mutation_seq": 812,
        "kind": "person.update.v1",
        "entity": "person",
        "entity_id": ENTITY_ID,
        "case_id": CASE_ID,
        "base_version": 41,
        "changes": {"phone": {"old": "+41 44 123 45 67", "new": "+41 79 123 45 67"}},
        "client_hlc": HLC,
    }
    return body | overrides


def batch(*mutations: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    body = {
        "protocol_version": 1,
        "schema_version": 1,
        "profile_id": PROFILE,
        "mutations": list(mutations) or [mutation()],
    }
    return body | overrides


def parse(model: type[BaseModel], data: Any) -> BaseModel:
    """Validate as the service does: from JSON bytes."""
    return model.model_validate_json(json.dumps(data))


def nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def test_a_valid_mutation_round_trips_unchanged() -> None:
    parsed = parse(WireMutation, mutation())

    assert json.loads(parsed.model_dump_json(exclude_none=True)) == mutation()


def test_a_resolution_carries_its_conflict_and_a_justification() -> None:
    parsed = parse(
        WireMutation,
        mutation(
            kind=RESOLVE_KIND,
            conflict_id="0190d8a0-1c2b-7000-8000-00000000c001",
            justification="Checked the passport at the counter.",
        ),
    )
    assert isinstance(parsed, WireMutation)
    assert parsed.conflict_id is not None


HOSTILE_MUTATIONS = {
    "unknown-member": mutation(device="laptop-7"),
    "missing-member": {k: v for k, v in mutation().items() if k != "client_hlc"},
    "seq-as-string": mutation(mutation_seq="812"),
    "seq-as-bool": mutation(mutation_seq=True),
    "seq-as-float": mutation(mutation_seq=812.0),
    "seq-zero": mutation(mutation_seq=0),
    "seq-above-int64": mutation(mutation_seq=2**63),
    "negative-base": mutation(base_version=-1),
    "uuid-upper-case": mutation(entity_id=ENTITY_ID.upper()),
    "uuid-braced": mutation(entity_id="{" + ENTITY_ID + "}"),
    "uuid-short": mutation(case_id=CASE_ID[:-1]),
    "uuid-not-hex": mutation(profile_id="0190d8a0-1c2b-7000-8000-00000000zzzz"),
    "uuid-number": mutation(profile_id=12345),
    "huge-kind": mutation(kind="person." + "u" * 100_000 + ".v1"),
    "kind-with-spaces": mutation(kind="person update v1"),
    "entity-with-sql": mutation(entity="person; DROP TABLE person"),
    "huge-justification": mutation(justification="x" * 5_000),
    "hlc-free-text": mutation(client_hlc="yesterday evening"),
    "hlc-huge-node": mutation(client_hlc="1732704000123:0004:" + "a" * 10_000),
    "changes-as-list": mutation(changes=[["phone", "+41"]]),
    "change-without-old": mutation(changes={"phone": {"new": "+41"}}),
    "change-extra-member": mutation(changes={"phone": {"old": None, "new": "+41", "at": 1}}),
    "too-many-fields": mutation(changes={f"f{i}": {"old": None, "new": i} for i in range(65)}),
    "field-name-upper": mutation(changes={"Phone": {"old": None, "new": "+41"}}),
    "value-huge-string": mutation(changes={"phone": {"old": None, "new": "x" * 1_000_001}}),
    "value-deep": mutation(changes={"phone": {"old": None, "new": nested(40)}}),
    "value-int-above-int64": mutation(changes={"phone": {"old": None, "new": 2**70}}),
}


@pytest.mark.parametrize("data", HOSTILE_MUTATIONS.values(), ids=HOSTILE_MUTATIONS.keys())
def test_hostile_mutations_are_validation_errors(data: Any) -> None:
    with pytest.raises(ValidationError):
        parse(WireMutation, data)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe",
        b"{",
        b"null",
        b'"mutation"',
        b'{"changes": {"phone": {"old": 1e400, "new": 1}}}',
        b'{"changes": {"phone": {"old": NaN, "new": 1}}}',
        b"[" * 100_000 + b"]" * 100_000,
        json.dumps(mutation(changes={"phone": {"old": 1e400, "new": 1}})).encode(),
        json.dumps(mutation(changes={"phone": {"old": None, "new": "\ud800"}})).encode(),
    ],
    ids=[
        "empty",
        "not-utf8",
        "truncated",
        "null",
        "string",
        "inf",
        "nan",
        "deep",
        "inf-in-value",
        "lone-surrogate",
    ],
)
def test_malformed_bytes_are_validation_errors(raw: bytes) -> None:
    with pytest.raises(ValidationError):
        WireMutation.model_validate_json(raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [WireMutation, PushBatch, PullRequest, PullPage, MutationResult, ConflictRecord, ErrorBody]
    ),
    json_values | st.fixed_dictionaries({}, optional={k: json_values for k in mutation()}),
)
def test_any_json_is_either_a_model_or_a_validation_error(
    model: type[BaseModel], data: Any
) -> None:
    try:
        text = json.dumps(data)
    except ValueError:
        return
    with contextlib.suppress(ValidationError):
        model.model_validate_json(text)


def test_a_batch_holds_at_most_250_mutations() -> None:
    too_many = [mutation(mutation_seq=seq) for seq in range(1, 252)]
    with pytest.raises(ValidationError, match="at most 250"):
        parse(PushBatch, batch(*too_many))


@pytest.mark.parametrize(
    "mutations",
    [
        [mutation(mutation_seq=3), mutation(mutation_seq=3)],
        [mutation(mutation_seq=4), mutation(mutation_seq=3)],
        [mutation(profile_id="0190d8a0-1c2b-7000-8000-00000000d002")],
    ],
    ids=["repeated-seq", "descending-seq", "foreign-profile"],
)
def test_a_batch_is_one_profile_in_strictly_increasing_order(
    mutations: list[dict[str, Any]],
) -> None:
    with pytest.raises(ValidationError):
        parse(PushBatch, batch(*mutations))


@pytest.mark.parametrize(
    "bucket",
    ["case:" + CASE_ID.upper(), "case:", "ref:local", "tenant:" + CASE_ID, "case:" + CASE_ID + " "],
)
def test_a_pull_names_only_well_formed_buckets(bucket: str) -> None:
    request = {
        "protocol_version": 1,
        "schema_version": 1,
        "profile_id": PROFILE,
        "buckets": {bucket: 0},
    }
    with pytest.raises(ValidationError):
        parse(PullRequest, request)


def test_a_pull_page_may_not_evict_a_bucket_it_also_delivers() -> None:
    bucket = "case:" + CASE_ID
    page = {
        "server_epoch": "epoch-2024-01",
        "changes": [
            {
                "seq": 9,
                "bucket": bucket,
                "op": "tombstone",
                "entity": "note",
                "entity_id": ENTITY_ID,
                "entity_version": 2,
            },
        ],
        "evict": [bucket],
    }
    with pytest.raises(ValidationError, match="evicted and delivered"):
        parse(PullPage, page)


@pytest.mark.parametrize(("op", "row"), [("put", None), ("tombstone", {})])
def test_a_put_carries_a_row_image_and_a_tombstone_none(op: str, row: Any) -> None:
    image = {
        "entity": "note",
        "entity_id": ENTITY_ID,
        "version": 2,
        "archived": False,
        "values": {},
    }
    change = {
        "seq": 9,
        "bucket": "case:" + CASE_ID,
        "op": op,
        "entity": "note",
        "entity_id": ENTITY_ID,
        "entity_version": 2,
        "row": image if row == {} else row,
    }
    with pytest.raises(ValidationError):
        parse(Change, change)


@pytest.mark.parametrize(
    "result",
    [
        {"mutation_seq": 1, "status": "rejected", "outcome": "rejected"},
        {
            "mutation_seq": 1,
            "status": "applied",
            "outcome": "applied",
            "rejection_code": "forbidden",
        },
        {"mutation_seq": 1, "status": "conflict", "outcome": "conflict_opened"},
        {"mutation_seq": 1, "status": "applied", "outcome": "merged"},
    ],
    ids=["rejected-without-code", "applied-with-code", "conflict-without-ids", "unknown-outcome"],
)
def test_a_mutation_result_is_internally_consistent(result: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        parse(MutationResult, result)


def test_an_error_body_is_problem_json_with_a_stable_code() -> None:
    body = ErrorBody.for_code(ErrorCode.MUTATION_GAP, 409)

    assert json.loads(body.model_dump_json(exclude_none=True)) == {
        "type": "about:blank",
        "title": "mutation_gap",
        "status": 409,
        "code": "mutation_gap",
    }
    with pytest.raises(ValidationError):
        parse(ErrorBody, {"title": "x", "status": 200, "code": "mutation_gap"})
    with pytest.raises(ValidationError):
        parse(ErrorBody, {"title": "x", "status": 409, "code": "something_new"})


def test_an_enrolment_refuses_keys_that_are_not_32_byte_base64url() -> None:
    request = {
        "protocol_version": 1,
        "schema_version": 1,
        "enrolment_code": "ABCD-EFGH-1234",
        "username": "m.keller",
        "profile_signing_key": "A" * 43,
        "profile_sealing_key": "A" * 44,
        "app_version": "0.1.0",
    }
    with pytest.raises(ValidationError):
        parse(EnrolRequest, request)


def test_supported_kinds_are_derived_from_the_schema() -> None:
    kinds = supported_mutation_kinds()

    for name, declaration in ENTITIES.items():
        for op in ("create", "archive", "unarchive"):
            assert f"{name}.{op}.v1" in kinds
        assert (f"{name}.update.v1" in kinds) is (declaration.kind is not EntityKind.INSERT_ONLY)
    assert RESOLVE_KIND in kinds
    assert all(parse(WireMutation, mutation(kind=kind)) for kind in kinds)


def test_a_kind_parses_into_entity_operation_and_version() -> None:
    parsed = parse_mutation_kind("case_person.archive.v1")

    assert parsed is not None
    assert (parsed.entity, parsed.op, parsed.version) == ("case_person", MutationOp.ARCHIVE, 1)
    assert parse_mutation_kind("note.update.v1") is None
    assert parse_mutation_kind("person.update.v2") is None


def test_protocol_negotiation_picks_the_highest_common_version() -> None:
    assert negotiate_protocol([1, 2, 3]) == 2
    assert negotiate_protocol([1]) == 1  # a laptop not yet upgraded is still answered
    assert negotiate_protocol([7]) is None


def test_transient_error_codes_are_the_ones_worth_retrying() -> None:
    assert ErrorCode.SERVICE_UNAVAILABLE.is_transient
    assert not ErrorCode.MUTATION_GAP.is_transient
    assert SyncApiError(ErrorBody.for_code(ErrorCode.RATE_LIMITED, 429)).transient


def test_sync_api_is_a_protocol_a_transport_can_satisfy() -> None:
    class Unfinished:
        def push(self, batch: PushBatch) -> None: ...

    assert not isinstance(Unfinished(), SyncApi)


def test_a_laptop_holding_thousands_of_cases_gets_a_valid_pull_page() -> None:
    # A pull page carries a cursor and a checksum for every bucket the laptop holds; with a
    # limit of 1,000 buckets a laptop holding more cases made the service answer 500.
    from sync.protocol.envelopes import PullCursors
    from sync.protocol.models import MAX_BUCKETS, PullPage

    held = {f"case:{uuid.UUID(int=i)}": i for i in range(5_000)}
    page = PullPage(server_epoch="epoch-0001", checksums=held, cursors=held)
    assert len(page.cursors) == 5_000
    assert len(PullCursors(buckets=held).buckets) == 5_000
    too_many = {f"case:{uuid.UUID(int=i)}": 0 for i in range(MAX_BUCKETS + 1)}
    with pytest.raises(ValidationError):
        PullPage(server_epoch="epoch-0001", cursors=too_many)
