"""The laptop-wide sync lock is portable: `dossier-sync` imports without `fcntl` (Windows),
and on Unix the lock excludes another process and is released when its holder dies."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sync.client.filelock import exclusive_lock

ROOT = Path(__file__).resolve().parents[2]


def _holder(path: Path) -> subprocess.Popen[str]:
    """Another process that takes the lock, says so, and waits to be told to go (or killed)."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from sync.client.filelock import exclusive_lock
        with exclusive_lock(Path({str(path)!r})) as held:
            print("held" if held else "busy", flush=True)
            sys.stdin.readline()
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_process_is_refused_until_the_first_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "sync.lock"
    holder = _holder(path)
    try:
        with exclusive_lock(path) as held:
            assert held is False
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()
    with exclusive_lock(path) as held:
        assert held is True
    assert (path.stat().st_mode & 0o777) == 0o600


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "sync.lock"
    holder = _holder(path)
    holder.kill()
    holder.wait(10)
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.close()
    holder.stdout.close()
    with exclusive_lock(path) as held:
        assert held is True


def test_the_lock_is_released_after_the_block_also_on_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sync.lock"
    with pytest.raises(RuntimeError), exclusive_lock(path) as held:
        assert held
        raise RuntimeError("boom")
    with exclusive_lock(path) as again:
        assert again is True


def test_dossier_sync_imports_where_there_is_no_fcntl(monkeypatch: pytest.MonkeyPatch) -> None:
    # As on Windows: `import fcntl` fails. The CLI must still load and build its commands.
    monkeypatch.setitem(sys.modules, "fcntl", None)
    for name in ("sync.cli", "sync.client.filelock"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    with pytest.raises(ImportError):
        import fcntl  # noqa: F401
    cli = importlib.import_module("sync.cli")
    assert cli._parser().prog == "dossier-sync"
