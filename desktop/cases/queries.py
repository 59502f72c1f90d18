"""Store operations of the case screens. Each runs on the DB lane, never on the GUI thread.

They take the unlocked profile and return frozen DTOs, so nothing that holds a connection
ever reaches a widget.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from storage.deadlines import Rule
from storage.forms import Template
from storage.services.records import Record
from storage.unlocked import OpenProfile

SEARCH_LIMIT = 500


@dataclass(frozen=True, slots=True)
class PersonInCase:
    link: Record  # case_person: role
    person: Record


@dataclass(frozen=True, slots=True)
class CaseDetail:
    case: Record
    persons: tuple[PersonInCase, ...]
    tasks: tuple[Record, ...] = ()
    interviews: tuple[Record, ...] = ()
    notes: tuple[Record, ...] = ()
    attachments: tuple[Record, ...] = ()
    rules: Mapping[str, Rule] = field(default_factory=dict)  # to name and explain deadlines
    templates: Mapping[str, Template] = field(default_factory=dict)  # interview forms


def load_case_detail(profile: OpenProfile, case_id: str, *, audit_read: bool = True) -> CaseDetail:
    """Open a case: the case and its persons (each read recorded in the audit log), with its
    tasks, interviews, notes and attachments (whose own opening is audited when it happens).

    `audit_read=False` re-reads a case that is open already (after a sync brought new data):
    its opening was recorded when it was opened."""
    case = profile.records.get("case", case_id, audit_read=audit_read)
    links = profile.records.list("case_person", case_id=case_id)
    persons = tuple(
        PersonInCase(link, profile.records.get("person", link["person_id"], audit_read=audit_read))
        for link in links
    )

    def scoped(entity: str) -> tuple[Record, ...]:
        return tuple(profile.records.list(entity, case_id=case_id))

    return CaseDetail(
        case,
        persons,
        tasks=scoped("task"),
        interviews=scoped("interview"),
        notes=scoped("note"),
        attachments=scoped("attachment"),
        rules=profile.casework.rules(),
        templates=profile.casework.templates(),
    )


def record_reveal(profile: OpenProfile, entity: str, record_id: str, fields: Sequence[str]) -> None:
    """Log that special-category fields were shown (DSV Art. 4): a read of those fields,
    with ids and field names only."""
    with profile.store.write() as conn:
        profile.context.audit.record(
            conn, "read", entity, record_id, detail={"scope": "sensitive", "fields": sorted(fields)}
        )


def save_changes(
    profile: OpenProfile, entity: str, record_id: str, changes: Mapping[str, Any], expected_hlc: str
) -> Record:
    """Write an edit unless the record changed since the form loaded it (VERSION_CONFLICT)."""
    return profile.records.update(entity, record_id, changes, expected_hlc=expected_hlc)


def search_case_ids(profile: OpenProfile, text: str) -> list[str]:
    """Case ids matching the search box, best first, each once."""
    seen: dict[str, None] = {}
    for hit in profile.search.search(text, limit=SEARCH_LIMIT):
        if hit.case_id:
            seen.setdefault(hit.case_id, None)
    return list(seen)
