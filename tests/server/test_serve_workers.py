"""`dossier-server serve --workers N`: several processes share one port and one database.

The service is stateless (tokens, throttling and sequence numbers live in the database), so
a token one worker issued is accepted by the others. Run as IT runs it: the console command
in a process of its own, on both backends. Each worker logs through the JSON formatter.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from sync.server.app import create_app
from sync.server.cli import main
from sync.server.settings import Settings
from tests.server.conftest import add_user, enrol_body, new_code

WORKERS = 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[str]:
    """Command lines of the direct children of `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(cmdline)
    return found


@pytest.fixture
def admin_app(settings: Settings) -> Iterator[FastAPI]:
    """An in-process app on the same database and keys, for the admin helpers."""
    app = create_app(settings)
    yield app
    app.state.context.db.dispose()


@pytest.fixture
def served(settings: Settings, tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`dossier-server serve --workers 2` on a free port, stopped with SIGTERM at the end."""
    port = _free_port()
    env = {
        **os.environ,
        "DOSSIER_DATABASE_URL": settings.resolved_database_url,
        "DOSSIER_SERVER_DATA_DIR": str(settings.data_dir),
        "DOSSIER_PASSWORD_MEMORY_KIB": "19456",
    }
    argv = ["serve", "--port", str(port), "--workers", str(WORKERS), "--migrate", "never"]
    stderr = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", *argv], env=env, stderr=stderr
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # spawned workers import everything: slow on a busy machine
    while True:
        assert process.poll() is None, (tmp_path / "serve.log").read_text()
        assert time.monotonic() < deadline, "the service did not start"
        try:
            if httpx.get(base + "/healthz", timeout=2, trust_env=False).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    try:
        yield base, process
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)
        stderr.close()


def test_two_workers_share_the_port_and_accept_each_others_tokens(
    served: tuple[str, subprocess.Popen[bytes]], admin_app: FastAPI, tmp_path: Path
) -> None:
    base, process = served
    workers = [c for c in _children(process.pid) if "spawn_main" in c]
    assert len(workers) == WORKERS
    tokens = []
    for n in range(6):
        login = f"worker.{n}"
        add_user(admin_app, login)
        # A new connection per request: the kernel spreads them over the workers.
        enrolled = httpx.post(
            base + "/v1/enrol",
            json=enrol_body(new_code(admin_app), login),
            timeout=30,
            trust_env=False,
        )
        assert enrolled.status_code == 201, enrolled.text
        tokens.append((login, enrolled.json()["tokens"]["access_token"]))
    for login, token in tokens * 2:
        me = httpx.get(
            base + "/v1/me", headers={"Authorization": f"Bearer {token}"}, trust_env=False
        )
        assert me.json()["login"] == login
    process.send_signal(signal.SIGTERM)
    assert process.wait(30) == 0
    lines = (tmp_path / "serve.log").read_text().splitlines()
    events = [json.loads(line) for line in lines]  # every line is structured (LOG-1)
    started = [e for e in events if e["event"] == "Application startup complete."]
    assert len(started) == WORKERS


@pytest.mark.parametrize("workers", ["0", "-1", "two", "65"])
def test_a_worker_count_that_makes_no_sense_is_a_usage_error(
    workers: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--workers", workers])
    assert exit_info.value.code == 2
    assert "a whole number from 1 to 64" in capsys.readouterr().err
