"""`python -m demo` (what `make demo` runs). See the package docstring; exit codes:

0  done (the app was closed, or --check found everything in place)
1  the demo could not be built or checked (the code and detail are printed)
130  interrupted (Ctrl-C); the service is stopped all the same
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from demo.build import build_laptops, build_service_side, demo_cases, ensure_conflict
from demo.laptops import is_enrolled, only_profile, opened, point_to, showcase_report
from demo.service import enrolment_code, free_port, port_is_free, serving, spawn, stop
from demo.state import (
    CASEWORKER_A,
    CASEWORKER_B,
    PASSWORD,
    TEAM_LEAD,
    DemoError,
    DemoPaths,
    DemoState,
    load_state,
    save_state,
    start_over,
)
from storage.hardening import harden_process

DEFAULT_CASES = 300
LANGUAGES = ("de", "fr", "it", "en")
HINTS = {
    "root_not_a_demo": "That folder holds something else (an older demo?): move it away, or "
    "pass another one with --root.",
    "service_did_not_start": "The service's log is in the demo folder: service/server.log.",
}


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path("demo-data"), help="the demo folder")
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES, help="cases (first run)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the app")
    parser.add_argument(
        "--check",
        "--headless",
        action="store_true",
        help="build and verify everything, open the app offscreen, then stop (exit 0 if all ok)",
    )
    parser.add_argument("--screenshots", type=Path, help="--check: save the inbox screenshots")
    parser.add_argument("--json", action="store_true", help="print a JSON report on stdout")
    return parser.parse_args(argv)


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _on_termination(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: children are stopped on the way


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.WARNING)
    harden_process()  # this process unlocks profiles: no core dumps of it
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _on_termination)
    out = sys.stderr if args.json else sys.stdout
    headless = args.check or not _has_display()
    if headless:
        if not args.check:
            print("No display here: checking the demo offscreen instead.", file=out)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        report = run(args, headless=headless, out=out)
    except DemoError as exc:
        print(f"demo failed: {exc.code}" + (f" ({exc.detail})" if exc.detail else ""), file=out)
        if exc.code in HINTS:
            print(HINTS[exc.code], file=out)
        if args.json:
            print(json.dumps({"ok": False, "code": exc.code, "detail": exc.detail}))
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted; the demo service is stopped.", file=out)
        return 130
    if args.json:
        print(json.dumps({"ok": True, **report}))
    return 0


def run(args: argparse.Namespace, *, headless: bool, out: TextIO) -> dict[str, Any]:
    """Build or reuse the demo, serve it, make sure a conflict waits, then open or check."""

    def say(text: str) -> None:
        print(text, file=out, flush=True)

    paths = DemoPaths(args.root.resolve())
    state = load_state(paths)
    if state is not None and not state.ready:
        say("An earlier build of the demo did not finish: starting over.")
        start_over(paths)
        state = None
    split = None
    if state is None:
        split = demo_cases(args.cases, date.today())
        state = DemoState(cases=args.cases, conflict_case=split.shared.case["case_number"])
        save_state(paths, state)
        build_service_side(paths, split, say)
    else:
        say(f"Reusing the demo in {paths.root} (delete the folder to start afresh).")
    port = state.port if state.port and port_is_free(state.port) else free_port()
    with serving(paths, port) as (url, server):
        say(f"Demo service running at {url} (log: {paths.service / 'server.log'}).")
        if split is not None:
            waiting = build_laptops(paths, split, state, url, say)
        else:
            for root in (paths.laptop_a, paths.laptop_b):
                point_to(root, url)
            waiting = ensure_conflict(paths, state, say)
        state.port, state.ready, state.runs = port, True, state.runs + 1
        save_state(paths, state)
        report = _report(paths, state, url, server.pid, built=split is not None, waiting=waiting)
        if headless:
            report["app"] = _check(args, paths, str(state.conflict_case))
            app = report["app"]
            say(
                f"Check passed: the app lists {app['cases_listed']} cases on "
                f"{CASEWORKER_A.name}'s laptop and {app['inbox_rows']} conflict waits in its "
                f"inbox (case {state.conflict_case}). With a display, `make demo` opens the app."
            )
            for path in app["screenshots"]:
                say(f"  screenshot: {path}")
        else:
            _open_app(args, paths, state, url, say, report=report)
    report["service_stopped"] = server.poll() is not None
    return report


def _report(
    paths: DemoPaths, state: DemoState, url: str, pid: int, *, built: bool, waiting: int
) -> dict[str, Any]:
    laptops = {
        name: {"profile_id": only_profile(root).profile_id, "enrolled": is_enrolled(root)}
        for name, root in (("a", paths.laptop_a), ("b", paths.laptop_b))
    }
    with opened(paths.laptop_a) as laptop_a:
        shown = showcase_report(laptop_a)
    return {
        "root": str(paths.root),
        "showcase": shown,
        "url": url,
        "service_pid": pid,
        "built": built,
        "runs": state.runs,
        "conflict_case": state.conflict_case,
        "open_conflicts": waiting,
        "laptops": laptops,
    }


def _check(args: argparse.Namespace, paths: DemoPaths, case_number: str) -> dict[str, Any]:
    from demo.app_check import check_app  # Qt only where it is needed

    languages = [args.lang] if args.lang else list(LANGUAGES)
    check = check_app(
        paths.laptop_a,
        case_number=case_number,
        language=args.lang,
        screenshots=args.screenshots,
        languages=languages,
    )
    waiting = check.open_conflicts and check.inbox_rows and check.conflict_case_state == "conflict"
    if not (check.cases_listed and waiting):
        raise DemoError("app_check_failed", json.dumps(asdict(check)))
    return asdict(check)


def _first(report: dict[str, Any], kind: str) -> str:
    """The case number of the first showcase entry of `kind` ("—" when there is none)."""
    entries = report.get("showcase", {}).get(kind) or [{}]
    return str(entries[0].get("case_number") or "—")


def _open_app(
    args: argparse.Namespace,
    paths: DemoPaths,
    state: DemoState,
    url: str,
    say: Any,
    *,
    report: dict[str, Any],
) -> None:
    from desktop.demo_profile import DEMO_PASSPHRASE

    lead_code = enrolment_code(paths, TEAM_LEAD.login)
    say(
        f"""
Opening Dossier on {CASEWORKER_A.name}'s laptop ({paths.laptop_a}).
  Passphrase:  {DEMO_PASSPHRASE}
What to try:
  - The status bar says "1 conflict": click it (the conflict inbox). {CASEWORKER_B.name} changed
    the accommodation of case {state.conflict_case} on the second laptop while {CASEWORKER_A.name}
    changed it too; pick base, mine or theirs and resolve it.
  - Case {_first(report, "return_assistance")}: a return (AVRR) in progress, registered with its
    travel reminders; see its "Return assistance" tab.
  - Case {_first(report, "finalised_interviews")}: a finalised interview held in two sittings;
    open it in the "Interviews" tab and click "Export protocol …".
  - Edit a case, then press F5 (Sync now): the change goes to the service.
  - Add the team lead on this laptop: "Set up this laptop / add a caseworker …" on the unlock
    screen; service {url}, login {TEAM_LEAD.login}, password "{PASSWORD}",
    one-time code {lead_code}.
Closing the app (or Ctrl-C here) stops the demo service.
"""
    )
    command = [sys.executable, "-m", "desktop", "--data-dir", str(paths.laptop_a)]
    app = spawn(command + (["--lang", args.lang] if args.lang else []), env=dict(os.environ))
    try:
        code = app.wait()
    finally:
        stop(app)
    if code:
        say(f"The app ended with exit code {code}.")


if __name__ == "__main__":
    sys.exit(main())
