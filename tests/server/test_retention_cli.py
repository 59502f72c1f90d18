"""`admin retention show|run` and `admin blobs cleanup` end to end; both backends."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from sync.server.db.blob_tables import blob, blob_upload
from sync.server.settings import Settings
from tests.server.erasure_case import SERVICE_DAY, build, dump
from tests.server.laptops import enrol_laptop
from tests.server.test_blobs import count, patch, sealed, start, upload
from tests.server.test_cli import env, run

__all__ = ["env"]


def test_retention_run_dry_run_then_run_and_the_audit_log_still_verifies(
    env: Settings,
    app: FastAPI,
    client: TestClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    built = build(app, client)
    code, out = run(capsys, "admin", "retention", "show")
    assert code == 0 and out["retention"]["hardship"] == {"laptop_days": 30, "service_days": 3650}
    code, out = run(capsys, "admin", "retention", "run", "--today", "31.12.2036")
    assert (code, out["code"]) == (1, "invalid_argument")

    before = dump(app)
    day = SERVICE_DAY.isoformat()
    code, out = run(capsys, "admin", "retention", "run", "--dry-run", "--today", day)
    assert code == 0 and out["retention"]["dry_run"] is True
    assert [e["case_id"] for e in out["retention"]["erased"]] == [built.case_a]
    assert dump(app) == before

    code, out = run(capsys, "admin", "retention", "run", "--today", day)
    assert code == 0 and [e["case_id"] for e in out["retention"]["erased"]] == [built.case_a]
    assert not any(built.case_a in row for row in dump(app)["case"])
    code, out = run(capsys, "admin", "audit", "verify")
    assert code == 0, out
    assert out["ok"] is True and out["records_erased"] > 0


def test_a_bad_retention_file_stops_the_cli_with_config_invalid(
    env: Settings,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "policy.json"
    bad.write_text('{"format": 1, "case_types": {"hardship": {"laptop_days": 9}}}')
    monkeypatch.setenv("DOSSIER_RETENTION_FILE", str(bad))
    code, out = run(capsys, "admin", "retention", "show")
    assert (code, out["code"]) == (78, "config_invalid")
    assert "/case_types/hardship/service_days required" in out["detail"]


def test_blobs_cleanup_removes_abandoned_uploads_and_unreferenced_blobs_only(
    env: Settings,
    app: FastAPI,
    client: TestClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    built = build(app, client)  # a referenced blob in A and B, an unfinished upload for A
    alice = enrol_laptop(client, app, "alice")
    orphan = os.urandom(800)  # uploaded, never attached
    assert upload(alice, orphan, built.case_b)["available"]
    fresh = os.urandom(600)  # an upload still going on
    fresh_sha = hashlib.sha256(fresh).hexdigest()
    assert start(alice, fresh_sha, built.case_b, len(fresh)).status_code == 200
    assert patch(alice, fresh_sha, 0, sealed(alice, fresh)[:100]).status_code == 200
    now = datetime.now(UTC)  # the CLI's clock
    old, recent = now - timedelta(days=30), now - timedelta(hours=1)
    with app.state.context.db.write() as conn:
        conn.execute(update(blob).values(created_at=old))
        young = blob_upload.c.sha256 == fresh_sha
        conn.execute(update(blob_upload).where(~young).values(updated_at=old))
        conn.execute(update(blob_upload).where(young).values(updated_at=recent))
    code, out = run(capsys, "admin", "blobs", "cleanup", "--dry-run")
    assert code == 0 and (out["blobs"]["uploads"], out["blobs"]["blobs"]) == (1, 1)
    assert count(app, blob) == 3 and count(app, blob_upload) == 2

    code, out = run(capsys, "admin", "blobs", "cleanup")

    assert code == 0 and (out["blobs"]["uploads"], out["blobs"]["blobs"]) == (1, 1)
    assert count(app, blob) == 2  # the two attached files stay
    assert count(app, blob_upload) == 1
    assert count(app, blob_upload, blob_upload.c.sha256 == fresh_sha) == 1
    code, out = run(capsys, "admin", "blobs", "cleanup", "--older-than-days", "0")
    assert (code, out["code"]) == (1, "invalid_argument")
