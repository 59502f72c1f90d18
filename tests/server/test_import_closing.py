"""Closed cases in a bulk import (issue 7): the closing date is required and must be true,
since retention counts from it; both backends. The service's clock is 2026-03-02 09:00 UTC.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from sync.server.db.tables import ENTITY_TABLES
from sync.server.services.import_files import ImportBatch, read_json
from sync.server.services.importing import ImportReport, import_batch

CASES = ENTITY_TABLES["case"]


def _import(app: FastAPI, *cases: dict[str, Any]) -> ImportReport:
    batch = ImportBatch()
    read_json(batch, "cases.json", json.dumps({"cases": list(cases)}).encode())
    context = app.state.context
    with context.db.write() as conn:
        return import_batch(conn, batch, now=context.clock())


def _case(number: str, **extra: Any) -> dict[str, Any]:
    return {"case_number": number, "case_type": "hardship", "status": "closed", **extra}


def _stored(app: FastAPI) -> list[tuple[str, str | None]]:
    with app.state.context.db.read() as conn:
        rows = conn.execute(select(CASES.c.case_number, CASES.c.closed_on).order_by(CASES.c.id))
        return sorted((r.case_number, r.closed_on) for r in rows)


def test_closed_cases_with_their_closing_dates_are_imported(app: FastAPI) -> None:
    report = _import(
        app,
        _case("ZH-2026-101", opened_on="2024-05-01", closed_on="2025-12-31"),
        _case("ZH-2026-102", closed_on="2026-03-03"),  # the office is ahead of UTC: today there
        _case("ZH-2026-103", status="in_progress"),
    )

    assert report.ok, report.errors
    assert _stored(app) == [
        ("ZH-2026-101", "2025-12-31"),
        ("ZH-2026-102", "2026-03-03"),
        ("ZH-2026-103", None),
    ]


@pytest.mark.parametrize(
    ("row", "code"),
    [
        (_case("ZH-2026-201"), "required"),  # no date is made up: retention would count from it
        (_case("ZH-2026-202", closed_on="2026-03-05"), "in_future"),
        (_case("ZH-2026-203", opened_on="2025-01-10", closed_on="2025-01-09"), "before_opened"),
        (_case("ZH-2026-204", status="open", closed_on="2025-01-09"), "not_closed"),
    ],
)
def test_a_closed_case_without_a_sound_closing_date_is_refused_and_nothing_is_written(
    app: FastAPI, row: dict[str, Any], code: str
) -> None:
    good = _case("ZH-2026-200", closed_on="2025-06-30")

    report = _import(app, good, row)

    assert not report.ok
    assert [(e.row, e.field, e.code) for e in report.errors] == [(2, "closed_on", code)]
    with app.state.context.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(CASES)).scalar_one() == 0
