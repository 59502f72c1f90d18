"""IT's pre-configuration: a machine-wide file that fills in what a new laptop needs.

IT deploys `dossier.toml` next to the program, for every user of the laptop:

* Linux `/etc/dossier/dossier.toml`
* Windows `%ProgramData%\\Dossier\\dossier.toml`
* macOS `/Library/Application Support/Dossier/dossier.toml`

(`DOSSIER_PRECONFIG` names another file: tests, or a pilot group). It is read once at start-up,
before the first window (a few hundred bytes, like `ui.ini`). Settings, all optional:

    service_url = "https://dossier.example.ch"   # prefilled in the enrolment wizard
    ca_bundle = "/etc/dossier/org-ca.pem"        # the organisation's CA, prefilled
    lock_service = true                          # the wizard shows both, read-only
    language = "fr"                              # until the caseworker chooses one
    holiday_region = "CH-VD"                     # a new case's canton / Land

A file that is missing is no pre-configuration. A file that is present but wrong in any way
is ignored as a whole — never half-applied — and the unlock screen says what is wrong and that
IT should fix it; the app still starts.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n import LANGUAGES
from desktop.messages import UserMessage
from storage.deadline_rules import DeadlineError, parse_region

ENV = "DOSSIER_PRECONFIG"
FILE_NAME = "dossier.toml"
_MAX_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Preconfig:
    service_url: str | None = None
    ca_bundle: str | None = None
    lock_service: bool = False
    language: str | None = None
    holiday_region: str | None = None  # an ISO 3166-2 id, e.g. "CH-VD"


@dataclass(frozen=True, slots=True)
class PreconfigProblem:
    """Why the file was ignored: a code (for IT and the logs) and the setting concerned."""

    path: Path
    code: str  # unreadable, too_large, not_toml, unknown_setting, bad_value, missing_file
    setting: str = ""


@dataclass(frozen=True, slots=True)
class PreconfigLoad:
    config: Preconfig = Preconfig()
    path: Path | None = None  # the file that was used, if any
    problem: PreconfigProblem | None = None


def preconfig_path() -> Path:
    """Where IT puts the file on this operating system (or `DOSSIER_PRECONFIG`)."""
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData")
        return base / "Dossier" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Dossier") / FILE_NAME
    return Path("/etc/dossier") / FILE_NAME


def load_preconfig(path: Path | None = None) -> PreconfigLoad:
    """Read and check the file; never raises (a problem is reported, not thrown)."""
    path = path if path is not None else preconfig_path()
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        return PreconfigLoad()
    except OSError:
        return PreconfigLoad(problem=PreconfigProblem(path, "unreadable"))
    if len(raw) > _MAX_BYTES:
        return PreconfigLoad(problem=PreconfigProblem(path, "too_large"))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return PreconfigLoad(problem=PreconfigProblem(path, "not_toml"))
    try:
        return PreconfigLoad(config=_parse(path, data), path=path)
    except _Invalid as invalid:
        return PreconfigLoad(problem=PreconfigProblem(path, invalid.code, invalid.setting))


class _Invalid(Exception):
    def __init__(self, code: str, setting: str) -> None:
        super().__init__(code)
        self.code, self.setting = code, setting


_SETTINGS = ("service_url", "ca_bundle", "lock_service", "language", "holiday_region")


def _parse(path: Path, data: dict[str, Any]) -> Preconfig:
    for key in data:
        if key not in _SETTINGS:
            raise _Invalid("unknown_setting", key)
    url = _text(data, "service_url")
    if url is not None:
        url = url.rstrip("/")
        if not url.startswith(("https://", "http://")) or len(url) <= len("https://"):
            raise _Invalid("bad_value", "service_url")
    ca = _text(data, "ca_bundle")
    if ca is not None and not Path(ca).is_file():
        raise _Invalid("missing_file", "ca_bundle")
    lock = data.get("lock_service", False)
    if not isinstance(lock, bool) or (lock and url is None):
        raise _Invalid("bad_value", "lock_service")
    language = _text(data, "language")
    if language is not None and language not in LANGUAGES:
        raise _Invalid("bad_value", "language")
    region = _text(data, "holiday_region")
    if region is not None:
        try:
            region = parse_region(region).code
        except DeadlineError:
            raise _Invalid("bad_value", "holiday_region") from None
    return Preconfig(url, ca, lock, language, region)


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _Invalid("bad_value", key)
    return value.strip()


_REASONS = {
    "unreadable": QT_TRANSLATE_NOOP("Preconfig", "The file cannot be read."),
    "too_large": QT_TRANSLATE_NOOP("Preconfig", "The file is too large."),
    "not_toml": QT_TRANSLATE_NOOP("Preconfig", "The file is not valid TOML."),
    "unknown_setting": QT_TRANSLATE_NOOP("Preconfig", "It has an unknown setting: %1."),
    "missing_file": QT_TRANSLATE_NOOP("Preconfig", "The file named in %1 does not exist."),
    "bad_value": QT_TRANSLATE_NOOP("Preconfig", "The value of %1 is not valid."),
}


def problem_message(problem: PreconfigProblem) -> UserMessage:
    """What the unlock screen says about a file it ignored, in the current language."""
    reason = QCoreApplication.translate("Preconfig", _REASONS[problem.code]).replace(
        "%1", problem.setting
    )
    text = (
        QCoreApplication.translate(
            "Preconfig",
            "IT's configuration file %1 was ignored. %2 Dossier works without it; tell IT support.",
        )
        .replace("%1", str(problem.path))
        .replace("%2", reason)
    )
    details = f"preconfig.{problem.code}" + (f" {problem.setting}" if problem.setting else "")
    return UserMessage(text, details)
