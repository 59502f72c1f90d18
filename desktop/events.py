"""Typed, app-wide signals (no string-keyed bus): who listens is visible in the code.

One `AppEvents` instance lives in `AppContext`. Names are past tense; they say what happened,
not what someone should do about it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    profile_did_unlock = Signal(object)  # storage.unlocked.OpenProfile
    profile_did_lock = Signal()  # the window is blank; the store closes on the DB lane
    profiles_did_change = Signal()  # a profile folder was added or erased: reload the list
    record_did_change = Signal(object)  # storage.services.records.Record, after a local write
    outbox_did_change = Signal()  # pending changes may have grown or shrunk
    language_did_change = Signal(str)  # "de", "fr", "it" or "en"
    lock_was_requested = Signal()  # Ctrl+L where the shell's own shortcut can't reach
    operation_did_fail = Signal(object)  # an Exception nobody handled; shown in the status bar
