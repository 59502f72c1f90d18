"""What the sync client sent and received, and the floor that moves the same bytes raw.

`Recorder` hooks a client `Transport`'s `requests.Session` and keeps every exchange (path,
request body, answer size): the public session, no change to the client. `http_floor` posts
the same bodies to `POST /bench/floor` of the same uvicorn (a raw ASGI route in front of the
app, `bench.service_server`), which answers with as many bytes as the service answered;
`RawStore` inserts one row per record into a raw SQLCipher table (our own `open_connection`,
so the pragmas and cipher settings are the store's), in one transaction.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from sqlalchemy import select

from bench.service_server import FLOOR_PATH, REPLY_HEADER
from bench.store_write import FloorRow, FloorStore
from storage.engine import open_connection
from storage.keys import new_data_key, sqlcipher_key_pragma_value, wipe
from storage.tables import ENTITY_TABLES
from storage.unlocked import OpenProfile
from sync.client.transport import Transport


@dataclass(frozen=True, slots=True)
class Exchange:
    path: str
    request: bytes
    answer_bytes: int
    status: int


class Recorder:
    """Keeps every exchange of one transport (thread-safe: a laptop per thread)."""

    def __init__(self, transport: Transport) -> None:
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        transport.session.hooks["response"].append(self._record)

    def _record(self, response: requests.Response, *_: Any, **__: Any) -> None:
        body = response.request.body or b""
        sent = body.encode() if isinstance(body, str) else bytes(body)
        exchange = Exchange(
            urlsplit(response.url).path, sent, len(response.content), response.status_code
        )
        with self._lock:
            self.exchanges.append(exchange)

    def take(self) -> list[Exchange]:
        """The exchanges so far, forgetting them."""
        with self._lock:
            taken, self.exchanges = self.exchanges, []
        return taken


def wire_bytes(exchanges: Sequence[Exchange]) -> dict[str, int]:
    """Requests, bytes sent and bytes received."""
    return {
        "requests": len(exchanges),
        "sent": sum(len(e.request) for e in exchanges),
        "received": sum(e.answer_bytes for e in exchanges),
    }


def http_floor(url: str, exchanges: Sequence[Exchange]) -> float:
    """Seconds to post the same bodies to the raw floor route and read as many bytes back,
    one keep-alive `requests` session, in the same order."""
    session = requests.Session()
    session.trust_env = False
    try:
        started = time.perf_counter()
        for exchange in exchanges:
            headers = {
                "Content-Type": "application/json",
                REPLY_HEADER.decode(): str(exchange.answer_bytes),
            }
            answer = session.post(url + FLOOR_PATH, data=exchange.request, headers=headers)
            if len(answer.content) != exchange.answer_bytes:
                raise RuntimeError("the floor route answered the wrong size")
        return time.perf_counter() - started
    finally:
        session.close()


class RawStore:
    """A raw SQLCipher table of records (id, entity, case_id, JSON), one file, its own key."""

    def __init__(self, path: Path) -> None:
        self._key = new_data_key()
        self._store = FloorStore(open_connection(path, sqlcipher_key_pragma_value(self._key)))

    def insert(self, rows: Sequence[FloorRow]) -> float:
        """Seconds to insert `rows` in one durable transaction."""
        started = time.perf_counter()
        self._store.write_case(rows)
        return time.perf_counter() - started

    def close(self) -> None:
        self._store.close()
        wipe(self._key)


def _body(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"), default=str)


def stored_rows(profile: OpenProfile, since: str = "") -> list[FloorRow]:
    """The profile's records as the floor writes them: one row each, values as JSON
    (`since`: only rows updated after this `updated_hlc`)."""
    rows: list[FloorRow] = []
    with profile.store.read() as conn:
        for name, table in ENTITY_TABLES.items():
            query = select(table)
            if since:
                query = query.where(table.c.updated_hlc > since)
            for row in conn.execute(query).mappings():
                values = dict(row)
                case_id = values.get("case_id")
                rows.append((str(values["id"]), name, case_id and str(case_id), _body(values)))
    return rows


def mutation_rows(mutations: Sequence[dict[str, Any]]) -> list[FloorRow]:
    """Outbox mutations as floor rows (their id, entity, case and changes)."""
    return [
        (str(m["mutation_id"]), str(m["entity"]), m["case_id"], _body(dict(m["changes"])))
        for m in mutations
    ]
