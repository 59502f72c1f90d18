"""Tamper trials on the store and the key envelope (T3: DB-2, DB-8).

One real profile with data (cases, persons, notes, tasks, an attachment) is kept in two
shapes: checkpointed (the store closed, no `-wal`) and live (copied while open, with committed
transactions still only in the `-wal`, as after a crash). Each trial copies one shape, applies
one random tamper (`tests.reliability.store_tampering`) and unlocks. The property:

* the unlock is refused with a documented code (STORE_CORRUPT, ENVELOPE_TAMPERED, ...), or
* it opens and every row of every table reads back identical to the untampered copy (say,
  when only trailing free pages were cut off, or the recovery wrap was edited).

Anything else — an open store that differs, a read that fails after the unlock said yes, an
undocumented exception — counts as undetected, and must never happen.

CI runs ~60 trials with a fixed seed; `-m slow` runs DOSSIER_TAMPER_TRIALS (default 1000) with
a fresh seed, printed for replay.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Connection

from storage.errors import ErrorCode, StoreError
from storage.profiles import META_LOGICAL_CHECK, Workspace
from storage.unlocked import unlock_profile
from tests.reliability.store_tampering import STORE_TAMPERS, WAL_TAMPERS, Tamper

from ..integration.storage.conftest import PASSPHRASE

LONG_TRIALS = int(os.environ.get("DOSSIER_TAMPER_TRIALS", "1000"))
# What a refused unlock may answer: the store or its envelope is damaged. WRONG_PASSPHRASE is
# what an edited KDF salt or cost gives (the key check itself is what changed), KDF_BELOW_FLOOR
# and ENVELOPE_UNSUPPORTED what an edited cost or algorithm gives, NOT_FOUND a deleted file.
REFUSALS = frozenset(
    {
        ErrorCode.STORE_CORRUPT,
        ErrorCode.ENVELOPE_TAMPERED,
        ErrorCode.ENVELOPE_UNSUPPORTED,
        ErrorCode.KDF_BELOW_FLOOR,
        ErrorCode.WRONG_PASSPHRASE,
    }
)
Rows = dict[str, list[tuple[object, ...]]]
# A cut -wal, or one whose last frame is damaged, looks exactly like a crash (or a power loss)
# during the last commits: SQLite falls back to an earlier committed state. No check inside
# the files can tell that rollback from a crash (`storage.wal_check`); it is counted apart.
WAL_CUTS = frozenset(WAL_TAMPERS)


@dataclass(frozen=True)
class Shape:
    """One untampered profile folder and every row it holds."""

    name: str
    root: Path
    profile_id: str
    rows: Rows
    tampers: dict[str, Tamper]
    # Committed states before `rows` that only the -wal takes the store beyond: what a cut
    # -wal rolls back to (not detectable locally, see `storage.wal_check`).
    earlier: tuple[Rows, ...] = ()


@dataclass
class Tally:
    by_kind: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    identical: int = 0
    rolled_back: Counter[str] = field(default_factory=Counter)
    undetected: list[str] = field(default_factory=list)


def _fill(workspace: Workspace, profile_id: str, extra: int) -> None:
    """Cases with persons, notes, tasks and an attachment; `extra` more notes at the end."""
    profile = unlock_profile(workspace, profile_id, PASSPHRASE)
    try:
        for n in range(6):
            case = profile.records.create(
                "case",
                {
                    "case_number": f"VD-2026-{n:06d}",
                    "case_type": "asylum_support",
                    "status": "open",
                },
            )
            profile.casework.add_person_to_case(
                case.id, {"family_name": f"Ahmadi{n}", "given_names": "Fatima"}, "applicant"
            )
            for k in range(4):
                profile.records.create("note", {"body": f"Notiz {n}-{k} " * 40}, case_id=case.id)
            profile.records.create("task", {"title": f"Frist {n}", "kind": "task"}, case_id=case.id)
        profile.attachments.add(
            case.id, io.BytesIO(b"scan" * 30_000), filename="scan.png", media_type="image/png"
        )
        for k in range(extra):
            profile.records.create("note", {"body": f"Spaet {k}"}, case_id=case.id)
    finally:
        profile.lock()


def _table_rows(conn: Connection) -> Rows:
    names = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).scalars()
    rows = {
        name: sorted((tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{name}"')), key=repr)
        for name in list(names)
    }
    # The unlock itself may stamp the time of its B-tree check: not the caseworker's data.
    rows["store_meta"] = [r for r in rows.get("store_meta", []) if r[0] != META_LOGICAL_CHECK]
    return rows


def _rows(workspace: Workspace, profile_id: str) -> Rows:
    """Every row of every table, opened the way the app opens the store (DB-8 checks)."""
    _, store = workspace.open_store(profile_id, PASSPHRASE)
    try:
        with store.read() as conn:
            return _table_rows(conn)
    finally:
        store.lock()


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> list[Shape]:
    from storage.keys import generate_recovery_keypair

    base = tmp_path_factory.mktemp("tamper")
    root = base / "checkpointed"
    workspace = Workspace(root, unlock_seconds=0)
    info = workspace.create_profile(
        login="a.keller",
        display_name="A. Keller",
        passphrase=PASSPHRASE,
        recovery_public_key=generate_recovery_keypair()[1],
    )
    _fill(workspace, info.profile_id, extra=0)
    assert not info.store_path.with_name("store.db-wal").exists() or (
        info.store_path.with_name("store.db-wal").stat().st_size == 0
    )
    checkpointed = _rows(_ws(_scratch(root, base / "checkpointed-baseline")), info.profile_id)
    working = _ws(_scratch(root, base / "live-work"))  # the checkpointed shape stays as is
    live, earlier = _live_copy(working, info.profile_id, base / "live")
    live_rows = _rows(_ws(_scratch(live, base / "live-baseline")), info.profile_id)
    assert live_rows == earlier[-1]
    return [
        Shape("checkpointed", root, info.profile_id, checkpointed, STORE_TAMPERS),
        Shape(
            "live-wal",
            live,
            info.profile_id,
            live_rows,
            {**STORE_TAMPERS, **WAL_TAMPERS},
            (checkpointed, *earlier[:-1]),
        ),
    ]


def _scratch(folder: Path, target: Path) -> Path:
    shutil.copytree(folder, target)  # opening checkpoints the -wal: read a copy
    return target


def _ws(root: Path) -> Workspace:
    return Workspace(root, unlock_seconds=0)


def _live_copy(workspace: Workspace, profile_id: str, target: Path) -> tuple[Path, list[Rows]]:
    """The data folder copied while the store is open with commits only in the `-wal`, and
    the rows after each of those commits."""
    profile = unlock_profile(workspace, profile_id, PASSPHRASE)
    states: list[Rows] = []

    def snapshot() -> None:
        with profile.store.read() as conn:
            states.append(_table_rows(conn))

    try:
        snapshot()  # the unlock's own audit record is the first commit in the -wal
        case_id = profile.records.create(
            "case", {"case_number": "VD-2026-900000", "case_type": "hardship", "status": "open"}
        ).id
        snapshot()
        for k in range(12):
            profile.records.create("note", {"body": f"Im WAL {k} " * 30}, case_id=case_id)
            snapshot()
        wal = profile.info.store_path.with_name("store.db-wal")
        assert wal.stat().st_size > 0, "the live shape needs committed frames in the -wal"
        shutil.copytree(workspace.root, target)
    finally:
        profile.lock()
    return target, states


def _trial(shape: Shape, kind: str, rng: random.Random, work: Path, tally: Tally) -> None:
    target = work / f"{shape.name}-{tally.by_kind.total()}"
    shutil.copytree(shape.root, target)
    folder = target / "profiles" / shape.profile_id
    what = shape.tampers[kind](folder, rng)
    tally.by_kind[f"{shape.name}:{kind}"] += 1
    try:
        rows = _rows(_ws(target), shape.profile_id)
    except StoreError as exc:
        if exc.code in REFUSALS:
            tally.refused[exc.code.value] += 1
        else:
            tally.undetected.append(f"{shape.name} {what}: refused with {exc.code.value}")
    except Exception as exc:  # anything but a documented refusal is a finding
        tally.undetected.append(f"{shape.name} {what}: {type(exc).__name__}: {exc}")
    else:
        if rows == shape.rows:
            tally.identical += 1
        elif kind in WAL_CUTS and any(rows == state for state in shape.earlier):
            tally.rolled_back[kind] += 1
        else:
            changed = sorted(t for t in shape.rows if rows.get(t) != shape.rows[t])
            tally.undetected.append(f"{shape.name} {what}: opened, tables differ: {changed}")
    finally:
        shutil.rmtree(target, ignore_errors=True)


def _run(shapes: list[Shape], trials: int, seed: int, work: Path) -> Tally:
    print(f"\ntamper trials: seed={seed} trials={trials}")  # shown on failure: replay it
    rng = random.Random(seed)
    tally = Tally()
    plan = [(s, k) for s in shapes for k in s.tampers]
    for n in range(trials):
        shape, kind = plan[n % len(plan)] if n < len(plan) else rng.choice(plan)
        _trial(shape, kind, rng, work, tally)
    print(
        f"tamper report: seed={seed} trials={trials} refused={sum(tally.refused.values())} "
        f"{dict(sorted(tally.refused.items()))} identical_open={tally.identical} "
        f"rolled_back_by_a_cut_wal={tally.rolled_back.total()} "
        f"undetected={len(tally.undetected)} by_kind={dict(sorted(tally.by_kind.items()))}"
    )
    return tally


def test_every_tamper_of_store_wal_or_envelope_is_refused_or_changes_nothing(
    shapes: list[Shape], tmp_path: Path
) -> None:
    tally = _run(shapes, trials=60, seed=3, work=tmp_path)
    assert tally.undetected == [], "\n".join(tally.undetected)
    assert len(tally.by_kind) == sum(len(s.tampers) for s in shapes)  # every kind was tried
    assert tally.refused[ErrorCode.STORE_CORRUPT.value] > 0
    assert tally.refused[ErrorCode.ENVELOPE_TAMPERED.value] > 0


@pytest.mark.slow
@pytest.mark.timeout(4 * 3600)
def test_long_run_of_tamper_trials(shapes: list[Shape], tmp_path: Path) -> None:
    tally = _run(shapes, trials=LONG_TRIALS, seed=int(time.time()), work=tmp_path)
    assert tally.undetected == [], "\n".join(tally.undetected)
