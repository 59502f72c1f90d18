"""A TCP relay on 127.0.0.1 that records what the client sent, and can cut TLS handshakes.

It sits in front of an HTTPS service without terminating TLS, so it sees exactly the bytes on
the wire: a test checks that every connection opened with a TLS handshake record and that no
plaintext HTTP (request line or body) ever left the laptop. With `cut_first=n`, the first `n`
connections read the client's hello and are then closed, as a network that drops the handshake.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType

TLS_HANDSHAKE = 0x16  # the first byte of a TLS record carrying a ClientHello
_CHUNK = 65536


class TlsRelay:
    """Relay 127.0.0.1:<port> to `upstream_port`; `sent` holds each connection's client bytes."""

    def __init__(self, upstream_port: int, *, cut_first: int = 0) -> None:
        self.upstream_port = upstream_port
        self.cut_first = cut_first
        self.sent: list[bytes] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.url = f"https://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> TlsRelay:
        self._spawn(self._accept_loop)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(5)
        self._listener.close()

    @property
    def connections(self) -> int:
        """How many connections the client opened."""
        with self._lock:
            return len(self.sent)

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            with self._lock:
                index = len(self.sent)
                self.sent.append(b"")
            if index < self.cut_first:
                self._spawn(self._cut, client, index)
            else:
                self._spawn(self._relay, client, index)

    def _record(self, index: int, data: bytes) -> None:
        with self._lock:
            self.sent[index] += data

    def _cut(self, client: socket.socket, index: int) -> None:
        """Read the client's first TLS record, then close cleanly (FIN) mid-handshake."""
        client.settimeout(2)
        with contextlib.suppress(OSError):
            data = b""
            while len(data) < 5 or len(data) < 5 + int.from_bytes(data[3:5], "big"):
                chunk = client.recv(_CHUNK)
                if not chunk:
                    break
                data += chunk
            self._record(index, data)
            client.shutdown(socket.SHUT_RDWR)
        client.close()

    def _relay(self, client: socket.socket, index: int) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        done = threading.Event()
        self._spawn(self._pump, upstream, client, None, done)
        self._pump(client, upstream, index, done)
        done.wait(5)
        client.close()
        upstream.close()

    def _pump(
        self,
        source: socket.socket,
        target: socket.socket,
        index: int | None,
        done: threading.Event,
    ) -> None:
        source.settimeout(0.2)
        while not self._stop.is_set():
            try:
                data = source.recv(_CHUNK)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                break
            if index is not None:
                self._record(index, data)
            try:
                target.sendall(data)
            except OSError:
                break
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)
        if index is None:
            done.set()
