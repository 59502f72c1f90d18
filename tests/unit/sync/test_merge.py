"""The three-way merge: a matrix of merge class × scenario, then the rules one by one.

Scenarios (server row at version 3 unless said otherwise, client base version 3 or older):
  disjoint             another field moved since the client's base; the client's field did not
  same_value           the server already holds the client's new value
  different_value      the server holds a third value for the same field
  archive_vs_edit      the client archives; the server edited the row since the client's base
  edit_vs_archive      the client edits; the server archived the row since the client's base
  immutable_edit       the edit touches something that must not change
  validation_failure   the client's new value breaks the schema
  illegal_transition   the client's new value skips the state machine
A class × scenario pair that cannot occur is absent; the comment on each class says why.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from merge_fixtures import (
    HLC_CLIENT,
    HLC_SERVER_NEW,
    HLC_SERVER_OLD,
    PERSON_ID,
    create,
    edit,
    resolve,
    row,
)

from storage.schema import MergeClass
from sync.merge import ClientEdit, MergeResult, ServerRow, merge
from sync.protocol.errors import RejectionCode
from sync.protocol.outcomes import ConflictKind, MergeOutcome, Side
from sync.protocol.versions import MutationOp

Out = MergeOutcome
R = RejectionCode
K = ConflictKind
ARCHIVE, UNARCHIVE, CREATE = MutationOp.ARCHIVE, MutationOp.UNARCHIVE, MutationOp.CREATE
FINALISED = {"status": "finalised"}


@dataclass(frozen=True)
class Expect:
    outcome: MergeOutcome
    detail: RejectionCode | ConflictKind | None = None


@dataclass(frozen=True)
class Case:
    merge_class: MergeClass
    scenario: str
    edit: ClientEdit
    server: ServerRow | None
    expect: Expect

    @property
    def id(self) -> str:
        return f"{self.merge_class.value}-{self.scenario}"


def _moved(name: str, **values: object) -> ServerRow:
    """The row after someone else's edit: version 5, `values` changed."""
    return row(name, version=5, **values)


def _archived(name: str, **values: object) -> ServerRow:
    """The row archived by someone else after the client's base (version 3)."""
    return row(name, version=4, archived=True, archive_version=4, **values)


# fmt: off
MATRIX = [
    # LEGAL — identity and legal state: a human decides, with base / server / client side by side.
    Case(MergeClass.LEGAL, "disjoint", edit("person", base=3, family_name=("Haddad", "Al-Haddad")),
         _moved("person", given_names="Amina S."), Expect(Out.AUTO_MERGED_DISJOINT)),
    Case(MergeClass.LEGAL, "same_value", edit("person", family_name=("Haddad", "Al-Haddad")),
         _moved("person", family_name="Al-Haddad"), Expect(Out.CONVERGED)),
    Case(MergeClass.LEGAL, "different_value", edit("person", family_name=("Haddad", "Al-Haddad")),
         _moved("person", family_name="Hadad"), Expect(Out.CONFLICT_OPENED, K.SAME_FIELD)),
    Case(MergeClass.LEGAL, "archive_vs_edit", edit("case", ARCHIVE),
         _moved("case", assigned_to="s.meier"), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.LEGAL, "edit_vs_archive", edit("case", assigned_to=("m.keller", "s.meier")),
         _archived("case"), Expect(Out.CONFLICT_OPENED, K.EDIT_VS_ARCHIVE)),
    Case(MergeClass.LEGAL, "immutable_edit", edit("interview", language=("ar", "fa")),
         row("interview", **FINALISED), Expect(Out.REJECTED, R.RECORD_FINALISED)),
    Case(MergeClass.LEGAL, "validation_failure", edit("case", status=("in_progress", "pending")),
         row("case"), Expect(Out.REJECTED, R.VALIDATION_FAILED)),
    Case(MergeClass.LEGAL, "illegal_transition", edit("case", status=("open", "decided")),
         row("case", status="open"), Expect(Out.REJECTED, R.ILLEGAL_TRANSITION)),
    # CONTACT — like legal, but the newer value by HLC is suggested. No state machine: no
    # illegal transition; no contact field on a lockable entity: no immutable edit.
    Case(MergeClass.CONTACT, "disjoint", edit("person", phone=("+41 44 123 45 67", "+41 79 1")),
         _moved("person", address="Bahnhofstr. 1, 8001 Zürich"), Expect(Out.AUTO_MERGED_DISJOINT)),
    Case(MergeClass.CONTACT, "same_value", edit("person", phone=("+41 44 123 45 67", "+41 79 1")),
         _moved("person", phone="+41 79 1"), Expect(Out.CONVERGED)),
    Case(MergeClass.CONTACT, "different_value",
         edit("person", phone=("+41 44 123 45 67", "+41 79 1")),
         _moved("person", phone="+41 76 2"), Expect(Out.CONFLICT_OPENED, K.SAME_FIELD)),
    Case(MergeClass.CONTACT, "archive_vs_edit", edit("person", ARCHIVE),
         _moved("person", phone="+41 76 2"), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.CONTACT, "edit_vs_archive",
         edit("person", phone=("+41 44 123 45 67", "+41 79 1")),
         _archived("person"), Expect(Out.CONFLICT_OPENED, K.EDIT_VS_ARCHIVE)),
    Case(MergeClass.CONTACT, "validation_failure",
         edit("person", phone=("+41 44 123 45 67", "call me")),
         row("person"), Expect(Out.REJECTED, R.VALIDATION_FAILED)),
    # TEXT — never merged silently: the server text stays, the client's becomes a revision.
    Case(MergeClass.TEXT, "disjoint", edit("person", health_note=("Asthma; inhaler needed.", "-")),
         _moved("person", phone="+41 76 2"), Expect(Out.AUTO_MERGED_DISJOINT)),
    Case(MergeClass.TEXT, "same_value",
         edit("person", health_note=("Asthma; inhaler needed.", "-")),
         _moved("person", health_note="-"), Expect(Out.CONVERGED)),
    Case(MergeClass.TEXT, "different_value",
         edit("person", health_note=("Asthma; inhaler needed.", "Asthma, mild.")),
         _moved("person", health_note="Asthma; new inhaler 2024-05."),
         Expect(Out.CONFLICT_OPENED, K.COMPETING_REVISION)),
    Case(MergeClass.TEXT, "archive_vs_edit", edit("person", ARCHIVE),
         _moved("person", health_note="-"), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.TEXT, "edit_vs_archive",
         edit("case", summary=("Family of four, arrived via Chiasso.", "Family of five.")),
         _archived("case"), Expect(Out.CONFLICT_OPENED, K.EDIT_VS_ARCHIVE)),
    Case(MergeClass.TEXT, "immutable_edit",
         edit("interview", answers=({"route": "Turkey, Greece, Balkans"}, {"route": "Libya"})),
         row("interview", **FINALISED), Expect(Out.REJECTED, R.RECORD_FINALISED)),
    Case(MergeClass.TEXT, "validation_failure",
         edit("person", health_note=("Asthma; inhaler needed.", "x" * 4001)),
         row("person"), Expect(Out.REJECTED, R.VALIDATION_FAILED)),
    # IMMUTABLE — never changes after creation: every edit that would change it is rejected.
    Case(MergeClass.IMMUTABLE, "disjoint",
         edit("interview", template=("initial_interview", "return_counselling")),
         _moved("interview", language="fa"), Expect(Out.REJECTED, R.IMMUTABLE_FIELD)),
    Case(MergeClass.IMMUTABLE, "same_value",
         edit("interview", template=("initial_interview", "initial_interview")),
         row("interview"), Expect(Out.CONVERGED)),
    Case(MergeClass.IMMUTABLE, "different_value",
         edit("case_person", person_id=(PERSON_ID, "0190d8a0-1c2b-7000-8000-00000000a002")),
         row("case_person"), Expect(Out.REJECTED, R.IMMUTABLE_FIELD)),
    Case(MergeClass.IMMUTABLE, "archive_vs_edit", edit("interview", ARCHIVE),
         _moved("interview", language="fa"), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.IMMUTABLE, "edit_vs_archive",
         edit("interview", template=("initial_interview", "return_counselling")),
         _archived("interview"), Expect(Out.REJECTED, R.IMMUTABLE_FIELD)),
    Case(MergeClass.IMMUTABLE, "immutable_edit", edit("interview", ARCHIVE),
         row("interview", **FINALISED), Expect(Out.REJECTED, R.RECORD_FINALISED)),
    Case(MergeClass.IMMUTABLE, "validation_failure", create("interview", template=""),
         None, Expect(Out.REJECTED, R.VALIDATION_FAILED)),
    # INSERT_ONLY — notes and attachments are created once, never edited: the scenarios are
    # creates (a replayed create converges), an edit attempt is the immutable edit.
    Case(MergeClass.INSERT_ONLY, "disjoint", create("note"), None, Expect(Out.APPLIED)),
    Case(MergeClass.INSERT_ONLY, "same_value", create("note"), row("note", version=1),
         Expect(Out.CONVERGED)),
    Case(MergeClass.INSERT_ONLY, "different_value", create("note", body="Another text."),
         row("note", version=1), Expect(Out.REJECTED, R.ENTITY_EXISTS)),
    Case(MergeClass.INSERT_ONLY, "archive_vs_edit", edit("note", ARCHIVE, base=1),
         row("note", version=3, archive_version=3), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.INSERT_ONLY, "edit_vs_archive",
         edit("note", body=("Called the accommodation centre about the appointment.", "x")),
         _archived("note"), Expect(Out.REJECTED, R.INSERT_ONLY_ENTITY)),
    Case(MergeClass.INSERT_ONLY, "immutable_edit",
         edit("note", body=("Called the accommodation centre about the appointment.", "x")),
         row("note"), Expect(Out.REJECTED, R.INSERT_ONLY_ENTITY)),
    Case(MergeClass.INSERT_ONLY, "validation_failure", create("note", body=""), None,
         Expect(Out.REJECTED, R.VALIDATION_FAILED)),
    # LINK — observed-remove per link row; two different roles for one link are a conflict.
    Case(MergeClass.LINK, "disjoint", edit("case_person", base=2, role=("applicant", "spouse")),
         row("case_person", version=3, archive_version=3), Expect(Out.AUTO_MERGED_DISJOINT)),
    Case(MergeClass.LINK, "same_value", edit("case_person", role=("applicant", "spouse")),
         _moved("case_person", role="spouse"), Expect(Out.CONVERGED)),
    Case(MergeClass.LINK, "different_value", edit("case_person", role=("applicant", "spouse")),
         _moved("case_person", role="partner"), Expect(Out.CONFLICT_OPENED, K.SAME_FIELD)),
    Case(MergeClass.LINK, "archive_vs_edit", edit("case_person", ARCHIVE),
         _moved("case_person", role="partner"), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.LINK, "archive_vs_readd", edit("case_person", ARCHIVE),
         row("case_person", version=5, archive_version=5), Expect(Out.LWW_DISCARDED)),
    Case(MergeClass.LINK, "edit_vs_archive", edit("case_person", role=("applicant", "spouse")),
         _archived("case_person"), Expect(Out.CONFLICT_OPENED, K.EDIT_VS_ARCHIVE)),
    Case(MergeClass.LINK, "validation_failure", edit("case_person", role=("applicant", "cousin")),
         row("case_person"), Expect(Out.REJECTED, R.VALIDATION_FAILED)),
    # LOW_RISK — last writer by HLC wins, and the loser is audited (lww_discarded).
    Case(MergeClass.LOW_RISK, "disjoint", edit("task", done=(False, True)),
         _moved("task", title="Ask for passport copy (urgent)"), Expect(Out.AUTO_MERGED_DISJOINT)),
    Case(MergeClass.LOW_RISK, "same_value", edit("task", done=(False, True)),
         _moved("task", done=True), Expect(Out.CONVERGED)),
    Case(MergeClass.LOW_RISK, "different_value_client_later",
         edit("task", remind_on=("2024-04-01", "2024-04-08")),
         _moved("task", remind_on="2024-04-03", hlcs={"remind_on": HLC_SERVER_OLD}),
         Expect(Out.LWW_APPLIED)),
    Case(MergeClass.LOW_RISK, "different_value_server_later",
         edit("task", remind_on=("2024-04-01", "2024-04-08")),
         _moved("task", remind_on="2024-04-03", hlcs={"remind_on": HLC_SERVER_NEW}),
         Expect(Out.LWW_DISCARDED)),
    Case(MergeClass.LOW_RISK, "archive_vs_edit", edit("task", ARCHIVE),
         _moved("task", done=True), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.LOW_RISK, "edit_vs_archive", edit("task", done=(False, True)),
         _archived("task"), Expect(Out.CONFLICT_OPENED, K.EDIT_VS_ARCHIVE)),
    Case(MergeClass.LOW_RISK, "validation_failure", edit("task", done=(False, "yes")),
         row("task"), Expect(Out.REJECTED, R.VALIDATION_FAILED)),
    # ARCHIVE — the archived flag itself, moved by archive/unarchive and by resolutions.
    Case(MergeClass.ARCHIVE, "disjoint", edit("case", ARCHIVE), row("case"), Expect(Out.APPLIED)),
    Case(MergeClass.ARCHIVE, "same_value", edit("case", ARCHIVE), _archived("case"),
         Expect(Out.CONVERGED)),
    Case(MergeClass.ARCHIVE, "different_value", resolve("case", "archived", False, False),
         row("case", version=6, archived=True, archive_version=6),
         Expect(Out.CONFLICT_OPENED, K.RESOLUTION)),
    Case(MergeClass.ARCHIVE, "archive_vs_edit", edit("case", ARCHIVE),
         _moved("case", status="waiting"), Expect(Out.CONFLICT_OPENED, K.ARCHIVE_VS_EDIT)),
    Case(MergeClass.ARCHIVE, "unarchive_vs_edit", edit("case", UNARCHIVE),
         row("case", version=6, archived=True, archive_version=4), Expect(Out.APPLIED)),
    Case(MergeClass.ARCHIVE, "validation_failure", resolve("case", "archived", False, "yes"),
         row("case"), Expect(Out.REJECTED, R.VALIDATION_FAILED)),
]
# fmt: on


@pytest.mark.parametrize("case", MATRIX, ids=lambda case: case.id)
def test_merge_matrix(case: Case) -> None:
    result = merge(case.edit, case.server)

    assert result.outcome is case.expect.outcome
    if case.expect.outcome is Out.REJECTED:
        assert result.rejection is case.expect.detail
        assert result.row is case.server, "a rejected mutation changes nothing"
    elif isinstance(case.expect.detail, ConflictKind):
        assert [c.kind for c in result.conflicts] == [case.expect.detail]
    else:
        assert result.conflicts == ()


def test_matrix_covers_every_merge_class() -> None:
    assert {case.merge_class for case in MATRIX} == set(MergeClass)


def _only_field(result: MergeResult, name: str) -> tuple[object, ...]:
    (outcome,) = [f for f in result.fields if f.field == name]
    return outcome.outcome, outcome.base, outcome.client, outcome.server_before, outcome.result


# --- F18: disjoint edits ---------------------------------------------------------------------


def test_disjoint_edits_of_one_person_are_both_kept_and_audited_as_auto_merged() -> None:
    server = _moved("person", given_names="Amina S.")
    result = merge(edit("person", family_name=("Haddad", "Al-Haddad")), server)

    assert result.row is not None
    assert result.row.values["family_name"] == "Al-Haddad"
    assert result.row.values["given_names"] == "Amina S."
    assert result.row.version == 6
    assert _only_field(result, "family_name") == (
        Out.AUTO_MERGED_DISJOINT,
        "Haddad",
        "Al-Haddad",
        "Haddad",
        "Al-Haddad",
    )


def test_edit_on_unmoved_row_is_applied_and_stamped_with_the_client_hlc() -> None:
    result = merge(edit("person", phone=("+41 44 123 45 67", "+41 79 1")), row("person"))

    assert result.outcome is Out.APPLIED
    assert result.row is not None
    assert result.row.field_hlcs["phone"] == HLC_CLIENT


# --- F19: same field, different values -------------------------------------------------------


def test_legal_conflict_keeps_the_server_value_and_records_base_server_and_client() -> None:
    result = merge(
        edit("person", family_name=("Haddad", "Al-Haddad")), _moved("person", family_name="Hadad")
    )

    assert result.row is not None
    assert result.row.values["family_name"] == "Hadad"
    (conflict,) = result.conflicts
    assert (conflict.base, conflict.server, conflict.client) == ("Haddad", "Hadad", "Al-Haddad")
    assert conflict.policy is MergeClass.LEGAL
    assert conflict.suggested is None


@pytest.mark.parametrize(
    ("server_hlc", "suggested"),
    [(HLC_SERVER_OLD, Side.CLIENT), (HLC_SERVER_NEW, Side.SERVER), (None, Side.CLIENT)],
)
def test_contact_conflict_suggests_the_newer_value_by_hlc(
    server_hlc: str | None, suggested: Side
) -> None:
    hlcs = {} if server_hlc is None else {"phone": server_hlc}
    server = _moved("person", phone="+41 76 2", hlcs=hlcs)

    result = merge(edit("person", phone=("+41 44 123 45 67", "+41 79 1")), server)

    (conflict,) = result.conflicts
    assert conflict.suggested is suggested
    assert result.row is not None
    assert result.row.values["phone"] == "+41 76 2", "a suggestion is not a decision"


def test_text_conflict_keeps_the_server_text_and_the_client_text_as_a_revision() -> None:
    server = _moved("person", health_note="Asthma; new inhaler 2024-05.")
    result = merge(edit("person", health_note=("Asthma; inhaler needed.", "Asthma, mild.")), server)

    assert result.row is not None
    assert result.row.values["health_note"] == "Asthma; new inhaler 2024-05."
    (conflict,) = result.conflicts
    assert conflict.kind is K.COMPETING_REVISION
    assert conflict.client == "Asthma, mild."


def test_lww_discarded_keeps_the_server_value_and_audits_the_client_value() -> None:
    server = _moved("task", remind_on="2024-04-03", hlcs={"remind_on": HLC_SERVER_NEW})
    result = merge(edit("task", remind_on=("2024-04-01", "2024-04-08")), server)

    assert result.row is server
    assert _only_field(result, "remind_on") == (
        Out.LWW_DISCARDED,
        "2024-04-01",
        "2024-04-08",
        "2024-04-03",
        "2024-04-03",
    )


# --- F20: archive vs edit --------------------------------------------------------------------


def test_archiving_a_case_edited_meanwhile_opens_a_conflict_and_keeps_it_live() -> None:
    server = _moved("case", assigned_to="s.meier")
    result = merge(edit("case", ARCHIVE), server)

    assert result.row is server
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.server, conflict.client) == ("archived", False, True)


def test_an_edit_of_a_case_archived_meanwhile_is_kept_in_the_row_and_a_conflict_opened() -> None:
    result = merge(edit("case", assigned_to=("m.keller", "s.meier")), _archived("case"))

    assert result.row is not None
    assert result.row.archived is True
    assert result.row.values["assigned_to"] == "s.meier", "the edit is never dropped"
    assert [c.kind for c in result.conflicts] == [K.EDIT_VS_ARCHIVE]


def test_an_edit_of_a_row_the_client_already_saw_archived_opens_no_archive_conflict() -> None:
    server = row("case", version=4, archived=True, archive_version=2)
    result = merge(edit("case", base=4, assigned_to=("m.keller", "s.meier")), server)

    assert result.outcome is Out.APPLIED
    assert result.conflicts == ()


def test_a_link_removed_and_readded_meanwhile_stays_linked() -> None:
    server = row("case_person", version=5, archive_version=5)
    result = merge(edit("case_person", ARCHIVE), server)

    assert result.row is server
    (field,) = result.fields
    assert (field.field, field.outcome, field.policy) == (
        "archived",
        Out.LWW_DISCARDED,
        MergeClass.LINK,
    )
