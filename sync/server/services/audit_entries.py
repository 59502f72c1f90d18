"""What each leaf of the service's audit log commits to: one audit record, canonically encoded.

Four kinds of record are logged (`SOURCES`): the service's own events (`server_audit`), merge
outcomes (`merge_audit`), laptops' chained events (`device_audit_event`) and the flags raised
on their chains (`device_audit_flag`). A leaf's entry is the canonical JSON of every column of
its record, so changing any stored value, the time included, changes the leaf hash.

The same function encodes a record when it is appended (from the values inserted) and when
`admin audit verify` recomputes the log (from the row read back): the encoding must not
depend on which of the two it sees, hence the normalisation of times (UTC, microseconds) and
bytes (hex) below.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, RowMapping, Table, Text, and_, exists, select

from sync.server.db.audit_tables import audit_leaf, device_audit_event, device_audit_flag
from sync.server.db.tables import merge_audit, server_audit

SERVER = "server"
MERGE = "merge"
DEVICE = "device"
FLAG = "flag"
ENTRY_VERSION = 1
"""Version of the entry encoding; a new encoding would be a new version inside the entry."""

SOURCE_TABLES: dict[str, Table] = {
    SERVER: server_audit,
    MERGE: merge_audit,
    DEVICE: device_audit_event,
    FLAG: device_audit_flag,
}
"""Where the records of each source live."""


def source_id(source: str, record: Mapping[Any, Any]) -> str:
    """The key by which a leaf names its record (unique per source)."""
    if source == SERVER:
        return str(record["event_id"])
    if source == MERGE:
        return str(record["audit_id"])
    if source == DEVICE:
        return device_source_id(str(record["profile_id"]), int(record["seq"]))
    if source == FLAG:
        return str(record["flag_id"])
    raise ValueError(f"unknown audit source {source}")


def device_source_id(profile_id: str, seq: int) -> str:
    """The source id of a device event: one per (profile, seq)."""
    return f"{profile_id}/{seq}"


def source_key_column(source: str) -> ColumnElement[Any]:
    """A SQL expression equal to `source_id` of the record, for joining leaves to records."""
    table = SOURCE_TABLES[source]
    if source == DEVICE:
        # String concatenation works the same on SQLite and PostgreSQL ('||').
        return table.c.profile_id + "/" + table.c.seq.cast(Text())
    key = {SERVER: "event_id", MERGE: "audit_id", FLAG: "flag_id"}[source]
    column: ColumnElement[Any] = table.c[key]
    return column


def unlogged_records(conn: Connection, source: str) -> Iterator[RowMapping]:
    """Records of `source` that no leaf names, oldest first (evidence, or rows to adopt)."""
    table = SOURCE_TABLES[source]
    logged = exists().where(
        and_(audit_leaf.c.source == source, audit_leaf.c.source_id == source_key_column(source))
    )
    order = [table.c[name] for name in _ORDER[source]]
    yield from conn.execute(select(table).where(~logged).order_by(*order)).mappings()


_ORDER = {
    SERVER: ("occurred_at", "event_id"),
    MERGE: ("server_time", "audit_id"),
    DEVICE: ("profile_id", "seq"),
    FLAG: ("flagged_at", "flag_id"),
}


def entry_bytes(source: str, record: Mapping[Any, Any]) -> bytes:
    """The canonical entry of `record`: sorted-key compact JSON of all its columns, UTF-8."""
    table = SOURCE_TABLES[source]
    body = {column.name: _plain(record.get(column.name)) for column in table.columns}
    document = {"source": source, "v": ENTRY_VERSION, "record": body}
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def _plain(value: Any) -> Any:
    converter = _CONVERTERS.get(type(value))
    return converter(value) if converter else value


def _utc_text(value: datetime) -> str:
    # Both backends keep microseconds; a naive value can only come from SQLite's text form,
    # which stores UTC.
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    datetime: _utc_text,
    bytes: bytes.hex,
    memoryview: lambda v: bytes(v).hex(),  # psycopg may hand back bytea as memoryview
    bytearray: lambda v: bytes(v).hex(),
}
