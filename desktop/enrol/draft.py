"""The profile an enrolment wizard is making, and what a cancel does to it.

Cancelling before the enrolment succeeded erases the half-made profile with
`sync.client.wipe.erase_profile` (the key envelope is shredded first, then the store and the
folder), so the unlock screen never offers a profile nobody finished setting up. A profile
whose enrolment did succeed is complete — the service knows this laptop for it — and is only
locked; its first sync continues at the next unlock.

Three threads meet here: the GUI thread (cancel), the DB lane (create, erase) and the I/O lane
(enrolment). The erase is a DB-lane write, so it runs after a create still queued there, and
it waits for an enrolment still talking to the service: that one writes into the profile
folder and must not race the erase.
"""

from __future__ import annotations

import threading

from desktop.events import AppEvents
from desktop.tasks import Lanes
from storage.profiles import ProfileInfo, Workspace
from storage.unlocked import OpenProfile
from sync.client.wipe import erase_profile


class Draft:
    def __init__(self, workspace: Workspace, lanes: Lanes, events: AppEvents) -> None:
        self._workspace = workspace
        self._lanes = lanes
        self._events = events
        self._lock = threading.Lock()
        self.info: ProfileInfo | None = None  # set on the DB lane by the create
        self.profile: OpenProfile | None = None
        self.enrolled = False
        self.cancelled = False
        # False for a profile resumed from the unlock screen: the caseworker chose "finish"
        # there (removal is its own button), so a cancel keeps it, locked and still pending.
        self.erase_on_cancel = True
        self._enrolling = False

    def created(self, info: ProfileInfo, profile: OpenProfile | None) -> None:
        """The create (DB lane) made the folder (and unlocked it, when `profile` is given)."""
        self.info, self.profile = info, profile

    def begin_enrol(self) -> None:
        with self._lock:
            self._enrolling = True

    def end_enrol(self, enrolled: bool) -> None:
        """Called by the enrolment itself (I/O lane) when it is over, whatever the outcome."""
        with self._lock:
            self._enrolling = False
            self.enrolled = self.enrolled or enrolled
            dispose = self.cancelled
        if dispose:
            self._dispose()

    def cancel(self) -> None:
        """The caseworker cancelled (GUI thread): erase or lock, now or after the enrolment."""
        with self._lock:
            self.cancelled = True
            if self._enrolling:
                return  # `end_enrol` disposes, once the enrolment stopped writing
        self._dispose()

    def _dispose(self) -> None:
        self._lanes.run_write(self._erase_or_lock, self._did_dispose, owner=None)

    def _erase_or_lock(self) -> bool:
        """DB lane: True if a profile folder was made (and is now erased, or kept locked)."""
        if self.profile is not None:
            self.profile.lock()
        info = self.info
        if info is None:
            return False
        if not self.enrolled and self.erase_on_cancel:
            erase_profile(info)
            self.info = self.profile = None
        return True

    def _did_dispose(self, made: bool) -> None:
        if made:  # the unlock screen lists the profiles afresh: one less, or one more
            self._events.profiles_did_change.emit()
