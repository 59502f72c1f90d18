"""No plaintext on disk (DB-3, DB-4, DB-9, ATT-1, LOG-1): a workload full of canaries, then a
byte scan of the profile folder, the temp folder and the log file finds none of them."""

from __future__ import annotations

import io
import logging
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.unlocked import OpenProfile
from tests.canary import CANARY, hits


def _workload(profile: OpenProfile) -> None:
    case = profile.records.create(
        "case",
        {
            "case_number": "GE-2026-000777",
            "case_type": "hardship",
            "status": "open",
            "summary": f"{CANARY} Zusammenfassung",
        },
    )
    for n in range(60):
        person = profile.records.create(
            "person",
            {
                "family_name": f"{CANARY}{n}",
                "given_names": "Amina",
                "health_note": f"Diagnose {CANARY}",
                "birth_date": "1988",
            },
        )
        profile.records.create(
            "case_person", {"person_id": person.id, "role": "child"}, case_id=case.id
        )
        profile.records.create("note", {"body": f"Gespräch {CANARY} {n}"}, case_id=case.id)
    profile.records.update("case", case.id, {"summary": f"neu {CANARY}"})
    profile.attachments.add(
        case.id,
        io.BytesIO((CANARY * 50_000).encode()),
        filename=f"{CANARY}.pdf",
        media_type="application/pdf",
    )
    profile.search.search(CANARY)
    profile.search.search("Amina 1988")
    with profile.store.write() as conn:  # sorts, DISTINCT, temp tables: SQLite spills these
        conn.execute(text("SELECT DISTINCT family_name FROM person ORDER BY health_note DESC"))
        conn.execute(text("CREATE TEMP TABLE scratch AS SELECT body FROM note ORDER BY body"))
        conn.execute(text("SELECT body FROM scratch GROUP BY body ORDER BY length(body)"))
    profile.records.archive("note", profile.records.list("note")[0].id)
    profile.store.vacuum()


def test_workload_leaves_no_plaintext_on_disk(
    profile: OpenProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    log_file = tmp_path / "dossier.log"
    handler = logging.FileHandler(log_file)
    root = logging.getLogger()
    root.addHandler(handler)
    previous = root.level
    root.setLevel(logging.DEBUG)  # the most talkative setting must still leak nothing
    try:
        _workload(profile)
        profile.lock()
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()
    assert hits(profile.info.path) == []
    assert hits(temp_dir) == []
    assert hits(tmp_path / "data") == []
    assert CANARY.encode() not in log_file.read_bytes()
    assert log_file.stat().st_size > 0  # the store did log: the scan looked at real lines


def test_the_canary_scan_can_see_a_leak(tmp_path: Path) -> None:
    (tmp_path / "leak.txt").write_text(f"oops {CANARY}", "utf-16-le")
    assert hits(tmp_path) != []
