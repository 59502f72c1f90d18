"""The sync service under benchmark, in a process of its own (`python -m bench.service_server`).

`bench.service_throughput` starts it with `DOSSIER_DATABASE_URL` and `DOSSIER_SERVER_DATA_DIR`
set, as IT would start `dossier-server serve`: the real app (`create_app(Settings.from_env())`),
JSON logs to stderr, uvicorn with one or more workers. It binds 127.0.0.1 on a free port
itself, with `socket.IPPROTO_TCP`: asyncio sets TCP_NODELAY only on sockets whose protocol
says TCP, and without it every response written in two pieces (head, then body) waits 40 ms
for the client's delayed ACK. It prints `PORT <n>` once the socket listens.

In front of the app sits a raw ASGI layer the app never sees:

* `POST /bench/floor` reads the body and answers with as many bytes as the `x-bench-reply`
  header asks: the HTTP floor (same bytes over the same uvicorn, nothing else done);
* `GET /bench/pid` answers the worker's process id, and every response carries
  `x-bench-pid`, so the benchmark knows how the laptops spread over the workers;
* `/bench/profile/start` and `/stop` (profile mode) delimit what is profiled: the timed run,
  not the set-up or the checks.

With `--profile DIR` (one worker only) sync endpoints run on the event-loop thread instead of
the thread pool, requests are handled one at a time, and cProfile records every push and every
pull request separately (`DIR/push.pstats`, `DIR/pull.pstats`, written at shutdown), timed by
CPU time (`--profile-clock cpu`, the default) or wall time (`wall`: database waits included).
A profiled server is slower: only its profile is used, never its figures.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.app import create_app
from sync.server.logs import configure_logging
from sync.server.settings import Settings

FLOOR_PATH = "/bench/floor"
PID_PATH = "/bench/pid"
PROFILE_PATHS = {"/bench/profile/start": True, "/bench/profile/stop": False}
REPLY_HEADER = b"x-bench-reply"
PID_HEADER = b"x-bench-pid"
MAX_REPLY = 64 * 1024 * 1024
_PROFILED = {"/v1/push": "push", "/v1/pull": "pull"}


class BenchFront:
    """The floor endpoint, the worker id header and (optionally) per-route profiling."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.pid = str(os.getpid()).encode()
        self.profile_dir: Path | None = None
        self.profiles: dict[str, cProfile.Profile] = {}
        self.profiling = False
        self.lock = asyncio.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == FLOOR_PATH:
            await self._floor(scope, receive, send)
            return
        if scope["path"] == PID_PATH:
            await _reply(send, 200, self.pid, self.pid)
            return
        if scope["path"] in PROFILE_PATHS:
            self.profiling = PROFILE_PATHS[scope["path"]] and self.profile_dir is not None
            await _reply(send, 200, b"", self.pid)
            return

        async def send_with_pid(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), (PID_HEADER, self.pid)]
                message = {**message, "headers": headers}
            await send(message)

        kind = _PROFILED.get(scope["path"])
        if not self.profiling or kind is None:
            await self.app(scope, receive, send_with_pid)
            return
        async with self.lock:  # one request at a time: the profile sees one request's work
            profile = self.profiles[kind]
            profile.enable()
            try:
                await self.app(scope, receive, send_with_pid)
            finally:
                profile.disable()

    async def _floor(self, scope: Scope, receive: Receive, send: Send) -> None:
        size = 0
        for name, value in scope["headers"]:
            if name == REPLY_HEADER:
                size = min(int(value), MAX_REPLY)
        more = True
        while more:  # read the whole body, as the app would
            message = await receive()
            more = message.get("more_body", False)
        await _reply(send, 200, b"x" * size, self.pid)

    def start_profiling(self, directory: Path, clock: str) -> None:
        """Profile mode: `clock` "cpu" counts CPU time only (what bounds a worker's
        throughput), "wall" also the waits for the database (what a request's latency is)."""
        timer = time.process_time if clock == "cpu" else time.perf_counter
        self.profile_dir = directory
        self.profiles = {kind: cProfile.Profile(timer) for kind in _PROFILED.values()}

    def dump(self) -> None:
        """Write the profiles (profile mode only)."""
        if self.profile_dir is None:
            return
        for kind, profile in self.profiles.items():
            profile.dump_stats(self.profile_dir / f"{kind}.pstats")


async def _reply(send: Send, status: int, body: bytes, pid: bytes) -> None:
    headers = [
        (b"content-type", b"application/octet-stream"),
        (b"content-length", str(len(body)).encode()),
        (PID_HEADER, pid),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def front_from_env() -> BenchFront:
    """The app of one worker: the real service from the environment, behind `BenchFront`."""
    configure_logging("INFO")
    return BenchFront(create_app(Settings.from_env()))


def _inline_sync_endpoints() -> None:
    # Profile mode: FastAPI runs sync endpoints and dependencies in a thread pool, where the
    # event-loop thread's cProfile cannot see them. Run them inline instead.
    import fastapi.dependencies.utils
    import fastapi.routing

    async def inline(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    fastapi.routing.run_in_threadpool = inline  # type: ignore[attr-defined]
    fastapi.dependencies.utils.run_in_threadpool = inline  # type: ignore[attr-defined]


def _socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGTERM or SIGINT."""
    parser = argparse.ArgumentParser(prog="python -m bench.service_server")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--profile", type=Path, help="profile mode: write pstats files here")
    parser.add_argument("--profile-clock", choices=("cpu", "wall"), default="cpu")
    args = parser.parse_args(argv)
    if args.profile is not None and args.workers != 1:
        parser.error("--profile needs --workers 1")
    sock = _socket()
    options: dict[str, Any] = {
        "log_config": None,
        "access_log": False,
        "server_header": False,
        "lifespan": "on",
        "timeout_graceful_shutdown": 5,
    }
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    if args.workers > 1:
        from uvicorn.supervisors import Multiprocess

        config = uvicorn.Config(
            "bench.service_server:front_from_env", factory=True, workers=args.workers, **options
        )
        Multiprocess(config, sockets=[sock]).run()
        return 0
    front = front_from_env()
    if args.profile is not None:
        _inline_sync_endpoints()
        front.start_profiling(args.profile, args.profile_clock)
    server = uvicorn.Server(uvicorn.Config(front, **options))
    # uvicorn raises the signal that stopped it once more on its way out; without a handler
    # of our own that would end the process before the profiles are written.
    signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        server.run(sockets=[sock])
    finally:
        front.dump()
    return 0


if __name__ == "__main__":
    sys.exit(main())
