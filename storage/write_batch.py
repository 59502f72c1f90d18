"""What one write transaction defers to just before it commits (issue 2: write speed).

Every record written also appends an outbox mutation, an audit-chain entry and a search-index
entry, and advances three counters (HLC, mutation sequence, chain state). Written one by one,
that was about eight SQLAlchemy statements per record, each re-reading a bookkeeping row.
Inside `Store.write()` they are collected here instead: the rows as parameter tuples, one
`executemany` per statement, and each counter kept in memory (read once per transaction,
written once).

Nothing can observe the difference. The batch is written (`flush`) before the transaction
commits, and before any other statement runs on the transaction's connection (an engine hook
in `storage.database`): whoever reads the outbox, the audit trail, the index or the counters in
the middle of a write reads them complete. The hot path's own statements (`execute` below, on
entity tables only) go straight to the driver and do not flush. After a flush every counter is
dropped and read again when next needed, so a statement run in between (a rollback to a
savepoint, another `increment_meta`) is never overwritten. A transaction that fails discards
the batch: nothing of it reaches the file, exactly as before, since it would have rolled back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import Table
from sqlalchemy.engine import Dialect


class Deferred(Protocol):
    """Per-transaction state (a counter, the audit chain) written once, at flush."""

    def write(self, batch: WriteBatch) -> None: ...

    def discard(self) -> None: ...


D = TypeVar("D", bound=Deferred)
SET_META = (
    "INSERT INTO store_meta(key, value) VALUES (?, ?) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)
GET_META = "SELECT value FROM store_meta WHERE key = ?"


class RawInsert:
    """An INSERT of every column of `table`, with SQLAlchemy's own bind conversions (JSON,
    booleans), run on the driver: the same stored values as `conn.execute(insert(table))`."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        names = [column.name for column in table.columns]
        self.columns = tuple(names)
        quoted = ", ".join(f'"{name}"' for name in names)
        marks = ", ".join("?" for _ in names)
        self.sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
        self._convert = tuple(
            (index, processor)
            for index, column in enumerate(table.columns)
            if (processor := column.type._cached_bind_processor(dialect)) is not None
        )

    def params(self, row: Mapping[str, Any]) -> list[Any]:
        """The row's values in column order (missing columns are NULL), converted."""
        values = [row.get(name) for name in self.columns]
        for index, convert in self._convert:
            if values[index] is not None:
                values[index] = convert(values[index])
        return values


class MetaValue:
    """A `store_meta` value set (perhaps many times) in one transaction and written once."""

    def __init__(self, key: str, encode: Callable[[Any], Any], value: Any = None) -> None:
        self.key = key
        self.value = value
        self._encode = encode
        self.changed = False

    def set(self, value: Any) -> None:
        self.value = value
        self.changed = True

    def write(self, batch: WriteBatch) -> None:
        if self.changed:
            batch.add(SET_META, (self.key, self._encode(self.value)))

    def discard(self) -> None:
        pass


class WriteBatch:
    """The deferred part of one write transaction on one driver connection."""

    def __init__(self, driver: Any) -> None:
        self._driver = driver
        self._rows: dict[str, list[Sequence[Any]]] = {}
        self._deferred: dict[str, Deferred] = {}
        self.flushes = 0

    @property
    def pending(self) -> bool:
        return bool(self._rows or self._deferred)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement on the driver now, without flushing (entity tables only)."""
        return self._driver.execute(sql, params)

    def add(self, sql: str, params: Sequence[Any]) -> None:
        """Queue one row for `sql`; rows of one statement go in one executemany, in order."""
        rows = self._rows.get(sql)
        if rows is None:
            self._rows[sql] = [params]
        else:
            rows.append(params)

    def deferred(self, key: str, make: Callable[[], D]) -> D:
        """This transaction's state under `key`, made (read from the store) on first use."""
        found = self._deferred.get(key)
        if found is None:
            found = self._deferred[key] = make()
        return found  # type: ignore[return-value]

    def flush(self) -> None:
        """Write everything queued, then forget the counters (they are re-read when needed)."""
        while self._deferred:
            deferred, self._deferred = self._deferred, {}
            try:
                for state in deferred.values():
                    state.write(self)
            finally:
                for state in deferred.values():
                    state.discard()
        rows, self._rows = self._rows, {}
        for sql, params in rows.items():
            if len(params) == 1:
                self._driver.execute(sql, params[0])
            else:
                self._driver.executemany(sql, params)
        self.flushes += 1

    def discard(self) -> None:
        """The transaction failed: drop the rows and wipe whatever the state holds."""
        deferred, self._deferred = self._deferred, {}
        self._rows = {}
        for state in deferred.values():
            state.discard()
