"""The merge beyond the matrix: resolutions (F24), rejections, creates, equality, wire input."""

from __future__ import annotations

import pytest
from merge_fixtures import (
    CONFLICT_ID,
    HLC_CLIENT,
    HLC_SERVER_NEW,
    PERSON_ID,
    ROW_ID,
    create,
    edit,
    resolve,
    row,
)

from storage.schema import MergeClass
from sync.merge import ClientEdit, FieldChange, edit_from_mutation, merge, merge_mutation, rebase
from sync.merge_decisions import same_value
from sync.protocol.errors import RejectionCode
from sync.protocol.models import Mutation
from sync.protocol.outcomes import ConflictKind, MergeOutcome
from sync.protocol.versions import MutationOp

Out = MergeOutcome
R = RejectionCode


# --- F24: resolutions are mutations -----------------------------------------------------------


def test_a_resolution_against_the_current_server_value_resolves_the_conflict() -> None:
    server = row("person", family_name="Hadad")
    result = merge(resolve("person", "family_name", "Hadad", "Al-Haddad"), server)

    assert result.outcome is Out.CONFLICT_RESOLVED
    assert result.resolved_conflict_id == CONFLICT_ID
    assert result.row is not None
    assert result.row.values["family_name"] == "Al-Haddad"


def test_the_same_resolution_twice_converges() -> None:
    first = merge(
        resolve("person", "family_name", "Hadad", "Al-Haddad"), row("person", family_name="Hadad")
    )
    assert first.outcome is Out.CONFLICT_RESOLVED
    assert first.row is not None

    second = merge(resolve("person", "family_name", "Hadad", "Al-Haddad"), first.row)

    assert second.outcome is Out.CONVERGED
    assert second.resolved_conflict_id == CONFLICT_ID
    assert second.row is first.row


def test_two_different_offline_resolutions_make_a_new_conflict_that_supersedes_the_old() -> None:
    server = row("person", family_name="Hadad")
    first = merge(resolve("person", "family_name", "Hadad", "Al-Haddad"), server)
    assert first.row is not None

    second = merge(resolve("person", "family_name", "Hadad", "Haddad"), first.row)

    assert second.outcome is Out.CONFLICT_OPENED
    assert second.resolved_conflict_id is None
    (conflict,) = second.conflicts
    assert conflict.kind is ConflictKind.RESOLUTION
    assert conflict.supersedes == CONFLICT_ID
    assert (conflict.base, conflict.server, conflict.client) == ("Hadad", "Al-Haddad", "Haddad")
    assert second.row is first.row


def test_a_resolution_must_respect_the_case_status_machine() -> None:
    result = merge(resolve("case", "status", "decided", "waiting"), row("case", status="decided"))

    assert result.rejection is R.ILLEGAL_TRANSITION
    assert result.rejection_fields == {"status": "illegal_transition"}


def test_an_archive_conflict_is_resolved_by_choosing_the_flag() -> None:
    server = row("case", version=5)
    result = merge(resolve("case", "archived", False, True), server)

    assert result.outcome is Out.CONFLICT_RESOLVED
    assert result.row is not None
    assert (result.row.archived, result.row.archive_version) == (True, 6)


@pytest.mark.parametrize(
    "bad",
    [
        edit("person", MutationOp.RESOLVE, conflict_id=CONFLICT_ID),
        edit("person", MutationOp.RESOLVE, family_name=("Hadad", "Haddad")),
        edit(
            "person",
            MutationOp.RESOLVE,
            conflict_id=CONFLICT_ID,
            family_name=("Hadad", "Haddad"),
            given_names=("A", "B"),
        ),
    ],
    ids=["no-field", "no-conflict-id", "two-fields"],
)
def test_a_resolution_needs_exactly_one_field_and_a_conflict_id(bad: ClientEdit) -> None:
    assert merge(bad, row("person")).rejection is R.INVALID_RESOLUTION


# --- rejections: permanent, complete, atomic -------------------------------------------------


def test_one_invalid_field_rejects_the_whole_mutation_and_keeps_every_client_value() -> None:
    server = row("person")
    result = merge(
        edit("person", family_name=("Haddad", "Al-Haddad"), phone=("+41 44 123 45 67", "call")),
        server,
    )

    assert result.rejection is R.VALIDATION_FAILED
    assert result.rejection_fields == {"phone": "bad_format"}
    assert result.row is server
    assert {(f.field, f.outcome, f.client) for f in result.fields} == {
        ("family_name", Out.REJECTED, "Al-Haddad"),
        ("phone", Out.REJECTED, "call"),
    }


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        (edit("dossier", family_name=("a", "b")), R.UNKNOWN_ENTITY),
        (edit("person", nickname=(None, "Mimi")), R.UNKNOWN_FIELD),
        (edit("person", archived=(False, True)), R.UNKNOWN_FIELD),
        (edit("person", hlc="yesterday", family_name=("Haddad", "Al-Haddad")), R.INVALID_HLC),
        (edit("person"), R.INVALID_CHANGES),
        (edit("person", MutationOp.ARCHIVE, family_name=("Haddad", "X")), R.INVALID_CHANGES),
    ],
    ids=["entity", "field", "archived-by-update", "hlc", "empty-update", "archive-with-changes"],
)
def test_malformed_mutations_are_rejected_with_a_stable_code(bad: ClientEdit, code: R) -> None:
    result = merge(bad, row("person"))

    assert result.outcome is Out.REJECTED
    assert result.rejection is code


def test_unknown_field_rejection_names_the_field() -> None:
    result = merge(edit("person", nickname=(None, "Mimi")), row("person"))

    assert result.rejection_fields == {"nickname": "unknown_field"}
    (field,) = result.fields
    assert field.policy is None


def test_an_update_of_a_missing_row_is_rejected() -> None:
    assert merge(edit("person", family_name=("a", "b")), None).rejection is R.ENTITY_NOT_FOUND


def test_a_required_field_cannot_be_emptied() -> None:
    result = merge(edit("person", family_name=("Haddad", "")), row("person"))

    assert result.rejection_fields == {"family_name": "required"}


def test_the_same_rejection_comes_back_on_retry() -> None:
    bad = edit("case", status=("open", "decided"))
    server = row("case", status="open")

    assert merge(bad, server) == merge(bad, server)


# --- creates ----------------------------------------------------------------------------------


def test_a_create_makes_version_1_with_every_declared_field() -> None:
    result = merge(create("case_person"), None)

    assert result.outcome is Out.APPLIED
    assert result.row is not None
    assert result.row.version == 1
    assert result.row.values == {"person_id": PERSON_ID, "role": "applicant"}
    assert result.row.field_hlcs == {"person_id": HLC_CLIENT, "role": HLC_CLIENT}


def test_a_create_without_a_required_field_names_it() -> None:
    result = merge(edit("case_person", MutationOp.CREATE, base=0, role=(None, "child")), None)

    assert result.rejection is R.VALIDATION_FAILED
    assert result.rejection_fields == {"person_id": "required"}
    assert result.row is None


def test_a_create_of_an_existing_record_with_other_content_is_refused() -> None:
    server = row("case_person", version=4, role="spouse")
    assert merge(create("case_person"), server).rejection is R.ENTITY_EXISTS


# --- value equality ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        (True, 1, False),
        (1, 1.0, False),
        ({"a": 1, "b": [1, 2]}, {"b": [1, 2], "a": 1}, True),
        ([1, 2], [2, 1], False),
        (None, "", False),
        ("Müller", "Müller", True),
    ],
)
def test_values_compare_as_json_not_as_python(left: object, right: object, same: bool) -> None:
    assert same_value(left, right) is same  # type: ignore[arg-type]


def test_a_boolean_replacing_an_integer_inside_answers_is_a_change() -> None:
    server = row("interview", answers={"children": 1})
    result = merge(edit("interview", answers=({"children": 1}, {"children": True})), server)

    assert result.outcome is Out.APPLIED
    assert result.row is not None
    assert result.row.values["answers"] == {"children": True}
    assert result.row.version == 4


# --- wire input and rebase ----------------------------------------------------------------------


def _mutation(kind: str, entity: str = "person") -> Mutation:
    return Mutation(
        profile_id="0190d8a0-1c2b-7000-8000-00000000d001",
        mutation_seq=7,
        kind=kind,
        entity=entity,
        entity_id=ROW_ID,
        case_id="0190d8a0-1c2b-7000-8000-00000000e001",
        base_version=3,
        changes={"family_name": {"old": "Haddad", "new": "Al-Haddad"}},  # type: ignore[dict-item]
        client_hlc=HLC_CLIENT,
    )


def test_a_wire_mutation_translates_to_an_edit() -> None:
    translated = edit_from_mutation(_mutation("person.update.v1"))

    assert translated == edit("person", family_name=("Haddad", "Al-Haddad"))


@pytest.mark.parametrize(
    ("kind", "entity"),
    [("person.update.v9", "person"), ("note.update.v1", "note"), ("case.update.v1", "person")],
)
def test_an_unsupported_kind_is_a_rejection_not_an_exception(kind: str, entity: str) -> None:
    result = merge_mutation(_mutation(kind, entity), row("person"))

    assert result.rejection is R.UNSUPPORTED_KIND
    assert [f.client for f in result.fields] == ["Al-Haddad"]


def test_rebase_replays_pending_edits_on_a_new_image_in_order() -> None:
    image = row("person", version=8, given_names="Amina S.")
    pending = [
        edit("person", family_name=("Haddad", "Al-Haddad")),
        edit("person", base=4, family_name=("Al-Haddad", "Al Haddad")),
    ]

    local, results = rebase(image, pending)

    assert [r.outcome for r in results] == [Out.AUTO_MERGED_DISJOINT, Out.AUTO_MERGED_DISJOINT]
    assert local is not None
    assert local.values["family_name"] == "Al Haddad"
    assert local.values["given_names"] == "Amina S."


def test_field_outcome_policy_names_the_deciding_merge_class() -> None:
    result = merge(
        ClientEdit(
            "task", ROW_ID, MutationOp.UPDATE, 3, {"done": FieldChange(False, True)}, HLC_CLIENT
        ),
        row("task"),
    )
    assert [f.policy for f in result.fields] == [MergeClass.LOW_RISK]


@pytest.mark.parametrize(
    ("client_hlc", "stamp_after"),
    [("1732600000000:0000:laptop-a", HLC_SERVER_NEW), ("1732800000000:0000:laptop-a", None)],
    ids=["older-client-keeps-stamp", "newer-client-moves-stamp"],
)
def test_a_converged_low_risk_value_keeps_the_newest_writer_stamp(
    client_hlc: str, stamp_after: str | None
) -> None:
    server = row("task", done=True, hlcs={"done": HLC_SERVER_NEW})
    result = merge(edit("task", hlc=client_hlc, done=(False, True)), server)

    assert result.outcome is Out.CONVERGED
    assert result.row is not None
    assert result.row.field_hlcs["done"] == (stamp_after or client_hlc)


def test_a_result_says_whether_the_row_must_be_written() -> None:
    server = row("person")
    converged = merge(
        edit("person", hlc="1732600000000:0000:a", family_name=("x", "Haddad")), server
    )
    applied = merge(edit("person", family_name=("Haddad", "Al-Haddad")), server)

    assert not converged.changed_from(server)
    assert applied.changed_from(server)
    assert merge(create("note"), None).changed_from(None)


def test_a_resolution_that_disagrees_with_an_earlier_one_opens_a_new_conflict() -> None:
    # "Take theirs" on one laptop leaves the value unchanged; a different offline resolution
    # on another laptop must not win silently because of that.
    from sync.merge import ClientEdit, FieldChange, PriorResolution, ServerRow, merge
    from sync.protocol.outcomes import MergeOutcome
    from sync.protocol.versions import MutationOp

    server = ServerRow(
        values={"family_name": "Ahmadi", "given_names": "Fatima"},
        version=3,
        archived=False,
        field_hlcs={},
        archive_version=0,
    )
    edit = ClientEdit(
        entity="person",
        entity_id="0190f0f0-0000-7000-8000-000000000001",
        op=MutationOp.RESOLVE,
        base_version=2,
        changes={"family_name": FieldChange("Ahmadi", "Ahmady")},
        client_hlc=HLC_CLIENT,
        conflict_id="c1",
    )
    alone = merge(edit, server)
    assert alone.outcome is MergeOutcome.CONFLICT_RESOLVED
    disagreeing = merge(edit, server, prior=PriorResolution("Ahmadi"))
    assert disagreeing.outcome is MergeOutcome.CONFLICT_OPENED
    agreeing = merge(edit, server, prior=PriorResolution("Ahmady"))
    assert agreeing.outcome is not MergeOutcome.CONFLICT_OPENED
