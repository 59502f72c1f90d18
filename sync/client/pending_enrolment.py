"""Profiles whose enrolment was cut short (crash, power loss): tell them apart, settle them.

A profile made for an enrolment carries the mark of `storage.enrolment_mark` until
`record_enrolment` has stored its identity. `record_enrolment` commits the identity in the
store first and then writes the passphrase-free transport state (`sync.json`, with the
service's profile id), then removes the mark. So a crash leaves one of:

* no service profile id in `sync.json`, identity not in the store: the enrolment never
  completed — **setup not finished** (finish with a new one-time code, or remove);
* the service profile id in `sync.json`: the enrolment completed, only the mark's removal
  was lost — the profile is complete (`enrolment_pending` removes the mark, no passphrase);
* identity in the store but `sync.json` not yet written: only visible with the store open,
  so the unlock of a pending profile asks `settle_unlocked`, which repairs `sync.json` and
  removes the mark.
"""

from __future__ import annotations

from storage.enrolment_mark import clear_enrolment_mark, has_enrolment_mark
from storage.profiles import ProfileInfo
from storage.unlocked import OpenProfile
from sync.client import identity
from sync.client.layout import ProfileFiles

SETUP_NOT_FINISHED = "setup_not_finished"


def enrolment_pending(info: ProfileInfo) -> bool:
    """True if the profile's enrolment never completed (as far as can be told without the
    passphrase); a stale mark of a completed enrolment is removed here."""
    if not has_enrolment_mark(info.path):
        return False
    if ProfileFiles(info).state().server_profile_id is None:
        return True
    clear_enrolment_mark(info.path)
    return False


def settle_unlocked(profile: OpenProfile) -> bool:
    """For an unlocked profile: True if it is enrolled (a leftover mark is removed and the
    transport state repaired), False if its enrolment is still to be done."""
    info = profile.info
    if not has_enrolment_mark(info.path):
        return True
    with profile.store.read() as conn:
        try:
            server_profile_id = identity.load_identity(profile.store, conn).server_profile_id
        except identity.NotEnrolled:
            return False
    files = ProfileFiles(info)
    files.ensure()
    state = files.state()
    if state.server_profile_id is None:
        state.server_profile_id = server_profile_id
        files.save_state(state)
    clear_enrolment_mark(info.path)
    return True
