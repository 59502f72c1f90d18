"""The app's log lines name an exception by type and place, never by its message (LOG-1)."""

from __future__ import annotations

import io
import logging

from desktop.log_format import FORMAT, NoExceptionMessages


def test_an_exception_is_logged_by_type_and_place_without_its_message() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(NoExceptionMessages(FORMAT))
    logger = logging.getLogger("dossier.test.app_format")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            raise ValueError("Haddad, Rasha: not a valid date of birth")
        except ValueError:
            logger.exception("import failed")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    line = out.getvalue()
    assert "import failed" in line
    assert "ValueError at [" in line and "test_app_log_format.py:" in line
    assert "Haddad" not in line and "Traceback" not in line
