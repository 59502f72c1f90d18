"""An untrusted service certificate in the app: "contact IT", never "offline" (T12, NET-1/2).

The app syncs over real HTTPS (uvicorn with a certificate from `tests.sync.tls_pki`) with the
organisation's CA bundle stored at enrolment. An expired certificate stops sync with the
translated `tls_failed` message in the status bar for as long as it lasts; the pending change
stays; once IT has fixed the certificate, the next sync sends it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from sync.client.layout import DeviceCredential
from sync.client.transport import Transport
from tests.gui.sync_service import (  # noqa: F401 - fixtures
    Service,
    make_laptop,
    save_case,
    service,
    snapshot,
    sync_now,
    unlocked,
)
from tests.server.conftest import backend, database_url  # noqa: F401 - fixtures
from tests.server.laptops import seed_case
from tests.sync.laptop import FAST_RETRY, Laptop
from tests.sync.tls_pki import Pki
from tests.sync.tls_service import point_device, serving_https

SHOTS = os.environ.get("DOSSIER_SCREENSHOTS")


@pytest.fixture
def anna(service: Service, tmp_path: Path) -> Laptop:  # noqa: F811
    return make_laptop(service, tmp_path / "anna", "anna")


@pytest.fixture
def data_dir(anna: Laptop) -> Path:
    return anna.workspace.root


def _verifying_transport(device: DeviceCredential) -> Transport:
    """The app's transport with the device's CA bundle, retrying fast."""
    return Transport(
        device.service_url, ca_bundle=device.ca_bundle, retry=FAST_RETRY, timeout=(2.0, 10.0)
    )


def test_an_untrusted_certificate_shows_contact_it_until_the_service_is_fixed(
    qtbot: QtBot,
    dossier: DossierApp,
    service: Service,  # noqa: F811
    anna: Laptop,
    tmp_path: Path,
) -> None:
    pki = Pki(tmp_path / "pki")
    case_id = seed_case(service.app, "TLS-9", "anna")
    unlocked(qtbot, dossier)
    assert sync_now(qtbot, dossier).error is None  # the case arrives (enrolment address)
    dossier.shell.sync.transport_factory = _verifying_transport
    status = dossier.shell.status
    with serving_https(service.app, pki.leaf("expired", valid_days=(-3, -1))) as https:
        point_device(anna.workspace.root, https.url, pki.ca_bundle)
        assert sync_now(qtbot, dossier).error == "tls_failed"
        save_case(dossier, case_id, summary="typed while the certificate was expired")
        qtbot.waitUntil(lambda: snapshot(dossier).pending == 1, timeout=10_000)
        assert sync_now(qtbot, dossier).error == "tls_failed"
    assert https.seen.paths == [] and https.clear_text_sent() == []
    assert snapshot(dossier).blocked_by == "tls_failed"
    assert snapshot(dossier).pending == 1
    button = status.buttons["connection"]
    assert button.text() == "Synchronisation angehalten — IT kontaktieren"
    assert button.text() != "Offline"
    assert button.toolTip().startswith(
        "Die Verbindung zum Synchronisationsdienst ist nicht vertrauenswürdig"
    )
    assert "sync.tls_failed" in button.toolTip()  # the code for IT, behind the words
    if SHOTS:
        dossier.shell.grab().save(str(Path(SHOTS) / "sync-tls-untrusted-de-1366x768.png"))
    dossier.shell.grab().save(str(tmp_path / "tls-untrusted.png"))

    with serving_https(service.app, pki.leaf("renewed")) as https:
        point_device(anna.workspace.root, https.url, pki.ca_bundle)
        assert sync_now(qtbot, dossier).error is None
    assert "/v1/push" in https.seen.paths
    qtbot.waitUntil(lambda: snapshot(dossier).pending == 0, timeout=10_000)
    assert snapshot(dossier).blocked_by is None
    assert button.text() != "Synchronisation angehalten — IT kontaktieren"
