"""IT clears a refused service head after investigating it (issue 7).

When the service was restored from a backup on purpose (or anything else made the laptop
refuse the service's tree head, and IT understands why), ``dossier-sync audit-accept-head
--profile ID --confirm`` makes the refused head the laptop's new trusted head:

* only the head the refusal recorded (``failure.seen``), and only if a key this laptop
  trusts signed it — a forged head cannot be accepted, and accepting it would stop the next
  sync anyway;
* the acceptance is written first, as ``audit/accepted/<id>.json``: the store is locked
  (IT has no passphrase), so the record waits beside the sealed files and the next unlock
  turns it into a chained local audit event (`audit_acceptances`, run from the sealer) —
  exactly once, since the event's object id is the record id;
* then the state holds the accepted head and no refusal, and the pages held back by the
  refused run are discarded: their cursors never moved, so the next pull brings them again.

The next sync checks the service's head against the accepted one as usual.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import exists, select

from storage.clock import utc_iso
from storage.ids import new_id
from storage.profiles import ProfileInfo
from storage.tables import audit_event
from storage.unlocked import OpenProfile
from sync.client.audit_upload_files import AuditFiles
from sync.client.audit_upload_head import signed_by_trusted
from sync.client.audit_upload_keys import trusted_keys

ACCEPT_OBJECT = "audit_head"  # object_type of the local audit event
NO_REFUSED_HEAD = "no_refused_head"
HEAD_NOT_VERIFIABLE = "head_not_verifiable"
_NOT_CODE = re.compile(r"[^A-Za-z0-9._:,-]")
_HEAD_FIELDS = ("tree_size", "root_hash", "timestamp_ms", "key_id")


class AcceptRefused(Exception):
    """The refused head cannot be accepted; `code` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Accepted:
    """What `accept_head` did: the acceptance record and how many held files it dropped."""

    record: dict[str, Any]
    discarded_held: int


def refused_head(info: ProfileInfo) -> dict[str, Any]:
    """The refusal and the head it saw, as IT reviews them; AcceptRefused when there is none."""
    files = AuditFiles(info)
    state = files.state()
    failure = state.failure
    if not failure:
        raise AcceptRefused(NO_REFUSED_HEAD)
    seen = failure.get("seen")
    keys, _ = trusted_keys(files.service_keys(), state.transitions)
    if not isinstance(seen, dict) or not signed_by_trusted(seen, keys):
        raise AcceptRefused(HEAD_NOT_VERIFIABLE)
    return {
        "code": failure.get("code"),
        "detail": failure.get("detail"),
        "refused_at": failure.get("at"),
        "previous": _summary(state.head),
        "head": _summary(seen),
        "held": files.held_count(),
    }


def accept_head(info: ProfileInfo, *, by: str | None = None) -> Accepted:
    """Trust the refused head from now on (call under the sync lock); see the module doc."""
    review = refused_head(info)
    files = AuditFiles(info)
    state = files.state()
    assert state.failure is not None  # refused_head checked it
    now = utc_iso()
    record = review | {"id": new_id(), "accepted_at": now, "by": _login(by)}
    files.write_acceptance(record)
    files.save_state(replace(state, head=state.failure["seen"], failure=None, checked_at=now))
    return Accepted(record, files.discard_held())


def audit_acceptances(profile: OpenProfile) -> int:
    """Turn the accepted heads waiting on disk into local audit events; how many were new."""
    files = AuditFiles(profile.info)
    written = 0
    for record in files.acceptances():
        with profile.store.write() as conn:
            done = exists().where(
                audit_event.c.object_type == ACCEPT_OBJECT,
                audit_event.c.object_id == record["id"],
            )
            if not conn.execute(select(done)).scalar():
                profile.context.audit.record(
                    conn, "update", ACCEPT_OBJECT, record["id"], detail=_detail(record)
                )
                written += 1
        files.drop_acceptance(record["id"])
    return written


def _detail(record: dict[str, Any]) -> dict[str, str]:
    previous, head = record.get("previous") or {}, record.get("head") or {}
    detail = {
        "reason": "accepted_by_it",
        "code": record.get("code"),
        "refusal": record.get("detail"),
        "from_size": previous.get("tree_size", 0),
        "to_size": head.get("tree_size"),
        "key_id": head.get("key_id"),
        "accepted_at": record.get("accepted_at"),
        "by": record.get("by"),
    }
    return {key: _code(value) for key, value in detail.items()}


def _summary(head: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if head is None else {key: head.get(key) for key in _HEAD_FIELDS}


def _login(by: str | None) -> str:
    if by is None:
        try:
            by = getpass.getuser()
        except (OSError, KeyError):
            by = "unknown"
    return _code(by)


def _code(value: object) -> str:
    # Audit detail holds codes only (AUD-1): anything else is reduced to one.
    return _NOT_CODE.sub("_", str(value))[:128]
