"""`dossier-server admin retention ...` and `admin blobs cleanup`, for a daily scheduler.

* `retention show` prints the policy in force (shipped defaults, or `DOSSIER_RETENTION_FILE`).
* `retention run [--dry-run] [--today YYYY-MM-DD]` erases every case past its service figure
  (`sync.server.services.erasure`); `--dry-run` lists them with what would go and changes
  nothing. `--today` pretends another date (a rehearsal; the erasure itself is real).
* `blobs cleanup [--older-than-days N] [--dry-run]` removes abandoned uploads and blobs no
  attachment row refers to (issue 3).

Both print ids and counts only, never case content. Run them daily (cron, a systemd timer),
from one machine; several runs at once are harmless.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import Any

from sync.server import cli_admin
from sync.server.app import utc_now
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.services import retention_run
from sync.server.settings import Settings


def add_parser(admin: Any, common: argparse.ArgumentParser) -> None:
    """The `admin retention` and `admin blobs` commands."""
    retention = admin.add_parser(
        "retention", help="retention per case type and erasure of expired cases"
    ).add_subparsers(dest="action", required=True)
    retention.add_parser("show", parents=[common], help="the policy in force").set_defaults(
        run=show
    )
    run_cmd = retention.add_parser(
        "run", parents=[common], help="erase every case past its retention on the service"
    )
    run_cmd.add_argument("--dry-run", action="store_true", help="list, erase nothing")
    run_cmd.add_argument("--today", help="the date to apply the policy on (YYYY-MM-DD)")
    run_cmd.set_defaults(run=run)
    blobs = admin.add_parser("blobs", help="attachment bytes on the service").add_subparsers(
        dest="action", required=True
    )
    cleanup = blobs.add_parser(
        "cleanup", parents=[common], help="remove abandoned uploads and unreferenced blobs"
    )
    cleanup.add_argument(
        "--older-than-days",
        type=int,
        default=retention_run.DEFAULT_BLOB_GRACE.days,
        help="only what was last touched this many days ago (default 14)",
    )
    cleanup.add_argument("--dry-run", action="store_true", help="count, remove nothing")
    cleanup.set_defaults(run=blobs_cleanup)


def show(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin retention show`: days after closure per case type."""
    return {"retention": settings.retention.as_dict()}


def run(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin retention run`: what was erased (or would be, with --dry-run)."""
    now = utc_now()
    today = now.date()
    if args.today is not None:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "--today") from None
    with cli_admin.current_database(settings) as db:
        report = retention_run.run_retention(
            db, policy=settings.retention, today=today, now=now, dry_run=args.dry_run
        )
    return {"retention": report.as_dict()}


def blobs_cleanup(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin blobs cleanup`: abandoned uploads and unreferenced blobs removed."""
    if args.older_than_days <= 0:
        raise ServerError(ServerErrorCode.INVALID_ARGUMENT, "--older-than-days")
    with cli_admin.current_database(settings) as db:
        report = retention_run.cleanup_blobs(
            db,
            now=utc_now(),
            grace=timedelta(days=args.older_than_days),
            dry_run=args.dry_run,
        )
    return {"blobs": report.as_dict()}
