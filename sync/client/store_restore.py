"""Restore a damaged profile from the service: an empty store, then a full pull (DB-8, T3).

When the store fails its integrity checks at unlock but the passphrase still opens the key
envelope, `restore_from_service` sets the damaged store aside and builds an empty one with
the same identity (`storage.store_restore`), then resets the transport as for a new server
epoch: no continuation, no epoch, the next pull starts over with a reset page, so every case
assigned to the caseworker comes down again. Nothing sealed is touched: the sealed outbox
files (and the journal of sent ones) still go up at the next sync, signed by the same key,
and the audit chain continues from where the damaged store left it.

It takes the laptop-wide sync lock, so a scheduled `dossier-sync` never moves files of the
profile while its store is being replaced.
"""

from __future__ import annotations

from storage.profiles import Workspace
from storage.store_restore import RestoredStore, restore_empty_store
from sync.cli import sync_lock
from sync.client.identity import META_SERVER_EPOCH
from sync.client.layout import ProfileFiles
from sync.client.sent_journal import SentJournal

SYNC_RUNNING = "sync_running"


class RestoreBusy(Exception):
    """Another sync holds the laptop's sync lock: try again when it has finished."""

    code = SYNC_RUNNING


def restore_from_service(workspace: Workspace, profile_id: str, passphrase: str) -> RestoredStore:
    """Replace the damaged store of `profile_id` by an empty one and reset its pull.

    Raises RestoreBusy while another sync runs, and the `StoreError`s of
    `storage.store_restore.restore_empty_store` (WRONG_PASSPHRASE, STORE_CORRUPT with
    ``identity_unreadable``, ...); on any error the profile is left as it was.
    """
    info = workspace.profile(profile_id)
    files = ProfileFiles(info)
    with sync_lock(workspace.root) as held:
        if not held:
            raise RestoreBusy
        state = files.state()
        # Seqs known outside the store: a damaged -wal may have lost the newest ones inside.
        floor = max([state.acked_upto, *files.outbox_seqs(), *SentJournal(info).seqs()])
        restored = restore_empty_store(
            workspace,
            profile_id,
            passphrase,
            forget_meta={META_SERVER_EPOCH},
            mutation_seq_floor=floor,
        )
        state.continuation = None
        state.server_epoch = None
        state.reset_pending = True
        state.counters = {}
        files.save_state(state)
    return restored
