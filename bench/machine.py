"""What the figures were measured on: they mean little without the machine and its load."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import sqlcipher3


def _versions() -> dict[str, str]:
    connection = sqlcipher3.connect(":memory:")
    try:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        provider = connection.execute("PRAGMA cipher_provider_version").fetchone()
        core = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    found = {
        "sqlcipher": str(cipher),
        "sqlcipher_sqlite": str(core),
        "sqlcipher_provider": str(provider[0]) if provider else "",
        "stdlib_sqlite": sqlite3.sqlite_version,
    }
    for package in ("sqlcipher3", "cryptography", "SQLAlchemy", "rapidfuzz"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = ""
    return found


def _filesystem(path: Path) -> str:
    # fsync costs nothing on tmpfs: a floor measured there would flatter every write figure.
    best, kind = "", "unknown"
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                _, point, fstype, *_ = line.split()
                if str(path.resolve()).startswith(point) and len(point) > len(best):
                    best, kind = point, fstype
    except OSError:
        pass
    return kind


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5, check=False
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def load_average() -> list[float]:
    """1, 5 and 15 minute load: a busy machine explains noisy absolute figures."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def machine_info(work_dir: Path) -> dict[str, Any]:
    """CPU, Python, library versions, the filesystem the stores live on and the commit."""
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "versions": _versions(),
        "work_dir_filesystem": _filesystem(work_dir),
        "git_commit": _git_commit(),
    }


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()
