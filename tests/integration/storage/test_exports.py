"""Protocol and right-of-access exports on a real encrypted profile: content, the audit event
written with the read, coded errors that write nothing, and no plaintext left behind."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.services.exports import ProtocolExports
from storage.services.exports_access import (
    ACCESS_LAYOUT,
    ACCESS_VERSION,
    THIRD_PARTY_REVIEW,
    AccessExports,
)
from storage.tables import audit_event
from storage.unlocked import OpenProfile
from tests.integration.storage.test_casework import CASE, complete_answers

ROUTE = "غادرت حلب في ربيع 2023 (إجابة خيالية)."
CANARY = "Qzxexport9B1C"


def _protocols(profile: OpenProfile) -> ProtocolExports:
    return ProtocolExports(profile.context, profile.records, profile.casework)


def _access(profile: OpenProfile) -> AccessExports:
    return AccessExports(profile.context, profile.records, profile.casework, profile.attachments)


def _events(profile: OpenProfile, action: str | None = None) -> list[Any]:
    with profile.store.read() as conn:
        query = select(audit_event).order_by(audit_event.c.seq)
        if action is not None:
            query = query.where(audit_event.c.action == action)
        return list(conn.execute(query))


def _event_count(profile: OpenProfile) -> int:
    with profile.store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(audit_event)).scalar_one())


def _family(profile: OpenProfile) -> dict[str, str]:
    case_id = profile.records.create("case", CASE).id
    _, amira = profile.casework.add_person_to_case(
        case_id,
        {
            "family_name": "Haddad",
            "given_names": "Amira",
            "name_original": "أميرة حداد",
            "birth_date": "1990",
            "health_note": f"Diagnose {CANARY}",
        },
        "applicant",
    )
    _, omar = profile.casework.add_person_to_case(
        case_id, {"family_name": "Haddad", "given_names": "Omar"}, "spouse"
    )
    return {"case": case_id, "amira": amira.id, "omar": omar.id}


def _finalised_interview(profile: OpenProfile, case_id: str) -> tuple[str, str]:
    interview = profile.casework.start_interview(case_id, "initial_interview", "ar", "INT-7")
    template = profile.casework.templates()["initial_interview"]
    answers = complete_answers(
        template,
        {
            "route_description": ROUTE,
            "fingerprints_elsewhere": True,
            "fingerprints_where": "Lampedusa",
            "has_children": False,
            "health_consent": True,
            "health_complaints": False,
        },
    )
    profile.casework.save_answers(interview.id, answers)
    profile.casework.finalise_interview(interview.id)
    addendum = profile.casework.add_addendum(interview.id)
    return interview.id, addendum.id


# --- protocol ----------------------------------------------------------------------------


def test_a_protocol_holds_everything_the_printout_shows_in_template_order(
    profile: OpenProfile,
) -> None:
    ids = _family(profile)
    interview_id, addendum_id = _finalised_interview(profile, ids["case"])

    protocol = _protocols(profile).protocol(interview_id, language="fr")

    assert protocol.case_number == CASE["case_number"]
    assert protocol.case_type == "asylum_support"
    assert protocol.title == "Entretien initial"
    assert [(p.family_name, p.role) for p in protocol.persons] == [
        ("Haddad", "applicant"),
        ("Haddad", "spouse"),
    ]
    assert protocol.persons[0].name_original == "أميرة حداد"
    assert (protocol.interpreter, protocol.spoken_language) == ("INT-7", "ar")
    assert protocol.recorded_by == "a.keller"
    assert protocol.started_at and protocol.finished_at
    assert protocol.finalised and not protocol.is_addendum
    assert [(link.interview_id, link.relation) for link in protocol.linked] == [
        (addendum_id, "corrected_by")
    ]
    template = profile.casework.templates()["initial_interview"]
    assert [s.section_id for s in protocol.sections] == [s.id for s in template.sections]
    answers = {a.question_id: a for s in protocol.sections for a in s.answers}
    assert answers["route_description"].value == ROUTE
    assert answers["fingerprints_where"].value == "Lampedusa"  # its condition applied
    assert "children_count" not in answers  # its condition did not
    assert "health_details" not in answers
    assert answers["health_consent"].sensitive  # the health section is special-category
    assert not answers["route_description"].sensitive
    assert answers["marital_status"].choice_labels  # choices named in the chosen language
    order = [a.question_id for s in protocol.sections for a in s.answers]
    known = [q.id for q in template.questions() if q.id in answers]
    assert order == known


def test_exporting_a_protocol_writes_one_export_event_and_printing_one_print_event(
    profile: OpenProfile,
) -> None:
    ids = _family(profile)
    interview_id, addendum_id = _finalised_interview(profile, ids["case"])
    exports = _protocols(profile)

    exports.protocol(interview_id, language="de")
    addendum = exports.protocol(addendum_id, language="it", purpose="print")

    assert addendum.is_addendum and not addendum.finalised
    (export,) = _events(profile, "export")
    assert (export.object_type, export.object_id) == ("interview", interview_id)
    assert export.detail == {"kind": "protocol", "format": "pdf", "language": "de"}
    (printed,) = _events(profile, "print")
    assert printed.object_id == addendum_id
    assert printed.detail == {"kind": "protocol", "language": "it"}
    assert ROUTE not in json.dumps([dict(r._mapping) for r in _events(profile)], default=str)


@pytest.mark.parametrize(
    ("interview", "language", "purpose", "code", "fields"),
    [
        ("01890000-0000-7000-8000-000000000000", "de", "pdf", ErrorCode.NOT_FOUND, None),
        ("not an id", "de", "pdf", ErrorCode.NOT_FOUND, None),
        (None, "xx", "pdf", ErrorCode.VALIDATION, {"language": "not_a_choice"}),
        (None, "", "pdf", ErrorCode.VALIDATION, {"language": "required"}),
        (None, "de", "fax", ErrorCode.VALIDATION, {"purpose": "not_a_choice"}),
    ],
)
def test_a_bad_protocol_request_is_a_coded_error_and_writes_nothing(
    profile: OpenProfile,
    interview: str | None,
    language: str,
    purpose: str,
    code: ErrorCode,
    fields: dict[str, str] | None,
) -> None:
    ids = _family(profile)
    interview_id = interview or _finalised_interview(profile, ids["case"])[0]
    before = _event_count(profile)

    with pytest.raises(StoreError) as raised:
        _protocols(profile).protocol(interview_id, language=language, purpose=purpose)

    assert raised.value.code is code
    if fields is not None:
        assert isinstance(raised.value, ValidationFailed)
        assert raised.value.fields == fields
    assert _event_count(profile) == before


# --- right of access ---------------------------------------------------------------------


def _held_on_amira(profile: OpenProfile) -> dict[str, str]:
    ids = _family(profile)
    case_id = ids["case"]
    _finalised_interview(profile, case_id)
    records = profile.records
    ids["passport"] = records.create(
        "identity_document",
        {"person_id": ids["amira"], "document_type": "passport", "number": "P1234567"},
        case_id=case_id,
    ).id
    ids["her_note"] = profile.casework.add_note(case_id, "About Amira", person_id=ids["amira"]).id
    ids["case_note"] = profile.casework.add_note(case_id, "About the case").id
    ids["his_note"] = profile.casework.add_note(case_id, "About Omar", person_id=ids["omar"]).id
    ids["scan"] = profile.attachments.add(
        case_id,
        io.BytesIO(f"%PDF-1.4 {CANARY}".encode()),
        filename="Pass Amira.pdf",
        media_type="application/pdf",
        person_id=ids["amira"],
    ).id
    ids["task"] = records.create(
        "task", {"title": "Termin", "kind": "task", "due_on": "2026-12-01"}, case_id=case_id
    ).id
    ids["avrr"] = records.create(
        "return_assistance",
        {"programme": "RIF", "country": "SY", "status": "counselling"},
        case_id=case_id,
    ).id
    other_case = records.create("case", CASE | {"case_number": "VD-2026-000999"}).id
    records.create("case_person", {"person_id": ids["amira"], "role": "parent"}, case_id=other_case)
    ids["other_case"] = other_case
    return ids


def test_a_right_of_access_export_holds_everything_on_the_person_and_round_trips_as_json(
    profile: OpenProfile,
) -> None:
    ids = _held_on_amira(profile)

    export = _access(profile).person_export(ids["amira"], language="en", include_files=True)

    document = json.loads(export.json_bytes().decode("utf-8"))
    assert document == json.loads(json.dumps(export.document))
    assert (document["layout"], document["version"]) == (ACCESS_LAYOUT, ACCESS_VERSION)
    assert document["subject"] == ids["amira"]
    assert document["person"]["fields"]["name_original"] == "أميرة حداد"
    assert document["person"]["fields"]["health_note"] == f"Diagnose {CANARY}"
    assert "health_note" in document["person"]["sensitive_fields"]
    assert {c["case"]["id"]: c["role"] for c in document["cases"]} == {
        ids["case"]: "applicant",
        ids["other_case"]: "parent",
    }
    assert [d["id"] for d in document["identity_documents"]] == [ids["passport"]]
    assert {n["id"] for n in document["notes"]} == {ids["her_note"], ids["case_note"]}
    assert [t["id"] for t in document["tasks"]] == [ids["task"]]
    assert [r["id"] for r in document["return_assistance"]] == [ids["avrr"]]
    (interview, addendum) = document["interviews"]
    answers = {a["question_id"]: a for a in interview["answers"]}
    assert answers["route_description"]["value"] == ROUTE
    assert answers["route_description"]["label"] == "Route"
    assert answers["health_consent"]["sensitive"] is True
    assert interview["template_title"] == "Initial interview"
    assert addendum["record"]["fields"]["corrects_id"] == interview["record"]["id"]
    (attachment,) = document["attachments"]
    assert attachment["record"]["id"] == ids["scan"]
    assert attachment["file"] == "files/001-Pass_Amira.pdf"
    assert [(f.path, f.content) for f in export.files] == [
        ("files/001-Pass_Amira.pdf", f"%PDF-1.4 {CANARY}".encode())
    ]
    assert THIRD_PARTY_REVIEW in document["scope"]  # Omar is in the same case


def test_a_right_of_access_export_is_audited_and_lists_its_own_event(
    profile: OpenProfile,
) -> None:
    ids = _held_on_amira(profile)

    export = _access(profile).person_export(ids["amira"], language="de", formats=("json",))

    (event,) = _events(profile, "export")
    assert (event.object_type, event.object_id, event.recipient) == (
        "person",
        ids["amira"],
        "data_subject",
    )
    assert event.detail["kind"] == "right_of_access"
    assert event.detail["format"] == "json"
    assert event.detail["files"] == "no"
    assert export.files == ()
    assert export.document["attachments"][0]["file"] is None
    listed = export.document["audit_events"]
    assert listed[-1]["seq"] == event.seq and listed[-1]["action"] == "export"
    assert {"create"} <= {e["action"] for e in listed if e["object_id"] == ids["amira"]}
    assert all(e["object_id"] != ids["his_note"] for e in listed)


@pytest.mark.parametrize(
    ("person", "language", "formats", "code"),
    [
        ("01890000-0000-7000-8000-000000000000", "de", ("json",), ErrorCode.NOT_FOUND),
        ("", "de", ("json",), ErrorCode.NOT_FOUND),
        (None, "tlh", ("json",), ErrorCode.VALIDATION),
        (None, "de", ("docx",), ErrorCode.VALIDATION),
        (None, "de", (), ErrorCode.VALIDATION),
    ],
)
def test_a_bad_right_of_access_request_is_a_coded_error_and_writes_nothing(
    profile: OpenProfile,
    person: str | None,
    language: str,
    formats: tuple[str, ...],
    code: ErrorCode,
) -> None:
    ids = _family(profile)
    before = _event_count(profile)

    with pytest.raises(StoreError) as raised:
        _access(profile).person_export(
            ids["amira"] if person is None else person, language=language, formats=formats
        )

    assert raised.value.code is code
    assert _event_count(profile) == before


def test_exports_leave_no_plaintext_in_the_profile_or_temp_folder(
    profile: OpenProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    ids = _held_on_amira(profile)
    interview_id = _finalised_interview(profile, ids["case"])[0]

    _protocols(profile).protocol(interview_id, language="de")
    export = _access(profile).person_export(ids["amira"], language="de", include_files=True)
    profile.lock()

    assert CANARY.encode() in export.json_bytes()  # the export itself does hold it
    needles = [CANARY.encode(), CANARY.encode("utf-16-le")]
    for folder in (profile.info.path, temp_dir):
        for path in folder.rglob("*"):
            if path.is_file():
                assert not any(n in path.read_bytes() for n in needles), path.name
