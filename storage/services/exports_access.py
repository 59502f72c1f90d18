"""Right of access (GDPR Art. 15, nDSG Art. 25): everything held on one person, audited.

`AccessExports.person_export` reads, in one transaction with its audit event, everything this
laptop's store holds on one person and returns it as a JSON-ready document in the layout
below, plus (optionally) the person's attachment files decrypted in memory. Writing the
files is the caller's business: nothing is written to disk here (DB-9).

Layout `dossier.right_of_access`, version 1 (a new layout gets a new version)::

    {
      "layout": "dossier.right_of_access", "version": 1,
      "exported_at": UTC ISO 8601, "exported_by": login, "device_id": id,
      "language": "de" | "fr" | "it" | "en"      # of the interview question texts
      "subject": person id,
      "scope": [codes]                           # how the records below were chosen
      "person": RECORD,
      "cases": [{"role": code, "link": RECORD, "case": RECORD}],
      "identity_documents": [RECORD],
      "interviews": [{"record": RECORD, "template_title": text | null,
                      "sittings": [{"started_at", "ended_at", "language",
                                    "interpreter", "reason"}],   # at least one
                      "answers": [{"question_id", "label" | null, "value",
                                   "sensitive": bool}]}],
      "notes": [RECORD], "tasks": [RECORD], "return_assistance": [RECORD],
      "attachments": [{"record": RECORD, "file": relative path | null}],
      "audit_events": [{"seq", "occurred_at", "actor", "device_id", "action",
                        "object_type", "object_id", "recipient", "detail"}]
    }

    RECORD = {"entity", "id", "case_id" | null, "archived", "created_at", "updated_at",
              "updated_by", "fields": {name: stored value}, "sensitive_fields": [names]}

Values are as stored (codes, ISO dates); sensitive (special-category) fields and answers are
included — it is the person's own data — and marked. Archived records are included: they are
still held. Scope: the person, their case links and identity documents; of each linked case
the case record, its interviews, tasks and return assistance, and the notes and attachments
that concern the person or the whole case (not those about another person). Interviews are
recorded per case, so `scope` carries `third_party_review` when a linked case has other
persons: the caseworker checks for third-party data before handing the export over. Audit
events are those about any exported object, including this export itself.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from storage.context import ProfileContext
from storage.errors import ValidationFailed
from storage.forms import TEXT_LANGUAGES
from storage.schema import ENTITIES
from storage.services.attachments import AttachmentService
from storage.services.casework import CaseworkService
from storage.services.exports import protocol_sections, record_failure
from storage.services.records import Record, RecordService, record_from_row
from storage.sittings import sittings_of
from storage.tables import ENTITY_TABLES, audit_event
from storage.validation import NOT_A_CHOICE, REQUIRED

ACCESS_LAYOUT = "dossier.right_of_access"
ACCESS_VERSION = 1
FILES_FOLDER = "files"
THIRD_PARTY_REVIEW = "third_party_review"
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class ExportedFile:
    """An attachment's bytes (decrypted in memory) and where the export puts them."""

    path: str  # relative to the export folder, e.g. "files/001-scan.png"
    content: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class AccessExport:
    """A right-of-access export: the JSON document and the attachment files, if asked."""

    person_id: str
    document: Mapping[str, Any]
    files: tuple[ExportedFile, ...] = ()

    def json_bytes(self) -> bytes:
        """The document as UTF-8 JSON (original scripts kept as they are, not escaped)."""
        return json.dumps(self.document, ensure_ascii=False, indent=2).encode("utf-8")


def record_json(record: Record) -> dict[str, Any]:
    """One record in the export's RECORD layout."""
    entity = ENTITIES[record.entity]
    return {
        "entity": record.entity,
        "id": record.id,
        "case_id": record.case_id,
        "archived": record.archived,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "updated_by": record.updated_by,
        "fields": {name: _plain(record.values[name]) for name in entity.field_names},
        "sensitive_fields": [f.name for f in entity.fields if f.sensitive],
    }


def _plain(value: Any) -> Any:
    # Stored JSON values come back as dicts/lists; MappingProxy and tuples do not serialise.
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def export_file_name(index: int, filename: str) -> str:
    """A safe, unique relative path for an attachment inside the export folder."""
    safe = _UNSAFE_NAME.sub("_", filename).strip("._") or "file"
    return f"{FILES_FOLDER}/{index:03d}-{safe[:80]}"


class AccessExports:
    """Reads everything held on a person for a right-of-access request, audited."""

    def __init__(
        self,
        ctx: ProfileContext,
        records: RecordService,
        casework: CaseworkService,
        attachments: AttachmentService,
    ) -> None:
        self._ctx = ctx
        self._records = records
        self._casework = casework
        self._attachments = attachments

    def person_export(
        self,
        person_id: str,
        *,
        language: str,
        formats: tuple[str, ...] = ("json", "pdf"),
        include_files: bool = False,
    ) -> AccessExport:
        """Everything held on `person_id`, with one `export` audit event (recipient: the
        data subject; detail: kind, formats, files, record count) in the same transaction.

        NOT_FOUND for an unknown person, `ValidationFailed` for an unknown language or
        format; then nothing is written.
        """
        errors: dict[str, str] = {}
        if language not in TEXT_LANGUAGES:
            errors["language"] = NOT_A_CHOICE if language else REQUIRED
        if not formats or any(f not in ("json", "pdf") for f in formats):
            errors["formats"] = NOT_A_CHOICE
        if errors:
            raise ValidationFailed(errors)
        with self._ctx.store.write() as conn:
            person = self._records.get("person", person_id, audit_read=False)
            gathered = self._gather(conn, person)
            detail = {
                "kind": "right_of_access",
                "format": ",".join(formats),
                "files": "yes" if include_files else "no",
                "records": str(sum(len(v) for v in gathered.values()) + 1),
            }
            self._ctx.audit.record(
                conn, "export", "person", person.id, recipient="data_subject", detail=detail
            )
            files = self._files(gathered["attachments"]) if include_files else ()
            document = self._document(conn, person, gathered, language, files)
        return AccessExport(person.id, document, files)

    def export_failed(self, person_id: str, *, error: str) -> None:
        """Record that the export read for `person_id` never reached its folder (`error`:
        a `FAILURE_CODES` code): an `export` event with `outcome=failed`."""
        detail = {"kind": "right_of_access"}
        target = ("person", person_id)
        record_failure(self._ctx, "export", target, detail, error)

    # --- gathering -------------------------------------------------------------------------

    def _gather(self, conn: Connection, person: Record) -> dict[str, list[Record]]:
        gathered: dict[str, list[Record]] = {
            "links": _of_person(conn, "case_person", person.id),
            "identity_document": _of_person(conn, "identity_document", person.id),
        }
        for name in ("cases", "interview", "note", "task", "return_assistance", "attachments"):
            gathered[name] = []
        for case_id in dict.fromkeys(str(link.case_id) for link in gathered["links"]):
            gathered["cases"].append(self._records.get("case", case_id, audit_read=False))
            self._gather_case(case_id, person.id, gathered)
        return gathered

    def _gather_case(self, case_id: str, person_id: str, into: dict[str, list[Record]]) -> None:
        def scoped(entity: str) -> list[Record]:
            return self._records.list(entity, case_id=case_id, include_archived=True)

        into["interview"] += scoped("interview")
        into["task"] += scoped("task")
        into["return_assistance"] += scoped("return_assistance")
        # Notes and files about another person of the case are that person's data.
        into["note"] += [n for n in scoped("note") if n["person_id"] in (None, person_id)]
        into["attachments"] += [
            a for a in scoped("attachment") if a["person_id"] in (None, person_id)
        ]

    def _files(self, attachments: list[Record]) -> tuple[ExportedFile, ...]:
        return tuple(
            ExportedFile(export_file_name(n, a["filename"]), self._attachments.read(a.id))
            for n, a in enumerate(attachments, start=1)
        )

    # --- the document ----------------------------------------------------------------------

    def _document(
        self,
        conn: Connection,
        person: Record,
        gathered: dict[str, list[Record]],
        language: str,
        files: tuple[ExportedFile, ...],
    ) -> dict[str, Any]:
        cases = {c.id: c for c in gathered["cases"]}
        file_paths = {a.id: f.path for a, f in zip(gathered["attachments"], files, strict=False)}
        objects = [person.id, *(r.id for rows in gathered.values() for r in rows)]
        return {
            "layout": ACCESS_LAYOUT,
            "version": ACCESS_VERSION,
            "exported_at": self._ctx.now(),
            "exported_by": self._ctx.actor,
            "device_id": self._ctx.device_id,
            "language": language,
            "subject": person.id,
            "scope": self._scope(person.id, gathered),
            "person": record_json(person),
            "cases": [
                {
                    "role": link["role"],
                    "link": record_json(link),
                    "case": record_json(cases[str(link.case_id)]),
                }
                for link in gathered["links"]
            ],
            "identity_documents": [record_json(r) for r in gathered["identity_document"]],
            "interviews": [self._interview(r, language) for r in gathered["interview"]],
            "notes": [record_json(r) for r in gathered["note"]],
            "tasks": [record_json(r) for r in gathered["task"]],
            "return_assistance": [record_json(r) for r in gathered["return_assistance"]],
            "attachments": [
                {"record": record_json(r), "file": file_paths.get(r.id)}
                for r in gathered["attachments"]
            ],
            "audit_events": _events(conn, objects),
        }

    def _scope(self, person_id: str, gathered: dict[str, list[Record]]) -> list[str]:
        scope = ["person", "case_links", "identity_documents", "linked_cases"]
        others = {
            link["person_id"]
            for case in gathered["cases"]
            for link in self._records.list("case_person", case_id=case.id, include_archived=True)
        } - {person_id}
        return [*scope, THIRD_PARTY_REVIEW] if others else scope

    def _interview(self, interview: Record, language: str) -> dict[str, Any]:
        template = self._casework.templates().get(interview["template"])
        answers: Mapping[str, Any] = interview["answers"] or {}
        listed: list[dict[str, Any]] = []
        if template is not None:
            for section in protocol_sections(template, answers, language):
                listed += [
                    {
                        "question_id": a.question_id,
                        "label": a.label,
                        "value": _plain(a.value),
                        "sensitive": a.sensitive,
                    }
                    for a in section.answers
                ]
        shown = {a["question_id"] for a in listed}
        listed += [  # hidden branches and earlier template versions: still held, so listed
            {"question_id": k, "label": None, "value": _plain(v), "sensitive": False}
            for k, v in answers.items()
            if k not in shown
        ]
        return {
            "record": record_json(interview),
            "template_title": template.title.get(language) if template else None,
            "sittings": [
                dataclasses.asdict(s) for s in sittings_of(interview.values, interview.created_at)
            ],
            "answers": listed,
        }


def _of_person(conn: Connection, entity: str, person_id: str) -> list[Record]:
    # Indexed lookups by person (a whole-table list would read every family of every case).
    table = ENTITY_TABLES[entity]
    query = select(table).where(table.c.person_id == person_id).order_by(table.c.created_at)
    return [record_from_row(ENTITIES[entity], row) for row in conn.execute(query)]


def _events(conn: Connection, object_ids: list[str]) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(audit_event)
        .where(audit_event.c.object_id.in_(sorted(set(object_ids))))
        .order_by(audit_event.c.seq)
    ).fetchall()
    return [
        {
            "seq": int(r.seq),
            "occurred_at": r.occurred_at,
            "actor": r.actor,
            "device_id": r.device_id,
            "action": r.action,
            "object_type": r.object_type,
            "object_id": r.object_id,
            "recipient": r.recipient,
            "detail": dict(r.detail or {}),
        }
        for r in rows
    ]


__all__ = [
    "ACCESS_LAYOUT",
    "ACCESS_VERSION",
    "THIRD_PARTY_REVIEW",
    "AccessExport",
    "AccessExports",
    "ExportedFile",
    "export_file_name",
    "record_json",
]
