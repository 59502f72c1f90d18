"""The Qt binding itself must not corrupt the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to None on every Qt call that
returns nothing; after a few thousand calls (43 searches typed in the app benchmark) the
process aborted with `none_dealloc`. pyproject.toml keeps that release out; this test fails
if a binding with that defect is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: object) -> None:
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(200):
        timer.setInterval(5)  # returns None
    # Other threads may take or drop a few references meanwhile; the defect loses 200.
    assert sys.getrefcount(None) - before > -50
