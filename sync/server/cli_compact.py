"""`dossier-server admin compact`: change-log compaction, for a scheduler (F26).

Run it daily (cron, a systemd timer); any worker may run it while the service serves, and
two runs at once queue up (`sync.server.services.compaction`). The retention defaults to
`DOSSIER_CHANGELOG_RETENTION_DAYS` (90): keep it at least as long as a laptop may stay
offline, or laptops come back to whole-bucket snapshots instead of a few changes.
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import Any

from sync.server import cli_admin
from sync.server.app import utc_now
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import compaction
from sync.server.settings import Settings


def add_parser(admin: Any, common: argparse.ArgumentParser) -> None:
    """The `admin compact` command."""
    command = admin.add_parser(
        "compact",
        parents=[common],
        help="remove superseded change-log entries and tombstones past the retention",
    )
    command.add_argument(
        "--retention-days",
        type=int,
        default=None,
        help="keep tombstones this many days (default: DOSSIER_CHANGELOG_RETENTION_DAYS, 90)",
    )
    command.add_argument("--dry-run", action="store_true", help="count, remove nothing")
    command.set_defaults(run=compact)


def compact(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin compact`: what was removed and how many bucket horizons rose."""
    retention = settings.changelog_retention
    if args.retention_days is not None:
        if args.retention_days <= 0:
            raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "--retention-days")
        retention = timedelta(days=args.retention_days)
    with cli_admin.current_database(settings) as db:
        report = compaction.compact(db, now=utc_now(), retention=retention, dry_run=args.dry_run)
    return {"compaction": report.as_dict()}
