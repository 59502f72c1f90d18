"""What the status bar shows about sync, read on the DB lane, and how it reads in words.

Counts only — the snapshot never carries case content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from storage.profiles import ProfileInfo
from storage.tables import conflict, sync_report
from storage.unlocked import OpenProfile
from sync.client.apply import ApplyReport, apply_inbox
from sync.client.audit_upload_files import AuditFiles
from sync.client.deadman import Gate, unlock_gate
from sync.client.layout import ProfileFiles
from sync.client.reset_state import upgrade_required
from sync.client.sealer import seal_outbox

REPORT_FIELDS = ("sent", "received", "merged", "conflicts", "rejected", "evicted")


@dataclass(frozen=True, slots=True)
class SyncSnapshot:
    enrolled: bool
    pending: int
    open_conflicts: int  # open conflicts and rejections together: each needs a look
    last_success: str | None  # ISO UTC
    last_error: str | None
    report: dict[str, Any] | None  # the newest sync_report row
    upgrade_required: bool = False  # the service refuses this app's pulls until IT updates it
    audit_refused: str | None = None  # service_rollback / audit_log_inconsistent, until cleared
    clock_skew_ms: int | None = None  # laptop minus service clock at the last sync (F07)

    @property
    def blocked_by(self) -> str | None:
        """The code of a refusal that lasts until someone acts, or None.

        A refused audit head (`service_rollback`, `audit_log_inconsistent`) stops every sync
        before anything moves, until the service shows a head this laptop accepts;
        `upgrade_required` holds until a pull is answered again; an untrusted service
        certificate (`tls_failed`) until a sync succeeds. Passing failures (offline, a
        timeout, a handshake the network cut) are not such a state.
        """
        if self.audit_refused is not None:
            return self.audit_refused
        if self.last_error == "tls_failed":  # IT must fix the certificate or the CA bundle
            return "tls_failed"
        return "upgrade_required" if self.upgrade_required else None


def is_enrolled(profile: OpenProfile) -> bool:
    return ProfileFiles(profile.info).state().server_profile_id is not None


def catch_up(profile: OpenProfile) -> ApplyReport | None:
    """At unlock (DB lane): seal what waits, then apply what a locked sync staged."""
    if not is_enrolled(profile):
        return None
    seal_outbox(profile)
    return apply_inbox(profile)


def seal(profile: OpenProfile) -> int:
    """After a save and before lock (DB lane); a local-only profile has nothing to seal."""
    return seal_outbox(profile) if is_enrolled(profile) else 0


def read_snapshot(profile: OpenProfile) -> SyncSnapshot:
    """DB lane: the counts and stamps the status bar shows."""
    files = ProfileFiles(profile.info)
    state = files.state()
    pending = profile.summaries.pending_count()
    with profile.store.read() as conn:
        conflicts = conn.execute(
            select(func.count()).select_from(conflict).where(conflict.c.status == "open")
        ).scalar_one()
        row = conn.execute(select(sync_report).order_by(sync_report.c.id.desc()).limit(1)).first()
    return SyncSnapshot(
        enrolled=state.server_profile_id is not None,
        pending=pending,
        open_conflicts=int(conflicts),
        last_success=state.last_success,
        last_error=state.last_error,
        report=None if row is None else dict(row._mapping),
        upgrade_required=upgrade_required(files) is not None,
        audit_refused=_audit_refused(profile.info),
        clock_skew_ms=state.clock_skew_ms,
    )


def _audit_refused(info: ProfileInfo) -> str | None:
    failure = AuditFiles(info).state().failure
    return None if failure is None else str(failure.get("code") or "audit_log_inconsistent")


def ago(iso: str, now: float) -> str:
    """'vor 3 Std.': how long ago `iso` (UTC) was, in the current language."""
    then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    seconds = max(0, int(now - then.timestamp()))
    if seconds < 60:
        return QCoreApplication.translate("SyncTime", "just now")
    # Plain names as the count: lupdate 6.11 skips translate(…, a // b) calls.
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86_400
    if seconds < 3600:
        return QCoreApplication.translate("SyncTime", "%n min. ago", "", minutes)
    if seconds < 86_400:
        return QCoreApplication.translate("SyncTime", "%n h ago", "", hours)
    return QCoreApplication.translate("SyncTime", "%n day(s) ago", "", days)


class OnlineLoginRequired(Exception):
    """The dead-man lock: unsynced too long, the profile may not unlock offline."""


def check_gate(info: ProfileInfo, now: float) -> None:
    """Before the passphrase is tried (DB lane): refuse a profile past the offline limit."""
    if unlock_gate(info, now=datetime.fromtimestamp(now, UTC)) is Gate.ONLINE_LOGIN_REQUIRED:
        raise OnlineLoginRequired
