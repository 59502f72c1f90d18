"""Sync against a real HTTPS service whose certificate the laptop must not trust (T12, NET-1/2).

The service runs in uvicorn with `ssl_certfile`/`ssl_keyfile` on 127.0.0.1, behind a TCP relay
that records the bytes the laptop sent. Certificates come from `tests.sync.tls_pki`: the
organisation CA (the laptop's configured bundle) and leaves that are good, expired, for another
host, self-signed, or from another CA. A locked laptop syncs with `dossier-sync run`, as IT's
scheduler does. Every bad certificate fails with `tls_failed` and a stable reason, sends no
request (no byte of HTTP in the clear, no fallback to http), keeps the pending mutation, and the
next run against a trusted service sends it. A handshake the network cuts is `offline`,
retried — not an untrusted service.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from fastapi import FastAPI

from sync.cli import ATTENTION, OK, main
from sync.client import tls_errors
from sync.client.engine import RunOutcome, sync_locked
from sync.client.layout import ProfileFiles
from sync.client.transport import TLS_FAILED, UNREACHABLE, Transport
from tests.live_server import serving
from tests.server.laptops import seed_case
from tests.sync.laptop import FAST_RETRY, FAST_TIMEOUT, Laptop
from tests.sync.replicas import server_case, server_seqs
from tests.sync.tls_pki import Leaf, Pki, make_ca
from tests.sync.tls_relay import TLS_HANDSHAKE
from tests.sync.tls_service import Https, SeenRequests, point_device, serving_https

BAD_LEAVES: dict[str, tuple[Callable[[Pki], Leaf], str]] = {
    "expired": (
        lambda pki: pki.leaf("expired", valid_days=(-3, -1)),
        tls_errors.CERTIFICATE_EXPIRED,
    ),
    "wrong_host": (
        lambda pki: pki.leaf("wrong-host", san=x509.DNSName("sync.elsewhere.example")),
        tls_errors.CERTIFICATE_WRONG_HOST,
    ),
    "self_signed": (
        lambda pki: pki.self_signed_leaf("self-signed"),
        tls_errors.CERTIFICATE_SELF_SIGNED,
    ),
    "other_ca": (
        lambda pki: pki.leaf("other-ca", issuer=make_ca("Another Organisation CA")),
        tls_errors.CERTIFICATE_UNKNOWN_ISSUER,
    ),
}


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return Pki(tmp_path / "pki")


@pytest.fixture
def anna(app: FastAPI, make_laptop: Callable[[str], Laptop]) -> Iterator[tuple[Laptop, str]]:
    """Anna's laptop with her case, one edit pending, locked (the scheduler's situation)."""
    laptop = make_laptop("anna")
    case_id = seed_case(app, "TLS-1", "anna")
    assert laptop.sync().error is None
    laptop.unlock().records.update("case", case_id, {"summary": "typed on the train"})
    laptop.lock()
    yield laptop, case_id


def _cli(laptop: Laptop, *argv: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    code = main([*argv, "--data-dir", str(laptop.workspace.root), "--json"], out)
    return code, json.loads(out.getvalue())


def _profile_status(laptop: Laptop) -> tuple[int, str | None, str | None]:
    code, status = _cli(laptop, "status")
    assert code == OK
    (row,) = status["profiles"]
    return row["pending_mutations"], row["last_error"], row["last_error_detail"]


def _summary_on_service(app: FastAPI, case_id: str) -> object:
    (_, _, values) = server_case(app, case_id)[f"case:{case_id}"]
    return dict(values)["summary"]


@pytest.mark.parametrize("bad", sorted(BAD_LEAVES))
def test_an_untrusted_service_certificate_sends_nothing_and_the_next_trusted_sync_sends_all(
    app: FastAPI, anna: tuple[Laptop, str], pki: Pki, bad: str
) -> None:
    laptop, case_id = anna
    make_leaf, reason = BAD_LEAVES[bad]
    with serving_https(app, make_leaf(pki)) as https:
        point_device(laptop.workspace.root, https.url, pki.ca_bundle)
        code, report = _cli(laptop, "run")
        check_code, checked = _cli(laptop, "status", "--check")

    assert code == ATTENTION, report  # IT must act: not the transient exit code 1
    assert [(p["sent"], p["error"]) for p in report["profiles"]] == [(0, TLS_FAILED)]
    assert _profile_status(laptop) == (1, TLS_FAILED, reason)
    assert check_code == OK
    assert (checked["server_reachable"], checked["server_error"]) == (False, TLS_FAILED)
    assert checked["server_error_detail"] == reason
    # Nothing went over the wire but handshakes: no request reached the service, no HTTP in
    # the clear, and the failure was final (one connection per command, no retries).
    assert https.seen.paths == []
    assert https.relay.connections == 2
    assert [data[0] for data in https.relay.sent] == [TLS_HANDSHAKE] * 2
    assert https.clear_text_sent() == []
    assert server_seqs(app, laptop) == []
    assert _summary_on_service(app, case_id) != "typed on the train"

    with serving_https(app, pki.leaf("good")) as https:
        point_device(laptop.workspace.root, https.url, pki.ca_bundle)
        code, report = _cli(laptop, "run")

    assert code == OK, report
    assert [(p["sent"], p["error"]) for p in report["profiles"]] == [(1, None)]
    assert _profile_status(laptop) == (0, None, None)
    assert {"/v1/push", "/v1/pull"} <= set(https.seen.paths)
    assert https.clear_text_sent() == []  # all of it inside TLS
    assert server_seqs(app, laptop) == [1]
    assert _summary_on_service(app, case_id) == "typed on the train"
    laptop.apply()
    record = laptop.unlock().records.get("case", case_id, audit_read=False)
    assert (record["summary"], record.sync_state) == ("typed on the train", "synced")


def test_a_ca_bundle_that_is_missing_or_not_a_certificate_is_tls_failed_not_a_crash(
    app: FastAPI, anna: tuple[Laptop, str], pki: Pki, tmp_path: Path
) -> None:
    laptop, _ = anna
    not_pem = tmp_path / "not-a-certificate.pem"
    not_pem.write_text("this is not a certificate\n")
    with serving_https(app, pki.leaf("good")) as https:
        for bundle in (tmp_path / "moved-away.pem", not_pem):
            point_device(laptop.workspace.root, https.url, bundle)
            code, report = _cli(laptop, "run")
            assert code == ATTENTION, report
            assert _profile_status(laptop) == (1, TLS_FAILED, tls_errors.CA_BUNDLE_UNREADABLE)
    assert https.seen.paths == []
    assert https.clear_text_sent() == []


def _sync_through(laptop: Laptop, https: Https, pki: Pki) -> RunOutcome:
    transport = Transport(
        https.url, ca_bundle=str(pki.ca_bundle), retry=FAST_RETRY, timeout=FAST_TIMEOUT
    )
    try:
        return sync_locked(laptop.workspace, laptop.info, transport)
    finally:
        transport.close()


def test_a_handshake_the_network_cuts_is_retried_as_offline_not_reported_as_untrusted(
    app: FastAPI, anna: tuple[Laptop, str], pki: Pki
) -> None:
    laptop, case_id = anna
    good = pki.leaf("good")
    # Every handshake cut: each attempt of the retry policy is a new connection, then offline.
    with serving_https(app, good, cut_first=1000) as https:
        outcome = _sync_through(laptop, https, pki)
    assert outcome.error == UNREACHABLE
    assert https.relay.connections == FAST_RETRY.attempts
    assert [data[0] for data in https.relay.sent] == [TLS_HANDSHAKE] * FAST_RETRY.attempts
    assert _profile_status(laptop) == (1, UNREACHABLE, None)
    assert https.seen.paths == []

    # The network drops only the first handshake: the retry gets through in the same run.
    with serving_https(app, good, cut_first=1) as https:
        outcome = _sync_through(laptop, https, pki)
    assert outcome.error is None and outcome.moved.sent == 1
    assert https.relay.connections >= 2
    assert _profile_status(laptop) == (0, None, None)
    assert ProfileFiles(laptop.info).outbox_seqs() == []
    assert _summary_on_service(app, case_id) == "typed on the train"


def test_a_service_that_answers_https_in_plain_http_is_refused_not_downgraded(
    app: FastAPI, anna: tuple[Laptop, str], pki: Pki
) -> None:
    laptop, _ = anna
    seen = SeenRequests(app)
    with serving(seen) as plain:  # type: ignore[arg-type]
        point_device(laptop.workspace.root, plain.replace("http://", "https://"), pki.ca_bundle)
        code, report = _cli(laptop, "run")
    assert code == ATTENTION, report
    assert _profile_status(laptop) == (1, TLS_FAILED, tls_errors.HANDSHAKE_REFUSED)
    assert seen.paths == []  # the laptop never spoke HTTP to it
