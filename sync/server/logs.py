"""Structured JSON logs with no personal data (security baseline LOG-1).

Only allowlisted fields leave the process: a log call can't leak a login, an address or a case
value by passing it as `extra`, and exception messages (which may quote data) are never
written — only the exception type and the code locations of its traceback.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import UTC, datetime
from types import TracebackType

ALLOWED_FIELDS = (
    "request_id",
    "method",
    "route",
    "status",
    "duration_ms",
    "code",
    "exc_type",
    "frames",
    "revision",
    "host",
    "port",
    # Sync counters (numbers only).
    "mutations",
    "applied",
    "duplicates",
    "rejected",
    "conflicts",
    "attempt",
    "changes",
    "snapshots",
    "evicted",
    # Retention and blob clean-up counts (`retention_autorun`).
    "erased",
    "skipped",
    "off_laptops",
    "closed_without_date",
    "uploads",
    "blobs",
    # Clocks (milliseconds; `services.clocks`).
    "skew_ms",
    "ahead_ms",
)
"""Fields that may appear in a log line besides time, level, logger and event."""


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, event, then allowlisted fields."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line; message arguments are dropped (they may be data)."""
        line: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": str(record.msg),
        }
        for name in ALLOWED_FIELDS:
            if name in record.__dict__:
                line[name] = record.__dict__[name]
        if record.exc_info and record.exc_info[0] is not None:
            line["exc_type"] = record.exc_info[0].__name__
            line["frames"] = code_locations(record.exc_info[2])
        return json.dumps(line, default=str)


def code_locations(tb: TracebackType | None) -> list[str]:
    """`module:line:function` of each traceback frame, without the exception message."""
    return [
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in traceback.extract_tb(tb)
    ]


def configure_logging(level: str = "INFO") -> None:
    """Send every logger (ours, uvicorn's, SQLAlchemy's) through the JSON formatter."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
