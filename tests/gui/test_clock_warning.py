"""A laptop clock that the last sync found wrong shows as a warning in the status bar, in
words and with an icon, until a sync finds it right again — against the real service on
127.0.0.1 (SQLite and PostgreSQL). The laptop's wrong clock is injected into its transport."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.context import change_language
from sync.client.layout import DeviceCredential
from sync.client.transport import Transport
from sync.server.services.clocks import epoch_ms
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    service,
    snapshot,
    sync_now,
    unlocked,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.sync.laptop import FAST_RETRY, Laptop

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")
MINUTE_MS = 60_000


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


class LaptopClock:
    """The laptop's wall clock: the service's, off by `offset_ms`."""

    def __init__(self, on: Service, offset_ms: int) -> None:
        self.service_clock = on.app.state.context.clock
        self.offset_ms = offset_ms

    def __call__(self) -> int:
        return epoch_ms(self.service_clock()) + self.offset_ms


def _use_laptop_clock(dossier: DossierApp, clock: LaptopClock) -> None:
    def factory(device: DeviceCredential) -> Transport:
        return Transport(
            device.service_url, retry=FAST_RETRY, timeout=(2.0, 10.0), wall_clock_ms=clock
        )

    dossier.shell.sync.transport_factory = factory


def test_a_wrong_laptop_clock_shows_a_warning_until_a_sync_finds_it_right(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
) -> None:
    unlocked(qtbot, dossier)
    warning = dossier.shell.status.clock_warning
    assert not warning.isVisible()
    laptop_clock = LaptopClock(service, 7 * MINUTE_MS)  # seven minutes ahead
    _use_laptop_clock(dossier, laptop_clock)

    assert sync_now(qtbot, dossier).error is None

    qtbot.waitUntil(lambda: snapshot(dossier).clock_skew_ms == 7 * MINUTE_MS, timeout=10_000)
    assert warning.isVisible() and not warning.icon.pixmap().isNull()
    assert warning.text() == (
        "Die Uhr dieses Laptops geht 7 Minuten falsch — IT bitten, sie zu stellen"
    )
    assert warning.accessibleName() == f"Warnung: {warning.text()}"
    assert warning.toolTip().startswith(f"{warning.text()}\n\nBei der letzten Synchronisation")
    assert dossier.shell.status.text_of("connection") == "Automatische Synchronisation pausiert"
    assert dossier.shell.width() == 1366  # the sentence is elided, the window never widens
    if SHOTS:
        dossier.shell.grab().save(str(Path(SHOTS) / "sync-clock-off-de-1366x768.png"))

    change_language(dossier.ctx, "fr")  # the widget retranslates on the language change
    french = "L'horloge de ce portable est décalée de 7 minutes"
    qtbot.waitUntil(lambda: warning.text().startswith(french), timeout=5_000)
    change_language(dossier.ctx, "de")

    laptop_clock.offset_ms = 2 * MINUTE_MS  # IT set the clock; two minutes are tolerated
    assert sync_now(qtbot, dossier).error is None
    qtbot.waitUntil(lambda: snapshot(dossier).clock_skew_ms == 2 * MINUTE_MS, timeout=10_000)
    assert not warning.isVisible() and warning.text() == ""
