"""Audit events as sentences: "changed the case (Status, Stage)", "viewed a document".

Events carry codes only (action, object type, field names); the words live here. A pair this
version does not know still reads sensibly: "<action> · <object>".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.vocabulary import field_label
from storage.services.summaries import HistoryEvent

_CTX = "History"

SENTENCES: dict[tuple[str, str], str] = {
    ("create", "case"): QT_TRANSLATE_NOOP("History", "created the case"),
    ("update", "case"): QT_TRANSLATE_NOOP("History", "changed the case"),
    ("read", "case"): QT_TRANSLATE_NOOP("History", "opened the case"),
    ("archive", "case"): QT_TRANSLATE_NOOP("History", "archived the case"),
    ("unarchive", "case"): QT_TRANSLATE_NOOP("History", "restored the case"),
    ("create", "person"): QT_TRANSLATE_NOOP("History", "added a person"),
    ("update", "person"): QT_TRANSLATE_NOOP("History", "changed a person's details"),
    ("read", "person"): QT_TRANSLATE_NOOP("History", "opened a person's details"),
    ("create", "case_person"): QT_TRANSLATE_NOOP("History", "linked a person to the case"),
    ("update", "case_person"): QT_TRANSLATE_NOOP("History", "changed a person's role"),
    ("archive", "case_person"): QT_TRANSLATE_NOOP("History", "removed a person from the case"),
    ("create", "task"): QT_TRANSLATE_NOOP("History", "added a task or deadline"),
    ("update", "task"): QT_TRANSLATE_NOOP("History", "changed a task or deadline"),
    ("create", "note"): QT_TRANSLATE_NOOP("History", "added a note"),
    ("create", "interview"): QT_TRANSLATE_NOOP("History", "started an interview"),
    ("update", "interview"): QT_TRANSLATE_NOOP("History", "saved interview answers"),
    ("read", "interview"): QT_TRANSLATE_NOOP("History", "opened an interview"),
    ("export", "interview"): QT_TRANSLATE_NOOP("History", "exported an interview protocol"),
    ("print", "interview"): QT_TRANSLATE_NOOP("History", "printed an interview protocol"),
    ("create", "attachment"): QT_TRANSLATE_NOOP("History", "imported a document"),
    ("read", "attachment"): QT_TRANSLATE_NOOP("History", "viewed a document"),
    ("create", "identity_document"): QT_TRANSLATE_NOOP("History", "added an identity document"),
    ("update", "identity_document"): QT_TRANSLATE_NOOP("History", "changed an identity document"),
    ("create", "return_assistance"): QT_TRANSLATE_NOOP("History", "recorded return assistance"),
    ("update", "return_assistance"): QT_TRANSLATE_NOOP("History", "changed return assistance"),
    ("conflict_resolved", "case"): QT_TRANSLATE_NOOP("History", "resolved a sync conflict"),
}
_SENSITIVE = QT_TRANSLATE_NOOP("History", "viewed special-category details")
_FINALISED = QT_TRANSLATE_NOOP("History", "finalised an interview")
ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("History", "created"),
    "read": QT_TRANSLATE_NOOP("History", "viewed"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "archive": QT_TRANSLATE_NOOP("History", "archived"),
    "unarchive": QT_TRANSLATE_NOOP("History", "restored"),
    "export": QT_TRANSLATE_NOOP("History", "exported"),
    "print": QT_TRANSLATE_NOOP("History", "printed"),
    "sync": QT_TRANSLATE_NOOP("History", "synced"),
    "conflict_resolved": QT_TRANSLATE_NOOP("History", "resolved a conflict"),
}
OBJECTS: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("History", "case"),
    "person": QT_TRANSLATE_NOOP("History", "person"),
    "case_person": QT_TRANSLATE_NOOP("History", "person in the case"),
    "task": QT_TRANSLATE_NOOP("History", "task"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "interview": QT_TRANSLATE_NOOP("History", "interview"),
    "attachment": QT_TRANSLATE_NOOP("History", "document"),
    "identity_document": QT_TRANSLATE_NOOP("History", "identity document"),
    "return_assistance": QT_TRANSLATE_NOOP("History", "return assistance"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def _fields(event: HistoryEvent) -> list[str]:
    names = [n for n in event.detail.get("fields", "").split(",") if n and n != "archived"]
    return [field_label(event.object_type, n) for n in names]


def event_sentence(event: HistoryEvent) -> str:
    """What happened, e.g. "changed the case (Status, Stage)"."""
    fields = [n for n in event.detail.get("fields", "").split(",") if n]
    if event.action == "read" and event.detail.get("scope") == "sensitive":
        sentence = _t(_SENSITIVE)
    elif event.object_type == "interview" and event.action == "update" and "status" in fields:
        return _t(_FINALISED)
    elif (event.action, event.object_type) in SENTENCES:
        sentence = _t(SENTENCES[(event.action, event.object_type)])
    else:
        action = ACTIONS.get(event.action)
        thing = OBJECTS.get(event.object_type)
        sentence = " · ".join(
            [_t(action) if action else event.action, _t(thing) if thing else event.object_type]
        )
    if event.object_type == "interview":
        return sentence  # interview "fields" are answers: question ids mean nothing here
    labels = _fields(event)
    return f"{sentence} ({', '.join(labels)})" if labels else sentence
