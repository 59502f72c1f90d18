"""Shared fixtures: real SQLCipher profiles in temporary directories; no personal data in logs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
from collections.abc import Iterator

import pytest

from tests.log_guard import PersonalDataGuard

_GUARD = PersonalDataGuard()
logging.getLogger().addHandler(_GUARD)


@pytest.fixture(autouse=True)
def _no_personal_data_in_logs() -> Iterator[None]:
    """Fails the test during which a log record (WARNING and above) held personal data."""
    start = len(_GUARD.hits)
    yield
    found = _GUARD.hits[start:]
    assert not found, f"personal data in log records: {found}"
