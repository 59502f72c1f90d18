"""The lanes: work off the GUI thread, results on it, dropped when their window is gone."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.tasks import Lanes, current_lane


@pytest.fixture
def lanes() -> Iterator[Lanes]:
    lanes = Lanes()
    yield lanes
    lanes.shutdown()


def test_a_query_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, lanes: Lanes) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[bool, bool]] = []

    lanes.run_query(
        lambda: threading.current_thread() is threading.main_thread(),
        lambda ran_on_main: seen.append(
            (ran_on_main, threading.current_thread() is threading.main_thread())
        ),
        owner=owner,
    )

    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(False, True)]


def test_a_result_for_a_destroyed_window_is_dropped(qtbot: QtBot, lanes: Lanes) -> None:
    owner = QWidget()
    started = threading.Event()
    delivered: list[object] = []

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        return "late"

    lanes.run_query(slow, delivered.append, owner=owner)
    started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: lanes.db.wait_idle(10))
    qtbot.wait(50)
    assert delivered == []


def test_a_newer_search_supersedes_the_one_still_waiting(qtbot: QtBot, lanes: Lanes) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []
    lanes.run_write(lambda: gate.wait(5), owner=owner)  # keeps the serial lane busy

    for text in ("M", "Mo", "Moh"):
        lanes.run_query(
            lambda t=text: ran.append(t) or t, delivered.append, owner=owner, key="search"
        )
    gate.set()

    qtbot.waitUntil(lambda: delivered == ["Moh"])
    assert ran == ["Moh"]


def test_cancelling_queries_never_drops_a_write(qtbot: QtBot, lanes: Lanes) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()
    done: list[str] = []
    lanes.run_write(lambda: gate.wait(5), owner=owner)
    lanes.run_query(lambda: "query", done.append, owner=owner)
    lanes.run_write(lambda: "write", done.append, owner=owner)

    lanes.cancel_queries()
    gate.set()

    qtbot.waitUntil(lambda: done == ["write"])


def test_a_failure_reaches_on_failed_with_the_exception(qtbot: QtBot, lanes: Lanes) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[Exception] = []

    def broken() -> None:
        raise ValueError("boom")

    lanes.run_io(broken, on_failed=failures.append, owner=owner)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValueError)


def test_each_lane_names_itself_to_the_work_it_runs(qtbot: QtBot, lanes: Lanes) -> None:
    # The GUI tests' store guard relies on this to fail any store transaction on the I/O lane.
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[str, str | None]] = []
    lanes.run_query(current_lane, lambda name: seen.append(("query", name)), owner=owner)
    lanes.run_write(current_lane, lambda name: seen.append(("write", name)), owner=owner)
    lanes.run_io(current_lane, lambda name: seen.append(("io", name)), owner=owner)
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert sorted(seen) == [("io", "io"), ("query", "db"), ("write", "db")]
    assert current_lane() is None  # the GUI thread is on no lane
