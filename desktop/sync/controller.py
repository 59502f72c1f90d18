"""Sync in the app's lanes: store work on the DB lane, network work on the I/O lane.

* unlock: seal the outbox, then apply what a locked sync staged (DB lane);
* every save (`outbox_did_change`): seal the outbox (DB lane);
* lock: seal before the store closes (queued by the shell ahead of the lock);
* Sync now: seal (DB) → move the sealed files with the device credential (I/O, cancellable,
  with progress) → apply and seal again (DB) → refresh the counts and the models;
* after a sync that ended well: find the attachments that arrived without bytes (DB) →
  download them into the vault (I/O, `sync.client.blobs_download`, no store) → record their
  rows (DB) → refresh the cases they belong to.

The transport never sees the open store, so no transaction ever crosses lanes; a large scan
downloads on the I/O lane and holds the serial DB lane only for its row.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Signal
from sqlalchemy import select

from desktop.context import AppContext
from desktop.sync.state import SyncSnapshot, catch_up, read_snapshot, seal
from storage.attachments import AttachmentVault
from storage.tables import ENTITY_TABLES
from storage.unlocked import OpenProfile
from sync.client.apply import ApplyReport, apply_inbox
from sync.client.blobs_download import (
    FetchReport,
    Missing,
    discard_downloads,
    download_missing,
    missing_attachments,
    new_transit_key,
    record_downloads,
)
from sync.client.blobs_http import BlobClient
from sync.client.engine import RunOutcome, sync_locked, transport_for
from sync.client.layout import DeviceCredential, ProfileFiles, read_device
from sync.client.transport import DeviceAuth, SyncFailure, Transport

TransportFactory = Callable[[DeviceCredential], Transport]


@dataclass(frozen=True, slots=True)
class RunResult:
    """How a Sync now ended, for the status bar."""

    error: str | None  # a sync failure code, or None
    cancelled: bool = False
    wiped: bool = False
    applied: ApplyReport | None = None


class SyncController(QObject):
    snapshot_did_change = Signal(object)  # SyncSnapshot
    run_did_start = Signal()
    run_did_progress = Signal(str, int)  # stage ("push", "pull"), running count
    run_did_end = Signal(object)  # RunResult
    data_did_change = Signal()  # an apply changed the store: reload the models
    cases_did_change = Signal(object)  # frozenset of the case ids an apply touched

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.profile: OpenProfile | None = None
        self.snapshot: SyncSnapshot | None = None
        self.transport_factory: TransportFactory = transport_for
        self._cancel: threading.Event | None = None
        self.fetching = False  # attachment bytes are being downloaded after a sync
        ctx.events.outbox_did_change.connect(self._on_events_outbox_did_change)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    # --- lifecycle -----------------------------------------------------------------------

    def attach(self, profile: OpenProfile) -> None:
        """After unlock: catch up on the DB lane, then show the counts."""
        self.profile = profile
        self.snapshot = None
        self.fetching = False  # a lock drops a running download's outcome; start afresh
        self._ctx.lanes.run_write(lambda: catch_up(profile), self._on_caught_up, owner=self)

    def detach(self) -> None:
        """Before lock: stop a running sync and seal, queued ahead of the store's lock."""
        profile, self.profile, self.snapshot = self.profile, None, None
        self.cancel()
        self._cancel = None
        if profile is not None:
            self._ctx.lanes.run_write(lambda: seal(profile), owner=None)

    def _on_caught_up(self, report: ApplyReport | None) -> None:
        self.data_did_change.emit()
        if report is not None and report.cases:
            self.cases_did_change.emit(frozenset(report.cases))
        self.refresh()

    def _on_events_outbox_did_change(self) -> None:
        profile = self.profile
        if profile is None:
            return
        self._ctx.lanes.run_write(lambda: seal(profile), owner=self)
        self.refresh()

    def refresh(self) -> None:
        profile = self.profile
        if profile is None:
            return
        self._ctx.lanes.run_query(
            lambda: read_snapshot(profile), self._on_snapshot, owner=self, key="sync-snapshot"
        )

    def _on_snapshot(self, snapshot: SyncSnapshot) -> None:
        if self.profile is None:
            return
        self.snapshot = snapshot
        self.snapshot_did_change.emit(snapshot)

    # --- Sync now ------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync; False when none can start (locked, not enrolled, already running)."""
        profile = self.profile
        if profile is None or self.running:
            return False
        if self.snapshot is not None and not self.snapshot.enrolled:
            return False
        cancel = self._cancel = threading.Event()
        self.run_did_start.emit()
        self._ctx.lanes.run_write(
            lambda: seal(profile),
            lambda _n: self._move(profile, cancel),
            lambda exc: self._end(cancel, RunResult(error=type(exc).__name__)),
            owner=self,
        )
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _move(self, profile: OpenProfile, cancel: threading.Event) -> None:
        if self.profile is not profile:
            return
        root, factory = self._ctx.workspace.root, self.transport_factory

        def move() -> RunOutcome:
            device = read_device(root)
            if device is None:
                return RunOutcome(profile.profile_id, error="not_enrolled")
            return sync_locked(
                self._ctx.workspace,
                profile.info,
                factory(device),
                progress=self.run_did_progress.emit,  # queued to the GUI thread
                cancelled=cancel.is_set,
            )

        self._ctx.lanes.run_io(
            move,
            lambda outcome: self._apply(profile, cancel, outcome),
            lambda exc: self._end(cancel, RunResult(error=type(exc).__name__)),
            owner=self,
        )

    def _apply(self, profile: OpenProfile, cancel: threading.Event, outcome: RunOutcome) -> None:
        if outcome.wiped:
            self._end(cancel, RunResult(error=None, wiped=True))
            self._ctx.events.lock_was_requested.emit()
            return
        if self.profile is not profile:
            return  # locked meanwhile: the staged pages wait for the next unlock

        def apply() -> ApplyReport:
            report = apply_inbox(profile, sent=outcome.moved.sent, error=outcome.error)
            seal(profile)  # a gap the service reported is sealed again for the next run
            return report

        def done(report: ApplyReport) -> None:
            self._end(cancel, RunResult(outcome.error, cancel.is_set(), applied=report))
            self.data_did_change.emit()
            if report.cases:
                self.cases_did_change.emit(frozenset(report.cases))
            if outcome.error is None and not cancel.is_set():
                self.fetch_files(profile)

        self._ctx.lanes.run_write(
            apply, done, lambda exc: self._end(cancel, RunResult(type(exc).__name__)), owner=self
        )

    def _end(self, cancel: threading.Event, result: RunResult) -> None:
        if self._cancel is cancel:
            self._cancel = None
        self.run_did_end.emit(result)
        self.refresh()

    # --- attachment bytes ----------------------------------------------------------------

    def fetch_files(self, profile: OpenProfile) -> None:
        """Download the bytes of attachments whose rows came without them.

        Three steps: what is missing (DB lane) → download into the vault (I/O lane, no store)
        → record each file's row (DB lane, a write: never dropped, so a file downloaded just
        before a lock is recorded or removed, never left behind). Failures leave the rows
        waiting for the next sync; the cases that got a file are refreshed like after an apply.
        """
        if self.fetching or self.profile is not profile:
            return
        self.fetching = True
        self._ctx.lanes.run_query(
            lambda: _waiting_files(profile),
            lambda waiting: self._download(profile, waiting),
            lambda _exc: self._on_files_fetched(profile, frozenset()),
            owner=self,
        )

    def _download(self, profile: OpenProfile, waiting: _Waiting) -> None:
        if not waiting.items or self.profile is not profile:
            self._on_files_fetched(profile, frozenset())
            return
        root, factory, lanes = self._ctx.workspace.root, self.transport_factory, self._ctx.lanes

        def record_when_done(recorded: list[str]) -> None:
            cases = frozenset(waiting.case_of[a] for a in recorded if a in waiting.case_of)
            if shiboken6.isValid(self):
                self._on_files_fetched(profile, cases)

        def download() -> None:
            device = read_device(root)
            server_profile_id = ProfileFiles(profile.info).state().server_profile_id
            if device is None or server_profile_id is None:
                raise SyncFailure("not_enrolled")
            auth = DeviceAuth(device.credential, device.device_id, server_profile_id)
            vault = AttachmentVault(profile.info.attachments_path)
            report, transit = FetchReport(), new_transit_key()
            try:
                done = download_missing(
                    vault, BlobClient(factory(device), auth), waiting.items, transit, report
                )
            except BaseException:
                transit[:] = bytes(len(transit))  # files already stored become noise
                raise
            # Submitted from here, not from the GUI thread: a lock that drops this job's
            # outcome must not drop the files it downloaded.
            job = lanes.run_write(
                lambda: record_downloads(profile, done, transit, report),
                record_when_done,
                lambda _exc: record_when_done([]),
                owner=None,
            )
            if job.cancelled:  # the app is shutting down: nothing will record them
                discard_downloads(vault, done)
                transit[:] = bytes(len(transit))

        self._ctx.lanes.run_io(
            download,
            None,
            lambda _exc: self._on_files_fetched(profile, frozenset()),
            owner=self,
        )

    def _on_files_fetched(self, profile: OpenProfile, cases: frozenset[str]) -> None:
        if self.profile is profile:
            self.fetching = False
            if cases:
                self.cases_did_change.emit(cases)


@dataclass(frozen=True, slots=True)
class _Waiting:
    """Attachments without their bytes, and the case each belongs to."""

    items: list[Missing]
    case_of: dict[str, str]


def _waiting_files(profile: OpenProfile) -> _Waiting:
    items = missing_attachments(profile)
    if not items:
        return _Waiting([], {})
    rows = ENTITY_TABLES["attachment"]
    query = select(rows.c.id, rows.c.case_id).where(rows.c.id.in_([m.attachment_id for m in items]))
    with profile.store.read() as conn:
        return _Waiting(items, {str(r.id): str(r.case_id) for r in conn.execute(query)})
