"""The clock warning in words: minutes, hours or days, in every language, and silent within
the limit the service tolerates."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.context import change_language
from desktop.main_window.clock_warning import ClockWarning

MINUTE_MS = 60_000


@pytest.mark.parametrize(
    ("language", "skew_ms", "text"),
    [
        ("de", 5 * MINUTE_MS + 1, "Die Uhr dieses Laptops geht 5 Minuten falsch"),
        ("fr", -90 * MINUTE_MS, "L'horloge de ce portable est décalée de 90 minutes"),
        ("it", 3 * 60 * MINUTE_MS, "L'orologio di questo portatile è sfasato di 3 ore"),
        ("en", -1 * 60 * MINUTE_MS - 1, "This laptop's clock is 60 minutes off"),
        ("en", 49 * 60 * MINUTE_MS, "This laptop's clock is 2 days off"),
    ],
)
def test_the_clock_warning_reads_in_minutes_hours_or_days_in_every_language(
    qtbot: QtBot, dossier: DossierApp, language: str, skew_ms: int, text: str
) -> None:
    change_language(dossier.ctx, language)
    warning = ClockWarning()
    qtbot.addWidget(warning)
    warning.set_skew(5 * MINUTE_MS)  # at the limit: nothing to say
    assert warning.isHidden() and warning.text() == ""
    warning.set_skew(skew_ms)
    assert not warning.isHidden() and warning.text().startswith(text)
    warning.set_skew(None)
    assert warning.isHidden()
