"""What the demo folder holds, who is in it, and the small state file that makes re-runs reuse it.

<root>/demo.json      state: built or not, the service's port, the conflict round
<root>/service/       the service's data dir (SQLite file, keys, server.log)
<root>/it/            what IT keeps: the recovery private key, the import file
<root>/laptop-a/      caseworker A's laptop: the app's data dir
<root>/laptop-b/      caseworker B's "second laptop" (headless)
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from storage.fsutil import atomic_write_bytes

STATE_FILE = "demo.json"
FORMAT = 1
# Fiction, printed on the terminal: nothing here protects real data.
PASSWORD = "Demo-Passwort 2026"  # noqa: S105 - the demo users' service password
TEAM = "Team Nord"


class DemoError(Exception):
    """The demo cannot go on; `code` says why (printed, never a traceback)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Worker:
    """A fictional user of the demo service."""

    login: str
    name: str
    role: str


CASEWORKER_A = Worker("a.keller", "Anna Keller", "caseworker")
CASEWORKER_B = Worker("l.bernasconi", "Luca Bernasconi", "caseworker")
TEAM_LEAD = Worker("s.dubois", "Sophie Dubois", "team_lead")
WORKERS = (CASEWORKER_A, CASEWORKER_B, TEAM_LEAD)


@dataclass(frozen=True, slots=True)
class DemoPaths:
    """The folders of one demo root."""

    root: Path

    @property
    def state_file(self) -> Path:
        return self.root / STATE_FILE

    @property
    def service(self) -> Path:
        return self.root / "service"

    @property
    def it(self) -> Path:
        return self.root / "it"

    @property
    def laptop_a(self) -> Path:
        return self.root / "laptop-a"

    @property
    def laptop_b(self) -> Path:
        return self.root / "laptop-b"

    def owned(self) -> tuple[Path, ...]:
        """Everything the demo creates under its root (and may remove after a failed build)."""
        return (self.service, self.it, self.laptop_a, self.laptop_b)


@dataclass(slots=True)
class DemoState:
    """The state file's content."""

    format: int = FORMAT
    ready: bool = False  # the build finished: later runs reuse everything
    port: int | None = None  # the service's port last time (kept while it is free)
    cases: int = 0
    conflict_case: str | None = None  # the case number both laptops edit
    conflict_round: int = 0  # how many conflicts the demo has staged so far
    runs: int = 0


def load_state(paths: DemoPaths) -> DemoState | None:
    """The state of an earlier run, or None when the root holds no demo yet.

    A root that exists, is not empty and has no state file is somebody else's folder (or an
    older demo): DemoError("root_not_a_demo"), and nothing in it is touched.
    """
    if not paths.state_file.is_file():
        if paths.root.is_dir() and any(paths.root.iterdir()):
            raise DemoError("root_not_a_demo", str(paths.root))
        return None
    try:
        data = json.loads(paths.state_file.read_text("utf-8"))
        state = DemoState(**data)
    except (ValueError, TypeError) as exc:
        raise DemoError("state_unreadable", str(paths.state_file)) from exc
    if state.format != FORMAT:
        raise DemoError("state_format", f"{state.format} (expected {FORMAT})")
    return state


def save_state(paths: DemoPaths, state: DemoState) -> None:
    """Write the state file atomically."""
    paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_bytes(paths.state_file, json.dumps(asdict(state), indent=2).encode())


def start_over(paths: DemoPaths) -> None:
    """Remove what an interrupted build left (only the demo's own folders)."""
    for folder in paths.owned():
        shutil.rmtree(folder, ignore_errors=True)
