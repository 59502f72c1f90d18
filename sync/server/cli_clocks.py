"""`dossier-server admin devices clock-skew`: how far each laptop's clock was off.

The service reads each laptop's wall clock at every contact (`services.clocks`); this report
lists the last reading per device, flagged ones (beyond `DOSSIER_CLOCK_SKEW_LIMIT_SECONDS`,
5 minutes by default) first. A flagged laptop's pushes are still accepted, but its clock
should be fixed: its edits sort wrongly in the audit display, a clock ahead wins
last-writer-wins ties, and an edit judged against the end of an assignment (F31) uses it.
"""

from __future__ import annotations

import argparse
from typing import Any

from sync.server.cli_admin import current_database
from sync.server.services import devices
from sync.server.settings import Settings


def add_parser(devices_parsers: Any, common: argparse.ArgumentParser) -> None:
    """Add `clock-skew` to the `admin devices` subcommands."""
    report = devices_parsers.add_parser(
        "clock-skew", parents=[common], help="each laptop's clock against the service's"
    )
    report.add_argument("--flagged", action="store_true", help="only devices beyond the limit")
    report.set_defaults(run=clock_skew)


def clock_skew(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """`admin devices clock-skew [--flagged]`."""
    limit = settings.clock_skew_limit
    with current_database(settings) as db, db.read() as conn:
        readings = devices.clock_report(conn, limit=limit)
    shown = [r for r in readings if r.flagged or not args.flagged]
    return {
        "limit_seconds": int(limit.total_seconds()),
        "flagged": sum(r.flagged for r in readings),
        "devices": [
            {
                "device_id": r.device_id,
                "name": r.name,
                "status": r.status,
                "skew_ms": r.skew_ms,
                "skew": describe(r.skew_ms),
                "checked_at": r.checked_at,
                "flagged": r.flagged,
            }
            for r in shown
        ],
    }


def describe(skew_ms: int | None) -> str:
    """The skew in words for IT: `3 h 05 min 10 s ahead`, `40 s behind`, `never read`."""
    if skew_ms is None:
        return "never read"
    seconds = round(abs(skew_ms) / 1000)
    if seconds == 0:
        return "in step"
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{days} d"] if days else []
    parts += [f"{hours} h"] if hours or days else []
    parts += [f"{minutes:02d} min" if parts else f"{minutes} min"] if minutes or parts else []
    parts.append(f"{secs:02d} s" if parts else f"{secs} s")
    return " ".join(parts) + (" ahead" if skew_ms > 0 else " behind")
