"""The demo's central service: set up offline as IT would, then run as its own process.

Set-up runs the `dossier-server` and `dossier-store` commands' own code in this process (the
same code IT runs, without a Python start-up per command): migrate, first keys, an organisation
recovery key made offline and installed, users, a case import file through the real import,
assignments. Serving is `dossier-server serve` in a child process that dies with this one.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import requests

from demo.state import PASSWORD, TEAM, WORKERS, DemoError, DemoPaths
from storage import cli as store_cli
from storage.demo_data import DemoCase
from storage.fsutil import atomic_write_bytes
from sync.server.app import utc_now
from sync.server.cli import build_parser
from sync.server.cli_admin import current_database
from sync.server.errors import ServerError
from sync.server.services import users
from sync.server.services.passwords import PasswordHasher
from sync.server.settings import Settings

HOST = "127.0.0.1"
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
_PR_SET_PDEATHSIG = 1


def settings_for(paths: DemoPaths) -> Settings:
    """The service's settings: everything in the demo's service folder, SQLite."""
    return Settings(data_dir=paths.service)


def admin(settings: Settings, *argv: str) -> dict[str, Any]:
    """One `dossier-server` command, run by its own code in this process; its JSON answer."""
    args = build_parser().parse_args(list(argv))
    try:
        result: dict[str, Any] = args.run(args, settings)
    except ServerError as exc:
        report = getattr(exc, "report", None)
        raise DemoError(f"service_{exc.code.value}", json.dumps(report) if report else "") from exc
    return result


def recovery_keygen(out: Path) -> str:
    """`dossier-store recovery-keygen --out OUT`: the private half stays in IT's folder."""
    out.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        store_cli.cmd_recovery_keygen(argparse.Namespace(out=out))
    return str(json.loads(printed.getvalue())["recovery_public_key"])


def import_document(cases: Sequence[DemoCase]) -> dict[str, Any]:
    """The generated cases as an import file: `{cases: [{…, persons: [{…, role}]}]}`."""
    return {
        "cases": [
            {**demo.case, "persons": [{**values, "role": role} for role, values in demo.persons]}
            for demo in cases
        ]
    }


def build_service(
    paths: DemoPaths, cases: Sequence[DemoCase], assignments: dict[str, list[str]]
) -> None:
    """Set up the service's data dir from nothing (the service is not running yet)."""
    settings = settings_for(paths)
    admin(settings, "migrate")
    admin(settings, "admin", "keys", "list")  # the service's first keys
    public = recovery_keygen(paths.it / "recovery.key")
    admin(settings, "admin", "keys", "set-recovery", public)
    _add_users(settings)
    import_file = paths.it / "cases.json"
    document = json.dumps(import_document(cases), ensure_ascii=False).encode()
    atomic_write_bytes(import_file, document)  # 0600: case files, even fictional ones
    admin(settings, "admin", "import", "--json-file", str(import_file))
    for login, numbers in assignments.items():
        admin(settings, "admin", "assign", "--login", login, *numbers)


def _add_users(settings: Settings) -> None:
    # `admin users add` reads the password from a terminal or stdin; the demo has neither.
    password_hash = PasswordHasher(settings.passwords).hash(PASSWORD)
    with current_database(settings) as db, db.write() as conn:
        for worker in WORKERS:
            users.add_user(
                conn,
                login=worker.login,
                display_name=worker.name,
                role=worker.role,
                team=TEAM,
                password_hash=password_hash,
                now=utc_now(),
            )


def enrolment_code(paths: DemoPaths, login: str) -> str:
    """`admin enrol-code create --login LOGIN`: a one-time code for that user."""
    return str(
        admin(settings_for(paths), "admin", "enrol-code", "create", "--login", login)["code"]
    )


def port_is_free(port: int) -> bool:
    """Whether 127.0.0.1:`port` can be bound right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As uvicorn binds: a port our last run left in TIME_WAIT is free for it.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port the system has free on 127.0.0.1 now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the child gets SIGTERM when this process dies, even by SIGKILL (no orphans)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def spawn(
    argv: list[str], *, env: dict[str, str], log: Path | None = None
) -> subprocess.Popen[bytes]:
    """A child in its own session (Ctrl-C reaches only us; we stop it in order) that dies with
    this process."""
    out = log.open("ab") if log else None
    try:
        return subprocess.Popen(  # noqa: S603 - our own interpreter and module
            argv,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT if out else None,
            start_new_session=True,
            preexec_fn=_die_with_parent,  # noqa: PLW1509 - no threads exist yet
        )
    finally:
        if out:
            out.close()


def stop(process: subprocess.Popen[bytes], timeout_s: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM (a graceful stop), then SIGKILL if it does not end in time."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def serving(paths: DemoPaths, port: int) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`dossier-server serve` on 127.0.0.1:`port` until the block ends; yields (url, process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_")}
    env["DOSSIER_SERVER_DATA_DIR"] = str(paths.service)  # SQLite in the demo folder
    log = paths.service / "server.log"
    argv = [sys.executable, "-m", "sync.server.cli", "serve", "--host", HOST, "--port", str(port)]
    process = spawn(argv, env=env, log=log)
    url = f"http://{HOST}:{port}"
    try:
        _wait_until_up(url, process, log)
        yield url, process
    finally:
        stop(process)


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    with requests.Session() as session:
        session.trust_env = False  # 127.0.0.1 never goes through a proxy from the environment
        while time.monotonic() < deadline:
            if process.poll() is not None:
                tail = log.read_text("utf-8", errors="replace").splitlines()[-5:]
                raise DemoError("service_did_not_start", " | ".join(tail))
            with contextlib.suppress(requests.RequestException):
                if session.get(f"{url}/healthz", timeout=1).ok:
                    return
            time.sleep(0.1)
    raise DemoError("service_did_not_start", f"no answer from {url} in {START_TIMEOUT_S:.0f} s")
