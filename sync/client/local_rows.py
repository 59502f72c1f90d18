"""Row-level work of the apply: pending edits, bucket members and checksums, cases evicted.

Everything here runs inside the apply's single store transaction and keeps the search index
in step with the rows (`SearchIndex.index/remove`). Server images are written a page at a
time by `sync.client.page_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from storage.case_keys import shred_case_key
from storage.schema import ENTITIES
from storage.tables import ENTITY_TABLES, attachment_file, conflict, outbox
from storage.unlocked import OpenProfile
from sync.client.held_files import unanswered_attachments
from sync.merge import edit_from_mutation
from sync.merge_types import ClientEdit
from sync.protocol.buckets import bucket_checksum
from sync.protocol.models import ChangedField, Mutation

PLACEHOLDER_PROFILE = "00000000-0000-0000-0000-000000000000"
IN_CHUNK = 500
"""Ids bound in one ``IN (...)`` (well under SQLite's variable limit)."""
_ARCHIVE_KIND = re.compile(r"\.(un)?archive\.v\d+$")


class LocalRows:
    """Row operations of one apply transaction."""

    def __init__(self, profile: OpenProfile, conn: Connection, hlc: str, now: str) -> None:
        self.profile = profile
        self.conn = conn
        self.hlc = hlc
        self.now = now
        self.doomed_files: list[str] = []  # attachment files to unlink once committed
        self._pending_ids: set[str] | None = None

    # --- reading -------------------------------------------------------------------------

    def current(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        """The local row, or None."""
        table = ENTITY_TABLES[entity]
        row = self.conn.execute(select(table).where(table.c.id == entity_id)).first()
        return None if row is None else dict(row._mapping)

    def pending(self, entity_id: str) -> list[dict[str, Any]]:
        """Unacknowledged outbox rows of one entity, oldest first."""
        if self._pending_ids is None:
            # Read once: the apply only ever removes outbox rows, so this stays a superset
            # and most rows (no pending edit) need no query of their own.
            found = self.conn.execute(select(outbox.c.entity_id).distinct())
            self._pending_ids = {str(entity_id) for (entity_id,) in found}
        if entity_id not in self._pending_ids:
            return []
        query = select(outbox).where(outbox.c.entity_id == entity_id)
        rows = self.conn.execute(query.order_by(outbox.c.mutation_seq))
        return [dict(r._mapping) for r in rows]

    def case_has_pending(self, case_id: str) -> int:
        """How many outbox rows belong to a case."""
        query = select(func.count()).select_from(outbox).where(outbox.c.case_id == case_id)
        return int(self.conn.execute(query).scalar_one())

    # --- attachment files ----------------------------------------------------------------

    def _forget_file(self, attachment_id: str) -> None:
        query = select(attachment_file.c.file_id).where(
            attachment_file.c.attachment_id == attachment_id
        )
        for (file_id,) in self.conn.execute(query):
            self.doomed_files.append(str(file_id))
        self.conn.execute(
            delete(attachment_file).where(attachment_file.c.attachment_id == attachment_id)
        )

    # --- buckets -------------------------------------------------------------------------

    def bucket_rows(self, case_id: str) -> list[tuple[str, str]]:
        """(entity, id) of the case row and every case-scoped row of the case."""
        return self.bucket_rows_of([case_id])[case_id]

    def bucket_rows_of(self, case_ids: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
        """`bucket_rows` of many cases: one SELECT per entity table for up to `IN_CHUNK`."""
        wanted = sorted(set(case_ids))
        found: dict[str, list[tuple[str, str]]] = {case_id: [] for case_id in wanted}
        cases = ENTITY_TABLES["case"]
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            for (case_id,) in self.conn.execute(select(cases.c.id).where(cases.c.id.in_(chunk))):
                found[str(case_id)].append(("case", str(case_id)))
            for name, entity in ENTITIES.items():
                if entity.case_scoped:
                    table = ENTITY_TABLES[name]
                    query = select(table.c.case_id, table.c.id).where(table.c.case_id.in_(chunk))
                    for row in self.conn.execute(query):
                        found[str(row[0])].append((name, str(row[1])))
        return found

    def linked_persons(self, case_id: str) -> list[str]:
        """Persons linked to the case (archived link or not)."""
        link = ENTITY_TABLES["case_person"]
        query = select(link.c.person_id).where(link.c.case_id == case_id)
        return sorted({str(p) for (p,) in self.conn.execute(query) if p})

    def cases_with_pending(self) -> set[str]:
        """The cases that have outbox rows (one query, for many buckets at once)."""
        query = select(outbox.c.case_id).where(outbox.c.case_id.is_not(None)).distinct()
        return {str(c) for (c,) in self.conn.execute(query)}

    def checksum(self, case_id: str) -> int:
        """The bucket checksum recomputed from local rows (`sync.protocol.buckets`)."""
        return self.checksums([case_id])[case_id]

    def checksums(self, case_ids: Iterable[str]) -> dict[str, int]:
        """The bucket checksum of each case, recomputed from local rows.

        Set-based: one SELECT per entity table for up to `IN_CHUNK` cases, never one per row.
        The members are those of `bucket_rows` plus `linked_persons`; each live (not archived)
        row counts once per bucket, as `sync.protocol.buckets.bucket_checksum` defines.
        """
        wanted = sorted(set(case_ids))
        live: dict[str, set[tuple[str, str, int]]] = {case_id: set() for case_id in wanted}
        for start in range(0, len(wanted), IN_CHUNK):
            for case_id, entity, entity_id, version in self._live_members(
                wanted[start : start + IN_CHUNK]
            ):
                live[case_id].add((entity, entity_id, version))
        return {
            case_id: bucket_checksum((entity_id, version) for _, entity_id, version in rows)
            for case_id, rows in live.items()
        }

    def _live_members(self, case_ids: list[str]) -> Iterator[tuple[str, str, str, int]]:
        """(case_id, entity, entity_id, version) of the live rows of the cases' buckets."""
        cases = ENTITY_TABLES["case"]
        query = select(cases.c.id, cases.c.version).where(
            cases.c.id.in_(case_ids), cases.c.archived.is_(False)
        )
        for case_id, version in self.conn.execute(query):
            yield str(case_id), "case", str(case_id), int(version)
        link, person = ENTITY_TABLES["case_person"], ENTITY_TABLES["person"]
        query = (
            select(link.c.case_id, person.c.id, person.c.version)
            .join_from(link, person, link.c.person_id == person.c.id)
            .where(link.c.case_id.in_(case_ids), person.c.archived.is_(False))
        )
        for row in self.conn.execute(query):
            yield str(row[0]), "person", str(row[1]), int(row[2])
        for name, entity in ENTITIES.items():
            if entity.case_scoped:
                table = ENTITY_TABLES[name]
                query = select(table.c.case_id, table.c.id, table.c.version).where(
                    table.c.case_id.in_(case_ids), table.c.archived.is_(False)
                )
                for row in self.conn.execute(query):
                    yield str(row[0]), name, str(row[1]), int(row[2])

    def evict(self, case_id: str) -> int:
        """Remove every row, search entry, conflict and attachment file of a case.

        The case's attachment key goes first (KEY-6): once committed, no file of the case
        opens again, even from a copy of the vault made before. Outbox rows of the case are
        kept (quarantine): they still go up and the service routes them to review, so offline
        work is never dropped. An attachment added here whose insert the service has not
        answered yet keeps its file and the case key until it has (`sync.client.held_files`).
        Returns rows removed.
        """
        held = unanswered_attachments(self.conn, self.profile.info, [case_id])
        if not held:
            shred_case_key(self.conn, case_id)
        persons = self.linked_persons(case_id)
        removed = 0
        for entity, entity_id in self.bucket_rows(case_id):
            removed += self._drop(entity, entity_id, keep_file=entity_id in held)
        link = ENTITY_TABLES["case_person"]
        for person_id in persons:
            still_linked = self.conn.execute(
                select(link.c.id).where(link.c.person_id == person_id).limit(1)
            ).first()
            if still_linked is None:
                removed += self._drop("person", person_id)
        # Rejections keep the caseworker's own values (quarantine): they stay until resolved.
        self.conn.execute(
            delete(conflict).where(conflict.c.case_id == case_id, conflict.c.kind != "rejection")
        )
        return removed

    def _drop(self, entity: str, entity_id: str, *, keep_file: bool = False) -> int:
        table = ENTITY_TABLES[entity]
        if entity == "attachment" and not keep_file:
            self._forget_file(entity_id)
        self.conn.execute(delete(table).where(table.c.id == entity_id))
        self.profile.search.remove(self.conn, entity, entity_id)
        return 1

    def mark_synced(self, states: dict[tuple[str, str], str]) -> None:
        """Set the sync state of each (entity, id) none of whose mutations is pending any more:
        one SELECT of the outbox and one UPDATE per table and state for up to `IN_CHUNK`."""
        wanted = sorted({entity_id for entity, entity_id in states if entity in ENTITY_TABLES})
        still: set[str] = set()
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            query = select(outbox.c.entity_id).where(outbox.c.entity_id.in_(chunk)).distinct()
            still |= {str(entity_id) for (entity_id,) in self.conn.execute(query)}
        grouped: dict[tuple[str, str], list[str]] = {}
        for (entity, entity_id), state in states.items():
            if entity in ENTITY_TABLES and entity_id not in still:
                grouped.setdefault((entity, state), []).append(entity_id)
        for (entity, state), ids in sorted(grouped.items()):
            table = ENTITY_TABLES[entity]
            for start in range(0, len(ids), IN_CHUNK):
                chunk = ids[start : start + IN_CHUNK]
                self.conn.execute(
                    update(table).where(table.c.id.in_(chunk)).values(sync_state=state)
                )

    def outbox_rows(self, seqs: Iterable[int]) -> dict[int, dict[str, Any]]:
        """The outbox rows of these mutation seqs that are still held, by seq."""
        wanted = sorted(set(seqs))
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            for row in self.conn.execute(select(outbox).where(outbox.c.mutation_seq.in_(chunk))):
                found[int(row.mutation_seq)] = dict(row._mapping)
        return found

    def drop_outbox(self, seqs: Iterable[int]) -> None:
        """Delete the outbox rows of these mutation seqs (acknowledged by the service)."""
        wanted = sorted(set(seqs))
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            self.conn.execute(delete(outbox).where(outbox.c.mutation_seq.in_(chunk)))


def _edit(row: dict[str, Any]) -> ClientEdit | None:
    mutation = Mutation.model_construct(
        profile_id=PLACEHOLDER_PROFILE,
        mutation_seq=int(row["mutation_seq"]),
        kind=row["kind"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        case_id=row["case_id"] or PLACEHOLDER_PROFILE,
        base_version=int(row["base_version"]),
        changes={
            n: ChangedField.model_construct(old=c["old"], new=c["new"])
            for n, c in dict(row["changes"]).items()
            if not _ARCHIVE_KIND.search(str(row["kind"]))  # archive carries no fields on the wire
        },
        client_hlc=row["client_hlc"],
        conflict_id=row.get("conflict_id"),
    )
    edit = edit_from_mutation(mutation)
    return edit if isinstance(edit, ClientEdit) else None


def pending_edits(rows: Iterable[dict[str, Any]]) -> list[ClientEdit]:
    """The field edits of pending outbox rows (`LocalRows.pending`), to rebase on an image."""
    return [edit for edit in map(_edit, rows) if edit is not None]


def ids_of(rows: Sequence[tuple[str, str]]) -> set[str]:
    """The ids of (entity, id) pairs."""
    return {entity_id for _, entity_id in rows}
