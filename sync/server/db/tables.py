"""The service's tables (SQLAlchemy Core), entity tables derived from `storage.schema`.

The Alembic migrations in `sync/server/migrations/` are frozen copies of this metadata; a test
compares them on SQLite and PostgreSQL so the two cannot drift apart. Tables named like SQL
keywords (`case`) are quoted by SQLAlchemy; the service's own tables avoid keywords.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from storage.schema import ENTITIES, Entity, FieldType
from sync.server.db.types import UtcDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ROLES = ("caseworker", "team_lead", "it", "auditor")
DEVICE_STATUSES = ("active", "revoked", "retired")
PROFILE_STATUSES = DEVICE_STATUSES
TOKEN_KINDS = ("access", "refresh")

_ID = 36  # canonical UUID text
_HASH = 64  # SHA-256 hex

_FIELD_TYPES: dict[FieldType, type[TypeEngine[Any]] | TypeEngine[Any]] = {
    FieldType.TEXT: Text,
    FieldType.LONG_TEXT: Text,
    FieldType.INTEGER: BigInteger,
    FieldType.BOOLEAN: Boolean,
    # Dates stay in their wire form: a partial date keeps its precision, and row images
    # round-trip byte for byte.
    FieldType.DATE: Text,
    FieldType.PARTIAL_DATE: Text,
    FieldType.DATETIME: Text,
    FieldType.CHOICE: Text,
    FieldType.CHOICES: JSON,
    FieldType.TEXT_LIST: JSON,
    FieldType.REFERENCE: String(_ID),
    FieldType.JSON: JSON,
}


def _id(
    name: str = "id",
    *args: ForeignKey,
    nullable: bool = False,
    primary_key: bool = False,
    index: bool = False,
) -> Column[str]:
    return Column(name, String(_ID), *args, nullable=nullable, primary_key=primary_key, index=index)


def _entity_table(entity: Entity) -> Table:
    columns: list[Column[Any]] = [_id(primary_key=True)]
    if entity.case_scoped:
        columns.append(_id("case_id", nullable=False, index=True))
    columns += [Column(f.name, _FIELD_TYPES[f.type], nullable=True) for f in entity.fields]
    columns += [
        Column("archived", Boolean, nullable=False, default=False),
        # Bumped under the row lock on every change; clients apply an image only if newer.
        Column("entity_version", BigInteger, nullable=False),
        # The entity_version at which `archived` last changed (0 = never): the merge tells a
        # concurrent archive from an old one with it (`sync.merge_types.ServerRow`).
        Column("archive_version", BigInteger, nullable=False, default=0, server_default="0"),
        Column("created_at", UtcDateTime, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
        # NULL when the service itself wrote the row (bulk import).
        _id("updated_by_profile", nullable=True),
        Column("updated_hlc", Text, nullable=True),
        # field -> HLC of its last writer, for last-writer-wins fields and the merge audit.
        Column("field_clocks", JSON, nullable=False),
    ]
    return Table(entity.table_name, metadata, *columns)


ENTITY_TABLES: dict[str, Table] = {name: _entity_table(e) for name, e in ENTITIES.items()}
Index("ix_case_case_number", ENTITY_TABLES["case"].c.case_number)
Index("ix_case_person_person_id", ENTITY_TABLES["case_person"].c.person_id)

user_account = Table(
    "user_account",
    metadata,
    _id(primary_key=True),
    Column("login", Text, nullable=False, unique=True),  # normalised: stripped, lower case
    Column("display_name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("team", Text, nullable=True),  # a team lead sees the cases of their team
    Column("password_hash", Text, nullable=False),  # Argon2id PHC string
    Column("active", Boolean, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    CheckConstraint("role IN ('caseworker', 'team_lead', 'it', 'auditor')", name="role"),
)
Index("ix_user_account_team", user_account.c.team)

enrolment_code = Table(
    "enrolment_code",
    metadata,
    _id(primary_key=True),
    # Only a hash is kept: a database dump does not let anyone enrol a laptop.
    Column("code_hash", String(_HASH), nullable=False, unique=True),
    _id("user_id", ForeignKey("user_account.id"), nullable=True),  # bound to one login
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    _id("used_by_profile", nullable=True),
)

device = Table(
    "device",
    metadata,
    _id(primary_key=True),
    Column("name", Text, nullable=False),
    Column("credential_hash", String(_HASH), nullable=False, unique=True),
    Column("status", Text, nullable=False),
    Column("app_version", Text, nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_contact_at", UtcDateTime, nullable=True),
    Column("status_changed_at", UtcDateTime, nullable=True),
    # Laptop wall clock minus service clock at the last contact (ms; + = laptop ahead), and
    # when that was measured (`services.clocks`, migration 0010).
    Column("clock_skew_ms", BigInteger, nullable=True),
    Column("clock_checked_at", UtcDateTime, nullable=True),
    CheckConstraint("status IN ('active', 'revoked', 'retired')", name="status"),
)

profile = Table(
    "profile",
    metadata,
    _id(primary_key=True),
    _id("device_id", ForeignKey("device.id"), nullable=False, index=True),
    _id("user_id", ForeignKey("user_account.id"), nullable=False, index=True),
    Column("sign_public_key", LargeBinary, nullable=False),  # Ed25519, raw 32 bytes
    Column("seal_public_key", LargeBinary, nullable=False),  # X25519, raw 32 bytes
    Column("service_key_id", Text, nullable=False),  # service key pinned at enrolment
    # Idempotent push: the highest mutation_seq applied for this profile (DESIGN §5.1).
    Column("last_mutation_seq", BigInteger, nullable=False),
    Column("status", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_contact_at", UtcDateTime, nullable=True),
    Column("status_changed_at", UtcDateTime, nullable=True),
    CheckConstraint("status IN ('active', 'revoked', 'retired')", name="status"),
)

auth_token = Table(
    "auth_token",
    metadata,
    Column("token_hash", String(_HASH), primary_key=True),
    Column("kind", Text, nullable=False),
    _id("profile_id", ForeignKey("profile.id"), nullable=False, index=True),
    # All tokens descending from one login; a replayed refresh token revokes the family.
    _id("family_id", nullable=False, index=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    Column("revoked_at", UtcDateTime, nullable=True),
    CheckConstraint("kind IN ('access', 'refresh')", name="kind"),
)

auth_throttle = Table(
    "auth_throttle",
    metadata,
    # SHA-256 of "login:<login>" or "address:<ip>": no login or address is stored in clear.
    Column("key", String(_HASH), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failure_at", UtcDateTime, nullable=False),
    Column("blocked_until", UtcDateTime, nullable=True),
)

assignment = Table(
    "assignment",
    metadata,
    _id("case_id", ForeignKey("case.id"), nullable=False),
    _id("user_id", ForeignKey("user_account.id"), nullable=False, index=True),
    Column("assigned_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("case_id", "user_id"),
)

change_log = Table(
    "change_log",
    metadata,
    # Assigned in commit order (sync-designs §2.2): the pull cursor. Never a raw serial.
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    _id("commit_group", nullable=False),
    Column("bucket", Text, nullable=False),  # "case:<uuid>"
    Column("entity_type", Text, nullable=False),
    _id("entity_id", nullable=False),
    Column("entity_version", BigInteger, nullable=False),
    Column("op", Text, nullable=False),
    Column("row_image", JSON, nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    CheckConstraint("op IN ('put', 'tombstone')", name="op"),
)
Index("ix_change_log_bucket_seq", change_log.c.bucket, change_log.c.seq)

mutation_log = Table(
    "mutation_log",
    metadata,
    _id("profile_id", ForeignKey("profile.id"), nullable=False),
    Column("mutation_seq", BigInteger, nullable=False),
    Column("kind", Text, nullable=False),
    _id("commit_group", nullable=True),
    Column("result", JSON, nullable=False),  # returned again for a duplicate push
    Column("received_at", UtcDateTime, nullable=False),
    # The result's status, the case it was for, and the change-log seq it was committed at
    # (the pull `acks`: a laptop keeps its pending row until it has pulled that far).
    Column("status", Text, nullable=False, server_default="applied"),
    _id("case_id", nullable=True, index=True),
    Column("commit_seq", BigInteger, nullable=False, server_default="0"),
    PrimaryKeyConstraint("profile_id", "mutation_seq"),
)

merge_audit = Table(
    "merge_audit",
    metadata,
    # Append-only, written in the transaction of the change it describes (sync-designs §2.6).
    _id("audit_id", primary_key=True),
    _id("commit_group", nullable=False),
    _id("profile_id", nullable=True),
    Column("mutation_seq", BigInteger, nullable=True),
    _id("user_id", nullable=True),
    Column("entity_type", Text, nullable=False),
    _id("entity_id", nullable=False, index=True),
    Column("field", Text, nullable=True),
    Column("base_value", JSON, nullable=True),
    Column("client_value", JSON, nullable=True),
    Column("server_value_before", JSON, nullable=True),
    Column("result_value", JSON, nullable=True),
    Column("outcome", Text, nullable=False),
    Column("policy", Text, nullable=True),
    Column("client_hlc", Text, nullable=True),
    Column("server_time", UtcDateTime, nullable=False),
    _id("conflict_id", nullable=True, index=True),
)

conflict = Table(
    "conflict",
    metadata,
    _id("conflict_id", primary_key=True),
    _id("case_id", nullable=True, index=True),
    Column("entity_type", Text, nullable=False),
    _id("entity_id", nullable=False),
    Column("field", Text, nullable=True),
    Column("kind", Text, nullable=False),
    Column("policy", Text, nullable=False),
    Column("base_value", JSON, nullable=True),
    Column("server_value", JSON, nullable=True),
    Column("client_value", JSON, nullable=True),
    Column("suggested", JSON, nullable=True),
    Column("reason", Text, nullable=True),
    Column("status", Text, nullable=False),
    _id("opened_by_profile", nullable=True),
    Column("mutation_seq", BigInteger, nullable=True),
    Column("opened_at", UtcDateTime, nullable=False),
    _id("resolved_by_profile", nullable=True),
    Column("resolved_at", UtcDateTime, nullable=True),
    Column("resolution", JSON, nullable=True),
    Column("client_hlc", Text, nullable=True),
    Column("server_hlc", Text, nullable=True),
    _id("supersedes", nullable=True),  # the conflict a differing resolution replaced
    # Bumped on every change of the record; laptops keep the newest they have seen.
    Column("version", BigInteger, nullable=False, server_default="1"),
)

server_audit = Table(
    "server_audit",
    metadata,
    # Append-only record of what the service and its operators did; ids are UUIDv7, so the
    # primary key orders events by time. No case content: ids and counts only.
    _id("event_id", primary_key=True),
    Column("occurred_at", UtcDateTime, nullable=False),
    Column("actor_kind", Text, nullable=False),  # operator | user | device | service
    Column("actor_id", Text, nullable=True),
    Column("action", Text, nullable=False),
    Column("object_type", Text, nullable=False),
    Column("object_id", Text, nullable=True),
    Column("detail", JSON, nullable=False),
)

sync_meta = Table(
    "sync_meta",
    metadata,
    # Exactly one row (id = 1). Writers lock it FOR UPDATE to take the next change_log seqs,
    # which serialises sequence assignment in commit order (sync-designs §2.2, global version).
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("server_epoch", String(32), nullable=False),  # new on every restore / re-seed
    Column("sequenced_upto", BigInteger, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

# The audit trail's tables live in their own module but in this `metadata`; importing them here
# means every user of `metadata` (migrations, tests) sees the whole schema.
from sync.server.db import audit_tables as _audit_tables  # noqa: E402, F401
from sync.server.db import blob_tables as _blob_tables  # noqa: E402, F401
from sync.server.db import horizon_tables as _horizon_tables  # noqa: E402, F401
