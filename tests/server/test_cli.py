"""The admin CLI end to end, and enrolment over real HTTP against uvicorn; both backends."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.server.app import create_app
from sync.server.cli import main
from sync.server.logs import JsonFormatter
from sync.server.settings import Settings
from tests.live_server import serving
from tests.server.conftest import PASSWORD, enrol_body


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, database_url: str, tmp_path: Path) -> Settings:
    """The environment the CLI reads, pointing at the test database."""
    monkeypatch.setenv("DOSSIER_DATABASE_URL", database_url)
    monkeypatch.setenv("DOSSIER_SERVER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DOSSIER_PASSWORD_MEMORY_KIB", "19456")  # the lowest the env may set
    return Settings.from_env()


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, Any]:
    """Run `dossier-server ARGV --json`; returns the exit code and the parsed output."""
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main([*argv, "--json"])
    finally:
        sys.stdin = old
    return code, json.loads(capsys.readouterr().out)


def test_admin_commands_manage_users_codes_devices_and_cases(
    env: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "migrate")[0] == 0
    code, out = run(capsys, "admin", "users", "add", "alice", "--name", "Alice",
                    "--role", "caseworker", "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0 and out["user"]["login"] == "alice"
    code, out = run(capsys, "admin", "users", "add", "alice", "--name", "A", "--role",
                    "caseworker", "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert (code, out["code"]) == (1, "login_taken")
    code, out = run(capsys, "admin", "users", "set-role", "alice", "team_lead", "--team", "n")
    assert out["user"]["role"] == "team_lead" and out["user"]["team"] == "n"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"cases": [{"case_number": "X-1", "case_type": "nope"}]}))
    code, out = run(capsys, "admin", "import", "--json-file", str(bad))
    assert code == 65 and out["code"] == "import_rejected"
    assert {"source": "bad.json", "row": 1, "field": "status", "code": "required"} in out["report"][
        "errors"
    ]
    good = tmp_path / "cases.csv"
    good.write_text("case_number,case_type,status\nX-1,hardship,open\nX-2,hardship,open\n")
    assert run(capsys, "admin", "import", "--cases", str(good))[1]["cases"] == 2
    code, out = run(capsys, "admin", "assign", "--login", "alice", "X-1", "X-2")
    assert (code, out["assigned"]) == (0, 2)
    code, out = run(capsys, "admin", "assign", "--login", "alice", "X-404")
    assert (code, out["code"]) == (1, "case_not_found")
    code, out = run(capsys, "admin", "enrol-code", "create", "--login", "alice")
    assert code == 0 and len(out["code"]) == 19
    assert run(capsys, "admin", "devices", "list")[1]["devices"] == []
    code, out = run(capsys, "admin", "devices", "revoke", "01a2-no-such-device")
    assert (code, out["code"]) == (1, "device_not_found")
    first = run(capsys, "admin", "keys", "list")[1]
    rotated = run(capsys, "admin", "keys", "rotate")[1]
    assert rotated["key_ids"][0] == first["current_key_id"] and len(rotated["key_ids"]) == 2


def test_admin_commands_refuse_a_database_that_is_not_migrated(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DOSSIER_SERVER_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DOSSIER_DATABASE_URL", raising=False)
    code, out = run(capsys, "admin", "users", "list")
    assert (code, out["code"]) == (69, "schema_not_current")


def test_enrolment_over_real_http_with_a_code_from_the_cli(
    env: Settings, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    run(capsys, "admin", "users", "add", "Alice.M", "--name", "Alice", "--role", "caseworker",
        "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    code = run(capsys, "admin", "enrol-code", "create", "--login", "alice.m")[1]["code"]
    app = create_app(env)
    caplog.set_level(logging.INFO, logger="dossier.server.http")
    with serving(app) as base, httpx.Client(base_url=base, trust_env=False) as http:
        enrolled = http.post("/v1/enrol", json=enrol_body(code.lower(), "alice.m"))
        assert enrolled.status_code == 201, enrolled.text
        token = enrolled.json()["tokens"]["access_token"]
        me = http.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["login"] == "alice.m"
        assert http.post("/v1/enrol", content=b"{", headers={"content-type": "application/json"}
                         ).status_code == 400  # fmt: skip
        devices = run(capsys, "admin", "devices", "list")[1]["devices"]
        assert devices[0]["profiles"][0]["login"] == "alice.m"
        assert run(capsys, "admin", "devices", "revoke", devices[0]["id"])[0] == 0
        wiped = http.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert (wiped.status_code, wiped.json()["action"]) == (410, "wipe")
    app.state.context.db.dispose()
    lines = [JsonFormatter().format(r) for r in caplog.records if r.name == "dossier.server.http"]
    routes = [json.loads(line)["route"] for line in lines]
    assert routes == ["/v1/enrol", "/v1/me", "/v1/enrol", "/v1/me"]
    assert not any("alice" in line or PASSWORD in line or code in line for line in lines)
