"""Lanes: where work that must not block the window runs (STYLE.md, after Anki's ops).

* the **DB lane** is serial — one worker thread — so reads and writes on the unlocked store
  never race and always happen in the order they were asked for;
* the **I/O lane** runs file work (profile folders, translations) in parallel.

`run_query`/`run_write` hand an operation to the DB lane and deliver its result (or its
exception) on the GUI thread. A result whose `owner` widget has been destroyed in the meantime
is dropped: a closed window never receives data for a case it no longer shows. Queries can
be superseded (`key=`, search-as-you-type) and are cancelled when the profile locks; writes
never are, because dropping one would lose a caseworker's edit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnFailed = Callable[[Exception], None]
BACKGROUND_PRIORITY = -10  # `run_background`: behind every other job waiting on the lane

_on_lane = threading.local()


def current_lane() -> str | None:
    """The name of the lane running the calling thread's job ("db", "io"), or None.

    Tests use it to prove that store transactions only happen on the DB lane.
    """
    name: str | None = getattr(_on_lane, "name", None)
    return name


class JobKind(Enum):
    QUERY = "query"
    WRITE = "write"
    IO = "io"


@dataclass(eq=False)
class Job:
    """One operation on a lane and where its outcome goes."""

    op: Callable[[], Any]
    on_done: OnDone | None
    on_failed: OnFailed | None
    owner: QObject | None
    kind: JobKind
    key: str | None = None
    priority: int = 0  # among jobs waiting on the lane, a higher one starts first
    cancelled: bool = False  # set before it ran: the op is skipped
    superseded: bool = False  # a newer job with the same key exists: the outcome is dropped
    result: Any = None
    error: Exception | None = None
    ran_on: int | None = field(default=None, repr=False)  # thread id, for tests

    @property
    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def run(self) -> None:
        """Called on the lane's worker thread."""
        if self.cancelled or not self.owner_alive:
            self.cancelled = True
            return
        self.ran_on = threading.get_ident()
        try:
            self.result = self.op()
        except Exception as exc:  # delivered to on_failed on the GUI thread
            self.error = exc


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal carries finished jobs back to it."""

    job_did_end = Signal(object)

    def __init__(self, default_failure: OnFailed) -> None:
        super().__init__()
        self._default_failure = default_failure
        self.job_did_end.connect(self._on_relay_job_did_end)

    @Slot(object)
    def _on_relay_job_did_end(self, job: Job) -> None:
        if job.cancelled or job.superseded or not job.owner_alive:
            return
        if job.error is None:
            if job.on_done is not None:
                job.on_done(job.result)
        elif job.on_failed is not None:
            job.on_failed(job.error)
        else:
            self._default_failure(job.error)


class Lane:
    """A thread pool with a known set of jobs that have not finished yet."""

    def __init__(self, name: str, threads: int, relay: _Relay) -> None:
        self.name = name
        self._pool = QThreadPool()
        self._pool.setObjectName(name)
        self._pool.setMaxThreadCount(threads)
        self._relay = relay
        self._lock = threading.Lock()
        self._open: set[Job] = set()
        self._stopped = False

    def submit(self, job: Job) -> Job:
        with self._lock:
            if self._stopped:
                job.cancelled = True
                return job
            if job.key is not None:
                for other in self._open:
                    if other.key == job.key:
                        other.superseded = True
                        other.cancelled = other.cancelled or other.ran_on is None
            self._open.add(job)
        self._pool.start(lambda: self._run(job), job.priority)
        return job

    def _run(self, job: Job) -> None:
        _on_lane.name = self.name
        try:
            job.run()
        finally:
            _on_lane.name = None
            with self._lock:
                self._open.discard(job)
            if shiboken6.isValid(self._relay):
                self._relay.job_did_end.emit(job)

    def cancel_queries(self) -> None:
        """Skip every query that has not started; its outcome is dropped."""
        with self._lock:
            for job in self._open:
                if job.kind is not JobKind.WRITE:
                    job.superseded = True
                    job.cancelled = job.cancelled or job.ran_on is None

    def stop(self, timeout_ms: int) -> bool:
        """Refuse new jobs, cancel queries, wait for the rest (writes finish)."""
        self.cancel_queries()
        with self._lock:
            self._stopped = True
        return self._pool.waitForDone(timeout_ms)

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        return self._pool.waitForDone(timeout_ms)


class Lanes:
    """The app's lanes; one instance, passed in `AppContext`."""

    def __init__(self, *, default_failure: OnFailed | None = None) -> None:
        self._relay = _Relay(default_failure or self._log_failure)
        self.db = Lane("db", 1, self._relay)
        self.io = Lane("io", 2, self._relay)

    @staticmethod
    def _log_failure(exc: Exception) -> None:
        # Only the type and the store's error code: messages could carry personal data.
        log.error(
            "background operation failed: %s %s", type(exc).__name__, getattr(exc, "code", "")
        )

    def run_query(
        self,
        op: Callable[[], Any],
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        *,
        owner: QObject | None,
        key: str | None = None,
    ) -> Job:
        """Read from the store on the DB lane; `on_done(result)` runs on the GUI thread."""
        return self.db.submit(Job(op, on_done, on_failed, owner, JobKind.QUERY, key))

    def run_background(
        self,
        op: Callable[[], Any],
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        *,
        owner: QObject | None,
    ) -> Job:
        """Derived work on the DB lane (the duplicate check), one short step per job, at low
        priority: every other job waiting on the lane starts first. Like a query it is skipped
        when the profile locks; it must be resumable from what it committed."""
        job = Job(op, on_done, on_failed, owner, JobKind.QUERY, priority=BACKGROUND_PRIORITY)
        return self.db.submit(job)

    def run_write(
        self,
        op: Callable[[], Any],
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        *,
        owner: QObject | None,
    ) -> Job:
        """Write to the store on the DB lane; never cancelled, even by a lock."""
        return self.db.submit(Job(op, on_done, on_failed, owner, JobKind.WRITE))

    def run_io(
        self,
        op: Callable[[], Any],
        on_done: OnDone | None = None,
        on_failed: OnFailed | None = None,
        *,
        owner: QObject | None,
    ) -> Job:
        """File or other blocking work that is not the store, on the I/O lane."""
        return self.io.submit(Job(op, on_done, on_failed, owner, JobKind.IO))

    def cancel_queries(self) -> None:
        self.db.cancel_queries()
        self.io.cancel_queries()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop both lanes; pending writes (and the lock) finish first."""
        db_done = self.db.stop(timeout_ms)
        io_done = self.io.stop(timeout_ms)
        return db_done and io_done
