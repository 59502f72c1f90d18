"""Duplicate persons: compare two records, merge one into the other, undo, or dismiss.

Never automatic: every action here is a caseworker's explicit choice, and each is made of
ordinary mutations (so it syncs, merges and is audited like every edit) in ONE transaction:

* merge X into S: X's live case links are archived and S is linked in the same cases and
  roles (a link's `person_id` is immutable); the values the caseworker picked from X are
  written to S; X is archived (hidden but kept); a `person_merge` record (decision "merged")
  says exactly which links and values changed, in the case where the merge was made;
* undo: the recorded links are restored and the new ones archived, X is restored, S's values
  go back where they still hold what the merge wrote (a later edit is kept, and reported);
  the `person_merge` record is archived;
* dismiss: a `person_merge` record with decision "distinct"; the pair is not proposed again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from storage.context import ProfileContext
from storage.duplicates import Candidate, PersonFacts, Reason, ordered_pair, score_pair
from storage.duplicates_store import decided_pairs, forget_pair
from storage.errors import ValidationFailed
from storage.schema import IDENTITY_DOCUMENT, PERSON, PERSON_MERGE
from storage.services.records import Record, RecordService, record_from_row
from storage.tables import ENTITY_TABLES
from storage.validation import REQUIRED

MERGE = "person_merge"
NOT_MERGEABLE = "not_mergeable"  # field error: a person merged, archived, or the same twice
ALREADY_DECIDED = "already_decided"
NOT_A_SOURCE = "not_a_source"  # a pick names neither of the two persons
PICKABLE = tuple(f.name for f in PERSON.fields)

_LINKS = ENTITY_TABLES["case_person"]
_CASES = ENTITY_TABLES["case"]
_DOCUMENTS = ENTITY_TABLES["identity_document"]
_DECISIONS = ENTITY_TABLES[MERGE]


@dataclass(frozen=True, slots=True)
class PersonSide:
    """One person of a comparison: the record, its cases and its identity documents."""

    person: Record
    cases: tuple[tuple[str, str, str], ...]  # (case id, case number, role), live links
    documents: tuple[Record, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two persons side by side, the fields whose values differ, and why they were proposed."""

    first: PersonSide
    second: PersonSide
    differing: tuple[str, ...]
    reasons: tuple[Reason, ...]
    score: float | None  # None: the pair would not be proposed (compared on request)


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What an undo restored; `kept` lists survivor fields edited after the merge."""

    merge: Record
    kept: tuple[str, ...]


class PersonMergeService:
    """Compare, merge, undo and dismiss for one unlocked profile."""

    def __init__(self, ctx: ProfileContext, records: RecordService) -> None:
        self._ctx = ctx
        self._records = records

    # --- reads --------------------------------------------------------------------------

    def compare(self, person_id: str, other_id: str) -> Comparison:
        """Both persons with their cases and documents (reading them is audited)."""
        first = self._records.get("person", person_id)
        second = self._records.get("person", other_id)
        with self._ctx.store.read() as conn:
            sides = self._side(conn, first), self._side(conn, second)
        differing = tuple(
            name for name in PICKABLE if _normal(first.values[name]) != _normal(second.values[name])
        )
        candidate = _score(first, second)
        return Comparison(
            sides[0],
            sides[1],
            differing,
            candidate.reasons if candidate else (),
            candidate.score if candidate else None,
        )

    def merge_of(self, person_id: str) -> Record | None:
        """The live merge that merged this person into another, if any."""
        with self._ctx.store.read() as conn:
            row = conn.execute(
                select(_DECISIONS).where(
                    _DECISIONS.c.person_id == person_id,
                    _DECISIONS.c.decision == "merged",
                    _DECISIONS.c.archived.is_(False),
                )
            ).first()
        return None if row is None else record_from_row(PERSON_MERGE, row)

    def decisions_for_case(self, case_id: str) -> list[Record]:
        """Live decisions recorded in a case (merges can be undone from there)."""
        return self._records.list(MERGE, case_id=case_id)

    # --- decisions ----------------------------------------------------------------------

    def dismiss(self, case_id: str, person_id: str, other_id: str) -> Record:
        """Record that the two are not the same person; never proposed again."""
        with self._ctx.store.write() as conn:
            self._require_open_pair(conn, person_id, other_id)
            values = {"person_id": person_id, "other_person_id": other_id, "decision": "distinct"}
            record = self._records.create(MERGE, values, case_id=case_id)
            forget_pair(conn, person_id, other_id)
            self._ctx.audit.record(
                conn, "dismiss_duplicate", "person", person_id, detail={"other": other_id}
            )
        return record

    def merge(
        self,
        case_id: str,
        merged_id: str,
        survivor_id: str,
        picks: Mapping[str, str] | None = None,
    ) -> Record:
        """Merge `merged_id` into `survivor_id`; `picks` maps a person field to the id of the
        person whose value the survivor keeps (unnamed fields keep the survivor's value).
        Returns the `person_merge` record."""
        with self._ctx.store.write() as conn:
            merged, survivor = self._require_open_pair(conn, merged_id, survivor_id)
            values = _picked_values(merged, survivor, picks or {})
            links = [
                self._repoint(conn, link, survivor_id) for link in _live_links(conn, merged_id)
            ]
            self._records.archive("person", merged_id)
            changed = {
                name: {"old": survivor.values[name], "new": value}
                for name, value in values.items()
                if _normal(survivor.values[name]) != _normal(value)
            }
            if changed:
                self._records.update(
                    "person", survivor_id, {name: c["new"] for name, c in changed.items()}
                )
            record = self._records.create(
                MERGE,
                {
                    "person_id": merged_id,
                    "other_person_id": survivor_id,
                    "decision": "merged",
                    "detail": {"links": links, "values": changed},
                },
                case_id=case_id,
            )
            forget_pair(conn, merged_id, survivor_id)
            self._ctx.audit.record(
                conn,
                "merge",
                "person",
                merged_id,
                detail={"into": survivor_id, "merge_id": record.id, "fields": sorted(changed)},
            )
        return record

    def undo(self, merge_id: str) -> UndoResult:
        """Undo a merge: links, the merged person and the survivor's values come back."""
        with self._ctx.store.write() as conn:
            merge = self._records.get(MERGE, merge_id, audit_read=False)
            if merge.archived or merge["decision"] != "merged":
                raise ValidationFailed({"id": NOT_MERGEABLE})
            detail = merge["detail"] or {}
            for entry in detail.get("links", []):
                self._records.archive("case_person", entry["link"], archived=False)
                if entry.get("created"):
                    self._records.archive("case_person", entry["created"])
            self._records.archive("person", merge["person_id"], archived=False)
            kept = self._restore_values(merge["other_person_id"], detail.get("values", {}))
            merge = self._records.archive(MERGE, merge_id)
            self._ctx.audit.record(
                conn,
                "unmerge",
                "person",
                merge["person_id"],
                detail={"from": merge["other_person_id"], "merge_id": merge_id},
            )
        return UndoResult(merge, kept)

    # --- internals ----------------------------------------------------------------------

    def _side(self, conn: Connection, person: Record) -> PersonSide:
        cases = conn.execute(
            select(_CASES.c.id, _CASES.c.case_number, _LINKS.c.role)
            .join_from(_LINKS, _CASES, _LINKS.c.case_id == _CASES.c.id)
            .where(_LINKS.c.person_id == person.id, _LINKS.c.archived.is_(False))
            .order_by(_CASES.c.case_number)
        )
        documents = conn.execute(
            select(_DOCUMENTS)
            .where(_DOCUMENTS.c.person_id == person.id, _DOCUMENTS.c.archived.is_(False))
            .order_by(_DOCUMENTS.c.created_at)
        )
        return PersonSide(
            person,
            tuple((str(c), str(n), str(r)) for c, n, r in cases),
            tuple(record_from_row(IDENTITY_DOCUMENT, d) for d in documents),
        )

    def _require_open_pair(
        self, conn: Connection, person_id: str, other_id: str
    ) -> tuple[Record, Record]:
        if not person_id or not other_id:
            raise ValidationFailed({"person_id": REQUIRED})
        if person_id == other_id:
            raise ValidationFailed({"other_person_id": NOT_MERGEABLE})
        first = self._records.get("person", person_id, audit_read=False)
        second = self._records.get("person", other_id, audit_read=False)
        if first.archived or second.archived:
            raise ValidationFailed({"person_id": NOT_MERGEABLE})
        if ordered_pair(person_id, other_id) in decided_pairs(conn, [person_id]):
            raise ValidationFailed({"person_id": ALREADY_DECIDED})
        return first, second

    def _repoint(self, conn: Connection, link: Any, survivor_id: str) -> dict[str, str | None]:
        """Archive one link of the merged person; link the survivor in its place unless the
        survivor already has that role in that case."""
        self._records.archive("case_person", link.id)
        exists = conn.execute(
            select(_LINKS.c.id).where(
                _LINKS.c.case_id == link.case_id,
                _LINKS.c.person_id == survivor_id,
                _LINKS.c.role == link.role,
                _LINKS.c.archived.is_(False),
            )
        ).first()
        created = None
        if exists is None:
            values = {"person_id": survivor_id, "role": link.role}
            created = self._records.create("case_person", values, case_id=link.case_id).id
        return {"link": link.id, "created": created}

    def _restore_values(self, survivor_id: str, values: Mapping[str, Any]) -> tuple[str, ...]:
        survivor = self._records.get("person", survivor_id, audit_read=False)
        restore, kept = {}, []
        for name, change in values.items():
            if _normal(survivor.values.get(name)) == _normal(change.get("new")):
                restore[name] = change.get("old")
            else:
                kept.append(name)
        if restore:
            self._records.update("person", survivor_id, restore)
        return tuple(sorted(kept))


def _live_links(conn: Connection, person_id: str) -> list[Any]:
    query = (
        select(_LINKS.c.id, _LINKS.c.case_id, _LINKS.c.role)
        .where(_LINKS.c.person_id == person_id, _LINKS.c.archived.is_(False))
        .order_by(_LINKS.c.created_at, _LINKS.c.id)
    )
    return list(conn.execute(query))


def _picked_values(merged: Record, survivor: Record, picks: Mapping[str, str]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name, source in picks.items():
        if name not in PICKABLE:
            errors[name] = NOT_A_SOURCE
        elif source == merged.id:
            values[name] = merged.values[name]
        elif source != survivor.id:
            errors[name] = NOT_A_SOURCE
    if errors:
        raise ValidationFailed(errors)
    return values


def _normal(value: Any) -> Any:
    return None if value in ("", [], None) else value


def _score(first: Record, second: Record) -> Candidate | None:
    return score_pair(
        PersonFacts.of(first.id, first.values), PersonFacts.of(second.id, second.values)
    )


__all__ = [
    "ALREADY_DECIDED",
    "NOT_A_SOURCE",
    "NOT_MERGEABLE",
    "Comparison",
    "PersonMergeService",
    "PersonSide",
    "UndoResult",
]
