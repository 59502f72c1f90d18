"""What the screenshots show beyond the generated cases: one case dressed for the camera.

`seed_showcase` gives the case the screenshots open a canton, a legal deadline over
Christmas, an interview with an answer in Arabic and a (generated, fictional) scan of an
identity card. Everything is fiction, written through the same services the app uses.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from desktop.demo_profile import DEMO_PASSPHRASE
from storage.clock import WallClock
from storage.forms import validate_answers
from storage.profiles import Workspace
from storage.services.summaries import CaseSummary
from storage.unlocked import unlock_profile

ARABIC_ANSWER = "غادرت حلب في ربيع 2023 مع عائلتي، ثم عبرنا تركيا واليونان (إجابة خيالية)."
SHOWCASE_ANSWERS = {
    "understands_interpreter": True,
    "fit_for_interview": True,
    "informed_about_purpose": True,
    "date_of_birth": "1988-03",
    "sex": "male",
    "nationality": "SY",
    "first_language": "ar",
    "route_description": ARABIC_ANSWER,
    "arrival_date": "2026-10",
    "fingerprints_elsewhere": True,
    "fingerprints_where": "Griechenland (fiktiv)",
    "applied_elsewhere": False,
}


def showcase_row(rows: list[CaseSummary]) -> CaseSummary:
    """The case the screenshots open: a family with a name in its original script."""
    return next(r for r in rows if len(r.person_ids) > 2 and r.applicant_original)


def specimen_scan() -> bytes:
    """A PNG of a plainly fictional identity card ("SPECIMEN"), drawn here."""
    image = QImage(860, 540, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9eef3"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#1f5fa8"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRect(30, 30, 800, 480), 24, 24)
    painter.setBrush(QColor("#c9d6e3"))
    painter.drawRect(QRect(70, 130, 220, 280))
    font = QFont()
    font.setPointSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(70, 60, 700, 50), Qt.AlignmentFlag.AlignLeft, "SPECIMEN — FICTION")
    font.setPointSize(14)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    lines = ("KHALIL", "Omar", "عمر خليل", "03.1988", "SYR", "No. X0000000")
    for n, text in enumerate(lines):
        painter.drawText(QRect(330, 140 + n * 44, 460, 40), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def seed_showcase(root: Path, today: date, clock: WallClock) -> None:
    """Dress the showcase case of the demo profile under `root` (before the app starts)."""
    workspace = Workspace(root, clock=clock)
    (info,) = workspace.list_profiles()
    profile = unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE)
    try:
        row = showcase_row(profile.summaries.rows())
        case_id = row.case_id
        family, _, given = row.applicant.partition(", ")
        answers = SHOWCASE_ANSWERS | {
            "family_name": family,
            "given_names": given,
            "name_original_script": row.applicant_original,
        }
        case = profile.records.get("case", case_id, audit_read=False)
        profile.records.update("case", case_id, {"region": "CH-VD"}, expected_hlc=case.updated_hlc)
        casework = profile.casework
        casework.create_deadline_task(
            case_id,
            "ch_asylum_appeal_extended",
            date(today.year, 11, 25),
            title="Beschwerdefrist (erweitertes Verfahren)",
        )
        interview = casework.start_interview(case_id, "initial_interview", "ar", "INT-204")
        template = casework.templates()["initial_interview"]
        assert not {k: c for k, c in validate_answers(template, answers).items() if c != "required"}
        casework.save_answers(interview.id, answers)
        casework.add_note(case_id, "Termin für das Zweitgespräch vereinbart (fiktiv).")
        profile.attachments.add(
            case_id,
            io.BytesIO(specimen_scan()),
            filename="Ausweis-Muster.png",
            media_type="image/png",
        )
    finally:
        profile.lock()
