"""The journal of answered mutations: moved aside, not deleted; moved back for a replay (T19).

Real files in a temporary profile folder; the sealed contents are opaque bytes here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from storage.profiles import ProfileInfo
from sync.client.blobs import BlobFiles, BlobManifest
from sync.client.layout import ProfileFiles
from sync.client.sent_journal import KEEP_DAYS, SentJournal

DAY = 86_400
NOW = 1_800_000_000.0


def _profile(tmp_path: Path) -> ProfileInfo:
    path = tmp_path / "profile"
    path.mkdir()
    return ProfileInfo("p-1", "anna", "Anna", "2026-03-02T09:00:00Z", path)


def _outbox(info: ProfileInfo, *seqs: int) -> ProfileFiles:
    files = ProfileFiles(info)
    files.ensure()
    for seq in seqs:
        files.write_outbox(seq, f"sealed {seq}".encode())
    return files


def _blob(info: ProfileInfo, seq: int) -> BlobFiles:
    blobs = BlobFiles(info)
    manifest = BlobManifest(sha256="ab" * 32, case_id="c-1", size=3, upload_size=40)
    blobs.write(seq, manifest, lambda fd: os.write(fd, b"sealed bytes"))
    return blobs


def test_answered_mutations_are_kept_with_their_blob_and_stamped_when_answered(
    tmp_path: Path,
) -> None:
    info = _profile(tmp_path)
    files = _outbox(info, 1, 2, 3)
    blobs = _blob(info, 2)
    journal = SentJournal(info)

    assert journal.keep_upto(2, now=NOW) == 2

    assert files.outbox_seqs() == [3] and journal.seqs() == [1, 2]
    assert blobs.seqs() == [] and blobs.manifest(2) is None
    assert journal.path(2).read_bytes() == b"sealed 2"
    assert journal.path(1).stat().st_mtime == NOW
    assert journal.keep_upto(2, now=NOW) == 0  # again (after a crash): nothing left to move


def test_a_requeue_puts_mutations_and_blob_back_in_the_outbox_unchanged(tmp_path: Path) -> None:
    info = _profile(tmp_path)
    files = _outbox(info, 1, 2, 3)
    blobs = _blob(info, 2)
    journal = SentJournal(info)
    journal.keep_upto(3, now=NOW)

    assert journal.requeue_from(2) == [2, 3]

    assert files.outbox_seqs() == [2, 3] and journal.seqs() == [1]
    assert files.outbox_path(2).read_bytes() == b"sealed 2"
    assert blobs.seqs() == [2] and blobs.blob_path(2).read_bytes() == b"sealed bytes"
    manifest = blobs.manifest(2)
    assert manifest is not None and json.loads(blobs.manifest_path(2).read_text())["size"] == 3
    assert journal.requeue_from(5) == []


def test_what_was_answered_longer_ago_than_the_kept_days_is_removed_with_its_blob(
    tmp_path: Path,
) -> None:
    info = _profile(tmp_path)
    _outbox(info, 1, 2)
    _blob(info, 1)
    journal = SentJournal(info)
    journal.keep_upto(1, now=NOW - (KEEP_DAYS + 1) * DAY)
    journal.keep_upto(2, now=NOW - (KEEP_DAYS - 1) * DAY)

    assert journal.prune(now=NOW) == 1

    assert journal.seqs() == [2]
    assert sorted(p.name for p in journal.root.iterdir()) == [f"{2:020d}.json"]
