"""The duplicate check of an unlocked profile, in the background on the DB lane.

The first check of a large store scores thousands of persons; done in one go it would hold
the serial DB lane for a minute (no case could open meanwhile). So it runs as a chain of
low-priority jobs (`Lanes.run_background`), one chunk of persons each
(`DuplicateFinder.check_some`, one short transaction): whatever the caseworker asks for
starts before the next chunk. Each chunk commits its candidates and how far it got, so a
lock in the middle loses nothing: the next unlock resumes there.

It runs when asked (`request`: after unlock, a sync, a person's edit, opening a case) and
tells listeners when a run has found new candidates (`check_did_finish`).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from desktop.context import AppContext
from storage.database import Store
from storage.duplicates_store import CHUNK, DuplicateFinder, Step
from storage.unlocked import OpenProfile


class DuplicateCheck(QObject):
    """The background duplicate check of one unlocked profile (see `duplicate_check`)."""

    check_did_finish = Signal()  # persons were checked; candidates may have changed

    def __init__(self, ctx: AppContext, profile: OpenProfile) -> None:
        super().__init__()
        self._ctx = ctx
        self._profile = profile
        self._finder = DuplicateFinder(profile.store, profile.context.clock)
        self.running = False
        self._again = False
        self._checked = 0
        ctx.events.profile_did_lock.connect(self._on_events_profile_did_lock)

    def request(self) -> None:
        """Check every person written since the last check, in chunks, in the background."""
        if self.running:
            self._again = True  # persons written during a run may sit before its mark
            return
        self.running, self._checked = True, 0
        self._next()

    def _next(self) -> None:
        profile, finder = self._profile, self._finder

        def step() -> Step:
            if profile.is_locked:
                return Step(0, False)
            return finder.check_some(CHUNK)

        self._ctx.lanes.run_background(step, self._on_step, self._on_failed, owner=self)

    def _on_step(self, step: Step) -> None:
        self._checked += step.checked
        if step.more:
            self._next()
            return
        self.running = False
        if self._checked:
            self.check_did_finish.emit()
        if self._again:
            self._again = False
            self.request()

    def _on_failed(self, exc: Exception) -> None:
        # Derived data: the next request starts again after the last committed chunk.
        self.running = self._again = False
        if not self._profile.is_locked:  # a lock in the middle is no failure
            self._ctx.events.operation_did_fail.emit(exc)

    def _on_events_profile_did_lock(self) -> None:
        # The lock cancels the queued steps; this check ends with its profile.
        if _CHECKS.get(self._profile.store) is self:
            del _CHECKS[self._profile.store]
        self.running = self._again = False
        self.deleteLater()


_CHECKS: WeakKeyDictionary[Store, DuplicateCheck] = WeakKeyDictionary()


def duplicate_check(ctx: AppContext, profile: OpenProfile) -> DuplicateCheck:
    """The one background check of an unlocked profile (made on first use, GUI thread)."""
    check = _CHECKS.get(profile.store)
    if check is None:
        check = _CHECKS[profile.store] = DuplicateCheck(ctx, profile)
    return check
