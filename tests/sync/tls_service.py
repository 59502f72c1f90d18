"""The sync service over HTTPS with a chosen certificate, behind a recording relay (T12).

`serving_https` starts uvicorn with the leaf's certificate and key (`tests.build.tls`) and puts
a `TlsRelay` in front, so a test knows both what reached the service (`seen.paths`) and what
the laptop put on the wire (`relay.sent`). `point_device` makes the laptop use that address
with the organisation's CA bundle, as the enrolment stores them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI

from sync.client.layout import read_device, write_device
from tests.build.tls import serving_tls
from tests.sync.tls_pki import Leaf
from tests.sync.tls_relay import TlsRelay

CLEAR_TEXT = (b"HTTP/1.1", b"POST ", b"GET ", b"/v1/", b"Authorization", b"Dossier-")
"""Markers of plaintext HTTP: none may appear in what the laptop sent."""


class SeenRequests:
    """The service as an ASGI app that records the path of every HTTP request reaching it.

    It answers the lifespan itself: the same app is already served over plain HTTP (for the
    enrolment), and its startup and shutdown must not run twice.
    """

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.paths: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] == "http":
            self.paths.append(scope["path"])
        await self.app(scope, receive, send)


@dataclasses.dataclass
class Https:
    """The service over HTTPS with one leaf, behind a recording relay."""

    seen: SeenRequests
    relay: TlsRelay

    @property
    def url(self) -> str:
        """The address the laptop uses (the relay's)."""
        return self.relay.url

    def clear_text_sent(self) -> list[bytes]:
        """Markers of plaintext HTTP found in what the laptop put on the wire."""
        return [m for data in self.relay.sent for m in CLEAR_TEXT if m in data]


@contextmanager
def serving_https(app: FastAPI, leaf: Leaf, *, cut_first: int = 0) -> Iterator[Https]:
    """`app` over HTTPS with `leaf`; the first `cut_first` handshakes are cut by the relay."""
    seen = SeenRequests(app)
    with serving_tls(seen, leaf.cert, leaf.key) as url:
        port = urlsplit(url).port
        assert port is not None
        with TlsRelay(port, cut_first=cut_first) as relay:
            yield Https(seen, relay)


def point_device(root: Path, url: str, ca_bundle: Path | str) -> None:
    """IT configured this address and CA bundle for the laptop whose data directory is `root`."""
    device = read_device(root)
    assert device is not None
    write_device(root, dataclasses.replace(device, service_url=url, ca_bundle=str(ca_bundle)))
