"""The database's durability settings, checked when the service starts (SYNC-4).

A push is acknowledged once its transaction commits, and a laptop then stops holding it as
pending; a database that may lose a committed transaction on a crash or power cut breaks
that promise. On PostgreSQL `fsync`, `synchronous_commit` and `full_page_writes` must be on
(`synchronous_commit = local`, `remote_write` and `remote_apply` also flush locally), data
checksums should be on (the `initdb` default from PostgreSQL 18) and `data_sync_retry` off
(a failed fsync then stops the server instead of being retried into silent loss). The
embedded SQLite database sets `synchronous=FULL` and WAL itself on every connection
(`database`); its values are reported too. Each unsafe value becomes a warning code, logged
by `serve` and shown by `dossier-server admin durability`; the service still starts, since
the setting is the database administrator's to fix.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sync.server.db.database import Database

_PG_SETTINGS = (
    "fsync",
    "synchronous_commit",
    "full_page_writes",
    "data_checksums",
    "data_sync_retry",
    "server_version",
)
_DURABLE_COMMIT = frozenset({"on", "local", "remote_write", "remote_apply"})
_SQLITE_SYNCHRONOUS_FULL = 2
log = logging.getLogger("dossier.server.durability")


@dataclass(frozen=True, slots=True)
class Durability:
    """The settings read from the database and the warning codes they raise."""

    dialect: str
    settings: dict[str, str]
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """For the admin command's JSON."""
        return {"dialect": self.dialect, "settings": self.settings, "warnings": self.warnings}


def check_durability(db: Database) -> Durability:
    """Read the durability settings of `db` and name every unsafe one."""
    if db.dialect == "postgresql":
        return _postgresql(db)
    return _sqlite(db)


def log_durability(report: Durability) -> None:
    """One warning line per unsafe setting (setting names only: no data, no address)."""
    for code in report.warnings:
        log.warning("database durability setting unsafe", extra={"code": code})


def _postgresql(db: Database) -> Durability:
    with db.read() as conn:
        settings = {
            name: str(conn.exec_driver_sql(f"SHOW {name}").scalar_one()) for name in _PG_SETTINGS
        }
    warnings = [f"{name}_off" for name in ("fsync", "full_page_writes") if settings[name] != "on"]
    if settings["synchronous_commit"] not in _DURABLE_COMMIT:
        warnings.append("synchronous_commit_off")
    if settings["data_checksums"] != "on":
        warnings.append("data_checksums_off")
    if settings["data_sync_retry"] != "off":
        warnings.append("data_sync_retry_on")
    return Durability("postgresql", settings, warnings)


def _sqlite(db: Database) -> Durability:
    with db.read() as conn:
        journal = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar_one())
        synchronous = int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())
    warnings = [] if synchronous >= _SQLITE_SYNCHRONOUS_FULL else ["synchronous_not_full"]
    if journal.lower() != "wal":
        warnings.append("journal_mode_not_wal")
    settings = {"journal_mode": journal, "synchronous": str(synchronous)}
    return Durability(db.dialect, settings, warnings)
