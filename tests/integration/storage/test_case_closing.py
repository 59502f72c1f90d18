"""A case's closing date through the store's writes (issue 7): closing sets it, reopening
clears it, and a date in the future or before the opening is refused with nothing written.

A real encrypted profile whose clock says 27 November 2026, noon local time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import func, select

from storage.errors import ValidationFailed
from storage.profiles import Workspace
from storage.services.records import pending_mutations
from storage.tables import audit_event
from storage.unlocked import OpenProfile, unlock_profile

from .conftest import PASSPHRASE

TODAY = "2026-11-27"
NOON = time.mktime(datetime(2026, 11, 27, 12, 0).timetuple())  # local time, like the app's date
CASE = {
    "case_number": "VD-2026-000777",
    "case_type": "asylum_support",
    "status": "in_progress",
    "region": "VD",
    "opened_on": "2026-03-02",
}


@pytest.fixture
def profile(workspace: Workspace) -> Iterator[OpenProfile]:
    (info,) = workspace.list_profiles()
    opened = unlock_profile(workspace, info.profile_id, PASSPHRASE, clock=lambda: NOON)
    yield opened
    opened.lock()


def _writes(profile: OpenProfile) -> tuple[int, int]:
    with profile.store.read() as conn:
        audits = conn.execute(select(func.count()).select_from(audit_event)).scalar_one()
        return len(pending_mutations(conn)), int(audits)


def test_closing_a_case_sets_todays_date_and_sends_it_with_the_status(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE)

    closed = profile.records.update("case", case.id, {"status": "closed"})

    assert (closed["status"], closed["closed_on"]) == ("closed", TODAY)
    with profile.store.read() as conn:
        last = pending_mutations(conn)[-1]
    assert last.changes == {
        "status": {"old": "in_progress", "new": "closed"},
        "closed_on": {"old": None, "new": TODAY},
    }


def test_a_closing_date_the_caseworker_gives_is_kept(profile: OpenProfile) -> None:
    case = profile.records.create("case", CASE)

    closed = profile.records.update(
        "case", case.id, {"status": "closed", "closed_on": "2026-10-31"}
    )

    assert closed["closed_on"] == "2026-10-31"


def test_reopening_clears_the_date_and_closing_again_sets_a_new_one(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE)
    profile.records.update("case", case.id, {"status": "closed", "closed_on": "2026-06-01"})

    reopened = profile.records.update("case", case.id, {"status": "in_progress"})
    assert (reopened["status"], reopened["closed_on"]) == ("in_progress", None)

    again = profile.records.update("case", case.id, {"status": "closed"})
    assert again["closed_on"] == TODAY


def test_a_case_created_closed_gets_todays_date(profile: OpenProfile) -> None:
    case = profile.records.create("case", CASE | {"status": "closed"})

    assert case["closed_on"] == TODAY


def test_the_date_of_a_closed_case_can_be_corrected_but_not_emptied(
    profile: OpenProfile,
) -> None:
    case = profile.records.create("case", CASE)
    profile.records.update("case", case.id, {"status": "closed"})

    corrected = profile.records.update("case", case.id, {"closed_on": "2026-11-20"})
    assert corrected["closed_on"] == "2026-11-20"
    with pytest.raises(ValidationFailed) as caught:
        profile.records.update("case", case.id, {"closed_on": None})
    assert caught.value.fields == {"closed_on": "required"}


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"status": "closed", "closed_on": "2026-11-28"}, "in_future"),
        ({"status": "closed", "closed_on": "2026-03-01"}, "before_opened"),
        ({"closed_on": "2026-11-01"}, "not_closed"),
        ({"status": "closed", "closed_on": "27.11.2026"}, "bad_date"),
    ],
)
def test_a_bad_closing_date_is_refused_and_nothing_is_written(
    profile: OpenProfile, changes: dict[str, str], code: str
) -> None:
    case = profile.records.create("case", CASE)
    before = _writes(profile)

    with pytest.raises(ValidationFailed) as caught:
        profile.records.update("case", case.id, changes)

    assert caught.value.fields == {"closed_on": code}
    assert _writes(profile) == before
    stored = profile.records.get("case", case.id, audit_read=False)
    assert (stored["status"], stored["closed_on"]) == ("in_progress", None)


def test_moving_the_opening_after_the_closing_is_refused(profile: OpenProfile) -> None:
    case = profile.records.create("case", CASE)
    profile.records.update("case", case.id, {"status": "closed", "closed_on": "2026-04-01"})

    with pytest.raises(ValidationFailed) as caught:
        profile.records.update("case", case.id, {"opened_on": "2026-05-01"})

    assert caught.value.fields == {"closed_on": "before_opened"}


def test_reopening_with_a_closing_date_is_refused(profile: OpenProfile) -> None:
    case = profile.records.create("case", CASE)
    profile.records.update("case", case.id, {"status": "closed"})

    with pytest.raises(ValidationFailed) as caught:
        profile.records.update(
            "case", case.id, {"status": "in_progress", "closed_on": "2026-11-01"}
        )

    assert caught.value.fields == {"closed_on": "not_closed"}


def test_a_new_case_closed_in_the_future_is_refused(profile: OpenProfile) -> None:
    before = _writes(profile)

    with pytest.raises(ValidationFailed) as caught:
        profile.records.create("case", CASE | {"status": "closed", "closed_on": "2027-01-01"})

    assert caught.value.fields == {"closed_on": "in_future"}
    assert _writes(profile) == before


def test_other_edits_of_a_case_closed_without_a_date_still_save(profile: OpenProfile) -> None:
    # Closed before closing dates were set: only touching its status or dates asks for one.
    case = profile.records.create("case", CASE)
    profile.records.update("case", case.id, {"status": "closed"})
    with profile.store.write() as conn:
        conn.exec_driver_sql('UPDATE "case" SET closed_on = NULL WHERE id = ?', (case.id,))

    saved = profile.records.update("case", case.id, {"region": "GE"})

    assert (saved["region"], saved["closed_on"]) == ("GE", None)
