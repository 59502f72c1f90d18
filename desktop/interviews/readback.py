"""The interview as a protocol to read back: every shown question with its answer.

Read-only HTML for a `QTextBrowser`. Each answer is its own paragraph with its own direction,
so an answer in Arabic or Persian reads right to left without turning the protocol around.
Answers kept from an earlier template version are listed at the end, never dropped. An
interview held in several sittings lists them after the header, one line each.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.formatting import format_date, format_partial_date, is_right_to_left
from desktop.interviews.answers import code_choices
from desktop.interviews.sitting_text import sittings_lines, stored_sittings, unreadable_text
from desktop.vocabulary import choice_label, field_label
from storage.forms import AnswerType, Question, Template, visible_questions
from storage.services.records import Record
from storage.sittings import is_interrupted, sittings_of

_CTX = "Protocol"


def _t(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def answer_text(question: Question, value: Any, language: str) -> str:  # noqa: PLR0911
    """An answer as the protocol prints it (codes as words, dates in the locale)."""
    if value is None or value in ("", []):
        return "—"
    labels = dict(code_choices(question, language))
    match question.type:
        case AnswerType.YES_NO:
            word = QT_TRANSLATE_NOOP("Value", "yes") if value else QT_TRANSLATE_NOOP("Value", "no")
            return QCoreApplication.translate("Value", word)
        case AnswerType.CHOICE | AnswerType.COUNTRY | AnswerType.LANGUAGE:
            return labels.get(value, str(value))
        case AnswerType.CHOICES:
            return ", ".join(labels.get(v, str(v)) for v in value)
        case AnswerType.DATE:
            return format_date(value)
        case AnswerType.PARTIAL_DATE:
            return format_partial_date(value)
        case AnswerType.NUMBER:
            return QLocale().toString(value)
    return str(value)


def _paragraph(text: str) -> str:
    rtl = is_right_to_left(text)
    body = "<br/>".join(html.escape(line) for line in text.splitlines() or [""])
    indent = "margin-right:12px" if rtl else "margin-left:12px"  # on the side it starts
    return f'<p dir="{"rtl" if rtl else "ltr"}" style="{indent}">{body}</p>'


def _header(record: Record, template: Template, language: str, case_number: str) -> list[str]:
    values = record.values
    title = template.title.get(language)
    facts = [
        _t(QT_TRANSLATE_NOOP("Protocol", "Case %1")).replace("%1", case_number),
        _t(QT_TRANSLATE_NOOP("Protocol", "Started %1")).replace(
            "%1", format_date((values.get("started_at") or "")[:10])
        ),
        _t(QT_TRANSLATE_NOOP("Protocol", "Interpreter: %1")).replace(
            "%1", values.get("interpreter") or "—"
        ),
        _t(QT_TRANSLATE_NOOP("Protocol", "Language: %1")).replace(
            "%1", choice_label("interview", "language", values.get("language")) or "—"
        ),
        choice_label("interview", "status", values.get("status")),
    ]
    lines = [f"<h2>{html.escape(title)}</h2>"]
    if values.get("corrects_id"):
        addendum = _t(QT_TRANSLATE_NOOP("Protocol", "Addendum correcting an earlier protocol"))
        lines.append(f"<p><i>{html.escape(addendum)}</i></p>")
    lines.append(f"<p>{html.escape(' · '.join(facts))}</p>")
    return lines + _sittings(record)


def _sittings(record: Record) -> list[str]:
    """The sittings, when the interview was ever interrupted (one sitting says nothing new)."""
    values = record.values
    stored = stored_sittings(values.get("sittings"))
    if stored == ():
        return []
    if stored is None:  # damaged or from another version: say so, show the rest
        texts = [unreadable_text()]
    else:  # the open sitting's people are the interview's own (`storage.sittings`)
        shown = sittings_of(values, record.created_at)
        texts = sittings_lines(shown, last_interrupted=is_interrupted(values))
    heading = html.escape(field_label("interview", "sittings"))
    return [f"<h3>{heading}</h3>", "<p>" + "<br/>".join(html.escape(t) for t in texts) + "</p>"]


def protocol_html(record: Record, template: Template, language: str, case_number: str) -> str:
    """The whole protocol as HTML, in `language` for the template's own texts."""
    answers: Mapping[str, Any] = record.values.get("answers") or {}
    shown = {q.id for q in visible_questions(template, answers)}
    lines = _header(record, template, language, case_number)
    for section in template.sections:
        questions = [q for q in section.questions if q.id in shown]
        if not questions:
            continue
        lines.append(f"<h3>{html.escape(section.title.get(language))}</h3>")
        for question in questions:
            label = html.escape(question.label.get(language))
            lines.append(f'<p style="margin-bottom:0"><b>{label}</b></p>')
            lines.append(_paragraph(answer_text(question, answers.get(question.id), language)))
    known = {q.id for q in template.questions()}
    earlier = {k: v for k, v in answers.items() if k not in known}
    if earlier:
        heading = _t(QT_TRANSLATE_NOOP("Protocol", "Answers from an earlier version of the form"))
        lines.append(f"<h3>{html.escape(heading)}</h3>")
        for key, value in earlier.items():
            lines.append(f'<p style="margin-bottom:0"><b>{html.escape(key)}</b></p>')
            lines.append(_paragraph(str(value)))
    return "\n".join(lines)
