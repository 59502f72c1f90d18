"""An unlocked profile: the store plus the services that work on it.

`unlock_profile` is the only way in. `OpenProfile.lock()` records the lock, closes every keyed
connection and wipes the data key; the object is useless afterwards (STORE_LOCKED).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from storage.attachments import AttachmentVault
from storage.audit import AuditLog
from storage.case_keys import adopt_case_keys
from storage.clock import WallClock
from storage.context import ProfileContext, restore_hlc
from storage.database import Store
from storage.duplicates_store import forget_snapshot
from storage.errors import ErrorCode, StoreError
from storage.fsutil import atomic_write_bytes
from storage.profiles import RECOVERED_FILE, ProfileInfo, Workspace
from storage.search import SearchIndex
from storage.services.attachments import AttachmentService
from storage.services.casework import CaseworkService
from storage.services.records import RecordService
from storage.services.summaries import CaseSummaries

FAILURES_FILE = "unlock-failures.json"
log = logging.getLogger("dossier.storage")


@dataclass
class OpenProfile:
    info: ProfileInfo
    store: Store
    context: ProfileContext
    records: RecordService
    search: SearchIndex
    attachments: AttachmentService
    summaries: CaseSummaries
    casework: CaseworkService

    @property
    def profile_id(self) -> str:
        return self.info.profile_id

    @property
    def is_locked(self) -> bool:
        return self.store.is_locked

    def lock(self) -> None:
        """Record the lock, then drop every keyed connection and wipe the key (DB-10, MEM-1)."""
        if self.store.is_locked:
            return
        try:
            with self.store.write() as conn:
                self.context.audit.record(conn, "lock", "profile", self.profile_id)
        finally:
            self.search.clear()
            forget_snapshot(self.store)  # the duplicate check's person facts (MEM-1)
            self.store.lock()
            log.info("profile locked", extra={"profile_id": self.profile_id})


def failed_unlocks(info: ProfileInfo) -> tuple[int, float]:
    """(consecutive failed unlocks, time of the last one) — for back-off (DEV-3)."""
    try:
        data = json.loads((info.path / FAILURES_FILE).read_text("utf-8"))
        return int(data["count"]), float(data["last"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def _note_failure(info: ProfileInfo, clock: WallClock) -> None:
    count, _ = failed_unlocks(info)
    body = json.dumps({"count": count + 1, "last": clock()}).encode()
    atomic_write_bytes(info.path / FAILURES_FILE, body)


def unlock_profile(
    workspace: Workspace, profile_id: str, passphrase: str, *, clock: WallClock | None = None
) -> OpenProfile:
    """Open a profile with its passphrase; failed attempts are counted and later audited."""
    clock = clock or workspace.clock
    info = workspace.profile(profile_id)
    try:
        info, store = workspace.open_store(profile_id, passphrase)
    except StoreError as exc:
        if exc.code is ErrorCode.WRONG_PASSPHRASE:
            _note_failure(info, clock)
        raise
    try:
        return _assemble(info, store, clock)
    except BaseException:
        store.lock()
        raise


def _assemble(info: ProfileInfo, store: Store, clock: WallClock) -> OpenProfile:
    with store.read() as conn:
        device_id = str(store.get_meta(conn, "device_id"))
    audit = AuditLog(
        store, profile_id=info.profile_id, device_id=device_id, actor=info.login, clock=clock
    )
    search = SearchIndex(store)
    context = ProfileContext(
        store=store,
        profile_id=info.profile_id,
        device_id=device_id,
        actor=info.login,
        clock=clock,
        hlc=restore_hlc(store, info.profile_id, clock),
        audit=audit,
        search=search,
    )
    failures, _ = failed_unlocks(info)
    recovered = (info.path / RECOVERED_FILE).exists()
    with store.write() as conn:
        if recovered:
            audit.record(conn, "recover", "profile", info.profile_id)
        if failures:
            audit.record(
                conn, "unlock_failed", "profile", info.profile_id, detail={"count": str(failures)}
            )
        audit.record(conn, "unlock", "profile", info.profile_id)
        adopt_case_keys(conn)  # files from before per-case keys move under them (KEY-6)
    if failures:
        (info.path / FAILURES_FILE).unlink(missing_ok=True)
    if recovered:
        (info.path / RECOVERED_FILE).unlink(missing_ok=True)
    log.info("profile unlocked", extra={"profile_id": info.profile_id, "failed_attempts": failures})
    records = RecordService(context)
    vault = AttachmentVault(info.attachments_path)
    summaries = CaseSummaries(store)
    return OpenProfile(
        info,
        store,
        context,
        records,
        search,
        AttachmentService(context, records, vault),
        summaries,
        CaseworkService(context, records, summaries),
    )
