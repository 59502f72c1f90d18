"""A laptop's side of the audit trail for the service tests: a real chain, sealed uploads.

The chain is written with `storage.audit_chain.ChainWriter` exactly as the app writes it;
entries are sealed and signed with `sync.protocol.audit_sealed`, as the sync client does.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from storage.audit_chain import ChainEntry, ChainWriter, genesis_state, new_chain_key
from sync.protocol.audit import AuditUpload, SealedAuditEntry
from sync.protocol.audit_sealed import seal_audit_entry, sign_chain_head
from sync.protocol.versions import PROTOCOL_VERSION
from tests.server.laptops import Laptop, raw

_seconds = count(0)


def utc_stamp() -> str:
    """A fresh UTC timestamp in the chain's format (later calls are later)."""
    second = next(_seconds)
    return f"2026-03-02T09:{second // 60 % 60:02d}:{second % 60:02d}.000000Z"


@dataclass
class AuditChain:
    """One profile's local chain, bound to its local profile id (as the app does)."""

    laptop: Laptop
    user_id: str
    local_profile_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    entries: list[ChainEntry] = field(default_factory=list)
    writer: ChainWriter = field(init=False)

    def __post_init__(self) -> None:
        k0 = new_chain_key()
        self.writer = ChainWriter(
            genesis_state(self.local_profile_id, k0), profile_id=self.local_profile_id
        )

    def record(
        self, action: str = "read", object_type: str = "person", object_id: str = "p-1", **kw: Any
    ) -> ChainEntry:
        """Append one event (the laptop's own device id) and keep the entry."""
        entry = self.writer.append(
            actor=self.user_id,
            device_id=self.laptop.device_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            occurred_at=kw.pop("occurred_at", None) or utc_stamp(),
            **kw,
        )
        self.entries.append(entry)
        return entry

    def seal(self, entry: ChainEntry) -> SealedAuditEntry:
        """`entry` sealed for the service's current key and signed by the profile."""
        keys = self.laptop.service_keys
        current = next(k for k in keys["keys"] if k["key_id"] == keys["current_key_id"])
        return seal_audit_entry(
            entry,
            profile_id=self.laptop.profile_id,
            service_seal_public=base64.b64decode(current["seal_public_key"]),
            profile_sign_private=raw(self.laptop.sign_key),
            service_key_id=keys["current_key_id"],
        )

    def upload(
        self,
        entries: list[ChainEntry] | None = None,
        *,
        head: tuple[int, bytes] | None = None,
        items: list[SealedAuditEntry] | None = None,
    ) -> Any:
        """POST entries (all of the chain by default); returns the HTTP response."""
        chosen = self.entries if entries is None else entries
        body = AuditUpload(
            protocol_version=PROTOCOL_VERSION,
            profile_id=self.laptop.profile_id,
            entries=items if items is not None else [self.seal(e) for e in chosen],
            head=None if head is None else sign_chain_head(raw(self.laptop.sign_key), *head),
        )
        return self.laptop.client.post(
            "/v1/audit/events",
            content=body.model_dump_json(),
            headers=self.laptop.headers(**{"content-type": "application/json"}),
        )

    def upload_ok(self, entries: list[ChainEntry] | None = None, **kw: Any) -> dict[str, Any]:
        """Upload and assert 200; returns the answer."""
        response = self.upload(entries, **kw)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer


def flag_codes(answer: dict[str, Any]) -> list[tuple[str, int]]:
    """(code, seq) of every flag in an upload answer."""
    return [(f["code"], f["seq"]) for f in answer["flags"]]
