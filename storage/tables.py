"""The local tables, derived from `storage.schema` (SQLAlchemy Core).

Entity tables get the declared fields plus sync bookkeeping. The Alembic migrations in
`storage/migrations/` are frozen copies of this metadata; a test compares them so the two
can never drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
)

from storage.schema import ENTITIES, Entity, FieldType

metadata = MetaData()

_COLUMN_TYPES = {
    FieldType.TEXT: Text,
    FieldType.LONG_TEXT: Text,
    FieldType.INTEGER: Integer,
    FieldType.BOOLEAN: Boolean,
    FieldType.DATE: Text,
    FieldType.PARTIAL_DATE: Text,
    FieldType.DATETIME: Text,
    FieldType.CHOICE: Text,
    FieldType.CHOICES: JSON,
    FieldType.TEXT_LIST: JSON,
    FieldType.REFERENCE: Text,
    FieldType.JSON: JSON,
}

SYNC_STATES = ("synced", "pending", "conflict")


def _entity_table(entity: Entity) -> Table:
    columns: list[Column[object]] = [Column("id", Text, primary_key=True)]
    if entity.case_scoped:
        columns.append(Column("case_id", Text, nullable=False, index=True))
    columns += [Column(f.name, _COLUMN_TYPES[f.type], nullable=True) for f in entity.fields]
    columns += [
        Column("archived", Boolean, nullable=False, default=False),
        # Version of the server image this row is based on (0 = never acknowledged).
        Column("version", Integer, nullable=False, default=0),
        Column("sync_state", Text, nullable=False, default="pending"),
        Column("created_at", Text, nullable=False),
        Column("updated_at", Text, nullable=False),
        Column("updated_by", Text, nullable=False),
        Column("updated_hlc", Text, nullable=False),
        # Per-field HLC of the last writer, for last-writer-wins fields.
        Column("field_clocks", JSON, nullable=False, default=dict),
    ]
    return Table(entity.table_name, metadata, *columns)


ENTITY_TABLES: dict[str, Table] = {name: _entity_table(e) for name, e in ENTITIES.items()}

Index("ix_case_person_person", ENTITY_TABLES["case_person"].c.person_id)

meta = Table(
    "store_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", JSON, nullable=False),
)

secret = Table(
    "store_secret",
    metadata,
    # Key material kept only inside the encrypted database (signing keys, attachment KEK,
    # audit chain key). Never logged, never synced.
    Column("name", Text, primary_key=True),
    Column("material", LargeBinary, nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("mutation_seq", Integer, primary_key=True, autoincrement=False),
    Column("mutation_id", Text, nullable=False, unique=True),
    Column("kind", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("case_id", Text, nullable=True, index=True),
    Column("base_version", Integer, nullable=False),
    Column("changes", JSON, nullable=False),
    Column("client_hlc", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    # The conflict a `conflict.resolve.v1` mutation resolves (NULL for every other kind).
    Column("conflict_id", Text, nullable=True),
)

audit_event = Table(
    "audit_event",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("event_id", Text, nullable=False, unique=True),
    Column("actor", Text, nullable=False),
    Column("profile_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("object_type", Text, nullable=False),
    Column("object_id", Text, nullable=True),
    Column("occurred_at", Text, nullable=False),
    Column("recipient", Text, nullable=True),
    Column("detail", JSON, nullable=False, default=dict),
    Column("hash", LargeBinary, nullable=False),
    Column("mac", LargeBinary, nullable=False),
    Column("synced", Boolean, nullable=False, default=False),
)

attachment_file = Table(
    "attachment_file",
    metadata,
    # Where an attachment's encrypted bytes live on this laptop and the wrapped content key.
    Column("attachment_id", Text, primary_key=True),
    Column("file_id", Text, nullable=False, unique=True),
    Column("wrapped_cek", LargeBinary, nullable=False),
    Column("wrap_key_id", Text, nullable=False),
)

case_key = Table(
    "case_key",
    metadata,
    # One random key per case wrapping the CEKs of its attachments (KEY-6, `storage.case_keys`):
    # deleting the row erases the case's files. Never logged, never synced.
    Column("case_id", Text, primary_key=True),
    Column("material", LargeBinary, nullable=False),
)

conflict = Table(
    "conflict",
    metadata,
    Column("conflict_id", Text, primary_key=True),
    Column("case_id", Text, nullable=True, index=True),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=True),
    Column("kind", Text, nullable=False),  # conflict | rejection
    Column("policy", Text, nullable=False),
    Column("base_value", JSON, nullable=True),
    Column("server_value", JSON, nullable=True),
    Column("client_value", JSON, nullable=True),
    Column("suggested", JSON, nullable=True),
    Column("reason", Text, nullable=True),
    Column("status", Text, nullable=False, default="open"),
    Column("opened_at", Text, nullable=False),
    Column("resolved_at", Text, nullable=True),
    # The service's record version (a replayed page never reopens a closed conflict) and the
    # mutation a rejection belongs to; both NULL for conflicts written before sync existed.
    Column("version", Integer, nullable=True),
    Column("mutation_seq", Integer, nullable=True),
)

sync_bucket = Table(
    "sync_bucket",
    metadata,
    # Pull cursor per bucket (DESIGN §5.2): written only in the transaction that applies the
    # data up to it. `refetched` marks a bucket re-downloaded after a checksum mismatch, so a
    # second mismatch is reported instead of looping (F34).
    Column("bucket", Text, primary_key=True),
    Column("cursor", Integer, nullable=False),
    Column("refetched", Boolean, nullable=False, default=False),
)

sync_report = Table(
    "sync_report",
    metadata,
    # One row per applied sync run, for the UI and for IT (counts only, no case content).
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("finished_at", Text, nullable=False),
    Column("sent", Integer, nullable=False),
    Column("received", Integer, nullable=False),
    Column("merged", Integer, nullable=False),
    Column("conflicts", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("evicted", Integer, nullable=False),
    Column("reset", Boolean, nullable=False, default=False),
    Column("error", Text, nullable=True),
)

person_match = Table(
    "person_match",
    metadata,
    # Duplicate-person candidates found on this laptop (`storage.duplicates`): derived from the
    # persons it holds, recomputed after writes and syncs, never synced themselves (decisions
    # about them are: `person_merge`). One row per pair, person_id < other_person_id.
    Column("person_id", Text, primary_key=True),
    Column("other_person_id", Text, primary_key=True, index=True),
    Column("score", Integer, nullable=False),  # per mille
    Column("reasons", JSON, nullable=False),  # reason codes, strongest first
    Column("found_at", Text, nullable=False),
)

FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "entity UNINDEXED, entity_id UNINDEXED, case_id UNINDEXED, terms, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
"""Full-text index inside the encrypted store; rows are maintained by `storage.search`."""
