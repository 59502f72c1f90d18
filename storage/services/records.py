"""Create, update, archive and read any entity declared in `storage.schema`.

Every write is one local transaction containing the domain change, its outbox mutation
(DESIGN §5.1), a local audit event (AUD-1/AUD-2) and the search index update. Reads return
frozen `Record`s; opening a case or a person also records a read audit event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, Row, Table, bindparam, func, select, update

from storage.case_closing import closing_changes, closing_errors
from storage.context import ProfileContext, Stamp
from storage.errors import ErrorCode, StoreError, ValidationFailed
from storage.ids import is_uuid, new_id
from storage.schema import ENTITIES, Entity, EntityKind, MergeClass, mutation_kind
from storage.sittings import interrupted_errors
from storage.tables import ENTITY_TABLES, outbox
from storage.validation import ILLEGAL_TRANSITION, check_values, is_finalised, transition_allowed
from storage.write_batch import WriteBatch

log = logging.getLogger("dossier.storage")
# The write path's own reads go straight to the driver (`WriteBatch.execute`): through
# SQLAlchemy, building and caching each statement cost more than running it.
_CASE_ARCHIVED = 'SELECT archived FROM "case" WHERE id = ?'
_EXISTS = {
    name: f'SELECT 1 FROM "{table.name}" WHERE id = ?' for name, table in ENTITY_TABLES.items()
}
AUDITED_READS = frozenset({"case", "person"})


@dataclass(frozen=True, slots=True)
class Record:
    """A read-only snapshot of one entity row, safe to hand to any thread."""

    entity: str
    id: str
    case_id: str | None
    values: Mapping[str, Any]
    archived: bool
    version: int
    sync_state: str
    created_at: str
    updated_at: str
    updated_by: str
    updated_hlc: str

    def __getitem__(self, field: str) -> Any:
        return self.values[field]


def record_from_row(entity: Entity, row: Row[Any] | Mapping[str, Any]) -> Record:
    """A `Record` from a row of the entity's table (or the dict that was just inserted)."""
    data = row._mapping if isinstance(row, Row) else row
    return Record(
        entity=entity.name,
        id=data["id"],
        case_id=data["case_id"] if entity.case_scoped else None,
        values=MappingProxyType({f: data[f] for f in entity.field_names}),
        archived=bool(data["archived"]),
        version=int(data["version"]),
        sync_state=data["sync_state"],
        created_at=data["created_at"],
        updated_at=data["updated_at"],
        updated_by=data["updated_by"],
        updated_hlc=data["updated_hlc"],
    )


def _entity(name: str) -> tuple[Entity, Table]:
    try:
        return ENTITIES[name], ENTITY_TABLES[name]
    except KeyError:
        raise StoreError(ErrorCode.NOT_FOUND, f"entity {name}") from None


def _clean(entity: Entity, values: Mapping[str, Any]) -> dict[str, Any]:
    # Empty strings and lists mean "no value": store NULL so "unset" has one representation.
    known = set(entity.field_names)
    return {k: (None if v in ("", []) else v) for k, v in values.items() if k in known} | {
        k: v for k, v in values.items() if k not in known
    }


class RecordService:
    """Generic entity writes and reads for one unlocked profile."""

    def __init__(self, ctx: ProfileContext) -> None:
        self._ctx = ctx

    # --- writes -----------------------------------------------------------------------

    def create(
        self,
        entity_name: str,
        values: Mapping[str, Any],
        *,
        case_id: str | None = None,
        record_id: str | None = None,
        also: Callable[[Connection], object] | None = None,
    ) -> Record:
        """Create an entity; returns it. Raises ValidationFailed with per-field codes.

        `also` runs inside the same transaction (e.g. the attachment's file mapping), so the
        entity and whatever belongs to it commit together.
        """
        entity, table = _entity(entity_name)
        values = _clean(entity, values)
        errors = check_values(entity, values)
        if entity.name == "case" and not errors:
            values = self._with_closing(None, values)
        if entity.case_scoped and not is_uuid(case_id):
            errors["case_id"] = "required"
        if errors:
            raise ValidationFailed(errors)
        record_id = record_id or new_id()
        with self._ctx.store.write() as conn:
            batch = self._batch(conn)
            if entity.case_scoped:
                self._require_live_case(batch, str(case_id))
            self._check_references(batch, entity, values)
            stamp = self._ctx.stamp(conn)
            row = {f: values.get(f) for f in entity.field_names}
            row |= {"id": record_id, "archived": False, "version": 0, "sync_state": "pending"}
            row |= {"created_at": stamp.time, "updated_at": stamp.time, "updated_by": stamp.actor}
            row |= {"updated_hlc": stamp.hlc, "field_clocks": {}}
            if entity.case_scoped:
                row["case_id"] = case_id
            raw = self._ctx.store.raw_insert(table)
            batch.execute(raw.sql, raw.params(row))
            changes = {
                f: {"old": None, "new": row[f]} for f in entity.field_names if row[f] is not None
            }
            self._enqueue(
                conn,
                entity=entity,
                op="create",
                entity_id=record_id,
                case_id=row.get("case_id"),
                base_version=0,
                changes=changes,
                stamp=stamp,
            )
            self._ctx.audit.record(conn, "create", entity.name, record_id)
            record = record_from_row(entity, row)
            self._ctx.search.index(conn, record, new=True)
            if also is not None:
                also(conn)
        return record

    def update(
        self,
        entity_name: str,
        record_id: str,
        changes: Mapping[str, Any],
        *,
        expected_hlc: str | None = None,
    ) -> Record:
        """Change some fields of an entity; a no-op change writes nothing.

        `expected_hlc` is the `updated_hlc` the editor loaded; if the row changed since
        (another window, or a sync applied in between), VERSION_CONFLICT is raised instead
        of silently overwriting.
        """
        entity, _ = _entity(entity_name)
        changes = _clean(entity, changes)
        if entity.kind is EntityKind.INSERT_ONLY:
            raise StoreError(ErrorCode.IMMUTABLE, entity.name)
        errors = check_values(entity, changes, partial=True)
        if errors:
            raise ValidationFailed(errors)
        with self._ctx.store.write() as conn:
            current = self._fetch(conn, entity, record_id)
            if expected_hlc is not None and current.updated_hlc != expected_hlc:
                raise StoreError(ErrorCode.VERSION_CONFLICT, entity.name)
            self._check_mutable(entity, current, changes)
            if entity.name == "case":
                changes = self._with_closing(current.values, changes)
            self._check_references(self._batch(conn), entity, changes)
            diff = {
                f: {"old": current.values[f], "new": v}
                for f, v in changes.items()
                if current.values[f] != v
            }
            if not diff:
                return current
            record = self._apply(conn, current, diff, "update")
        return record

    def archive(self, entity_name: str, record_id: str, *, archived: bool = True) -> Record:
        """Archive (soft-delete) or restore an entity; hard delete is never a sync operation."""
        entity, _ = _entity(entity_name)
        with self._ctx.store.write() as conn:
            current = self._fetch(conn, entity, record_id)
            if current.archived == archived:
                return current
            if is_finalised(entity.name, current.values):
                raise StoreError(ErrorCode.IMMUTABLE, entity.name)
            diff = {"archived": {"old": current.archived, "new": archived}}
            op = "archive" if archived else "unarchive"
            return self._apply(conn, current, diff, op)

    # --- reads ------------------------------------------------------------------------

    def get(self, entity_name: str, record_id: str, *, audit_read: bool = True) -> Record:
        """One entity. Opening a case or a person is recorded as a read audit event."""
        entity, _ = _entity(entity_name)
        if audit_read and entity.name in AUDITED_READS:
            with self._ctx.store.write() as conn:
                record = self._fetch(conn, entity, record_id)
                self._ctx.audit.record(conn, "read", entity.name, record_id)
                return record
        with self._ctx.store.read() as conn:
            return self._fetch(conn, entity, record_id)

    def list(
        self,
        entity_name: str,
        *,
        case_id: str | None = None,
        include_archived: bool = False,
        limit: int | None = None,
    ) -> list[Record]:
        """Entities of one kind (optionally of one case), oldest first."""
        entity, table = _entity(entity_name)
        query = select(table).order_by(table.c.created_at, table.c.id)
        if case_id is not None and entity.case_scoped:
            query = query.where(table.c.case_id == case_id)
        if not include_archived:
            query = query.where(table.c.archived.is_(False))
        if limit is not None:
            query = query.limit(limit)
        with self._ctx.store.read() as conn:
            return [record_from_row(entity, r) for r in conn.execute(query)]

    def count(self, entity_name: str) -> int:
        """How many rows (archived included) an entity has locally."""
        _, table = _entity(entity_name)
        with self._ctx.store.read() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    # --- internals --------------------------------------------------------------------

    def _fetch(self, conn: Connection, entity: Entity, record_id: str) -> Record:
        table = ENTITY_TABLES[entity.name]
        row = conn.execute(select(table).where(table.c.id == record_id)).first()
        if row is None:
            raise StoreError(ErrorCode.NOT_FOUND, entity.name)
        return record_from_row(entity, row)

    def _batch(self, conn: Connection) -> WriteBatch:
        batch = self._ctx.store.batch(conn)
        if batch is None:  # every write of this service runs inside `Store.write()`
            raise RuntimeError("record write outside Store.write()")
        return batch

    @staticmethod
    def _require_live_case(batch: WriteBatch, case_id: str) -> None:
        # Only the flag: every child record of a case asks, so reading the whole row showed
        # up in the write profile.
        found = batch.execute(_CASE_ARCHIVED, (case_id,)).fetchone()
        if found is None:
            raise StoreError(ErrorCode.NOT_FOUND, "case")
        if found[0]:
            raise ValidationFailed({"case_id": "archived"})

    @staticmethod
    def _check_references(batch: WriteBatch, entity: Entity, values: Mapping[str, Any]) -> None:
        errors: dict[str, str] = {}
        for field in entity.fields:
            value = values.get(field.name)
            if field.target and value is not None:
                found = batch.execute(_EXISTS[field.target], (value,)).fetchone()
                if found is None:
                    errors[field.name] = "not_found"
        if errors:
            raise ValidationFailed(errors)

    def _check_mutable(self, entity: Entity, current: Record, changes: Mapping[str, Any]) -> None:
        if is_finalised(entity.name, current.values):
            raise StoreError(ErrorCode.IMMUTABLE, entity.name)
        for name, value in changes.items():
            field = entity.field(name)
            if field.merge is MergeClass.IMMUTABLE and current.values[name] != value:
                raise StoreError(ErrorCode.IMMUTABLE, f"{entity.name}.{name}")
        illegal = {
            name: ILLEGAL_TRANSITION
            for name, value in changes.items()
            if not transition_allowed(entity.name, name, current.values[name], value)
        }
        if entity.name == "interview":  # answers only in a sitting (storage.sittings)
            illegal |= interrupted_errors(current.values, changes)
        if illegal:
            raise ValidationFailed(illegal)

    def _with_closing(
        self, current: Mapping[str, Any] | None, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        # A case's closing date follows its status (`storage.case_closing`), by local date.
        today = date.fromtimestamp(self._ctx.clock())
        changes = closing_changes(current, changes, today)
        errors = closing_errors(current, changes, today)
        if errors:
            raise ValidationFailed(errors)
        return changes

    def _apply(
        self, conn: Connection, current: Record, diff: dict[str, dict[str, Any]], op: str
    ) -> Record:
        entity, table = _entity(current.entity)
        stamp = self._ctx.stamp(conn)
        log.debug("local write", extra={"entity": entity.name, "op": op})
        new_values = {f: c["new"] for f, c in diff.items()}
        clocks = self._field_clocks(conn, table, current.id)
        clocks.update(
            {
                f: stamp.hlc
                for f in diff
                if f != "archived" and entity.field(f).merge is MergeClass.LOW_RISK
            }
        )
        values = new_values | {
            "sync_state": "pending",
            "updated_at": stamp.time,
            "updated_by": stamp.actor,
            "updated_hlc": stamp.hlc,
            "field_clocks": clocks,
        }
        conn.execute(
            update(table).where(table.c.id == bindparam("target_id")),
            values | {"target_id": current.id},
        )
        self._enqueue(
            conn,
            entity=entity,
            op=op,
            entity_id=current.id,
            case_id=current.case_id,
            base_version=current.version,
            changes=diff,
            stamp=stamp,
        )
        self._ctx.audit.record(conn, op, entity.name, current.id, detail={"fields": sorted(diff)})
        record = self._fetch(conn, entity, current.id)
        self._ctx.search.index(conn, record)
        return record

    @staticmethod
    def _field_clocks(conn: Connection, table: Table, record_id: str) -> dict[str, str]:
        value = conn.execute(select(table.c.field_clocks).where(table.c.id == record_id)).scalar()
        return dict(value or {})

    def _enqueue(
        self,
        conn: Connection,
        *,
        entity: Entity,
        op: str,
        entity_id: str,
        case_id: str | None,
        base_version: int,
        changes: Mapping[str, Any],
        stamp: Stamp,
    ) -> int:
        """Queue the outbox mutation; it is written with the transaction's others at commit."""
        seq = self._ctx.next_mutation_seq(conn)
        raw = self._ctx.store.raw_insert(outbox)
        row = {
            "mutation_seq": seq,
            "mutation_id": new_id(),
            "kind": mutation_kind(entity.name, op),
            "entity": entity.name,
            "entity_id": entity_id,
            "case_id": case_id if entity.name != "case" else entity_id,
            "base_version": base_version,
            "changes": dict(changes),
            "client_hlc": stamp.hlc,
            "created_at": stamp.time,  # the write's own moment, as `stamp` read it
        }
        self._batch(conn).add(raw.sql, raw.params(row))
        return seq


def pending_mutations(conn: Connection, *, limit: int | None = None) -> Sequence[Row[Any]]:
    """Outbox rows in sequence order (what the next push will send)."""
    query = select(outbox).order_by(outbox.c.mutation_seq)
    if limit is not None:
        query = query.limit(limit)
    return conn.execute(query).fetchall()
