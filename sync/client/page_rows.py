"""The rows of one pull page, read at once and written at once (issue 4: sync speed).

A page brings snapshots of whole buckets and changes. Applied one row at a time, each image
cost a SELECT of the local row, an INSERT or UPDATE and a search-index entry (an FTS5 delete
by column is a scan of the whole index). Here the page's rows are read with one SELECT per
entity table for up to `IN_CHUNK` ids, the page is applied to those rows in memory, in page
order and with the same rules as before (a row with pending edits is rebased, never
overwritten; a change older than the local row is ignored; a row with pending edits is never
removed), and `flush` writes the outcome: the old index entries of the rows touched go in one
DELETE, and the entity rows and the new index entries are queued on the write transaction's
`WriteBatch` (`storage.write_batch`), one `executemany` per statement at its next flush.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Table, select

from storage.schema import ENTITIES
from storage.services.records import record_from_row
from storage.tables import ENTITY_TABLES
from sync.client.local_rows import IN_CHUNK, LocalRows, pending_edits
from sync.merge import rebase
from sync.merge_types import ServerRow
from sync.protocol.models import RowImage

Key = tuple[str, str]
"""(entity, entity id)."""


class PageRows:
    """The local rows one page reads and writes, held in memory until `flush`."""

    def __init__(self, rows: LocalRows) -> None:
        self.rows = rows
        self.conn = rows.conn
        self._before: dict[Key, dict[str, Any] | None] = {}
        """Each row as stored before the page (None: not held)."""
        self._now: dict[Key, dict[str, Any] | None] = {}
        """Each row as the page has left it so far."""
        self._touched: dict[Key, None] = {}  # in the order the page touched them
        self._removed: set[Key] = set()

    # --- reading -------------------------------------------------------------------------

    def load(self, keys: Iterable[Key]) -> None:
        """Read the stored rows of `keys` not read yet: one SELECT per table and chunk."""
        wanted: dict[str, list[str]] = {}
        for entity, entity_id in keys:
            if entity in ENTITY_TABLES and (entity, entity_id) not in self._before:
                self._before[(entity, entity_id)] = None
                wanted.setdefault(entity, []).append(entity_id)
        for entity, ids in wanted.items():
            table = ENTITY_TABLES[entity]
            for start in range(0, len(ids), IN_CHUNK):
                query = select(table).where(table.c.id.in_(ids[start : start + IN_CHUNK]))
                for row in self.conn.execute(query):
                    self._before[(entity, str(row.id))] = dict(row._mapping)
        for entity, ids in wanted.items():
            for entity_id in ids:
                self._now[(entity, entity_id)] = self._before[(entity, entity_id)]

    def current(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        """The row as the page has left it so far, or None."""
        key = (entity, entity_id)
        if key not in self._now:
            self.load([key])
        return self._now.get(key)

    def in_bucket(self, case_id: str, entity: str, entity_id: str) -> bool:
        """Whether the row (still) belongs to the case's bucket."""
        row = self.current(entity, entity_id)
        if row is None:
            return False
        return entity == "case" or str(row.get("case_id")) == case_id

    # --- the page ------------------------------------------------------------------------

    def put(self, image: RowImage, case_id: str | None, *, only_newer: bool) -> bool:
        """Apply a server image; True if the local row changed.

        A row with unacknowledged local mutations is never overwritten: its pending edits
        are rebased on the new image (`sync.merge.rebase`) and the result is shown.
        """
        if image.entity not in ENTITY_TABLES:
            return False
        local = self.current(image.entity, image.entity_id)
        if local is not None and only_newer and int(local["version"]) >= image.version:
            return False
        pending = self.rows.pending(image.entity_id)
        shown = ServerRow(
            values=image.values,
            version=image.version,
            archived=image.archived,
            field_hlcs=image.field_hlcs,
        )
        if pending:
            rebased, _ = rebase(shown, pending_edits(pending))
            shown = rebased or shown
        entity = ENTITIES[image.entity]
        row: dict[str, Any] = {f: shown.values.get(f) for f in entity.field_names}
        row |= {
            "id": image.entity_id,
            "archived": shown.archived,
            "version": image.version,
            "sync_state": "pending" if pending else "synced",
            "updated_at": self.rows.now,
            "updated_by": "sync",
            "updated_hlc": self.rows.hlc,
            "field_clocks": dict(image.field_hlcs),
        }
        if entity.case_scoped:
            row["case_id"] = image.case_id or case_id or (local or {}).get("case_id")
        if local is None:
            row["created_at"] = self.rows.now
        self._set((image.entity, image.entity_id), {**(local or {}), **row})
        return True

    def remove(self, entity: str, entity_id: str) -> bool:
        """Delete a row that left the laptop's view (unless it has pending edits)."""
        if entity not in ENTITY_TABLES or self.rows.pending(entity_id):
            return False
        self.current(entity, entity_id)  # read, so `flush` knows whether it was stored
        self._set((entity, entity_id), None)
        self._removed.add((entity, entity_id))
        return True

    def _set(self, key: Key, row: dict[str, Any] | None) -> None:
        self._now[key] = row
        self._touched[key] = None

    # --- writing -------------------------------------------------------------------------

    def flush(self) -> None:
        """Write every row the page changed, and its search-index entries."""
        if not self._touched:
            return
        search = self.rows.profile.search
        # Entries of rows stored before, or removed on the way, go first, in one pass.
        search.remove_many(
            self.conn,
            [k for k in self._touched if self._before[k] is not None or k in self._removed],
        )
        for entity, entity_id in self._touched:
            if entity == "attachment" and (entity, entity_id) in self._removed:
                self.rows._forget_file(entity_id)
        batch = self.rows.profile.store.batch(self.conn)
        if batch is None:
            raise RuntimeError("a page is applied inside the store's write transaction")
        statements = self._statements()
        # Deletes first: a row that left the bucket never meets the one that replaces it.
        for sql in sorted(statements, key=lambda s: not s.startswith("DELETE")):
            for params in statements[sql]:
                batch.add(sql, params)
        for key in self._touched:
            now = self._now[key]
            if now is not None:
                # Old entries are gone (above): every entry is written as a new one.
                search.index(self.conn, record_from_row(ENTITIES[key[0]], now), new=True)
        self._before.clear()
        self._now.clear()
        self._touched.clear()
        self._removed.clear()

    def _statements(self) -> dict[str, list[list[Any]]]:
        """The rows to write, by statement: INSERT, UPDATE (every column) or DELETE."""
        store = self.rows.profile.store
        statements: dict[str, list[list[Any]]] = {}
        for key in self._touched:
            entity, entity_id = key
            table = ENTITY_TABLES[entity]
            before, now = self._before[key], self._now[key]
            if now is None:
                if before is not None:
                    statements.setdefault(_delete_sql(table), []).append([entity_id])
                continue
            raw = store.raw_insert(table)
            params = raw.params(now)
            if before is None:
                statements.setdefault(raw.sql, []).append(params)
            else:
                statements.setdefault(_update_sql(table), []).append(params[1:] + params[:1])
        return statements


@cache
def _delete_sql(table: Table) -> str:
    return f'DELETE FROM "{table.name}" WHERE "id" = ?'


@cache
def _update_sql(table: Table) -> str:
    """An UPDATE of every column but `id` (the first), by `id`: the parameters are those of
    `RawInsert.params` with the id moved to the end."""
    names = [column.name for column in table.columns]
    if names[0] != "id":
        raise ValueError(f"{table.name}: id is not the first column")
    columns = ", ".join(f'"{name}" = ?' for name in names[1:])
    return f'UPDATE "{table.name}" SET {columns} WHERE "id" = ?'
