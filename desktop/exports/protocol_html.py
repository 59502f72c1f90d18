"""A `Protocol` (from `storage.services.exports`) as printable HTML in the UI language.

The template's own texts come in the protocol's language; the app's words (headings, yes/no,
countries, dates) in the UI language. Every answer is its own paragraph with its own
direction, so an Arabic answer reads right to left without turning the page around.
Special-category answers are printed — the protocol is the legal record — but marked.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.exports.pages import PageFrame
from desktop.formatting import (
    format_date,
    format_partial_date,
    is_right_to_left,
    isolate,
    local_time,
    person_name,
)
from desktop.interviews.sitting_text import interruption_text, sitting_times
from desktop.vocabulary import CODE_LABELS, choice_label
from storage.forms import AnswerType
from storage.schema import COUNTRIES, LANGUAGES
from storage.services.exports import Protocol, ProtocolAnswer, ProtocolPerson

SIGNATURE_LINE = "_" * 28


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def answer_text(answer: ProtocolAnswer) -> str:  # noqa: PLR0911 - one branch per type
    """An answer as words: codes named, dates and numbers in the locale."""
    value: Any = answer.value
    if value is None or value in ("", []):
        return "—"
    match AnswerType(answer.answer_type):
        case AnswerType.YES_NO:
            word = "yes" if value else "no"
            return QCoreApplication.translate("Value", word)
        case AnswerType.CHOICE:
            return answer.choice_labels.get(value, str(value))
        case AnswerType.CHOICES:
            return ", ".join(answer.choice_labels.get(v, str(v)) for v in value)
        case AnswerType.COUNTRY | AnswerType.LANGUAGE as kind:
            codes = COUNTRIES if kind is AnswerType.COUNTRY else LANGUAGES
            source = CODE_LABELS[codes].get(value)
            return QCoreApplication.translate("Code", source) if source else str(value)
        case AnswerType.DATE:
            return format_date(value)
        case AnswerType.PARTIAL_DATE:
            return format_partial_date(value)
        case AnswerType.NUMBER:
            return QLocale().toString(value)
    return str(value)


def directed_paragraph(text: str, *, indent: bool = True) -> str:
    """A paragraph laid out in the direction of its own first strong character."""
    rtl = is_right_to_left(text)
    body = "<br/>".join(_e(line) for line in text.splitlines() or [""])
    side = "right" if rtl else "left"
    margin = f"margin-{side}:14px;" if indent else ""
    direction = "rtl" if rtl else "ltr"
    return f'<p dir="{direction}" align="{side}" style="{margin}margin-top:2px">{body}</p>'


def _person_line(person: ProtocolPerson) -> str:
    name = person_name({"family_name": person.family_name, "given_names": person.given_names})
    if person.name_original:
        name += f" · {isolate(person.name_original)}"
    born = format_partial_date(person.birth_date) if person.birth_date else ""
    role = choice_label("case_person", "role", person.role)
    born_text = QCoreApplication.translate("ProtocolPdf", "born %1").replace("%1", born)
    extra = f", {born_text}" if born else ""
    return _e(f"{name} ({role}{extra})")


def _fact(label: str, value: str) -> str:
    return (
        f'<tr><td style="padding-right:12px"><b>{_e(label)}</b></td>'
        f"<td>{_e(value) if value else '—'}</td></tr>"
    )


def _facts(protocol: Protocol) -> list[str]:
    persons = "<br/>".join(_person_line(p) for p in protocol.persons) or "—"
    persons_label = QCoreApplication.translate("ProtocolPdf", "Persons")
    rows = [
        _fact(QCoreApplication.translate("ProtocolPdf", "Case number"), protocol.case_number),
        _fact(
            QCoreApplication.translate("ProtocolPdf", "Case type"),
            choice_label("case", "case_type", protocol.case_type),
        ),
        f"<tr><td><b>{_e(persons_label)}</b></td><td>{persons}</td></tr>",
        _fact(QCoreApplication.translate("ProtocolPdf", "Recorded by"), protocol.recorded_by),
        _fact(
            QCoreApplication.translate("ProtocolPdf", "Status"),
            choice_label("interview", "status", protocol.status),
        ),
    ]
    return ['<table cellspacing="0" cellpadding="2">', *rows, "</table>", *_sittings(protocol)]


def _sittings(protocol: Protocol) -> list[str]:
    """Every sitting: date, from–to, interpreter, language, and why it was interrupted."""
    heads = [
        QCoreApplication.translate("ProtocolPdf", "Sitting"),
        QCoreApplication.translate("ProtocolPdf", "Date"),
        QCoreApplication.translate("ProtocolPdf", "From–to"),
        QCoreApplication.translate("ProtocolPdf", "Interpreter"),
        QCoreApplication.translate("ProtocolPdf", "Language of the interview"),
        QCoreApplication.translate("ProtocolPdf", "Remark"),
    ]
    cell = '<td style="padding-right:10px">{}</td>'
    rows = ["<tr>" + "".join(cell.format(f"<b>{_e(h)}</b>") for h in heads) + "</tr>"]
    last = len(protocol.sittings)
    for n, sitting in enumerate(protocol.sittings, start=1):
        day, span = sitting_times(sitting)
        interrupted = sitting.ended_at is not None and (n < last or not protocol.finalised)
        values = [
            str(n),
            day,
            span,
            sitting.interpreter or "—",
            choice_label("interview", "language", sitting.language) or "—",
            interruption_text(sitting) if interrupted else "",
        ]
        rows.append("<tr>" + "".join(cell.format(_e(v)) for v in values) + "</tr>")
    heading = QCoreApplication.translate("ProtocolPdf", "Sittings")
    table = ['<table cellspacing="0" cellpadding="2">', *rows, "</table>"]
    return [f"<h3>{_e(heading)}</h3>", *table, "<p>&nbsp;</p>"]  # apart from the answers


def _linked(protocol: Protocol) -> list[str]:
    lines = []
    for link in protocol.linked:
        when = local_time(link.started_at) if link.started_at else "—"
        text = (
            QCoreApplication.translate(
                "ProtocolPdf", "This is an addendum correcting the protocol of %1."
            )
            if link.relation == "corrects"
            else QCoreApplication.translate("ProtocolPdf", "Corrected by an addendum of %1.")
        )
        lines.append(f"<p><i>{_e(text.replace('%1', when))}</i></p>")
    return lines


def _sections(protocol: Protocol) -> list[str]:
    lines: list[str] = []
    marker = QCoreApplication.translate("ProtocolPdf", "special-category data")
    for section in protocol.sections:
        title = _e(section.title)
        if section.sensitive:
            title += f' <span style="font-weight:normal"><i>({_e(marker)})</i></span>'
        lines.append(f"<h3>{title}</h3>")
        for answer in section.answers:
            label = f"<b>{_e(answer.label)}</b>"
            if answer.sensitive and not section.sensitive:
                label += f" <i>({_e(marker)})</i>"
            lines.append(f'<p style="margin-bottom:0">{label}</p>')
            lines.append(directed_paragraph(answer_text(answer)))
    if protocol.earlier_answers:
        heading = QCoreApplication.translate(
            "ProtocolPdf", "Answers from an earlier version of the form"
        )
        lines.append(f"<h3>{_e(heading)}</h3>")
        for key, value in protocol.earlier_answers.items():
            lines.append(f'<p style="margin-bottom:0"><b>{_e(key)}</b></p>')
            lines.append(directed_paragraph(str(value)))
    return lines


def _signature_row(signers: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<td width="{100 // len(signers)}%" style="padding-right:16px">'
        f"<br/><br/>{SIGNATURE_LINE}<br/><b>{_e(role)}</b><br/>{_e(name)}</td>"
        for role, name in signers
    )
    return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'


def signature_block(
    signers: list[tuple[str, str]],
    rows: Sequence[tuple[str, list[tuple[str, str]]]] = (),
) -> str:
    """Lines to sign on, each with who signs and their name, plus place and date; `rows`
    (a heading and its signers each) replace the one row of `signers` when given."""
    place = _e(QCoreApplication.translate("ProtocolPdf", "Place and date:"))
    heading = _e(QCoreApplication.translate("ProtocolPdf", "Signatures"))
    body = "".join(
        f'<p style="margin-top:10px;margin-bottom:0"><b>{_e(title)}</b></p>'
        + _signature_row(people)
        for title, people in rows
    )
    return f"<h3>{heading}</h3><p>{place} {SIGNATURE_LINE}</p>" + (body or _signature_row(signers))


def _interviewee(protocol: Protocol) -> str:
    person = next((p for p in protocol.persons if p.role == "applicant"), None)
    person = person or (protocol.persons[0] if protocol.persons else None)
    if person is None:
        return ""
    return person_name({"family_name": person.family_name, "given_names": person.given_names})


def protocol_html(protocol: Protocol) -> str:
    """The protocol from its title to the last answer (the signatures are `protocol_tail`)."""
    lines = [f"<h2>{_e(protocol.title)}</h2>"]
    if not protocol.finalised:
        draft = QCoreApplication.translate(
            "ProtocolPdf", "Draft — not finalised; the answers may still change."
        )
        lines.append(f'<p style="color:#a33"><b>{_e(draft)}</b></p>')
    lines += _linked(protocol)
    lines += _facts(protocol)
    lines += _sections(protocol)
    return "\n".join(lines)


def _signers(protocol: Protocol, interpreter: str | None) -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("ProtocolPdf", "Interviewee"), _interviewee(protocol)),
        (QCoreApplication.translate("ProtocolPdf", "Interpreter"), interpreter or ""),
        (QCoreApplication.translate("ProtocolPdf", "Caseworker"), protocol.recorded_by),
    ]


def _sitting_signatures(protocol: Protocol) -> list[tuple[str, list[tuple[str, str]]]]:
    """One row of signature lines per sitting, when there were several."""
    if len(protocol.sittings) < 2:
        return []
    rows = []
    for n, sitting in enumerate(protocol.sittings, start=1):
        day, span = sitting_times(sitting)
        title = QCoreApplication.translate("ProtocolPdf", "Sitting %1 (%2)")
        title = title.replace("%1", str(n)).replace("%2", f"{day}, {span}")
        rows.append((title, _signers(protocol, sitting.interpreter)))
    return rows


def protocol_tail(protocol: Protocol) -> str:
    """Who exported it, and the signature lines — one row per sitting when there were
    several: kept together on the last page."""
    signers = _signers(protocol, protocol.interpreter)
    exported = QCoreApplication.translate("ProtocolPdf", "Exported by %1 on %2")
    exported = exported.replace("%1", protocol.exported_by)
    exported = exported.replace("%2", local_time(protocol.exported_at))
    footer = f'<p style="color:#666"><small>{_e(exported)}</small></p>'
    return signature_block(signers, _sitting_signatures(protocol)) + footer


def protocol_frame(protocol: Protocol) -> PageFrame:
    """Header (case number, title) and footer of every page, in the UI language."""
    return PageFrame(
        header_left=QCoreApplication.translate("ProtocolPdf", "Case %1").replace(
            "%1", protocol.case_number
        ),
        header_right=protocol.title,
        page_of=QCoreApplication.translate("ProtocolPdf", "Page %1 of %2"),
    )
