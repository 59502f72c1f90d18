"""The retention run and the blob clean-up, once a day inside `dossier-server serve` (issue 7).

Off by default: a deployment either schedules `admin retention run` and `admin blobs cleanup`
itself (cron, a systemd timer) or sets `DOSSIER_RETENTION_AUTORUN=1` and lets the service do
it. The runs happen on one background thread of the serving process — the supervisor when
there are several workers, so N workers do not mean N runs — first right after the start,
then every `Settings.retention_autorun_every`. Each logs counts only (LOG-1); a failure is
logged with its type and tried again at the next turn. Two runs at once (another machine's
cron) are harmless (`services.retention_run`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from sync.server.db.database import Database
from sync.server.services import retention_run
from sync.server.settings import Settings

log = logging.getLogger("dossier.server.retention")

Clock = Callable[[], datetime]


class RetentionAutorun:
    """A daemon thread that runs retention and blob clean-up every `settings`' interval."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.turns = 0
        """Turns taken by the thread, failed ones included."""

    def start(self) -> None:
        """Start the thread; the first turn runs at once."""
        if self._thread is not None:
            raise RuntimeError("already started")
        self._thread = threading.Thread(target=self._loop, name="retention-autorun", daemon=True)
        self._thread.start()
        log.info("retention autorun started")

    def stop(self, timeout: float = 60.0) -> None:
        """Ask the thread to stop and wait for a turn in progress (at most `timeout` s)."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        every = self._settings.retention_autorun_every.total_seconds()
        while not self._stopping.is_set():
            try:
                self.run_once()
            except Exception:  # the database unreachable: the next turn tries again
                log.exception("retention autorun failed")
            self.turns += 1
            self._stopping.wait(every)

    def run_once(self) -> None:
        """One turn: the retention run, then the blob clean-up; counts go to the log."""
        settings = self._settings
        db = Database.from_url(
            settings.resolved_database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms
        )
        try:
            self._retention(db)
            self._blobs(db)
        finally:
            db.dispose()

    def _retention(self, db: Database) -> None:
        now = self._clock()
        try:
            report = retention_run.run_retention(
                db, policy=self._settings.retention, today=now.date(), now=now
            )
        except Exception:
            log.exception("retention autorun failed")
            return
        counts = {
            "erased": len(report.erased),
            "skipped": len(report.skipped),
            "off_laptops": report.off_laptops,
            "closed_without_date": report.closed_without_date,
            "code": report.scrub,
        }
        log.info("retention run", extra=counts)

    def _blobs(self, db: Database) -> None:
        try:
            report = retention_run.cleanup_blobs(db, now=self._clock())
        except Exception:
            log.exception("blob cleanup failed")
            return
        log.info("blob cleanup", extra={"uploads": report.uploads, "blobs": report.blobs})
