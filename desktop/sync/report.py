"""The last sync report in words: sent, received, merged, conflicts, rejected, evicted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.formatting import local_time
from desktop.sync.state import SyncSnapshot


def report_text(snapshot: SyncSnapshot | None) -> str:
    """Plain sentences (counts only) for the report box."""
    if snapshot is None or not snapshot.enrolled:
        return QCoreApplication.translate(
            "SyncReport",
            "Sync with the central service is not set up on this laptop yet. Everything "
            "you do is saved here, encrypted.",
        )
    report = snapshot.report
    if report is None:
        return QCoreApplication.translate(
            "SyncReport",
            "This laptop has not synced yet. Your changes stay here until the first sync.",
        )
    n = {key: int(report[key]) for key in ("sent", "received", "merged", "conflicts")}
    n |= {key: int(report[key]) for key in ("rejected", "evicted")}
    when = local_time(str(report["finished_at"]))
    # Plain names as the count: lupdate 6.11 skips translate(…, n["key"]) calls.
    sent, received, merged, conflicts = n["sent"], n["received"], n["merged"], n["conflicts"]
    rejected, evicted = n["rejected"], n["evicted"]
    lines = [
        QCoreApplication.translate("SyncReport", "Last sync: %1").replace("%1", when),
        QCoreApplication.translate("SyncReport", "%n change(s) sent", "", sent),
        QCoreApplication.translate("SyncReport", "%n change(s) received", "", received),
        QCoreApplication.translate("SyncReport", "%n change(s) merged automatically", "", merged),
        QCoreApplication.translate("SyncReport", "%n new conflict(s)", "", conflicts),
        QCoreApplication.translate(
            "SyncReport", "%n change(s) rejected by the service", "", rejected
        ),
        QCoreApplication.translate(
            "SyncReport", "%n case(s) removed from this laptop", "", evicted
        ),
    ]
    if report["error"]:
        lines.append(
            QCoreApplication.translate(
                "SyncReport", "The sync did not finish; it continues with the next sync."
            )
        )
    return "\n".join(lines)
