"""Acknowledged sealed mutations, kept a while so a restored service gets them again (T19, F05).

The service acknowledges a mutation once it has committed it, and the laptop then removes it
from its store's outbox. If the service is later restored from a backup taken before that
commit, the service has lost the mutation and only this journal still has it. So the courier
never deletes a sealed mutation (nor the sealed blob of an attachment insert) when its result
is staged: it moves the files into ``sent/``::

    profiles/<id>/sent/<seq>.json      the sealed, signed mutation, as it was pushed
    profiles/<id>/sent/<seq>.manifest  the manifest of the attachment blob it adds, if any
    profiles/<id>/sent/<seq>.blob      the sealed stream of that blob

They stay KEEP_DAYS after their acknowledgement (the file's mtime is set when it is moved),
longer than the age of the backup a service is restored from. They are sealed for the
service and signed by the profile exactly like the outbox, so the laptop alone cannot read
them, and a wipe removes them with the profile folder. When the service answers
`mutation_gap` below what it had acknowledged, or announces a new server epoch (IT ran
`dossier-server admin restored`), the courier moves them back into the outbox and pushes them
again: the service applies what it lacks and answers the rest as duplicates (it is
idempotent on (profile, mutation_seq)). Every move is a rename within the profile folder, so
a crash leaves each file in one place or the other, never lost and never half written.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from storage.fsutil import fsync_dir
from storage.profiles import ProfileInfo
from sync.client.blobs import BlobFiles
from sync.client.layout import ProfileFiles

SENT_DIR = "sent"
KEEP_DAYS = 14
"""How long an acknowledged mutation stays replayable: keep it longer than the oldest backup
the service would be restored from (nightly backups: a restore loses at most a day)."""
_DAY = 86_400
_NAME = re.compile(r"^(\d{20})\.json$")


class SentJournal:
    """The acknowledged sealed mutations of one profile (and their attachment blobs)."""

    def __init__(self, info: ProfileInfo) -> None:
        self.root = info.path / SENT_DIR
        self.files = ProfileFiles(info)
        self.blobs = BlobFiles(info)

    def path(self, seq: int) -> Path:
        """Where the acknowledged mutation `seq` is kept."""
        return self.root / f"{seq:020d}.json"

    def seqs(self) -> list[int]:
        """The kept mutations, by seq."""
        if not self.root.is_dir():
            return []
        found = (_NAME.match(p.name) for p in self.root.iterdir())
        return sorted(int(m.group(1)) for m in found if m)

    def keep_upto(self, seq: int, *, now: float) -> int:
        """Move every outbox file up to `seq` (answered by the service) into the journal.

        The blob goes before its mutation (manifest first, as `BlobFiles.drop` does), so a
        crash in between leaves the mutation in the outbox, moved again at the next push.
        Returns how many mutations were moved.
        """
        moved = 0
        for found in self.files.outbox_seqs():
            if found > seq:
                break
            self.root.mkdir(mode=0o700, exist_ok=True)
            _move(self.blobs.manifest_path(found), self._manifest(found))
            _move(self.blobs.blob_path(found), self._blob(found))
            target = self.path(found)
            os.replace(self.files.outbox_path(found), target)
            os.utime(target, (now, now))
            moved += 1
        if moved:
            fsync_dir(self.root)
            fsync_dir(self.files.outbox)
        return moved

    def requeue_from(self, seq: int) -> list[int]:
        """Move the kept mutations from `seq` on back into the outbox, to be pushed again.

        The blob goes back before its mutation, so the courier never finds a requeued
        attachment row without the bytes it must upload first (F36).
        """
        back = [found for found in self.seqs() if found >= seq]
        if not back:
            return []
        self.files.ensure()
        for found in back:
            if self._blob(found).is_file() and self._manifest(found).is_file():
                self.blobs.root.mkdir(mode=0o700, exist_ok=True)
                os.replace(self._blob(found), self.blobs.blob_path(found))
                os.replace(self._manifest(found), self.blobs.manifest_path(found))
            os.replace(self.path(found), self.files.outbox_path(found))
        if self.blobs.root.is_dir():
            fsync_dir(self.blobs.root)
        fsync_dir(self.files.outbox)
        fsync_dir(self.root)
        return back

    def prune(self, *, now: float, keep_days: int = KEEP_DAYS) -> int:
        """Remove what was acknowledged more than `keep_days` ago; returns how many."""
        limit = now - keep_days * _DAY
        dropped = 0
        for found in self.seqs():
            path = self.path(found)
            try:
                if path.stat().st_mtime >= limit:
                    continue
            except FileNotFoundError:
                continue
            path.unlink(missing_ok=True)
            self._manifest(found).unlink(missing_ok=True)
            self._blob(found).unlink(missing_ok=True)
            dropped += 1
        if dropped:
            fsync_dir(self.root)
        return dropped

    def _manifest(self, seq: int) -> Path:
        return self.root / f"{seq:020d}.manifest"

    def _blob(self, seq: int) -> Path:
        return self.root / f"{seq:020d}.blob"


def _move(source: Path, target: Path) -> None:
    # No attachment for this mutation, or moved before a crash.
    with contextlib.suppress(FileNotFoundError):
        os.replace(source, target)
