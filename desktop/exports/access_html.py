"""A right-of-access document (layout `dossier.right_of_access` v1) as readable HTML.

The JSON is the complete, machine-readable export; this is the same content for the person
to read, in the UI language: field labels and code words instead of names and codes.
Special-category fields and answers are shown — it is the person's own data — and marked.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.exports.pages import PageFrame
from desktop.exports.protocol_html import directed_paragraph
from desktop.formatting import display_value, format_date, local_time, person_name_with_original
from desktop.history.phrases import event_sentence
from desktop.interviews.sitting_text import sitting_line
from desktop.vocabulary import choice_label, field_label
from storage.schema import ENTITIES
from storage.services.exports_access import THIRD_PARTY_REVIEW
from storage.services.summaries import HistoryEvent
from storage.sittings import Sitting

# Fields the app's forms never show, so `desktop.vocabulary` has no label for them.
_LABELS = {
    ("identity_document", "document_type"): QT_TRANSLATE_NOOP("AccessPdf", "Document type"),
    ("identity_document", "number"): QT_TRANSLATE_NOOP("AccessPdf", "Document number"),
    ("identity_document", "issuing_country"): QT_TRANSLATE_NOOP("AccessPdf", "Issued by"),
    ("identity_document", "issued_on"): QT_TRANSLATE_NOOP("AccessPdf", "Issued on"),
    ("identity_document", "expires_on"): QT_TRANSLATE_NOOP("AccessPdf", "Expires on"),
    ("identity_document", "original_seen"): QT_TRANSLATE_NOOP("AccessPdf", "Original seen"),
    ("note", "body"): QT_TRANSLATE_NOOP("AccessPdf", "Text"),
    ("task", "rule"): QT_TRANSLATE_NOOP("AccessPdf", "Legal rule"),
    ("attachment", "filename"): QT_TRANSLATE_NOOP("AccessPdf", "File name"),
    ("attachment", "media_type"): QT_TRANSLATE_NOOP("AccessPdf", "File type"),
    ("attachment", "size"): QT_TRANSLATE_NOOP("AccessPdf", "Size in bytes"),
    ("attachment", "sha256"): QT_TRANSLATE_NOOP("AccessPdf", "Checksum (SHA-256)"),
    ("return_assistance", "programme"): QT_TRANSLATE_NOOP("AccessPdf", "Programme"),
    ("return_assistance", "country"): QT_TRANSLATE_NOOP("AccessPdf", "Destination country"),
    ("return_assistance", "status"): QT_TRANSLATE_NOOP("AccessPdf", "Status"),
    ("return_assistance", "eligible"): QT_TRANSLATE_NOOP("AccessPdf", "Eligible"),
    ("return_assistance", "travel_date"): QT_TRANSLATE_NOOP("AccessPdf", "Travel date"),
    ("return_assistance", "reintegration_budget"): QT_TRANSLATE_NOOP(
        "AccessPdf", "Reintegration budget"
    ),
    ("return_assistance", "reintegration_plan"): QT_TRANSLATE_NOOP(
        "AccessPdf", "Reintegration plan"
    ),
}
# Codes and links that mean nothing on paper (the JSON keeps them).
_NOT_PRINTED = ("person_id", "explanation", "answers", "corrects_id", "other_person_id")


def _label(entity: str, name: str) -> str:
    source = _LABELS.get((entity, name))
    return QCoreApplication.translate("AccessPdf", source) if source else field_label(entity, name)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _marker() -> str:
    text = QCoreApplication.translate("AccessPdf", "special-category data")
    return f" <i>({_e(text)})</i>"


def record_table(record: Mapping[str, Any], *, skip: tuple[str, ...] = ()) -> str:
    """A record's fields as label/value rows; empty fields left out."""
    entity = ENTITIES[record["entity"]]
    sensitive = set(record["sensitive_fields"])
    rows = []
    for name, value in record["fields"].items():
        if name in skip or name in _NOT_PRINTED or value in (None, "", [], {}):
            continue
        field = entity.field(name)
        label = _e(_label(entity.name, name)) + (_marker() if name in sensitive else "")
        text = display_value(field, value) if field.type != "json" else str(value)
        rows.append(
            f'<tr><td width="35%" style="padding-right:10px">{label}</td>'
            f"<td>{directed_paragraph(text, indent=False)}</td></tr>"
        )
    if record.get("archived"):
        archived = QCoreApplication.translate("AccessPdf", "archived (still held)")
        rows.append(f'<tr><td colspan="2"><i>{_e(archived)}</i></td></tr>')
    return f'<table width="100%" cellpadding="1">{"".join(rows)}</table>'


def _heading(text: str, count: int) -> str:
    return f"<h3>{_e(text)} ({QLocale().toString(count)})</h3>"


def _cases(document: Mapping[str, Any]) -> list[str]:
    lines = [_heading(QCoreApplication.translate("AccessPdf", "Cases"), len(document["cases"]))]
    for entry in document["cases"]:
        case = entry["case"]["fields"]
        role = choice_label("case_person", "role", entry["role"])
        lines.append(f"<p><b>{_e(case['case_number'])}</b> — {_e(role)}</p>")
        lines.append(record_table(entry["case"], skip=("case_number",)))
    return lines


def _interviews(document: Mapping[str, Any]) -> list[str]:
    interviews = document["interviews"]
    title = QCoreApplication.translate("AccessPdf", "Interviews")
    lines = [_heading(title, len(interviews))]
    for interview in interviews:
        fields = interview["record"]["fields"]
        status = choice_label("interview", "status", fields["status"])
        started = local_time(fields["started_at"]) if fields["started_at"] else "—"
        name = interview["template_title"] or fields["template"]
        lines.append(f"<p><b>{_e(name)}</b> — {_e(started)} — {_e(status)}</p>")
        for n, item in enumerate(interview.get("sittings", ()), start=1):
            line = _e(sitting_line(n, Sitting(**item)))
            lines.append(f'<p style="margin-top:0;margin-bottom:0;margin-left:10px">{line}</p>')
        for answer in interview["answers"]:
            label = _e(answer["label"] or answer["question_id"])
            label += _marker() if answer["sensitive"] else ""
            value = answer["value"]
            text = "—" if value in (None, "", []) else _answer_value(value)
            lines.append(f'<p style="margin-bottom:0;margin-left:10px">{label}</p>')
            lines.append(directed_paragraph(text))
    return lines


def _answer_value(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("Value", "yes" if value else "no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _records(title: str, records: list[Mapping[str, Any]]) -> list[str]:
    lines = [_heading(title, len(records))]
    for record in records:
        when = format_date(record["created_at"][:10])
        lines.append(f'<p style="margin-bottom:0"><b>{_e(when)}</b></p>')
        lines.append(record_table(record))
    return lines


def _events(document: Mapping[str, Any]) -> list[str]:
    events = document["audit_events"]
    title = QCoreApplication.translate("AccessPdf", "Who accessed or changed this data")
    rows = []
    for raw in events:
        event = HistoryEvent(
            seq=raw["seq"],
            occurred_at=raw["occurred_at"],
            actor=raw["actor"],
            device_id=raw["device_id"],
            action=raw["action"],
            object_type=raw["object_type"],
            object_id=raw["object_id"] or "",
            detail=raw["detail"],
            synced=True,
        )
        rows.append(
            f"<tr><td>{_e(local_time(event.occurred_at))}</td><td>{_e(event.actor)}</td>"
            f"<td>{_e(event_sentence(event))}</td></tr>"
        )
    table = f'<table width="100%" cellpadding="1">{"".join(rows)}</table>'
    return [_heading(title, len(events)), table]


def access_html(document: Mapping[str, Any]) -> str:
    """Everything in the export, section by section."""
    person = document["person"]
    name = person_name_with_original(person["fields"])
    title = QCoreApplication.translate("AccessPdf", "Information held on %1").replace("%1", name)
    intro = QCoreApplication.translate(
        "AccessPdf",
        "Exported by %1 on %2. The enclosed JSON file holds the same data in a "
        "machine-readable form.",
    )
    intro = intro.replace("%1", document["exported_by"])
    intro = intro.replace("%2", local_time(document["exported_at"]))
    lines = [f"<h2>{_e(title)}</h2>", f"<p>{_e(intro)}</p>"]
    if THIRD_PARTY_REVIEW in document["scope"]:
        review = QCoreApplication.translate(
            "AccessPdf",
            "The cases of this person include other persons. Check interviews, tasks and "
            "case notes for their data before handing this export over.",
        )
        lines.append(f'<p style="color:#8a5300"><b>{_e(review)}</b></p>')
    label = QCoreApplication.translate("AccessPdf", "Person")
    lines += [f"<h3>{_e(label)}</h3>", record_table(person)]
    lines += _cases(document)
    sections = (
        (QCoreApplication.translate("AccessPdf", "Identity documents"), "identity_documents"),
        (QCoreApplication.translate("AccessPdf", "Notes"), "notes"),
        (QCoreApplication.translate("AccessPdf", "Tasks and deadlines"), "tasks"),
        (QCoreApplication.translate("AccessPdf", "Return assistance"), "return_assistance"),
    )
    for heading, key in sections:
        lines += _records(heading, document[key])
    lines += _interviews(document)
    attachments = [a["record"] for a in document["attachments"]]
    lines += _records(QCoreApplication.translate("AccessPdf", "Documents"), attachments)
    lines += _events(document)
    return "\n".join(lines)


def access_frame(document: Mapping[str, Any]) -> PageFrame:
    header = QCoreApplication.translate("AccessPdf", "Right of access")
    return PageFrame(
        header_left=header,
        header_right=format_date(document["exported_at"][:10]),
        page_of=QCoreApplication.translate("ProtocolPdf", "Page %1 of %2"),
    )
