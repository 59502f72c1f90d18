"""`dossier-server admin restored` and `admin durability`: the service's restore drill (T19).

After the database has been restored from a backup, and before `serve` starts again, IT
runs `admin restored`: the database gets a new server epoch, so every laptop pushes its
answered mutations again and downloads its buckets afresh (`services.restore`). `admin
durability` shows the database's durability settings and what is unsafe in them (SYNC-4);
`serve` logs the same warnings when it starts.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from sync.server import cli_admin
from sync.server.app import utc_now
from sync.server.db.durability import check_durability
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services.restore import mark_restored
from sync.server.settings import Settings

MAX_NOTE = 200


def add_parser(admin: Any, common: argparse.ArgumentParser) -> None:
    """The `admin restored` and `admin durability` commands."""
    restored = admin.add_parser(
        "restored",
        parents=[common],
        help="after restoring the database from a backup: new server epoch, audited",
    )
    restored.add_argument("--note", default=None, help="a ticket reference (no personal data)")
    restored.set_defaults(run=restored_command)
    durability = admin.add_parser(
        "durability", parents=[common], help="the database's durability settings (SYNC-4)"
    )
    durability.set_defaults(run=durability_command)


def restored_command(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin restored`: the old and new epoch, the high-water mark and the audit event."""
    note = args.note.strip() if args.note else None
    if note is not None and (not note or len(note) > MAX_NOTE or not note.isprintable()):
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "--note")
    with cli_admin.current_database(settings) as db, db.write() as conn:
        done = mark_restored(conn, now=utc_now(), note=note)
    return {"restored": asdict(done)}


def durability_command(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin durability`: settings and warning codes (exit 0 either way)."""
    with cli_admin.current_database(settings) as db:
        return {"durability": check_durability(db).as_dict()}
