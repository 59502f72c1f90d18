"""The editor's sittings panel with a stored `sittings` value it cannot read: it says so,
offers neither "Interrupt" nor "Continue" (which would write over the value) and recovers
as soon as the value is readable again."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import DossierApp
from desktop.interviews.sitting_text import unreadable_text
from desktop.main_window.workspace import Workspace
from tests.gui.test_interviews import _open_first_case, _start

DAMAGED = [
    [{"started_at": "gestern"}],
    [{"ended_at": None}],
    [5],
    [{"started_at": "2026-11-27T09:00:00Z", "colour": "red"}],
    {"started_at": "2026-11-27T09:00:00Z"},
    "not json",
    42,
]


@pytest.mark.parametrize("value", DAMAGED, ids=[repr(v)[:30] for v in DAMAGED])
def test_a_damaged_sittings_value_is_shown_as_unreadable_and_not_offered_for_writing(
    qtbot: QtBot, dossier: DossierApp, workspace: Workspace, value: Any
) -> None:
    _open_first_case(qtbot, workspace)
    editor = _start(qtbot, workspace)
    panel = editor.sittings
    healthy = editor.record
    panel.show_record(healthy)
    assert panel.interrupt_button.isVisibleTo(panel)
    assert unreadable_text() not in panel.list.text()

    damaged = replace(healthy, values=MappingProxyType(dict(healthy.values) | {"sittings": value}))
    panel.show_record(damaged)

    assert panel.list.text() == unreadable_text()
    assert "gestern" not in panel.list.text()
    assert not panel.interrupt_button.isVisibleTo(panel)
    assert not panel.continue_button.isVisibleTo(panel)

    panel.show_record(healthy)  # readable again (e.g. after a sync): back to normal
    assert unreadable_text() not in panel.list.text()
    assert panel.interrupt_button.isVisibleTo(panel)
