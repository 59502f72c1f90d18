"""Rows and edits for the merge tests: realistic defaults, one line per scenario."""

from __future__ import annotations

from typing import Any

from storage.schema import entity
from sync.merge import ClientEdit, FieldChange, JsonValue, ServerRow
from sync.protocol.versions import MutationOp

PERSON_ID = "0190d8a0-1c2b-7000-8000-00000000a001"
ROW_ID = "0190d8a0-1c2b-7000-8000-00000000b001"
CONFLICT_ID = "0190d8a0-1c2b-7000-8000-00000000c001"

# HLCs in causal order: the server's last write, the client's (offline) edit, a newer write.
HLC_SERVER_OLD = "1732700000000:0000:laptop-b"
HLC_CLIENT = "1732704000000:0000:laptop-a"
HLC_SERVER_NEW = "1732709000000:0000:laptop-b"

BASE_VALUES: dict[str, dict[str, JsonValue]] = {
    "case": {
        "case_number": "ZH-2024-0117",
        "case_type": "asylum_support",
        "status": "in_progress",
        "assigned_to": "m.keller",
        "accommodation": "BAZ Zürich, room 12",
        "summary": "Family of four, arrived via Chiasso.",
        "opened_on": "2024-03-01",
    },
    "person": {
        "family_name": "Haddad",
        "given_names": "Amina",
        "birth_date": "1991",
        "nationalities": ["SY"],
        "languages": ["ar"],
        "phone": "+41 44 123 45 67",
        "address": "Rue du Lac 3, 1200 Genève",
        "health_note": "Asthma; inhaler needed.",
    },
    "case_person": {"person_id": PERSON_ID, "role": "applicant"},
    "interview": {
        "template": "initial_interview",
        "language": "ar",
        "status": "draft",
        "answers": {"route": "Turkey, Greece, Balkans"},
    },
    "note": {"body": "Called the accommodation centre about the appointment."},
    "task": {"title": "Ask for passport copy", "kind": "task", "done": False},
}


def row(
    name: str,
    *,
    version: int = 3,
    archived: bool = False,
    archive_version: int = 0,
    hlcs: dict[str, str] | None = None,
    **values: Any,
) -> ServerRow:
    """The service's row of entity `name`: realistic defaults, overridden by `values`."""
    full = {decl.name: None for decl in entity(name).fields} | BASE_VALUES[name] | values
    stamps = hlcs if hlcs is not None else dict.fromkeys(full, HLC_SERVER_OLD)
    return ServerRow(full, version, archived, stamps, archive_version)


def edit(
    name: str,
    op: MutationOp = MutationOp.UPDATE,
    *,
    base: int = 3,
    hlc: str = HLC_CLIENT,
    conflict_id: str | None = None,
    **changes: tuple[Any, Any],
) -> ClientEdit:
    """A client mutation; each keyword is ``field=(old, new)``."""
    return ClientEdit(
        entity=name,
        entity_id=ROW_ID,
        op=op,
        base_version=base,
        changes={field: FieldChange(old, new) for field, (old, new) in changes.items()},
        client_hlc=hlc,
        conflict_id=conflict_id,
    )


def create(name: str, **values: Any) -> ClientEdit:
    """A create of entity `name` with the default values, overridden by `values`."""
    content = BASE_VALUES[name] | values
    return edit(name, MutationOp.CREATE, base=0, **{k: (None, v) for k, v in content.items()})


def resolve(name: str, field: str, against: Any, chosen: Any, **kw: Any) -> ClientEdit:
    """A conflict.resolve mutation choosing `chosen` against the conflict's server value."""
    kw.setdefault("conflict_id", CONFLICT_ID)
    return edit(name, MutationOp.RESOLVE, **kw, **{field: (against, chosen)})
