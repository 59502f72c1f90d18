"""How the app writes log lines (LOG-1): an exception by its type and code locations only.

An exception's message may quote what a caseworker typed (a name in a validation error, a
path with a person's name), so it never reaches a log line; the type and where it was raised
are enough to find the bug. The central service's JSON log follows the same rule
(`sync.server.logs`).
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class NoExceptionMessages(logging.Formatter):
    """The standard line, with `Type at [file:line:function, ...]` instead of a traceback."""

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        kind, _, tb = ei
        if kind is None:
            return ""
        where = [
            f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in traceback.extract_tb(tb)
        ]
        return f"{kind.__name__} at {where}"


def configure_logging(level: int = logging.WARNING) -> None:
    """Warnings and errors to stderr, formatted without exception messages."""
    handler = logging.StreamHandler()
    handler.setFormatter(NoExceptionMessages(FORMAT))
    logging.basicConfig(level=level, handlers=[handler])
