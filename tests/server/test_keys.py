"""Service keys: created once, owner-only, rotatable with old keys kept."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sync.server.app import create_app
from sync.server.errors import ServerError, ServerErrorCode
from sync.server.keys import load_or_create, rotate
from sync.server.settings import Settings


def _now() -> datetime:
    return datetime(2026, 3, 2, tzinfo=UTC)


def test_keys_are_created_once_with_owner_only_files(tmp_path: Path) -> None:
    first = load_or_create(tmp_path / "keys", _now)
    again = load_or_create(tmp_path / "keys", _now)
    assert again.current.key_id == first.current.key_id
    assert again.current.seal_public == first.current.seal_public
    for path in (tmp_path / "keys").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700


def test_rotation_adds_a_current_key_and_keeps_the_old_private_keys(tmp_path: Path) -> None:
    old = load_or_create(tmp_path / "keys", _now).current
    ring = rotate(tmp_path / "keys", _now)
    assert ring.current.key_id != old.key_id
    kept = ring.by_id(old.key_id)
    assert kept is not None
    assert kept.seal_private.private_bytes_raw() == old.seal_private.private_bytes_raw()


def test_a_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    ring = load_or_create(tmp_path / "keys", _now)
    (tmp_path / "keys" / f"{ring.current.key_id}.seal").chmod(0o644)
    with pytest.raises(ServerError) as raised:
        load_or_create(tmp_path / "keys", _now)
    assert raised.value.code is ServerErrorCode.KEYS_UNREADABLE


def test_service_keys_endpoint_lists_current_and_previous_public_keys(settings: Settings) -> None:
    first = load_or_create(settings.keys_dir, _now).current
    rotate(settings.keys_dir, _now)
    app = create_app(settings)
    with TestClient(app) as client:
        keys = client.get("/v1/service-keys").json()
    app.state.context.db.dispose()
    assert len(keys["keys"]) == 2
    assert keys["keys"][0]["key_id"] == first.key_id and not keys["keys"][0]["current"]
    assert keys["keys"][1]["current"] and keys["current_key_id"] == keys["keys"][1]["key_id"]
    assert "private" not in str(keys)
