"""The fast list loader and the one-row reload after an edit must agree on every row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.cases.rows import load_case_row, load_case_rows
from desktop.demo_profile import DEMO_PASSPHRASE
from storage.profiles import Workspace
from storage.unlocked import OpenProfile, unlock_profile
from tests.gui.conftest import DEMO_CASES, off_gui_thread


@pytest.fixture
def profile(data_dir: object) -> Iterator[OpenProfile]:
    workspace = Workspace(data_dir)  # type: ignore[arg-type]
    (info,) = workspace.list_profiles()
    opened = off_gui_thread(lambda: unlock_profile(workspace, info.profile_id, DEMO_PASSPHRASE))
    yield opened
    off_gui_thread(opened.lock)


def test_every_listed_row_equals_the_row_reloaded_after_an_edit(profile: OpenProfile) -> None:
    def both() -> tuple[list[object], list[object]]:
        rows = load_case_rows(profile.store)
        return rows, [load_case_row(profile.records, r.case_id) for r in rows]

    listed, reloaded = off_gui_thread(both)
    assert len(listed) == DEMO_CASES
    assert listed == reloaded


def test_archived_cases_leave_the_list(profile: OpenProfile) -> None:
    def archive_one() -> tuple[str, list[str]]:
        first = load_case_rows(profile.store)[0]
        profile.records.archive("case", first.case_id)
        return first.case_id, [r.case_id for r in load_case_rows(profile.store)]

    archived, remaining = off_gui_thread(archive_one)
    assert archived not in remaining
    assert len(remaining) == DEMO_CASES - 1
