"""`dossier-sync status` on a locked laptop: what waits there, unreadable without the passphrase.

A real enrolled profile, locked, with sealed changes in its outbox, a sealed scan waiting for
its upload and acknowledged changes in its sent journal; the counts come from file names and
sizes only (the test forbids opening any sealed file). Both backends.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from sync.cli import OK, main
from sync.client.blobs import BLOB_DIR, BlobFiles
from sync.client.held_work import HELD_SCANS_OLD
from sync.client.layout import OUTBOX_DIR, ProfileFiles
from sync.client.sent_journal import SENT_DIR, SentJournal
from tests.server.laptops import seed_case
from tests.sync.laptop import Laptop
from tests.sync.test_attachment_sync import attach, scan

DAY = 86_400


def _status(laptop: Laptop, *flags: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["status", "--data-dir", str(laptop.workspace.root), *flags], out)
    return code, out.getvalue()


def _row(laptop: Laptop) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    code, text = _status(laptop, "--json")
    assert code == OK
    body = json.loads(text)
    (row,) = body["profiles"]
    return row, body["warnings"]


def _held_warnings(warnings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # The service's test clock is far from the laptop's: `clock_off` is not this test's.
    return [w for w in warnings if w["code"] == HELD_SCANS_OLD]


def _sizes(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths)


def _close_sealed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening anything under outbox/, blobs/ or sent/ fails: status must not need to."""
    real = builtins.open

    def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and {OUTBOX_DIR, BLOB_DIR, SENT_DIR} & set(
            Path(os.fspath(file)).parts
        ):
            raise AssertionError(f"status opened a sealed file: {file}")
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)


def _locked_laptop_with_held_work(app: FastAPI, anna: Laptop) -> tuple[str, int]:
    case_id = seed_case(app, "K-60", "anna")
    assert anna.sync().error is None
    anna.unlock().records.create("note", {"body": "answered, kept"}, case_id=case_id)
    assert anna.sync().error is None  # acknowledged: the sealed note moves into sent/
    attach(anna, case_id, scan(120_000, seed=60))
    anna.unlock().records.create("note", {"body": "written offline"}, case_id=case_id)
    anna.lock()  # seals the outbox and the scan for the service
    return case_id, 120_000


def test_status_counts_what_a_locked_laptop_holds_without_opening_it(
    app: FastAPI, make_laptop: Callable[[str], Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = make_laptop("anna")
    _, size = _locked_laptop_with_held_work(app, anna)
    files, blobs, journal = ProfileFiles(anna.info), BlobFiles(anna.info), SentJournal(anna.info)
    outbox = [files.outbox_path(s) for s in files.outbox_seqs()]
    (held_seq,) = blobs.seqs()
    kept = journal.seqs()
    assert len(outbox) >= 2 and kept

    _close_sealed_files(monkeypatch)
    row, warnings = _row(anna)

    assert row["pending_mutations"] == len(outbox)  # the old key stays
    assert row["unacked_changes"] == len(outbox)
    assert row["unacked_bytes"] == _sizes(outbox)
    assert row["held_scans"] == 1
    assert row["held_scan_bytes"] == blobs.blob_path(held_seq).stat().st_size > size
    assert row["held_scans_oldest_days"] == 0.0
    assert row["sent_kept"] == len(kept)
    assert row["sent_kept_bytes"] == _sizes(list(journal.root.iterdir()))
    assert row["sent_kept_oldest_days"] == 0.0
    assert _held_warnings(warnings) == []


def test_a_scan_held_past_half_the_offline_policy_warns_and_goes_once_synced(
    app: FastAPI, make_laptop: Callable[[str], Laptop]
) -> None:
    anna = make_laptop("anna")
    _locked_laptop_with_held_work(app, anna)
    blobs = BlobFiles(anna.info)
    (held_seq,) = blobs.seqs()
    files = ProfileFiles(anna.info)
    state = files.state()
    state.offline_days = 6  # the service's dead-man policy: warn after 3 days
    files.save_state(state)
    eight_days_ago = time.time() - 8 * DAY
    os.utime(blobs.blob_path(held_seq), (eight_days_ago, eight_days_ago))

    row, warnings = _row(anna)
    assert row["held_scans_oldest_days"] == 8.0
    assert _held_warnings(warnings) == [
        {
            "code": HELD_SCANS_OLD,
            "profile_id": anna.info.profile_id,
            "held_scans": 1,
            "held_scans_oldest_days": 8.0,
            "limit_days": 3,
        }
    ]
    code, text = _status(anna)
    assert code == OK
    assert f"warning code={HELD_SCANS_OLD} profile_id={anna.info.profile_id}" in text
    assert "held_scans=1 " in text and "unacked_changes=" in text

    kept_before = row["sent_kept"]
    outcome = anna.sync_locked()  # IT syncs the locked laptop: the scan goes up
    assert outcome.error is None and outcome.moved.blobs == 1
    row, warnings = _row(anna)
    assert (row["unacked_changes"], row["held_scans"], row["held_scan_bytes"]) == (0, 0, 0)
    assert row["held_scans_oldest_days"] is None
    assert row["sent_kept"] == kept_before + outcome.moved.sent
    assert _held_warnings(warnings) == []
