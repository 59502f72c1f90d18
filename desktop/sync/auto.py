"""Automatic sync: whenever the service can be reached, without the caseworker pressing F5.

* after unlock, a cheap probe (``GET /healthz``, one attempt, short timeouts) on the I/O lane;
  reachable → sync now; not reachable → "offline", probe again with growing pauses
  (5 s, 10 s, 20 s … at most 5 min), so the sync starts soon after the network comes back;
* while online, a sync every `periodic_ms` (10 min), and `debounce_ms` (20 s) after the last
  local save, so edits reach the service without a sync per keystroke;
* never two runs at once: a reason to sync that arrives during a run is kept and served once
  the run has ended; the store and the network are only touched on the lanes;
* pausable (Settings): paused, nothing happens until F5 or resume.

States for the status bar: ``off`` (locked or not enrolled), ``paused``, ``checking``,
``offline``, ``online``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.context import AppContext
from desktop.sync.controller import RunResult, SyncController
from sync.client.layout import read_device
from sync.client.transport import RetryPolicy, SyncFailure, Transport

OFF, PAUSED, CHECKING, OFFLINE, ONLINE = "off", "paused", "checking", "offline", "online"
UNREACHABLE_CODES = frozenset({"service_unreachable", "bad_response", "service_unavailable"})
"""Run failures that mean "the service cannot be reached now": probe again, with backoff."""

Probe = Callable[[Path], bool | None]
"""Given the data folder: True reachable, False not, None not enrolled (runs on the I/O lane)."""


class _Health(BaseModel):
    status: str


def probe_service(root: Path) -> bool | None:
    """I/O lane: one short ``GET /healthz`` against the laptop's service, no retries."""
    device = read_device(root)
    if device is None:
        return None
    transport = Transport(
        device.service_url,
        ca_bundle=device.ca_bundle,
        timeout=(2.0, 5.0),
        retry=RetryPolicy(attempts=1),
    )
    try:
        transport.call("GET", "/healthz", _Health)
    except SyncFailure:
        return False
    finally:
        transport.close()
    return True


class AutoSync(QObject):
    state_did_change = Signal(str)  # one of OFF, PAUSED, CHECKING, OFFLINE, ONLINE

    def __init__(
        self, ctx: AppContext, controller: SyncController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller = controller
        self.probe: Probe = probe_service
        self.retry_first_ms = 5_000
        self.retry_max_ms = 300_000
        self.periodic_ms = 600_000
        self.debounce_ms = 20_000
        self.state = OFF
        self.paused = not ctx.preferences.auto_sync
        self._active = False  # a profile is unlocked
        self._probing = False
        self._wanted = False  # a reason to sync arrived during a run
        self._retry_ms = self.retry_first_ms
        self._probe_timer = self._timer(self._on_probe_timer_timeout)
        self._write_timer = self._timer(self._on_write_timer_timeout)
        controller.run_did_end.connect(self._on_controller_run_did_end)
        ctx.events.outbox_did_change.connect(self._on_events_outbox_did_change)

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """After unlock: check at once whether the service can be reached."""
        self._active = True
        self._retry_ms = self.retry_first_ms
        if self.paused:
            self._set_state(PAUSED)
        else:
            self.check_now()

    def stop(self) -> None:
        """Before lock: no more probes or runs until the next unlock."""
        self._active = False
        self._wanted = False
        self._probe_timer.stop()
        self._write_timer.stop()
        self._set_state(OFF)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        if not self._active:
            return
        if paused:
            self._probe_timer.stop()
            self._write_timer.stop()
            self._set_state(PAUSED)
        else:
            self._retry_ms = self.retry_first_ms
            self.check_now()

    # --- probing -------------------------------------------------------------------------

    def check_now(self) -> None:
        """Probe the service now (off the GUI thread); sync when it answers."""
        if not self._active or self.paused or self._probing:
            return
        snapshot = self._controller.snapshot
        if snapshot is not None and not snapshot.enrolled:
            self._set_state(OFF)
            return
        self._probing = True
        self._probe_timer.stop()
        if self.state != ONLINE:
            self._set_state(CHECKING)
        root, probe = self._ctx.workspace.root, self.probe
        self._ctx.lanes.run_io(
            lambda: probe(root), self._on_probed, self._on_probe_failed, owner=self
        )

    def _on_probed(self, reachable: bool | None) -> None:
        self._probing = False
        if not self._active or self.paused:
            return
        if reachable is None:
            self._set_state(OFF)
        elif reachable:
            self._retry_ms = self.retry_first_ms
            self._set_state(ONLINE)
            self._sync()
        else:
            self._went_offline()

    def _on_probe_failed(self, _exc: Exception) -> None:
        self._probing = False
        if self._active and not self.paused:
            self._went_offline()

    def _went_offline(self) -> None:
        self._set_state(OFFLINE)
        self._probe_timer.start(self._retry_ms)
        self._retry_ms = min(self._retry_ms * 2, self.retry_max_ms)

    def _on_probe_timer_timeout(self) -> None:
        self.check_now()

    # --- running -------------------------------------------------------------------------

    def _sync(self) -> None:
        if self._controller.running:
            self._wanted = True  # served when the running sync ends
            return
        if not self._controller.sync_now():
            self._set_state(OFF)  # locked or not enrolled meanwhile

    def _on_events_outbox_did_change(self) -> None:
        if self._active and not self.paused and self.state in (ONLINE, CHECKING):
            self._write_timer.start(self.debounce_ms)

    def _on_write_timer_timeout(self) -> None:
        if self._active and not self.paused and self.state == ONLINE:
            self._sync()

    def _on_controller_run_did_end(self, result: RunResult) -> None:
        if not self._active or self.paused:
            return
        if result.error in UNREACHABLE_CODES:
            self._wanted = False
            self._went_offline()
            return
        if result.error is None:
            self._set_state(ONLINE)
        if self._wanted:
            self._wanted = False
            self._write_timer.start(0)
        self._probe_timer.start(self.periodic_ms)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_did_change.emit(state)
