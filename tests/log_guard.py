"""No personal data in any log line of the whole test run (issue 8, LOG-1).

Every record at WARNING or above that the code under test emits reaches the root logger, in
every test of the suite. This handler renders it as the product's formatters do (message with
its arguments; of an exception its type and code locations, never its message, which may quote
a value: `sync.server.logs.JsonFormatter`, the app's log setup) and looks for the invented
canary of the leak tests and for the fictional family names the demo data gives persons; the
autouse fixture in tests/conftest.py fails the test during which one turned up. The app's DEBUG
output is scanned at length by tests/gui/test_leak_scan.py.
"""

from __future__ import annotations

import logging
import re

from storage.demo_data import DEMO_FAMILY_NAMES
from sync.server.logs import code_locations
from tests.canary import CANARY

_PERSONAL = re.compile(
    r"\b(" + "|".join(re.escape(t) for t in (CANARY, *DEMO_FAMILY_NAMES)) + r")\b",
    re.IGNORECASE,
)


def personal_data_in(text: str) -> list[str]:
    """The canary or demo family names that `text` contains, as found."""
    return [match.group(0) for match in _PERSONAL.finditer(text)]


class PersonalDataGuard(logging.Handler):
    """Keeps a note of every record (WARNING and above) that holds personal data."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.hits: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a record whose arguments do not fit its format string
            text = f"{record.msg} {record.args}"
        if record.exc_info and record.exc_info[0] is not None:
            text += f"\n{record.exc_info[0].__name__} at {code_locations(record.exc_info[2])}"
        found = personal_data_in(text)
        if found:
            self.hits.append(f"{record.name} {record.levelname}: {found} in {text[:300]!r}")
