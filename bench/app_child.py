"""One app process of the app benchmark (`python -m bench.app_child`), offscreen.

`--mode app`: the real app, started the way `dossier --smoke-test` starts it (the QApplication,
`DossierApp`, the shell shown, the passphrase entered on the real unlock screen), until the
first page of the case list is painted with every case loaded. With `--queries FILE` it then
types each query into the search box with `QTest.keyClicks` and measures, in the GUI event
loop, the time from the last keystroke to the list showing the search's hits.

`--mode floor`: an empty Python + Qt process that shows a `QTableView` of as many rows, built
from memory, and paints its first page: the floor of the cold start.

Both print one JSON line: marks since `--t0` (the parent's `time.time()` just before it
started this process), the peak RSS, and the keystroke latencies.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TIMEOUT_S = 300.0
DRAIN_TIMEOUT_S = 3600.0
DRAIN_PAUSE_S = 0.5


def peak_rss_mib() -> float:
    """This process's peak resident set size. `VmHWM` starts afresh at exec; `ru_maxrss`
    would also count the forked parent's pages before the exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _wait(
    app: Any,
    condition: Callable[[], bool],
    timeout_s: float = TIMEOUT_S,
    *,
    timeout_ok: bool = False,
) -> float:
    """Run the event loop until `condition` holds (or, with `timeout_ok`, the time is up);
    returns when (perf_counter). The short sleeps release the GIL, so the app's DB lane runs
    while the loop waits."""
    deadline = time.monotonic() + timeout_s
    while True:
        app.processEvents()
        if condition():
            return time.perf_counter()
        if time.monotonic() > deadline:
            if timeout_ok:
                return time.perf_counter()
            raise TimeoutError("the app did not get there in time")
        time.sleep(0.0005)


class Marks:
    def __init__(self, t0: float) -> None:
        self.t0 = t0
        self.marks: dict[str, float] = {}

    def __call__(self, name: str) -> None:
        self.marks[name] = time.time() - self.t0


def run_app(args: argparse.Namespace, mark: Marks) -> dict[str, Any]:
    from desktop.app import DossierApp, Options, create_qapplication

    mark("imported")
    app = create_qapplication([sys.argv[0]])
    dossier = DossierApp(Options(data_dir=args.data_dir, translations_cache=args.qm))
    dossier.shell.show()
    mark("window")
    shell = dossier.shell
    screen = shell.unlock_screen
    _wait(app, lambda: screen.profile.count() > 0)
    mark("unlock_screen")
    screen.passphrase.setText(args.passphrase)
    screen.unlock_button.click()
    _wait(app, lambda: shell.workspace is not None)
    mark("unlocked")
    _wait(app, lambda: shell.workspace.case_model.rowCount() == args.cases)
    pane = shell.workspace.cases
    _wait(app, lambda: pane.table.isVisible() and pane.proxy.rowCount() == args.cases)
    if pane.table.viewport().grab().isNull():
        raise RuntimeError("the case list did not paint")
    mark("list_shown")
    result: dict[str, Any] = {"peak_rss_mib_list_shown": peak_rss_mib()}
    if args.drain or args.queries is not None:
        result["db_lane_busy_after_list_s"] = drain_db_lane(app, dossier.ctx.lanes, pane)
    if args.queries is not None:
        queries = json.loads(args.queries.read_text("utf-8"))
        result |= type_queries(app, pane, queries, args.rounds)
    result["peak_rss_mib"] = peak_rss_mib()
    dossier.shutdown()
    return result


def drain_db_lane(app: Any, lanes: Any, owner: Any) -> float:
    """Seconds until the DB lane has run everything the app queues once the list shows (the
    name-index warm-up, the first case opened and what that starts). A no-op is queued behind
    it all, again after a pause, until one comes back at once: keystrokes are timed after
    this, so they measure the search, not a busy lane."""
    started = time.perf_counter()
    while True:
        _wait(app, lambda: False, DRAIN_PAUSE_S, timeout_ok=True)
        if _lane_round_trip(app, lanes, owner) < DRAIN_PAUSE_S:
            return time.perf_counter() - started


def _lane_round_trip(app: Any, lanes: Any, owner: Any) -> float:
    queued = time.perf_counter()
    done: list[bool] = []
    lanes.run_query(lambda: None, lambda _: done.append(True), owner=owner)
    return _wait(app, lambda: bool(done), DRAIN_TIMEOUT_S) - queued


def type_queries(app: Any, pane: Any, queries: list[str], rounds: int) -> dict[str, Any]:
    """Last keystroke to the list filtered by the search's hits, per query (milliseconds);
    the keys go through `QTest` (and key events for non-ASCII characters). Each figure is
    printed as it is measured, so a crash keeps what came before it."""

    def typed(text: str) -> float:
        pane.search.clear()
        _wait(app, lambda: pane.proxy.hits is None)  # the cleared box shows every case
        key_clicks(pane.search, text)
        last_key = time.perf_counter()
        done = _wait(app, lambda: pane.proxy.hits is not None)
        return (done - last_key) * 1000

    pane.search.setFocus()
    first = typed(queries[0])  # the first search of the process, on its own
    for _ in range(rounds):
        for query in queries:
            ms = typed(query)
            line = {"query": query, "ms": ms, "rows": pane.proxy.rowCount()}
            print(json.dumps(line | {"peak_rss_mib": peak_rss_mib()}), flush=True)
    return {"first_keystroke_ms": first}


def key_clicks(widget: Any, text: str) -> None:
    """Type `text` key by key: `QTest.keyClick` for ASCII (as the tests do), a key event
    carrying the character for the rest (Arabic, Cyrillic, ı), which `QTest` cannot map."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def run_floor(args: argparse.Namespace, mark: Marks) -> dict[str, Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    mark("imported")
    rows = [
        (f"2026-{n:05d}", f"Family{n % 977} Given{n % 313}", "asylum", "open", "2026-12-01")
        for n in range(args.cases)
    ]

    class Model(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 5

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    app = QApplication([sys.argv[0]])
    view = QTableView()
    model = Model()
    view.setModel(model)
    view.resize(1366, 768)
    view.show()
    _wait(app, lambda: view.isVisible() and model.rowCount() == args.cases)
    if view.viewport().grab().isNull():
        raise RuntimeError("the table did not paint")
    mark("list_shown")
    return {"peak_rss_mib_list_shown": peak_rss_mib(), "peak_rss_mib": peak_rss_mib()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.app_child")
    parser.add_argument("--mode", choices=("app", "floor"), required=True)
    parser.add_argument("--t0", type=float, required=True)
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--qm", type=Path, help="the translations cache")
    parser.add_argument("--passphrase", default="")
    parser.add_argument("--queries", type=Path, help="JSON list of queries to type")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--drain", action="store_true", help="wait for the DB lane at the end")
    args = parser.parse_args(argv)
    mark = Marks(args.t0)
    mark("python")
    result = run_app(args, mark) if args.mode == "app" else run_floor(args, mark)
    print(json.dumps(result | {"marks": mark.marks}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
